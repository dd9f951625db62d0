import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Phone — Health Icons “objects/phone” (filled). See SOURCES.md. */
export const phone: Pictogram = {
  name: 'phone',
  body: svg`<path fill="currentColor" d="M13.24 21.58a30.3 30.3 0 0 0 13.18 13.18l4.4-4.4a2 2 0 0 1 2.04-.48c2.24.74 4.66 1.14 7.14 1.14a2 2 0 0 1 2 2V40a2 2 0 0 1-2 2A34 34 0 0 1 6 8c0-1.1.9-2 2-2h7a2 2 0 0 1 2 2q.02 3.77 1.14 7.14a2 2 0 0 1-.5 2.04z"/>`,
  alt: {
    nl: 'Telefoon',
    en: 'Phone',
    ar: 'هاتف',
    tr: 'Telefon',
    fr: 'Téléphone',
    pl: 'Telefon',
    uk: 'Телефон',
    bg: 'Телефон',
    ro: 'Telefon',
    fa: 'تلفن',
    ti: 'ስልኪ',
    so: 'Telefoon',
  },
  mirrorInRtl: false,
};
