// The snippets: the loader's script tag with its integrity from the CDN build, and an iframe
// that refuses a relative content address (issue 19 item 8).
import { expect } from '@open-wc/testing';
import { DEFAULT_CDN, makeSnippet, type SnippetInput } from '../src/output/snippets.js';
import { LOADER_INTEGRITY } from '../src/generated/loader.js';

const base: SnippetInput = {
  mode: 'markup',
  widget: 'step-guide',
  cdn: '',
  contentUrl: '',
  markup: '  <ol>\n    <li><h3>Bel</h3></li>\n  </ol>',
  tokens: [],
  title: 'Uitleg van de gemeente',
};

describe('snippets', () => {
  it('markup mode: loader with integrity, the markup inside the tag', () => {
    const r = makeSnippet(base);
    if (!r.ok) throw new Error(r.reason);
    expect(LOADER_INTEGRITY).to.match(/^sha384-/);
    expect(r.code).to.include(
      `src="${DEFAULT_CDN}wegwijs.js" integrity="${LOADER_INTEGRITY}" crossorigin="anonymous"`,
    );
    expect(r.code).to.include('<wegwijs-step-guide>\n  <ol>');
  });

  it('iframe mode refuses a relative content address', () => {
    const r = makeSnippet({ ...base, mode: 'iframe', contentUrl: '/inhoud/route.json' });
    expect(r.ok).to.equal(false);
  });

  it('iframe mode with an absolute address, and the resize script with its integrity', () => {
    const r = makeSnippet({
      ...base,
      mode: 'iframe',
      contentUrl: 'https://gemeente.nl/route.json',
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.code).to.include('src=https%3A%2F%2Fgemeente.nl%2Froute.json');
    expect(r.code).to.include('parent=https%3A%2F%2Fgemeente.nl');
    expect(r.code).to.match(/wegwijs-iframe\.js" integrity="sha384-[^"]+" crossorigin="anonymous"/);
    expect(r.code).to.include('title="Uitleg van de gemeente"');
  });

  it('src mode needs an address; theme tokens go on the tag, escaped', () => {
    expect(makeSnippet({ ...base, mode: 'src' }).ok).to.equal(false);
    const r = makeSnippet({
      ...base,
      mode: 'src',
      contentUrl: '/a"b.json',
      tokens: [['--wegwijs-primary-background', '#123456']],
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.code).to.include('src="/a&quot;b.json" style="--wegwijs-primary-background: #123456"');
  });

  it('a CDN folder that is not https is refused', () => {
    expect(makeSnippet({ ...base, cdn: 'http://cdn.example/' }).ok).to.equal(false);
  });
});
