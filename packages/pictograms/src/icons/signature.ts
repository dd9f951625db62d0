import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Signature — Own drawing (EUPL-1.2). See SOURCES.md. */
export const signature: Pictogram = {
  name: 'signature',
  body: svg`<path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2.5" d="M5 41h38M6 33c3-7 7-10 8.5-7s-3 8 .5 7 5-9 8-7-1 6 2 6 3.5-2 5.5-3"/><path fill="currentColor" d="M40.2 5.3a2 2 0 0 1 2.8 0L44.7 7a2 2 0 0 1 0 2.8L29.8 24.7 24 26.3l1.6-5.8Z"/>`,
  alt: {
    nl: 'Handtekening',
    en: 'Signature',
    ar: 'توقيع',
    tr: 'İmza',
    fr: 'Signature',
    pl: 'Podpis',
    uk: 'Підпис',
    bg: 'Подпис',
    ro: 'Semnătură',
    fa: 'امضا',
    ti: 'ፌርማ',
    so: 'Saxiix',
  },
  mirrorInRtl: true,
};
