// Where the focus is (through shadow roots), described for a failure message, and waiting for a
// form to move it (a frame after rendering). The broad Tab proof is tabWalk in keyboard-proof.mjs.
/** The focused element, through open shadow roots: `id`, class, text (for messages). */
const focusedInPage = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return { tag: 'body', id: '', cls: '', text: '' };
  return {
    tag: el.localName,
    id: el.id,
    cls: typeof el.className === 'string' ? el.className : '',
    text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
    type: el.getAttribute('type') ?? '',
  };
};
export const focused = (page) => page.evaluate(focusedInPage);
export const describe = (f) =>
  `${f.tag}${f.id ? `#${f.id}` : ''}${f.cls ? `.${f.cls}` : ''} "${f.text}"`;

/** Waits (forms move the focus a frame after rendering) until the focus matches `test`. */
export async function focusSettles(page, test, what) {
  for (let i = 0; i < 50; i += 1) {
    const f = await focused(page);
    if (test(f)) return f;
    await page.waitForTimeout(50);
  }
  throw new Error(`the focus is on ${describe(await focused(page))}, not on ${what}`);
}
