// Checks that several widgets' tests share (step guide, question helper): the machine-
// translation note as a resident hears it, and a part of a widget's code that does not load.
// Each widget's test still names what it checks; these only hold the steps that were copies.
import { expect } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';

/** `value` as a JSON file (a blob URL), for content a test changes. */
export const jsonUrl = (value: unknown): string =>
  URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));

/** The JSON file at `url` with some fields replaced (e.g. other `review` marks), as a blob URL. */
export async function jsonWith(url: string, fields: Record<string, unknown>): Promise<string> {
  return jsonUrl({ ...(await (await fetch(url)).json()), ...fields });
}

const ARABIC_NOTE = 'هذه الترجمة صُنعت بمساعدة الحاسوب ولم تُراجع بعد.';

/**
 * Core's machine-translation note in Arabic: a `role="note"` of its own language and direction
 * (lang="ar" dir="rtl") with the Arabic sentence, which a screen reader announces as a note.
 */
export async function expectArabicMachineNote(note: HTMLElement | null): Promise<void> {
  expect(!!note, 'notice').to.equal(true);
  expect(note!.getAttribute('role')).to.equal('note');
  expect(note!.lang).to.equal('ar');
  expect(note!.dir).to.equal('rtl');
  expect(note!.textContent).to.contain(ARABIC_NOTE);
  await virtual.start({ container: note! });
  try {
    for (let i = 0; i < 3; i++) await virtual.next();
    const spoken = (await virtual.spokenPhraseLog()).join(' | ');
    expect(spoken).to.contain('note');
    expect(spoken).to.contain(ARABIC_NOTE);
  } finally {
    await virtual.stop();
  }
}

/**
 * A page with `<tag preview>` and `content` in an iframe whose import map sends the address of
 * `chunk` (a module URL under the widget's src, .ts or .js) to a 404, so this page's module
 * cache stays intact. `define`: the widget's define module.
 */
export async function widgetWithout(
  tag: string,
  define: URL,
  chunk: URL,
  content: string,
): Promise<Element> {
  const imports = Object.fromEntries(
    ['.js', '.ts'].map((ext) => [chunk.href.replace(/\.[jt]s$/, ext), '/__fault/status/404']),
  );
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="nl"><body>
    <script type="importmap">${JSON.stringify({ imports })}</script>
    <script type="module" src="${define.pathname}"></script>
    <${tag} preview>${content}</${tag}></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!.querySelector(tag)!;
}

/** The text of the widget's editor notice (shadow DOM, `part="editor-notice"`). */
export const editorNotice = (el: Element): string =>
  el.shadowRoot?.querySelector('[part=editor-notice]')?.textContent ?? '';
