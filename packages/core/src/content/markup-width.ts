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
 *
 * Depth is cut first (markup-depth.ts). The browser's parser stops nesting at 512 levels and
 * puts everything deeper side by side, so 10,000 nested `<div>`s are 9,500 siblings 500 levels
 * down: removing them one by one there (each removal updates all 500 ancestors) took the
 * letter explainer 0.5–2.3 s in one task (CPU profile of the deep raw page on the CDN files,
 * issue #27). Cut at MAX_DEPTH first, the whole deep part goes in one removal and nothing wide
 * is left down there.
 */
import type { ContentProblem } from './content-problem.js';
import { flattenDeepMarkup, reportCut } from './markup-depth.js';

export const MAX_CHILDREN = 200;

/**
 * Cuts the host's markup below MAX_DEPTH levels to its text, then every element of it (the
 * host too) to its first MAX_CHILDREN child elements; reports it (in Dutch, for the editor's `preview` notice and the console) when it
 * did. Returns the number of elements that were cut.
 */
export function trimWideMarkup(
  host: HTMLElement & {
    reportProblems(source: string, problems: ContentProblem[]): void;
  },
): number {
  // The base element cuts depth again in connectedCallback: then it finds nothing left to cut.
  flattenDeepMarkup(host);
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
  reportCut(host, 'markup-width', { removed, limit: MAX_CHILDREN, count: cut });
  return cut;
}
