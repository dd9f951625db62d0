import { expect, fixture, html } from '@open-wc/testing';
import { safeUrl, telHref } from '../src/index.js';
import { markupToRichText, renderRichText, richTextToPlain } from '../src/rich-text.js';

describe('safe URLs', () => {
  it('allows http(s), tel: and mailto: only', () => {
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeUrl('tel:+31201234567')).to.equal('tel:+31201234567');
    expect(safeUrl('mailto:hulp@example.org')).to.equal('mailto:hulp@example.org');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x',
      'vbscript:x',
      'java\u200bscript:alert(1)',
    ]) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });

  it('makes tel: links from written phone numbers', () => {
    expect(telHref('020 - 123 45 67')).to.equal('tel:0201234567');
    expect(telHref('+31 (0)20 123')).to.equal('tel:+31020123');
    expect(telHref('bel ons')).to.equal(undefined);
  });
});

describe('rich text', () => {
  it('renders paragraphs, bold, lists and safe links as elements', async () => {
    const el = await fixture(
      html`<div>
        ${renderRichText('Neem **uw brief** mee.\n\n- paspoort\n- [website](https://example.org)\n\nBel [ons](tel:0201234567).')}
      </div>`,
    );
    expect(el.querySelectorAll('p')).to.have.length(2);
    expect(el.querySelector('strong')?.textContent).to.equal('uw brief');
    expect([...el.querySelectorAll('li')].map((li) => li.textContent?.trim())).to.deep.equal([
      'paspoort',
      'website',
    ]);
    expect(el.querySelector('a[href="https://example.org/"]')?.getAttribute('rel')).to.equal(
      'noopener noreferrer',
    );
    expect(el.querySelector('a[href="tel:0201234567"]')).to.exist;
  });

  it('shows hostile strings as text and drops unsafe links', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const hostile =
      '<img src=x onerror="window.pwned=true"> [klik](javascript:window.pwned=true) <script>window.pwned=true</script>';
    const el = await fixture(html`<div>${renderRichText(hostile)}</div>`);
    expect(el.querySelector('img, script')).to.equal(null);
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent).to.contain('<img src=x onerror="window.pwned=true">');
    expect(el.textContent).to.contain('klik');
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });

  it('reads editor markup into the same safe subset', async () => {
    const el = await fixture(
      html`<div>
        <p>Neem <b>uw *brief*</b> mee.</p>
        <ul>
          <li>paspoort</li>
          <li><a href="javascript:x">bad</a></li>
        </ul>
        <script>
          1;
        </script>
      </div>`,
    );
    const text = markupToRichText(el);
    expect(text).to.equal('Neem **uw \\*brief\\*** mee.\n\n- paspoort\n- [bad](javascript:x)');
    const rendered = await fixture(html`<div>${renderRichText(text)}</div>`);
    expect(rendered.querySelector('strong')?.textContent).to.equal('uw *brief*');
    expect(rendered.querySelector('a')).to.equal(null);
    expect(richTextToPlain(text)).to.equal('Neem uw *brief* mee.\npaspoort. bad');
  });
});
