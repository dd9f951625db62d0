import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Waiting — Own drawing (EUPL-1.2). See SOURCES.md. */
export const waiting: Pictogram = {
  name: 'waiting',
  body: svg`<g fill="currentColor"><rect width="28" height="4" x="10" y="4" rx="1.5"/><rect width="28" height="4" x="10" y="40" rx="1.5"/><path d="M17.5 14h13c-1 3.5-4.5 5.5-6.5 7.5-2-2-5.5-4-6.5-7.5M16 38c1-4 6-6.5 8-7.5 2 1 7 3.5 8 7.5Z"/></g><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2.5" d="M14 8v3c0 6 8 9 8 13s-8 7-8 13v3M34 8v3c0 6-8 9-8 13s8 7 8 13v3"/>`,
  alt: {
    nl: 'Wachten',
    en: 'Waiting',
    ar: 'انتظار',
    tr: 'Bekleme',
    fr: 'Attente',
    pl: 'Czekanie',
    uk: 'Очікування',
    bg: 'Чакане',
    ro: 'Așteptare',
    fa: 'انتظار',
    ti: 'ምጽባይ',
    so: 'Sugid',
  },
  mirrorInRtl: false,
};
