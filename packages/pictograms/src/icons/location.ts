import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Location — Health Icons “symbols/geo_location” (filled). See SOURCES.md. */
export const location: Pictogram = {
  name: 'location',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M23.42 41.82 24 41zm1.16 0 .04-.02.55-.41q.57-.44 1.51-1.23a43 43 0 0 0 4.58-4.54c3.3-3.83 6.74-9.29 6.74-15.53a14 14 0 0 0-4.1-9.95 13.96 13.96 0 0 0-19.8 0 14 14 0 0 0-4.1 9.95c0 6.24 3.44 11.7 6.74 15.53a43 43 0 0 0 6.64 6.18l.03.02h.01a1 1 0 0 0 1.16 0M24 41l.58.82zm5-21a5 5 0 1 1-10 0 5 5 0 0 1 10 0"/>`,
  alt: {
    nl: 'Locatie',
    en: 'Location',
    ar: 'موقع',
    tr: 'Konum',
    fr: 'Lieu',
    pl: 'Miejsce',
    uk: 'Місце',
    bg: 'Място',
    ro: 'Locație',
    fa: 'مکان',
    ti: 'ቦታ',
    so: 'Goob',
  },
  mirrorInRtl: false,
};
