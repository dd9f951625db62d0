import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Time — Own drawing (EUPL-1.2). See SOURCES.md. */
export const clock: Pictogram = {
  name: 'clock',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M24 4a20 20 0 1 1 0 40 20 20 0 0 1 0-40m-1.6 8v13.6h10.1v-3.2h-6.9V12Z"/>`,
  alt: {
    nl: 'Tijd',
    en: 'Time',
    ar: 'وقت',
    tr: 'Saat',
    fr: 'Heure',
    pl: 'Godzina',
    uk: 'Час',
    bg: 'Час',
    ro: 'Ora',
    fa: 'ساعت',
    ti: 'ሰዓት',
    so: 'Saacad',
  },
  mirrorInRtl: false,
};
