import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Food — Health Icons “objects/i_utensils” (filled). See SOURCES.md. */
export const food: Pictogram = {
  name: 'food',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M28 4h-9v40h9v-4h-4v-2h4v-3h-2v-2h2v-3h-2v-2h2v-3h-4v-2h4v-3h-2v-2h2v-3h-2v-2h2v-3h-4V8h4z"/><path fill="currentColor" fill-rule="evenodd" d="M33 28a2 2 0 0 0-2 2v5h7v-5a2 2 0 0 0-2-2zm5 9h-7v5c0 1.1.9 2 2 2h3a2 2 0 0 0 2-2z"/><path fill="currentColor" fill-rule="evenodd" d="M33 30v3h3v-3zm5 0a2 2 0 0 0-2-2h-3a2 2 0 0 0-2 2v5h7zm-7 7h7v5a2 2 0 0 1-2 2h-3a2 2 0 0 1-2-2zm5 2h-3v3h3z"/><path fill="currentColor" fill-rule="evenodd" d="M13 11a3 3 0 0 0-3 3v3h6v-3a3 3 0 0 0-3-3m3 8h-6v21l3 4 3-4z"/>`,
  alt: {
    nl: 'Eten',
    en: 'Food',
    ar: 'طعام',
    tr: 'Yemek',
    fr: 'Nourriture',
    pl: 'Jedzenie',
    uk: 'Їжа',
    bg: 'Храна',
    ro: 'Mâncare',
    fa: 'غذا',
    ti: 'መግቢ',
    so: 'Cunto',
  },
  mirrorInRtl: false,
};
