import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Older people — Health Icons “people/elderly” (filled). See SOURCES.md. */
export const elderly: Pictogram = {
  name: 'elderly',
  body: svg`<path fill="currentColor" d="M18 15a4 4 0 1 0 0-8 4 4 0 0 0 0 8"/><path fill="currentColor" d="M12.52 20.94q.24-.3.48-.54V38a2 2 0 0 0 3.99.22l.8-7.22h.42l.8 7.22A2 2 0 0 0 23 38V24.36c.15-.8.71-1.95 1.6-3.03.79.97 1.32 2 1.53 2.78-.02 1.65-1.35 7.83-1.9 10.31a1 1 0 0 0 .83 1.2c3.69.5 6.88.5 10.54.04.69-.1 1.09-.85.84-1.5a32 32 0 0 1-1.94-11.48v-2.93q.6.45 1.2 1.19a7.7 7.7 0 0 1 1.8 3.61 1.5 1.5 0 0 0 3-.28c-.17-1.72-1.2-3.72-2.49-5.26C36.77 17.52 34.9 16 32.8 16h-4.63c-1.28 0-2.5.52-3.56 1.25A6.3 6.3 0 0 0 21.05 16h-5.62c-2.1 0-3.97 1.52-5.22 3.01-1.28 1.54-2.32 3.54-2.48 5.26a1.5 1.5 0 0 0 2.99.28c.08-.9.74-2.35 1.8-3.61"/><path fill="currentColor" d="M6 28.5a2.5 2.5 0 0 1 5 0V39a1 1 0 1 1-2 0V28.5a.5.5 0 0 0-1 0v1.01a1 1 0 1 1-2 0z"/><path fill="currentColor" d="M30.5 15a4 4 0 1 0 0-8 4 4 0 0 0 0 8"/><path fill="currentColor" d="M39.5 26a2.5 2.5 0 0 0-2.5 2.5v1.01a1 1 0 1 0 2 0V28.5a.5.5 0 0 1 1 0V39a1 1 0 1 0 2 0V28.5a2.5 2.5 0 0 0-2.5-2.5"/><path fill="currentColor" d="M25.5 39.39v-2.24q1.86.24 3.59.28l-.64 2.35a1.5 1.5 0 0 1-2.95-.4"/><path fill="currentColor" d="m32.55 39.78-.65-2.4q1.71-.1 3.6-.38v2.39a1.5 1.5 0 0 1-2.95.4"/>`,
  alt: {
    nl: 'Ouderen',
    en: 'Older people',
    ar: 'كبار السن',
    tr: 'Yaşlılar',
    fr: 'Personnes âgées',
    pl: 'Osoby starsze',
    uk: 'Літні люди',
    bg: 'Възрастни хора',
    ro: 'Vârstnici',
    fa: 'سالمندان',
    ti: 'ኣረጋውያን',
    so: 'Dadka waayeelka ah',
  },
  mirrorInRtl: false,
};
