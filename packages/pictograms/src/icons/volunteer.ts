import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Volunteer — Own drawing (EUPL-1.2). See SOURCES.md. */
export const volunteer: Pictogram = {
  name: 'volunteer',
  body: svg`<g fill="currentColor"><circle cx="19" cy="15" r="7.5"/><path d="M3 42v-2.5C3 33 11.5 29 19 29s16 4 16 10.5V42Z"/><path d="M37.5 24s-9-5.2-9-11a4.5 4.5 0 0 1 9-1.2 4.5 4.5 0 0 1 9 1.2c0 5.8-9 11-9 11"/></g>`,
  alt: {
    nl: 'Vrijwilliger',
    en: 'Volunteer',
    ar: 'متطوع',
    tr: 'Gönüllü',
    fr: 'Bénévole',
    pl: 'Wolontariusz',
    uk: 'Волонтер',
    bg: 'Доброволец',
    ro: 'Voluntar',
    fa: 'داوطلب',
    ti: 'ወለንታዊ',
    so: 'Mutadawac',
  },
  mirrorInRtl: false,
};
