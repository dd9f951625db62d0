import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Done — Health Icons “symbols/yes” (filled). See SOURCES.md. */
export const checkmark: Pictogram = {
  name: 'checkmark',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M24 44a20 20 0 1 0 0-40 20 20 0 0 0 0 40m10.74-26.33a1 1 0 1 0-1.48-1.34L21.28 29.57l-6.59-6.3a1 1 0 0 0-1.38 1.45l7.33 7 .75.71.68-.76z"/>`,
  alt: {
    nl: 'Klaar',
    en: 'Done',
    ar: 'تم',
    tr: 'Tamam',
    fr: 'Fait',
    pl: 'Gotowe',
    uk: 'Готово',
    bg: 'Готово',
    ro: 'Gata',
    fa: 'انجام شد',
    ti: 'ተወዲኡ',
    so: 'Dhammaatay',
  },
  mirrorInRtl: false,
};
