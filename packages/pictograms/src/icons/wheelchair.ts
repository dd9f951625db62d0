import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Wheelchair — Health Icons “devices/wheelchair” (filled). See SOURCES.md. */
export const wheelchair: Pictogram = {
  name: 'wheelchair',
  body: svg`<path fill="currentColor" d="M30.5 9.5a3.5 3.5 0 1 1-7 0 3.5 3.5 0 0 1 7 0"/><path fill="currentColor" d="m24.63 32.37 1.36-.1L26 32a6 6 0 0 0-8.48-5.46 10 10 0 0 0 .34 2.57c1.36 3.79 6.77 3.26 6.77 3.26"/><path fill="currentColor" fill-rule="evenodd" d="M38.34 37.4c.9 2.08-2.2 3.63-3.43 1.77a205 205 0 0 1-4.29-7.23L30 32a10 10 0 1 1-13.5-9.37v-5.88l-2.6-1.95 1.2-1.6 3.4 2.55v2.2q.38-1.2.92-1.98c2.06-2.9 2.46-3.12 4.74-2.9 2.27.2 6.1 7.79 6.1 7.79s4.83 1.14 6.68 1.79c1.85.64.69 3.17-.5 3.12-1.18-.05-7.67-.7-8.54-1.2-.88-.5-2.35-2.9-2.35-2.9l-.14 1.92q1.7 1.1 2.84 2.76c1.8.16 3.85.32 4.45.32 1.14 0 1.4.8 1.4.8s3.34 7.86 4.24 9.93M25.4 26.1l-.17-.15a8 8 0 0 0-7.7-1.56 8 8 0 1 0 7.87 1.7"/>`,
  alt: {
    nl: 'Rolstoel',
    en: 'Wheelchair',
    ar: 'كرسي متحرك',
    tr: 'Tekerlekli sandalye',
    fr: 'Fauteuil roulant',
    pl: 'Wózek inwalidzki',
    uk: 'Інвалідний візок',
    bg: 'Инвалидна количка',
    ro: 'Scaun cu rotile',
    fa: 'ویلچر',
    ti: 'ዓረብያ ስንኩላን',
    so: 'Kursiga naafada',
  },
  mirrorInRtl: true,
};
