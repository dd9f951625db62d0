import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Loneliness — Own drawing (EUPL-1.2). See SOURCES.md. */
export const loneliness: Pictogram = {
  name: 'loneliness',
  body: svg`<g fill="currentColor"><circle cx="11" cy="18" r="5.5"/><path d="M2 42c0-9 4-15 9-15s9 6 9 15Z"/></g><g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2"><circle cx="32" cy="14" r="3.5"/><circle cx="41" cy="14" r="3.5"/><path d="M26.5 29c0-6 2.5-9.5 5.5-9.5s5.5 3.5 5.5 9.5m-2 0c0-6 2.5-9.5 5.5-9.5s5.5 3.5 5.5 9.5"/></g>`,
  alt: {
    nl: 'Eenzaamheid',
    en: 'Loneliness',
    ar: 'الوحدة',
    tr: 'Yalnızlık',
    fr: 'Solitude',
    pl: 'Samotność',
    uk: 'Самотність',
    bg: 'Самота',
    ro: 'Singurătate',
    fa: 'تنهایی',
    ti: 'ጽምዋ',
    so: 'Kelinimo',
  },
  mirrorInRtl: false,
};
