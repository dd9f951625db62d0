/**
 * What the finder will not show of the editor's contact list (it reads text, links and photos),
 * walked with the one allowlist and named in `preview` in Dutch, as the step guide and the
 * letter do (issue 27). Its own chunk: loaded only for a list in the page's markup. Walked on an
 * inert copy: nothing in the page is changed, loaded or run.
 */
import type { ContentProblem } from '@wegwijs/core';
import { auditMarkup, droppedProblem, inertCopy } from '@wegwijs/core/content/markup-audit';

export function droppedMarkup(host: HTMLElement): ContentProblem | undefined {
  const dropped = new Map<string, number>();
  for (const list of host.querySelectorAll(':scope > ul, :scope > ol'))
    auditMarkup(inertCopy(list), { dropped, self: true });
  return droppedProblem(dropped, 'contacten');
}
