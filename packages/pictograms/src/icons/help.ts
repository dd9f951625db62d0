import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Help — Own drawing (EUPL-1.2). See SOURCES.md. */
export const help: Pictogram = {
  name: 'help',
  body: svg`<circle cx="24" cy="24" r="19" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2"/><circle cx="24" cy="24" r="9" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2"/><circle cx="24" cy="24" r="14" fill="none" stroke="currentColor" stroke-dasharray="11 11" stroke-dashoffset="5.5" stroke-width="10"/>`,
  alt: {
    nl: 'Hulp',
    en: 'Help',
    ar: 'مساعدة',
    tr: 'Yardım',
    fr: 'Aide',
    pl: 'Pomoc',
    uk: 'Допомога',
    bg: 'Помощ',
    ro: 'Ajutor',
    fa: 'کمک',
    ti: 'ሓገዝ',
    so: 'Caawimaad',
  },
  mirrorInRtl: false,
};
