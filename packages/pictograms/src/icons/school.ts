import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** School — Health Icons “people/i_training_class” (filled). See SOURCES.md. */
export const school: Pictogram = {
  name: 'school',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M6 6h31v5h-2V8H8v23h21.39v2H6zm30 13a3 3 0 1 0 0-6 3 3 0 0 0 0 6m2.03 2.01c1.3 0 2.33.58 3 1.49.63.84.9 1.89.96 2.85.06.98-.08 2-.4 2.92-.3.87-.8 1.77-1.59 2.39v9.84a1.5 1.5 0 0 1-2.98.25L35.72 33h-.29l-1.46 7.78A1.5 1.5 0 0 1 31 40.5V26.23l-.6.92-.07.13-.02.03a1.5 1.5 0 0 1-1.28.71h-5a1.5 1.5 0 1 1 0-3h4.18a53 53 0 0 1 1.98-2.83q.25-.31.54-.6l.38-.3c.1-.07.45-.28.92-.28z"/>`,
  alt: {
    nl: 'School',
    en: 'School',
    ar: 'مدرسة',
    tr: 'Okul',
    fr: 'École',
    pl: 'Szkoła',
    uk: 'Школа',
    bg: 'Училище',
    ro: 'Școală',
    fa: 'مدرسه',
    ti: 'ቤት ትምህርቲ',
    so: 'Dugsi',
  },
  mirrorInRtl: false,
};
