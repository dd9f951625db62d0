/**
 * The built-in pictograms, one lazy chunk each, loaded only for the domains and statements that
 * show them (and the contact options). This module itself is loaded lazily too, after the
 * first render: neutral placeholders show meanwhile.
 *
 * It imports `@wegwijs/pictograms/icons/*` rather than the package index: the index re-exports
 * every icon statically, which would put all of them in one chunk.
 */
import { problem } from '@wegwijs/core';
import type { Pictogram } from '@wegwijs/pictograms';
import type { WegwijsQuestionHelper } from './question-helper.js';
import type { QuestionSet } from './types.js';
import { OPTION_PICTOGRAMS } from './pictogram-names.js';

const icons: Record<string, () => Promise<object>> = {
  phone: () => import('@wegwijs/pictograms/icons/phone'),
  letter: () => import('@wegwijs/pictograms/icons/letter'),
  calendar: () => import('@wegwijs/pictograms/icons/calendar'),
  'home-visit': () => import('@wegwijs/pictograms/icons/home-visit'),
  'kitchen-table': () => import('@wegwijs/pictograms/icons/kitchen-table'),
  conversation: () => import('@wegwijs/pictograms/icons/conversation'),
  money: () => import('@wegwijs/pictograms/icons/money'),
  debts: () => import('@wegwijs/pictograms/icons/debts'),
  care: () => import('@wegwijs/pictograms/icons/care'),
  family: () => import('@wegwijs/pictograms/icons/family'),
  child: () => import('@wegwijs/pictograms/icons/child'),
  elderly: () => import('@wegwijs/pictograms/icons/elderly'),
  house: () => import('@wegwijs/pictograms/icons/house'),
  work: () => import('@wegwijs/pictograms/icons/work'),
  doctor: () => import('@wegwijs/pictograms/icons/doctor'),
  medicine: () => import('@wegwijs/pictograms/icons/medicine'),
  question: () => import('@wegwijs/pictograms/icons/question'),
  interpreter: () => import('@wegwijs/pictograms/icons/interpreter'),
  volunteer: () => import('@wegwijs/pictograms/icons/volunteer'),
  municipality: () => import('@wegwijs/pictograms/icons/municipality'),
  documents: () => import('@wegwijs/pictograms/icons/documents'),
  computer: () => import('@wegwijs/pictograms/icons/computer'),
  bus: () => import('@wegwijs/pictograms/icons/bus'),
  waiting: () => import('@wegwijs/pictograms/icons/waiting'),
  free: () => import('@wegwijs/pictograms/icons/free'),
  independent: () => import('@wegwijs/pictograms/icons/independent'),
  privacy: () => import('@wegwijs/pictograms/icons/privacy'),
  checkmark: () => import('@wegwijs/pictograms/icons/checkmark'),
  warning: () => import('@wegwijs/pictograms/icons/warning'),
  'walk-in': () => import('@wegwijs/pictograms/icons/walk-in'),
  message: () => import('@wegwijs/pictograms/icons/message'),
  email: () => import('@wegwijs/pictograms/icons/email'),
  location: () => import('@wegwijs/pictograms/icons/location'),
  clock: () => import('@wegwijs/pictograms/icons/clock'),
  help: () => import('@wegwijs/pictograms/icons/help'),
  wheelchair: () => import('@wegwijs/pictograms/icons/wheelchair'),
  school: () => import('@wegwijs/pictograms/icons/school'),
  food: () => import('@wegwijs/pictograms/icons/food'),
  energy: () => import('@wegwijs/pictograms/icons/energy'),
  form: () => import('@wegwijs/pictograms/icons/form'),
  signature: () => import('@wegwijs/pictograms/icons/signature'),
  plan: () => import('@wegwijs/pictograms/icons/plan'),
  accompany: () => import('@wegwijs/pictograms/icons/accompany'),
  loneliness: () => import('@wegwijs/pictograms/icons/loneliness'),
  health: () => import('@wegwijs/pictograms/icons/health'),
  youth: () => import('@wegwijs/pictograms/icons/youth'),
};

/** The pictogram called `name`; `null` for a name that is not built in (or failed to load). */
export async function loadIcon(name: string): Promise<Pictogram | null> {
  if (!Object.prototype.hasOwnProperty.call(icons, name)) return null;
  try {
    const icon = Object.values(await icons[name]!()).find((value) => value?.body);
    return (icon as Pictogram | undefined) ?? null;
  } catch {
    return null;
  }
}

export const iconNames = Object.keys(icons);

/** Load the pictograms of a question set into the helper; tells the editor about unknown names. */
export async function loadPictograms(host: WegwijsQuestionHelper, set: QuestionSet): Promise<void> {
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
  host.reportProblems(
    'pictograms',
    unknown.map((name) =>
      problem(
        'content',
        `pictogram "${name}" is not a built-in pictogram (a placeholder is shown)`,
        {
          severity: 'warning',
        },
      ),
    ),
  );
}
