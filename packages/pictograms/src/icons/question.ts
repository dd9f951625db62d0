import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Question — Health Icons “symbols/question_circle” (filled). See SOURCES.md. */
export const question: Pictogram = {
  name: 'question',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M24 44a20 20 0 1 0 0-40 20 20 0 0 0 0 40m7.66-31.7a8.5 8.5 0 0 1 3.34 7c0 3.52-1.95 5.95-4.19 7.45A14 14 0 0 1 26 28.73V30a2 2 0 1 1-4 0v-3a2 2 0 0 1 1.87-2c1.3-.08 3.2-.58 4.72-1.6 1.46-.97 2.41-2.29 2.41-4.11 0-1.8-.71-3-1.78-3.82A8 8 0 0 0 24.6 14c-1.83-.07-3.67.33-5.1 1.08s-2.28 1.75-2.56 2.86a2 2 0 1 1-3.88-.96c.62-2.53 2.47-4.34 4.58-5.44a14.5 14.5 0 0 1 7.1-1.54c2.44.09 4.96.78 6.92 2.3M22 36a2 2 0 1 1 4 0 2 2 0 0 1-4 0"/>`,
  alt: {
    nl: 'Vraag',
    en: 'Question',
    ar: 'سؤال',
    tr: 'Soru',
    fr: 'Question',
    pl: 'Pytanie',
    uk: 'Питання',
    bg: 'Въпрос',
    ro: 'Întrebare',
    fa: 'پرسش',
    ti: 'ሕቶ',
    so: 'Su’aal',
  },
  mirrorInRtl: false,
};
