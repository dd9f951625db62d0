// A part of the guide's code that cannot load (network) is named in Dutch for the editor
// (issue 18, code step-unloaded). The failing chunk is made in a page of its own: an iframe
// whose import map sends the chunk's address to a 404, so this page's module cache stays intact.
import { expect, waitUntil } from '@open-wc/testing';

/** A page with the guide whose `chunk` (a path under ../src) answers 404. */
async function guideWithout(chunk: string, content: string): Promise<Element> {
  const src = new URL(`../src/${chunk}`, import.meta.url);
  const imports = Object.fromEntries(
    ['.js', '.ts'].map((ext) => [src.href.replace(/\.[jt]s$/, ext), '/__fault/status/404']),
  );
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="nl"><body>
    <script type="importmap">${JSON.stringify({ imports })}</script>
    <script type="module" src="${new URL('../src/define.ts', import.meta.url).pathname}"></script>
    <wegwijs-step-guide preview>${content}</wegwijs-step-guide></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!.querySelector('wegwijs-step-guide')!;
}

const notice = (el: Element) =>
  el.shadowRoot?.querySelector('[part=editor-notice]')?.textContent ?? '';
const DUTCH = 'een deel van het stappenplan kon niet worden geladen (netwerk?)';

describe('step guide: a part that could not load', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('names the view in Dutch when its code does not load; the markup stays', async () => {
    const el = await guideWithout('view/guide-view.ts', '<ol><li><h3>Bel ons</h3></li></ol>');
    await waitUntil(() => notice(el).includes(DUTCH), `notice: ${notice(el)}`, { timeout: 6000 });
    expect(notice(el)).not.to.contain('could not be loaded');
    expect(el.textContent).to.contain('Bel ons');
  });

  it('names the JSON schema in Dutch when its code does not load', async () => {
    const json = '<script type="application/json">{"steps":[{"title":"Bel ons"}]}</script>';
    const el = await guideWithout('schema.ts', json);
    await waitUntil(() => notice(el).includes(DUTCH), `notice: ${notice(el)}`, { timeout: 6000 });
    expect(notice(el)).not.to.contain('could not be loaded');
  });
});
