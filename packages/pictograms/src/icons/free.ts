import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Free of charge — Own drawing (EUPL-1.2). See SOURCES.md. */
export const free: Pictogram = {
  name: 'free',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M3.5 24 13 12.8a2 2 0 0 1 1.5-.8H42a2 2 0 0 1 2 2v20a2 2 0 0 1-2 2H14.5a2 2 0 0 1-1.5-.7Zm8.5-2.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5M30 15c-4 0-6.5 4-6.5 9s2.5 9 6.5 9 6.5-4 6.5-9-2.5-9-6.5-9m0 3.2c-1.8 0-3.2 2.4-3.2 5.8s1.4 5.8 3.2 5.8 3.2-2.4 3.2-5.8-1.4-5.8-3.2-5.8"/>`,
  alt: {
    nl: 'Gratis',
    en: 'Free of charge',
    ar: 'مجاناً',
    tr: 'Ücretsiz',
    fr: 'Gratuit',
    pl: 'Bezpłatnie',
    uk: 'Безкоштовно',
    bg: 'Безплатно',
    ro: 'Gratuit',
    fa: 'رایگان',
    ti: 'ብናጻ',
    so: 'Bilaash',
  },
  mirrorInRtl: false,
};
