/**
 * Everything needed once contacts have arrived: validation (valibot), the index, the search form and the contact cards. One lazy chunk, requested when the
 * widget connects, so it downloads in parallel with the content file and the element shell
 * renders first.
 */
import { coded, parseJson, safeMediaUrl, type ContentProblem, type Validated } from '@wegwijs/core';
import { fillPageProfile } from '@wegwijs/core/check/page-profile';
import { buildIndexInSlices, type ContactIndex } from './index/contact-index.js';
import { validateDirectoryInSlices } from './schema.js';
import { yieldToMain } from './slices.js';
import { dutchClock, formatTime, formatWeekday } from './hours.js';
import { formatList } from './list-format.js';
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
export { afterNextFrame, yieldToMain } from './slices.js';

/** Checks raw content (JSON, CSV rows, or the host whose markup holds the contacts). */
export async function check(raw: unknown, base?: string): Promise<Validated<Directory>> {
  // The editor's markup is read by a module of its own: pages with a file never download it.
  const input = raw instanceof HTMLElement ? (await import('./markup.js')).readMarkup(raw) : raw;
  const long = contactCount(input) > LONG_LIST;
  // The municipality profile ({{telefoon}} …) filled in for residents: an unfilled field
  // leaves its sentence (or its button) out, never shown raw; the preview names it.
  const filled = long ? await fillProfileOfLongList(input) : await fillPageProfile(input);
  // Checked in slices that yield to the browser (no long task, issue 23): on a slow phone even
  // thirty contacts take a few hundred milliseconds.
  const checked = await validateDirectoryInSlices(filled.data);
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

/** Up to this many contacts, the profile fields are looked for at once (a few ms on a phone). */
export const LONG_LIST = 1000;

/** A content file longer than this (about 800 contacts) is parsed in slices. */
const LONG_FILE = 256 * 1024;

/** The number of contacts in raw content (a list, or an object with `contacts`). */
function contactCount(raw: unknown): number {
  const list = Array.isArray(raw) ? raw : (raw as { contacts?: unknown } | null)?.contacts;
  return Array.isArray(list) ? list.length : 0;
}

/**
 * fillPageProfile for a long list. Looking for a `{{field}}` means reading the whole content
 * (fillPageProfile returns its input itself when it holds none); for a long list that one
 * look is done a few hundred contacts at a time, yielding in between. Only content that does
 * hold a field (rare in long lists) is filled at once.
 */
async function fillProfileOfLongList(
  raw: unknown,
): Promise<Awaited<ReturnType<typeof fillPageProfile>>> {
  const contacts = (
    Array.isArray(raw) ? raw : (raw as { contacts: unknown[] }).contacts
  ) as unknown[];
  const rest = Array.isArray(raw) ? {} : { ...(raw as object), contacts: [] };
  let holdsField = (await fillPageProfile(rest)).data !== rest;
  for (let i = 0; !holdsField && i < contacts.length; i += 250) {
    await yieldToMain();
    const part = contacts.slice(i, i + 250);
    holdsField = (await fillPageProfile(part)).data !== part;
  }
  return holdsField ? fillPageProfile(raw) : { data: raw, problems: [] };
}

/**
 * The search index, and a warning for each service area that is not a postcode: built in
 * slices that yield to the browser (no long task, issue 23), after the Intl formatters of the
 * cards are made in a task of their own (see warmFormatters).
 */
export async function indexInSlices(
  data: Directory,
  holidays: readonly string[],
  ui: string,
): Promise<{ index: ContactIndex; problems: ContentProblem[] }> {
  await yieldToMain();
  warmFormatters(ui);
  await yieldToMain();
  return withProblems(data, await buildIndexInSlices(data, holidays));
}

function withProblems(
  data: Directory,
  index: ContactIndex,
): { index: ContactIndex; problems: ContentProblem[] } {
  return { index, problems: areaProblems(data, index) };
}

/**
 * A warning (code `contact-area`, in Dutch from core's message table) for each service area the
 * index could not read: neither a postcode (range) nor a neighbourhood.
 */
function areaProblems(data: Directory, index: ContactIndex): ContentProblem[] {
  return index.unknownAreas.slice(0, 20).map(([i, area]) => {
    const contact = data.contacts[i]!;
    const path = `contacts[${i}].service_areas[${contact.service_areas?.indexOf(area) ?? 0}]`;
    const params = { name: contact.name, area };
    return coded('content', 'contact-area', { path, params, severity: 'warning' });
  });
}

/** A fetched file: JSON when it looks like JSON (and is not named .csv), else a spreadsheet. */
export async function parseText(text: string, url: string): Promise<Validated<unknown>> {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(body) && !/\.csv(\?|#|$)/i.test(url)) {
    try {
      // A long file is parsed in slices that yield to the browser (no long task, issue 23),
      // by a module only long files download.
      const data =
        body.length > LONG_FILE
          ? await (await import('./json-slices.js')).parseJsonInSlices(body)
          : (JSON.parse(body) as unknown);
      return { data, problems: [] };
    } catch {
      // Core's words (code content-json, line and column), worded when read.
      const parsed = parseJson(body, `src "${url}"`);
      return { problems: parsed.ok ? [] : [parsed.problem] };
    }
  }
  return (await import('./csv.js')).parseContactsCsv(text);
}

/**
 * Makes the Intl formatters of the cards (the Dutch clock, times, weekdays, lists in the
 * interface language). The first Intl formatter of a page loads the browser's locale and
 * time-zone data: on a slow phone 100 ms or more in one piece (issue 23), better in a task of
 * its own than in the first render of the results.
 */
export function warmFormatters(ui: string): void {
  dutchClock(new Date());
  formatTime(0, ui);
  formatWeekday(0, ui);
  formatList([], ui);
}
