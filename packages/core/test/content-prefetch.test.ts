// A content file the CDN loader fetched ahead (src/content/prefetch.ts): the widget takes that
// response instead of fetching again, and its timeout, abort and fallback still hold.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/test-widget.js';
import { settled, type TestWidget } from './helpers/test-widget.js';
import { prefetchContent } from '../src/content/prefetch.js';

document.documentElement.lang = 'nl';
const good = JSON.stringify({ title: 'Hulp', steps: [{ title: 'Bel' }] });
let n = 0;
/** A URL no other test fetched (resource timing is counted per URL). */
const unique = (path: string) => `${path}${path.includes('?') ? '&' : '?'}prefetch=${++n}`;
const requestsTo = (src: string) =>
  performance.getEntriesByName(new URL(src, document.baseURI).href, 'resource').length;

async function widgetFor(src: string, attrs: { preview?: boolean; timeout?: number } = {}) {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.join(' '));
  try {
    const widget = (await fixture(
      html`<test-widget ?preview=${attrs.preview} timeout=${attrs.timeout ?? 10_000} src=${src}
        ><h2>Hulp (editor)</h2>
        <ol>
          <li>Bel de gemeente</li>
        </ol></test-widget
      >`,
    )) as TestWidget;
    await settled(widget);
    return { widget, errors, notice: widget.shadowRoot!.querySelector('[part=editor-notice]') };
  } finally {
    console.error = original;
  }
}

describe('content fetched ahead by the loader', () => {
  it('is taken by the widget: one request, not two', async () => {
    const src = unique(`/__fault/slow/300?body=${encodeURIComponent(good)}`);
    prefetchContent(src);
    const { widget } = await widgetFor(src);
    expect(widget.content.origin).to.equal('src');
    expect(widget.shadowRoot!.querySelector('h2')?.textContent).to.equal('Hulp');
    expect(requestsTo(src), 'requests to the content file').to.equal(1);
  });

  it('without a prefetch the widget fetches itself (the count above can fail)', async () => {
    const src = unique(`/__fault/text?body=${encodeURIComponent(good)}`);
    const { widget } = await widgetFor(src);
    expect(widget.content.origin).to.equal('src');
    prefetchContent(src); // after the widget's own fetch: a second request
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requestsTo(src)).to.equal(2);
  });

  it('a failed prefetch gives the editor’s notice and the resident the markup', async () => {
    const src = unique('/__fault/status/404');
    prefetchContent(src);
    const { widget, errors, notice } = await widgetFor(src, { preview: true });
    expect(errors.join('\n')).to.match(/gaf antwoord 404/);
    expect(notice?.textContent).to.match(/gaf antwoord 404/);
    expect(widget.content.origin).to.equal('markup');
    // The entry of a response whose body nobody read comes when the body has arrived.
    await waitUntil(() => requestsTo(src) > 0, 'the request is in resource timing');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requestsTo(src)).to.equal(1);
  });

  it('keeps the widget’s timeout', async () => {
    const src = unique('/__fault/slow/3000');
    prefetchContent(src);
    const { widget, errors } = await widgetFor(src, { preview: true, timeout: 300 });
    expect(errors.join()).to.match(/gaf binnen 0\.3 s geen antwoord/);
    expect(widget.content.origin).to.equal('markup');
  });

  it('is dropped for a changed src, and the new src is shown', async () => {
    const old = unique('/__fault/slow/2000');
    prefetchContent(old);
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const widget = (await fixture(html`<test-widget src=${old}></test-widget>`)) as TestWidget;
      await widget.updateComplete;
      widget.src = unique(`/__fault/text?body=${encodeURIComponent(good)}`);
      await widget.updateComplete;
      await settled(widget);
      expect(widget.content.origin).to.equal('src');
      expect(widget.shadowRoot!.querySelector('h2')?.textContent).to.equal('Hulp');
      expect(errors, 'no timeout or network problem for the old src').to.deep.equal([]);
    } finally {
      console.error = original;
    }
  });

  it('fetches nothing for an address that is not http(s)', () => {
    const before = performance.getEntriesByType('resource').length;
    prefetchContent('javascript:alert(1)');
    prefetchContent('data:application/json,{}');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });
});
