import { expect } from '@open-wc/testing';
import { attributeProblem, elementVerdict } from '../src/content/markup-allowlist.js';
import { auditMarkup, droppedProblem, inertCopy } from '../src/content/markup-audit.js';
import { markupToRichText } from '../src/content/safe-markup.js';

/** Parse without running anything: a template's content lives in an inert document. */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

const div = (html: string) => {
  const el = document.implementation.createHTMLDocument('').createElement('div');
  el.append(parse(html));
  return el;
};

describe('markup allowlist', () => {
  it('keeps text-level and list elements, drops what runs or embeds, unwraps the rest', () => {
    for (const tag of ['p', 'b', 'strong', 'a', 'ul', 'li', 'mark', 'dfn', 'h3', 'td'])
      expect(elementVerdict(tag), tag).to.equal('keep');
    for (const tag of [
      'script',
      'style',
      'template',
      'noscript',
      'iframe',
      'object',
      'embed',
      'base',
      'meta',
      'link',
      'form',
      'svg',
      'math',
    ])
      expect(elementVerdict(tag), tag).to.equal('drop');
    expect(elementVerdict('font')).to.equal('unwrap');
    expect(elementVerdict('wegwijs-step-guide')).to.equal('unwrap');
  });

  it('allows links to http(s), tel: and mailto: only, however the scheme is disguised', () => {
    expect(attributeProblem('a', 'href', 'https://example.invalid/')).to.equal(undefined);
    expect(attributeProblem('a', 'href', '/relatief')).to.equal(undefined);
    expect(attributeProblem('a', 'href', 'tel:+31201234567')).to.equal(undefined);
    expect(attributeProblem('a', 'href', 'mailto:a@b.invalid')).to.equal(undefined);
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\u0000script:alert(1)',
      'javas\u200Bcript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ])
      expect(attributeProblem('a', 'href', bad), JSON.stringify(bad)).to.be.a('string');
    expect(attributeProblem('p', 'onclick', 'x')).to.equal('onclick-attribuut');
    expect(attributeProblem('p', 'style', 'color:red')).to.equal('style-attribuut');
    expect(attributeProblem('a', 'target', '_blank')).to.be.a('string');
    expect(attributeProblem('mark', 'data-explain', 'x')).to.equal(undefined);
    expect(attributeProblem('img', 'src', 'data:image/svg+xml,<svg onload=x>')).to.be.a('string');
  });
});

describe('markup audit', () => {
  it('removes in place what the allowlist refuses and reports it in Dutch', () => {
    const letter = div(
      '<p onclick="x()">Betaal <b>nu</b><script>x()</script> <a href="javascript:x()">hier</a>' +
        '<object data="javascript:x()">o</object><font color="red">rood</font>' +
        '<svg><a href="javascript:x()"><text>svg</text></a></svg></p>' +
        '<div><template shadowrootmode="open"><img src=x onerror=x()></template>tekst</div>',
    );
    const dropped = auditMarkup(letter, { fix: true });
    expect(letter.innerHTML).to.equal('<p>Betaal <b>nu</b> <a>hier</a>rood</p><div>tekst</div>');
    expect([...dropped.keys()]).to.include.members([
      'onclick-attribuut',
      '<script>',
      '<object>',
      '<font>',
      '<svg>',
      '<template>',
    ]);
    const report = droppedProblem(dropped, 'letter')!;
    expect(report.lang).to.equal('nl');
    expect(report.severity).to.equal('warning');
    expect(report.message).to.match(/^letter: niet getoond uit uw HTML: /);
  });

  it('lists without changing, and walks very deep markup without overflowing', () => {
    const deep = div('<span>'.repeat(3000) + '<iframe></iframe>' + '</span>'.repeat(3000));
    const before = deep.innerHTML;
    const dropped = auditMarkup(deep);
    expect(deep.innerHTML).to.equal(before);
    expect(dropped.get('<iframe>')).to.equal(1);
  });

  it('copies into an inert document, so a copied image does not load (a page copy does)', async () => {
    const settle = () => new Promise((r) => setTimeout(r, 200));
    window.__copied = 0;
    const li = document.createElement('li');
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__copied++');
    img.src = '/no-such-image.png';
    li.append(img);
    await settle();
    window.__copied = 0; // the page's own image has failed once
    const copy = inertCopy(li);
    await settle();
    expect(copy.ownerDocument).not.to.equal(document);
    expect(window.__copied).to.equal(0);
    li.cloneNode(true); // what the step guide did before: the copy loads and its handler runs
    await settle();
    expect(window.__copied).to.equal(1);
  });
});

describe('markupToRichText with the allowlist', () => {
  it('drops the text of what runs, embeds or is foreign; keeps words of unsafe links', () => {
    const text = markupToRichText(
      div(
        '<p>Een <b>stap</b><style>p{}</style><noscript>geen js</noscript>' +
          '<svg><text>svg</text></svg><object>fallback</object> <a href="javascript:x()">klik</a></p>',
      ),
    );
    expect(text).to.equal('Een **stap** [klik](javascript:x%28%29)');
  });

  it('cuts very long markup', () => {
    const list = div(`<ul>${'<li>punt</li>'.repeat(500)}</ul>`);
    expect(markupToRichText(list).split('\n')).to.have.length(100);
    expect(markupToRichText(div('W'.repeat(50_000))).length).to.equal(20_001);
  });
});

declare global {
  interface Window {
    __copied: number;
  }
}
