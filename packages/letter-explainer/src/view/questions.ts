/** The five questions at the top of the letter, each with its pictogram. */
import { msg } from '@wegwijs/core/locale/msg';
import type { Pictogram } from '@wegwijs/pictograms';
import type { AnswerKey } from '../schema.js';

/** In reading order; literal imports: one small chunk per pictogram. */
export const QUESTIONS: { key: AnswerKey; icon: () => Promise<Pictogram> }[] = [
  { key: 'what', icon: () => import('@wegwijs/pictograms/icons/letter').then((m) => m.letter) },
  {
    key: 'todo',
    icon: () => import('@wegwijs/pictograms/icons/checkmark').then((m) => m.checkmark),
  },
  { key: 'when', icon: () => import('@wegwijs/pictograms/icons/calendar').then((m) => m.calendar) },
  {
    key: 'ifNothing',
    icon: () => import('@wegwijs/pictograms/icons/warning').then((m) => m.warning),
  },
  { key: 'help', icon: () => import('@wegwijs/pictograms/icons/help').then((m) => m.help) },
];

/** The question above an answer, in the UI language. */
export function questionText(key: AnswerKey): string {
  switch (key) {
    case 'what':
      return msg('Wat is deze brief?');
    case 'todo':
      return msg('Wat moet ik doen?');
    case 'when':
      return msg('Vóór wanneer?');
    case 'ifNothing':
      return msg('Wat gebeurt er als ik niets doe?');
    default:
      return msg('Wie kan mij helpen?');
  }
}
