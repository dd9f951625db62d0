import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Form — Health Icons “objects/health_worker_form” (filled). See SOURCES.md. */
export const form: Pictogram = {
  name: 'form',
  body: svg`<path fill="currentColor" d="M17 31v-2h2v2z"/><path fill="currentColor" fill-rule="evenodd" d="M20 4a3 3 0 0 0-3 3h-4a3 3 0 0 0-3 3v31a3 3 0 0 0 3 3h22a3 3 0 0 0 3-3V10a3 3 0 0 0-3-3h-4a3 3 0 0 0-3-3zm-1 3a1 1 0 0 1 1-1h8a1 1 0 0 1 1 1v2a1 1 0 0 1-1 1h-8a1 1 0 0 1-1-1zm-3 13a1 1 0 1 0 0 2h7a1 1 0 1 0 0-2zm-1-4a1 1 0 0 1 1-1h15.5a1 1 0 1 1 0 2H16a1 1 0 0 1-1-1m0 12a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1h-4a1 1 0 0 1-1-1zm13 4a3 3 0 1 0 0-6 3 3 0 0 0 0 6m-6 4.5c0-2.12 4-3.18 6-3.18s6 1.06 6 3.18V39H22z"/>`,
  alt: {
    nl: 'Formulier',
    en: 'Form',
    ar: 'استمارة',
    tr: 'Form',
    fr: 'Formulaire',
    pl: 'Formularz',
    uk: 'Бланк',
    bg: 'Формуляр',
    ro: 'Formular',
    fa: 'فرم',
    ti: 'ቅጥዒ',
    so: 'Foom',
  },
  mirrorInRtl: false,
};
