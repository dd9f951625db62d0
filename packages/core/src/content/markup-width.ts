/**
 * Very wide editor markup (5,000 list items, 2,000 links in one paragraph: hostile, or a
 * letter pasted with a whole table of figures) costs the browser seconds each time it lays the
 * page out again: when the widget attaches its shadow root, slots the markup and moves it into
 * a named slot. Measured with the quality gates' hostile-markup corpus
 * (test/quality/checks/markup.mjs) on the CDN files: the letter explainer 1.9–8.8 s, the
 * question helper up to 2.3 s, in one task. So, before the shadow root exists, every element
 * keeps at most MAX_CHILDREN child elements; the rest goes in one `Range.deleteContents()` per
 * element, and an ellipsis shows the resident that something follows. Linear in the size of
 * the markup; no HTML is parsed. No letter, answer or question list comes near it.
 */
import type { ContentProblem } from './content-problem.js';

export const MAX_CHILDREN = 200;

/**
 * Cuts every element of the host's markup (the host too) to its first MAX_CHILDREN child
 * elements; reports it (in Dutch, for the editor's `preview` notice and the console) when it
 * did. Returns the number of elements that were cut.
 */
export function trimWideMarkup(
  host: HTMLElement & {
    reportProblems(source: string, problems: ContentProblem[]): void;
  },
): number {
  const wide: Element[] = [];
  // childElementCount walks the children once: linear in the markup, summed over every element.
  if (host.childElementCount > MAX_CHILDREN) wide.push(host);
  for (const el of host.querySelectorAll('*'))
    if (el.childElementCount > MAX_CHILDREN) wide.push(el);
  if (!wide.length) return 0;
  let removed = 0;
  let cut = 0;
  for (const el of wide) {
    // Inside the part of an earlier (outer) element that was cut already.
    if (el !== host && !host.contains(el)) continue;
    const first = el.children[MAX_CHILDREN]!;
    removed += el.childElementCount - MAX_CHILDREN;
    const range = document.createRange();
    range.setStartBefore(first);
    range.setEndAfter(el.lastChild!);
    range.deleteContents();
    // In a list, the ellipsis is an item of its own; elsewhere it follows the text.
    const list = el.localName === 'ul' || el.localName === 'ol';
    const more = document.createElement(list ? 'li' : 'span');
    more.textContent = '…';
    more.dataset['wegwijsCut'] = '';
    if (list) el.append(more);
    else el.append(' ', more);
    cut++;
  }
  host.reportProblems('markup-width', [
    {
      code: 'content',
      severity: 'warning',
      lang: 'nl',
      message: `niet getoond uit uw HTML: ${removed} elementen na de eerste ${MAX_CHILDREN} op één plek (${cut}×); er staat nu … op die plek`,
    },
  ]);
  return cut;
}
