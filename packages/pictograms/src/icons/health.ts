import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Health — Health Icons “symbols/heart_cardiogram” (filled). See SOURCES.md. */
export const health: Pictogram = {
  name: 'health',
  body: svg`<path fill="currentColor" d="M9 19.03C9 13.31 12.81 8 18.03 8c3.62 0 6.31 2.38 7.97 5.76C27.66 10.38 30.35 8 33.97 8 39.19 8 43 13.31 43 19.03 43 31.3 26 40 26 40s-11.45-5.51-15.56-14.56h10.14l1.62-2.86 1.88 6.59 4.4-5.67H34v-2h-6.49l-2.59 3.33-2.12-7.4-3.38 6.01H9.68q.32 1.04.76 2H6v-2h3.68q-.66-2.1-.68-4.4"/>`,
  alt: {
    nl: 'Gezondheid',
    en: 'Health',
    ar: 'صحة',
    tr: 'Sağlık',
    fr: 'Santé',
    pl: 'Zdrowie',
    uk: 'Здоров’я',
    bg: 'Здраве',
    ro: 'Sănătate',
    fa: 'سلامت',
    ti: 'ጥዕና',
    so: 'Caafimaad',
  },
  mirrorInRtl: false,
};
