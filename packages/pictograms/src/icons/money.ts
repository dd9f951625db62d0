import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Money — Health Icons “objects/bills” (filled). See SOURCES.md. */
export const money: Pictogram = {
  name: 'money',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M10.49 32v4c0 1.1.9 2 2 2h30a2 2 0 0 0 2-2V20a2 2 0 0 0-2-2H40v3.67A3 3 0 0 0 42.49 23v10a3 3 0 0 0-2.98 3H15.49a3 3 0 0 0-3-2.96V32z"/><path fill="currentColor" d="M25 20a4 4 0 1 1-8 0 4 4 0 0 1 8 0"/><path fill="currentColor" fill-rule="evenodd" d="M6 10a2 2 0 0 0-2 2v16c0 1.1.9 2 2 2h30a2 2 0 0 0 2-2V12a2 2 0 0 0-2-2zm3 2h24a3 3 0 0 0 3 3v10a3 3 0 0 0-2.98 3H9a3 3 0 0 0-3-2.96V15a3 3 0 0 0 3-3"/>`,
  alt: {
    nl: 'Geld',
    en: 'Money',
    ar: 'مال',
    tr: 'Para',
    fr: 'Argent',
    pl: 'Pieniądze',
    uk: 'Гроші',
    bg: 'Пари',
    ro: 'Bani',
    fa: 'پول',
    ti: 'ገንዘብ',
    so: 'Lacag',
  },
  mirrorInRtl: false,
};
