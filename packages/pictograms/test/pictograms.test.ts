import { expect, fixture, html } from '@open-wc/testing';
import {
  PICTOGRAM_LOCALES,
  isPictogramName,
  loadPictogram,
  pictogramNames,
  renderPictogram,
  resolvePictogramAlt,
  type Pictogram,
} from '../src/index.js';

const SHAPES = 'path, circle, ellipse, rect, line, polyline, polygon';
const TEST_COLOUR = 'rgb(1, 2, 3)';

async function loadAll(): Promise<Pictogram[]> {
  const all = await Promise.all(pictogramNames.map((n) => loadPictogram(n)));
  return all.map((p, i) => {
    if (!p) throw new Error(`pictogram ${pictogramNames[i]} did not load`);
    return p;
  });
}

async function renderInto(p: Pictogram | undefined, opts = {}): Promise<SVGSVGElement> {
  const el = await fixture<HTMLDivElement>(
    html`<div style="color: ${TEST_COLOUR}; width: 48px">${renderPictogram(p, opts)}</div>`,
  );
  const svgEl = el.querySelector('svg');
  if (!svgEl) throw new Error('no <svg> rendered');
  return svgEl;
}

describe('pictogram registry', () => {
  it('has at least 44 unique, kebab-case names', () => {
    expect(pictogramNames.length).to.be.at.least(44);
    expect(new Set(pictogramNames).size).to.equal(pictogramNames.length);
    for (const n of pictogramNames) expect(n).to.match(/^[a-z]+(-[a-z]+)*$/);
  });

  it('loads every pictogram, with the name it was asked for', async () => {
    const all = await loadAll();
    all.forEach((p, i) => expect(p.name).to.equal(pictogramNames[i]));
  });

  it('resolves undefined for an unknown name', async () => {
    expect(await loadPictogram('does-not-exist')).to.equal(undefined);
    expect(await loadPictogram('toString')).to.equal(undefined);
    expect(isPictogramName('phone')).to.equal(true);
    expect(isPictogramName('constructor')).to.equal(false);
  });

  it('gives every pictogram a non-empty alt text in all 12 languages', async () => {
    for (const p of await loadAll()) {
      for (const locale of PICTOGRAM_LOCALES) {
        const alt = p.alt[locale];
        expect(alt, `${p.name} alt.${locale}`).to.be.a('string');
        expect(alt!.trim().length, `${p.name} alt.${locale}`).to.be.greaterThan(0);
        expect(alt!.length, `${p.name} alt.${locale} is short`).to.be.below(60);
      }
    }
  });
});

describe('pictogram bodies', () => {
  it('use only currentColor or none for fill and stroke, and no ids, styles or scripts', async () => {
    for (const p of await loadAll()) {
      const svgEl = await renderInto(p);
      expect(svgEl.querySelector('style, script, foreignObject, image, use'), p.name).to.equal(
        null,
      );
      for (const el of svgEl.querySelectorAll('*')) {
        expect(el.hasAttribute('id'), `${p.name}: id`).to.equal(false);
        expect(el.hasAttribute('style'), `${p.name}: style`).to.equal(false);
        for (const attr of ['fill', 'stroke', 'color', 'stop-color']) {
          const v = el.getAttribute(attr);
          if (v !== null) expect(['currentColor', 'none'], `${p.name}: ${attr}=${v}`).to.include(v);
        }
      }
      // Every painted shape takes its colour from the text colour.
      const shapes = svgEl.querySelectorAll(SHAPES);
      expect(shapes.length, p.name).to.be.greaterThan(0);
      for (const shape of shapes) {
        const cs = getComputedStyle(shape);
        expect(['none', TEST_COLOUR], `${p.name}: fill`).to.include(cs.fill);
        expect(['none', TEST_COLOUR], `${p.name}: stroke`).to.include(cs.stroke);
      }
    }
  });
});

describe('renderPictogram', () => {
  it('renders role=img with an aria-label in the requested language', async () => {
    const phone = await loadPictogram('phone');
    const el = await renderInto(phone, { locale: 'tr' });
    expect(el.getAttribute('role')).to.equal('img');
    expect(el.getAttribute('aria-label')).to.equal(phone!.alt['tr']);
    expect(el.getAttribute('lang')).to.equal('tr');
    expect(el.getAttribute('viewBox')).to.equal('0 0 48 48');
    expect(el.getAttribute('focusable')).to.equal('false');
    expect(el.getAttribute('part')).to.equal('pictogram');
    expect(el.getAttribute('width')).to.equal('100%');
    expect(el.hasAttribute('aria-hidden')).to.equal(false);
  });

  it('falls back from a region tag to its language, then to Dutch; an explicit alt wins', async () => {
    const phone = (await loadPictogram('phone'))!;
    expect(resolvePictogramAlt(phone, 'ar-MA')).to.equal(phone.alt['ar']);
    expect(resolvePictogramAlt(phone, 'PL')).to.equal(phone.alt['pl']);
    expect(resolvePictogramAlt(phone, 'xx')).to.equal(phone.alt['nl']);
    expect(resolvePictogramAlt(phone)).to.equal(phone.alt['nl']);
    const el = await renderInto(phone, { locale: 'ar', alt: 'Bel ons' });
    expect(el.getAttribute('aria-label')).to.equal('Bel ons');
    expect(el.hasAttribute('lang')).to.equal(false);
  });

  it('hides a decorative pictogram (or one with empty alt) from assistive technology', async () => {
    const phone = await loadPictogram('phone');
    for (const opts of [{ decorative: true }, { alt: '' }]) {
      const el = await renderInto(phone, opts);
      expect(el.getAttribute('aria-hidden')).to.equal('true');
      expect(el.hasAttribute('role')).to.equal(false);
      expect(el.hasAttribute('aria-label')).to.equal(false);
    }
  });

  it('renders a neutral placeholder for an unknown pictogram, with the given alt', async () => {
    const el = await renderInto(await loadPictogram('nope'), { alt: 'Plaatje' });
    expect(el.dataset['pictogram']).to.equal('placeholder');
    expect(el.getAttribute('role')).to.equal('img');
    expect(el.getAttribute('aria-label')).to.equal('Plaatje');
    expect(el.querySelector(SHAPES)).to.not.equal(null);
    const silent = await renderInto(undefined);
    expect(silent.getAttribute('aria-hidden')).to.equal('true');
  });

  it('mirrors in RTL only the pictograms with a direction', async () => {
    for (const p of await loadAll()) {
      const rtl = await renderInto(p, { dir: 'rtl', locale: 'ar' });
      const mirrored = p.mirrorInRtl === true;
      expect(rtl.classList.contains('mirrored'), p.name).to.equal(mirrored);
      expect(
        rtl.querySelector(':scope > g[transform="matrix(-1 0 0 1 48 0)"]') !== null,
        p.name,
      ).to.equal(mirrored);
      const ltr = await renderInto(p, { dir: 'ltr' });
      expect(ltr.classList.contains('mirrored'), p.name).to.equal(false);
    }
    expect(pictogramNames.some((n) => n === 'bus')).to.equal(true);
    expect((await loadPictogram('bus'))!.mirrorInRtl).to.equal(true);
    expect((await loadPictogram('question'))!.mirrorInRtl).to.equal(false);
  });

  it('accepts a CSS size', async () => {
    const el = await renderInto(await loadPictogram('house'), { size: '3rem' });
    expect(el.getAttribute('width')).to.equal('3rem');
    expect(el.getAttribute('height')).to.equal('3rem');
  });
});
