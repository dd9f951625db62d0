import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Work — Own drawing (EUPL-1.2). See SOURCES.md. */
export const work: Pictogram = {
  name: 'work',
  body: svg`<path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="3" d="M17.5 14v-4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v4"/><g fill="currentColor"><path d="M8 14h32a3 3 0 0 1 3 3v6H5v-6a3 3 0 0 1 3-3"/><path d="M5 26h14v2h10v-2h14v11a3 3 0 0 1-3 3H8a3 3 0 0 1-3-3Z"/><rect width="6" height="5" x="21" y="21" rx="1"/></g>`,
  alt: {
    nl: 'Werk',
    en: 'Work',
    ar: 'عمل',
    tr: 'İş',
    fr: 'Travail',
    pl: 'Praca',
    uk: 'Робота',
    bg: 'Работа',
    ro: 'Muncă',
    fa: 'کار',
    ti: 'ስራሕ',
    so: 'Shaqo',
  },
  mirrorInRtl: false,
};
