import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Letter — Own drawing (EUPL-1.2). See SOURCES.md. */
export const letter: Pictogram = {
  name: 'letter',
  body: svg`<path fill="currentColor" d="M8 12h32c1 0 2 .6 2 1.5l-18 12-18-12c0-.9 1-1.5 2-1.5"/><path fill="currentColor" d="m6 17.2 18 12 18-12V34a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2Z"/>`,
  alt: {
    nl: 'Brief',
    en: 'Letter',
    ar: 'رسالة',
    tr: 'Mektup',
    fr: 'Lettre',
    pl: 'List',
    uk: 'Лист',
    bg: 'Писмо',
    ro: 'Scrisoare',
    fa: 'نامه',
    ti: 'ደብዳቤ',
    so: 'Warqad',
  },
  mirrorInRtl: false,
};
