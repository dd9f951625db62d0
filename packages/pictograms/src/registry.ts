import type { Pictogram } from './types.js';

/**
 * One loader per pictogram. Each is a literal dynamic import so bundlers emit every icon as its
 * own chunk and a page downloads only the pictograms it shows.
 */
const loaders = {
  phone: () => import('./icons/phone.js').then((m) => m.phone),
  letter: () => import('./icons/letter.js').then((m) => m.letter),
  calendar: () => import('./icons/calendar.js').then((m) => m.calendar),
  'home-visit': () => import('./icons/home-visit.js').then((m) => m.homeVisit),
  'kitchen-table': () => import('./icons/kitchen-table.js').then((m) => m.kitchenTable),
  conversation: () => import('./icons/conversation.js').then((m) => m.conversation),
  money: () => import('./icons/money.js').then((m) => m.money),
  debts: () => import('./icons/debts.js').then((m) => m.debts),
  care: () => import('./icons/care.js').then((m) => m.care),
  family: () => import('./icons/family.js').then((m) => m.family),
  child: () => import('./icons/child.js').then((m) => m.child),
  elderly: () => import('./icons/elderly.js').then((m) => m.elderly),
  house: () => import('./icons/house.js').then((m) => m.house),
  work: () => import('./icons/work.js').then((m) => m.work),
  doctor: () => import('./icons/doctor.js').then((m) => m.doctor),
  medicine: () => import('./icons/medicine.js').then((m) => m.medicine),
  question: () => import('./icons/question.js').then((m) => m.question),
  interpreter: () => import('./icons/interpreter.js').then((m) => m.interpreter),
  volunteer: () => import('./icons/volunteer.js').then((m) => m.volunteer),
  municipality: () => import('./icons/municipality.js').then((m) => m.municipality),
  documents: () => import('./icons/documents.js').then((m) => m.documents),
  computer: () => import('./icons/computer.js').then((m) => m.computer),
  bus: () => import('./icons/bus.js').then((m) => m.bus),
  waiting: () => import('./icons/waiting.js').then((m) => m.waiting),
  free: () => import('./icons/free.js').then((m) => m.free),
  independent: () => import('./icons/independent.js').then((m) => m.independent),
  privacy: () => import('./icons/privacy.js').then((m) => m.privacy),
  checkmark: () => import('./icons/checkmark.js').then((m) => m.checkmark),
  warning: () => import('./icons/warning.js').then((m) => m.warning),
  'walk-in': () => import('./icons/walk-in.js').then((m) => m.walkIn),
  message: () => import('./icons/message.js').then((m) => m.message),
  email: () => import('./icons/email.js').then((m) => m.email),
  location: () => import('./icons/location.js').then((m) => m.location),
  clock: () => import('./icons/clock.js').then((m) => m.clock),
  help: () => import('./icons/help.js').then((m) => m.help),
  wheelchair: () => import('./icons/wheelchair.js').then((m) => m.wheelchair),
  school: () => import('./icons/school.js').then((m) => m.school),
  food: () => import('./icons/food.js').then((m) => m.food),
  energy: () => import('./icons/energy.js').then((m) => m.energy),
  form: () => import('./icons/form.js').then((m) => m.form),
  signature: () => import('./icons/signature.js').then((m) => m.signature),
  plan: () => import('./icons/plan.js').then((m) => m.plan),
  accompany: () => import('./icons/accompany.js').then((m) => m.accompany),
  loneliness: () => import('./icons/loneliness.js').then((m) => m.loneliness),
  health: () => import('./icons/health.js').then((m) => m.health),
  youth: () => import('./icons/youth.js').then((m) => m.youth),
} satisfies Record<string, () => Promise<Pictogram>>;

/** A known pictogram name. */
export type PictogramName = keyof typeof loaders;

/** All pictogram names, in alphabetical order. */
export const pictogramNames: readonly PictogramName[] = Object.freeze(
  (Object.keys(loaders) as PictogramName[]).sort(),
);

/** True when `name` is a known pictogram. */
export function isPictogramName(name: unknown): name is PictogramName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(loaders, name);
}

/**
 * Loads one pictogram by name. Unknown names (and failed downloads) resolve to `undefined`, so a
 * typo in an editor's content file shows the neutral placeholder instead of breaking the widget.
 */
export async function loadPictogram(name: string): Promise<Pictogram | undefined> {
  if (!isPictogramName(name)) return undefined;
  try {
    return await loaders[name]();
  } catch {
    return undefined;
  }
}
