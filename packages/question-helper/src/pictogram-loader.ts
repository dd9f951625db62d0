/**
 * The built-in pictograms, one lazy chunk each, loaded only for the domains and statements that
 * show them (and the contact options). This module itself is loaded lazily too, after the
 * first render: neutral placeholders show meanwhile.
 *
 * The icons come from `@wegwijs/pictograms/registry` (one literal dynamic import per icon, the
 * one list of names), not the package index, which also brings the rendering helpers.
 */
import { coded } from '@wegwijs/core';
import type { Pictogram } from '@wegwijs/pictograms';
import { loadPictogram } from '@wegwijs/pictograms/registry';
import type { QuestionHost } from './host.js';
import type { QuestionSet } from './types.js';
import { OPTION_PICTOGRAMS } from './pictogram-names.js';

/** The pictogram called `name`; `null` for a name that is not built in (or failed to load). */
async function loadIcon(name: string): Promise<Pictogram | null> {
  return (await loadPictogram(name)) ?? null;
}

/** Load the pictograms of a question set into the helper; tells the editor about unknown names. */
export async function loadPictograms(host: QuestionHost, set: QuestionSet): Promise<void> {
  const named = set.domains.flatMap((d) => [d.pictogram, ...d.statements.map((s) => s.pictogram)]);
  const names = new Set(named.filter((p): p is string => !!p));
  const unknown: string[] = [];
  await Promise.all([
    ...[...names].map(async (name) => {
      const icon = await loadIcon(name);
      host.pictograms.set(name, icon);
      if (!icon) unknown.push(name);
    }),
    ...[...Object.values(OPTION_PICTOGRAMS), 'privacy', 'letter'].map(async (name) =>
      host.pictograms.set(name, await loadIcon(name)),
    ),
  ]);
  // By code: worded (in Dutch) when the editor reads it.
  host.reportProblems(
    'pictograms',
    unknown.map((name) =>
      coded('content', 'pictogram-unknown', { severity: 'warning', params: { name } }),
    ),
  );
}
