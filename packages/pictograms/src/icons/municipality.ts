import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Town hall — Own drawing (EUPL-1.2). See SOURCES.md. */
export const municipality: Pictogram = {
  name: 'municipality',
  body: svg`<g fill="currentColor"><path d="m24 4 20 10.5H4Z"/><path d="M6 16.5h36V20H6ZM9 22h4v14H9Zm8.5 0h4v14h-4Zm9 0h4v14h-4Zm8.5 0h4v14h-4ZM6 37.5h36v3H6ZM4 42h40v2.5H4Z"/></g>`,
  alt: {
    nl: 'Gemeentehuis',
    en: 'Town hall',
    ar: 'مبنى البلدية',
    tr: 'Belediye binası',
    fr: 'Mairie',
    pl: 'Urząd gminy',
    uk: 'Міська рада',
    bg: 'Кметство',
    ro: 'Primărie',
    fa: 'شهرداری',
    ti: 'ቤት ምምሕዳር ከተማ',
    so: 'Xarunta dowladda hoose',
  },
  mirrorInRtl: false,
};
