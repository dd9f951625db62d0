import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Debts — Own drawing (EUPL-1.2). See SOURCES.md. */
export const debts: Pictogram = {
  name: 'debts',
  body: svg`<g fill="currentColor"><path d="M16 4h24v30h-2V6H16Z"/><path d="M12 8h24v30h-2V10H12Z"/><path fill-rule="evenodd" d="M10 12h20a2 2 0 0 1 2 2v26a2 2 0 0 1-2 2H10a2 2 0 0 1-2-2V14a2 2 0 0 1 2-2m8.5 6v13h3V18ZM20 33.5a2 2 0 1 0 0 4 2 2 0 0 0 0-4"/></g>`,
  alt: {
    nl: 'Schulden',
    en: 'Debts',
    ar: 'ديون',
    tr: 'Borçlar',
    fr: 'Dettes',
    pl: 'Długi',
    uk: 'Борги',
    bg: 'Дългове',
    ro: 'Datorii',
    fa: 'بدهی',
    ti: 'ዕዳ',
    so: 'Deyn',
  },
  mirrorInRtl: false,
};
