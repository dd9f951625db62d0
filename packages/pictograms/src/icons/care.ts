import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Care — Health Icons “symbols/palliative-care” (filled). See SOURCES.md. */
export const care: Pictogram = {
  name: 'care',
  body: svg`<path fill="currentColor" d="M17.03 7C11.81 7 8 12.45 8 18.33a16 16 0 0 0 1.44 6.59C13.54 34.2 25 39.87 25 39.87s2.53-1.34 5.64-3.7c-1.97-1.39-4.69-3.74-6-6.82q-.24-.55-.41-1.13a9 9 0 0 1-.36-2.5c0-3.24 2.03-6.25 4.81-6.25 1.94 0 3.37 1.35 4.25 3.26.89-1.91 2.32-3.26 4.25-3.26 1.84 0 3.36 1.31 4.17 3.14q.64-2.06.65-4.28C42 12.45 38.19 7 32.97 7c-3.62 0-6.31 2.45-7.97 5.92C23.34 9.45 20.65 7 17.03 7"/><path fill="currentColor" d="M40.46 25.1c.62.01 1.12.52 1.11 1.15a10.5 10.5 0 0 1-3.59 7.8 13 13 0 0 1-3.46 2.21l-.03.01a1.13 1.13 0 0 1-.8-2.12l.2-.08q.22-.1.63-.32c.53-.3 1.24-.75 1.95-1.38a8.2 8.2 0 0 0 2.84-6.15c0-.63.52-1.13 1.15-1.12"/>`,
  alt: {
    nl: 'Zorg',
    en: 'Care',
    ar: 'رعاية',
    tr: 'Bakım',
    fr: 'Soins',
    pl: 'Opieka',
    uk: 'Догляд',
    bg: 'Грижа',
    ro: 'Îngrijire',
    fa: 'مراقبت',
    ti: 'ክንክን',
    so: 'Daryeel',
  },
  mirrorInRtl: false,
};
