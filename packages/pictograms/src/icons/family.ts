import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Family — Health Icons “people/people” (filled). See SOURCES.md. */
export const family: Pictogram = {
  name: 'family',
  body: svg`<path fill="currentColor" d="M17 24a7 7 0 1 0 0-14 7 7 0 0 0 0 14"/><path fill="currentColor" d="M39 20.5a5.5 5.5 0 1 1-11 0 5.5 5.5 0 0 1 11 0"/><path fill="currentColor" d="M17 26c2.73 0 7.18.85 10.1 2.55 1.2 1.2 1.9 2.53 1.9 3.85V38H4v-5.6c0-4.26 8.66-6.4 13-6.4"/><path fill="currentColor" d="M44 38H31v-5.6c0-1.42-.51-2.72-1.32-3.88 1.54-.35 3.05-.52 4.21-.52C37.62 28 44 29.79 44 33.33z"/>`,
  alt: {
    nl: 'Gezin',
    en: 'Family',
    ar: 'عائلة',
    tr: 'Aile',
    fr: 'Famille',
    pl: 'Rodzina',
    uk: 'Сім’я',
    bg: 'Семейство',
    ro: 'Familie',
    fa: 'خانواده',
    ti: 'ስድራቤት',
    so: 'Qoys',
  },
  mirrorInRtl: false,
};
