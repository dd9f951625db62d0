import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Appointment — Health Icons “objects/calendar” (filled). See SOURCES.md. */
export const calendar: Pictogram = {
  name: 'calendar',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M15 23a2 2 0 0 0-2 2v2c0 1.1.9 2 2 2h2a2 2 0 0 0 2-2v-2a2 2 0 0 0-2-2zm0 2v2h2v-2z"/><path fill="currentColor" fill-rule="evenodd" d="M21 25c0-1.1.9-2 2-2h2a2 2 0 0 1 2 2v2a2 2 0 0 1-2 2h-2a2 2 0 0 1-2-2zm2 0h2v2h-2z"/><path fill="currentColor" fill-rule="evenodd" d="M31 23a2 2 0 0 0-2 2v2c0 1.1.9 2 2 2h2a2 2 0 0 0 2-2v-2a2 2 0 0 0-2-2zm0 2v2h2v-2z"/><path fill="currentColor" fill-rule="evenodd" d="M13 33c0-1.1.9-2 2-2h2a2 2 0 0 1 2 2v2a2 2 0 0 1-2 2h-2a2 2 0 0 1-2-2zm2 2v-2h2v2z"/><path fill="currentColor" fill-rule="evenodd" d="M23 31a2 2 0 0 0-2 2v2c0 1.1.9 2 2 2h2a2 2 0 0 0 2-2v-2a2 2 0 0 0-2-2zm2 2h-2v2h2z"/><path fill="currentColor" fill-rule="evenodd" d="M29 33c0-1.1.9-2 2-2h2a2 2 0 0 1 2 2v2a2 2 0 0 1-2 2h-2a2 2 0 0 1-2-2zm2 2v-2h2v2z"/><path fill="currentColor" fill-rule="evenodd" d="M16 6a1 1 0 0 0-1 1v3h-4a4 4 0 0 0-4 4v24a4 4 0 0 0 4 4h26a4 4 0 0 0 4-4V14a4 4 0 0 0-4-4h-2v3a1 1 0 1 1-2 0V7a1 1 0 1 0-2 0v3H19v3a1 1 0 1 1-2 0V7a1 1 0 0 0-1-1M9 38V21h30v17a2 2 0 0 1-2 2H11a2 2 0 0 1-2-2"/>`,
  alt: {
    nl: 'Afspraak',
    en: 'Appointment',
    ar: 'موعد',
    tr: 'Randevu',
    fr: 'Rendez-vous',
    pl: 'Wizyta',
    uk: 'Зустріч',
    bg: 'Среща',
    ro: 'Programare',
    fa: 'قرار ملاقات',
    ti: 'ቆጸራ',
    so: 'Ballan',
  },
  mirrorInRtl: false,
};
