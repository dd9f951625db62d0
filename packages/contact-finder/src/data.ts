/**
 * Everything needed once contacts have arrived: validation (valibot), the editor's markup
 * reader, the index, the search form and the contact cards. One lazy chunk, requested when the
 * widget connects, so it downloads in parallel with the content file and the element shell
 * renders first.
 */
import { problem, safeMediaUrl, type ContentProblem, type Validated } from '@wegwijs/core';
import { fillPageProfile } from '@wegwijs/core/check/page-profile';
import { buildIndex, buildIndexInSlices, type ContactIndex } from './index/contact-index.js';
import { readMarkup } from './markup.js';
import { validateDirectory } from './schema.js';
import type { Directory } from './types.js';

export { renderForm } from './view/form.js';
export { renderResults, countText, outsideText } from './view/results.js';
export { styles } from './contact-finder.styles.js';
export { resultsSheet } from './light.styles.js';
export { adoptLightStyles } from '@wegwijs/core/light-dom/light-styles';
export { dutchClock } from './hours.js';
export { loadTopicPictogram } from './labels.js';
export { readPostcodeInput } from './postcode.js';
export { TOPICS } from './types.js';
export { readHash, writeHash, shareUrl } from './hash-state.js';
export { copiedText } from './view/share-button.js';

/** Checks raw content (JSON, CSV rows, or the host whose markup holds the contacts). */
export async function check(raw: unknown, base?: string): Promise<Validated<Directory>> {
  // The municipality profile ({{telefoon}} …) filled in for residents: an unfilled field
  // leaves its sentence (or its button) out, never shown raw; the preview names it.
  const filled = await fillPageProfile(raw instanceof HTMLElement ? readMarkup(raw) : raw);
  const checked = validateDirectory(filled.data);
  checked.problems.unshift(...filled.problems);
  // The editor's list: what the finder will not show of it is named in `preview`.
  if (raw instanceof HTMLElement) {
    const report = (await import('./markup-report.js')).droppedMarkup(raw);
    if (report) checked.problems.push(report);
  }
  // Photos ship next to the JSON file (avatars/…svg): resolve them against the file, not the
  // page that shows the finder.
  if (base && checked.data) {
    for (const contact of [...checked.data.contacts, checked.data.helpline]) {
      const url = contact?.photo && safeMediaUrl(contact.photo.url, base);
      if (url) contact.photo!.url = url;
    }
  }
  return checked;
}

/** The search index, and a warning for each service area that is not a postcode. */
export function index(
  data: Directory,
  holidays: readonly string[],
): { index: ContactIndex; problems: ContentProblem[] } {
  return withProblems(data, buildIndex(data, holidays));
}

/** index() in slices that yield to the browser (for long lists: no long task). */
export async function indexInSlices(
  data: Directory,
  holidays: readonly string[],
): Promise<{ index: ContactIndex; problems: ContentProblem[] }> {
  return withProblems(data, await buildIndexInSlices(data, holidays));
}

function withProblems(
  data: Directory,
  index: ContactIndex,
): { index: ContactIndex; problems: ContentProblem[] } {
  const problems = index.unknownAreas
    .slice(0, 20)
    .map(([i, area]) =>
      problem(
        'content',
        `contacts[${i}] (${data.contacts[i]!.name}): service area "${area}" is not a postcode and not in "neighbourhoods"; this contact is not found by postcode`,
        { severity: 'warning' },
      ),
    );
  return { index, problems };
}

/** A fetched file: JSON when it looks like JSON (and is not named .csv), else a spreadsheet. */
export async function parseText(text: string, url: string): Promise<Validated<unknown>> {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(body) && !/\.csv(\?|#|$)/i.test(url)) {
    try {
      return { data: JSON.parse(body) as unknown, problems: [] };
    } catch (error) {
      return {
        problems: [problem('parse', `src "${url}" is not valid JSON: ${(error as Error).message}`)],
      };
    }
  }
  return (await import('./csv.js')).parseContactsCsv(text);
}
