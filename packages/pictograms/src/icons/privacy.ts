import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Privacy — Health Icons “symbols/ui_secure” (filled). See SOURCES.md. */
export const privacy: Pictogram = {
  name: 'privacy',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M9 20c0-1.1.9-2 2-2h3v-2a10 10 0 0 1 20 0v2h3a2 2 0 0 1 2 2v20a2 2 0 0 1-2 2H11a2 2 0 0 1-2-2zm15-10a6 6 0 0 1 6 6v2H18v-2a6 6 0 0 1 6-6m9 16H15v-2h18zm-18 5h18v-2H15zm18 5H15v-2h18z"/>`,
  alt: {
    nl: 'Privacy',
    en: 'Privacy',
    ar: 'خصوصية',
    tr: 'Gizlilik',
    fr: 'Vie privée',
    pl: 'Prywatność',
    uk: 'Конфіденційність',
    bg: 'Поверителност',
    ro: 'Confidențialitate',
    fa: 'حریم خصوصی',
    ti: 'ብሕትውና',
    so: 'Arrimo gaar ah',
  },
  mirrorInRtl: false,
};
