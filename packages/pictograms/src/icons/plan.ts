import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Making a plan together — Health Icons “symbols/i_exam_multiple_choice” (filled). See SOURCES.md. */
export const plan: Pictogram = {
  name: 'plan',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M39 13a3 3 0 0 0-3 3v2h6v-2a3 3 0 0 0-3-3m3 7h-6v16.5l3 4.5 3-4.5z"/><path fill="currentColor" fill-rule="evenodd" d="M6 9v30a3 3 0 0 0 3 3h22a3 3 0 0 0 3-3V9a3 3 0 0 0-3-3H9a3 3 0 0 0-3 3m14 6a1 1 0 0 1 1-1h8a1 1 0 1 1 0 2h-8a1 1 0 0 1-1-1m1 3a1 1 0 1 0 0 2h8a1 1 0 1 0 0-2zm-1 10a1 1 0 0 1 1-1h8a1 1 0 1 1 0 2h-8a1 1 0 0 1-1-1m1 3a1 1 0 1 0 0 2h8a1 1 0 1 0 0-2zm-9-3v3h3v-3zm-1-2h5a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1h-5a1 1 0 0 1-1-1v-5a1 1 0 0 1 1-1m6.7-10.3a1 1 0 0 0-1.4-1.4L13 17.58l-1.3-1.3a1 1 0 0 0-1.4 1.42l2.7 2.7z"/>`,
  alt: {
    nl: 'Samen een plan maken',
    en: 'Making a plan together',
    ar: 'خطة نضعها معاً',
    tr: 'Birlikte plan yapmak',
    fr: 'Faire un plan ensemble',
    pl: 'Wspólny plan',
    uk: 'Спільний план',
    bg: 'Общ план',
    ro: 'Plan făcut împreună',
    fa: 'برنامه‌ریزی با هم',
    ti: 'ብሓባር መደብ ምስራሕ',
    so: 'Qorshe wadajir ah',
  },
  mirrorInRtl: false,
};
