import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** House — Health Icons “places/home_alt” (filled). See SOURCES.md. */
export const house: Pictogram = {
  name: 'house',
  body: svg`<path fill="currentColor" d="M41.7 25.8 24.07 8.08 6.29 25.79a1 1 0 1 0 1.42 1.42L11 23.93V39a1 1 0 0 0 1 1h7a1 1 0 0 0 1-1v-8c0-1.1.9-2 2-2h4a2 2 0 0 1 2 2v8a1 1 0 0 0 1 1h7a1 1 0 0 0 1-1V23.9l3.3 3.3a1 1 0 1 0 1.4-1.4"/>`,
  alt: {
    nl: 'Huis',
    en: 'House',
    ar: 'منزل',
    tr: 'Ev',
    fr: 'Maison',
    pl: 'Dom',
    uk: 'Будинок',
    bg: 'Къща',
    ro: 'Casă',
    fa: 'خانه',
    ti: 'ገዛ',
    so: 'Guri',
  },
  mirrorInRtl: false,
};
