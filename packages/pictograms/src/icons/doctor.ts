import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Doctor — Health Icons “people/doctor” (filled). See SOURCES.md. */
export const doctor: Pictogram = {
  name: 'doctor',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M14.43 33.44a3 3 0 1 0 1.96-.41l-.1-.4a20 20 0 0 1-.45-4.32l1.16-.3c.44-.1.7.42.91.85l.09.16h11.75c.23-.43.75-1.12 1.25-1q.8.17 1.6.43.02.01.05.22.05.24.05.62a15 15 0 0 1-.32 3.42l-.06.29H31a1 1 0 0 0-.9.55l-1 2a1 1 0 0 0-.1.45v2a1 1 0 0 0 1 1h2v-2h-1v-.76l.62-1.24h2.76l.62 1.24V37h-1v2h2a1 1 0 0 0 1-1v-2a1 1 0 0 0-.1-.45l-1-2A1 1 0 0 0 35 33h-.64a18 18 0 0 0 .34-3.76v-.03c3.99 1.68 7.3 4.46 7.3 7.36V42H6v-5.43c0-3.03 3.61-5.92 7.83-7.58a22 22 0 0 0 .6 4.45M16 37.01A1 1 0 0 0 17 36a1 1 0 0 0-1-1.01A1 1 0 0 0 15 36a1 1 0 0 0 1 1.01"/><path fill="currentColor" fill-rule="evenodd" d="M24 24a8 8 0 1 0 0-16 8 8 0 0 0 0 16m0 2a10 10 0 1 0 0-20 10 10 0 0 0 0 20"/>`,
  alt: {
    nl: 'Dokter',
    en: 'Doctor',
    ar: 'طبيب',
    tr: 'Doktor',
    fr: 'Médecin',
    pl: 'Lekarz',
    uk: 'Лікар',
    bg: 'Лекар',
    ro: 'Medic',
    fa: 'پزشک',
    ti: 'ሓኪም',
    so: 'Dhakhtar',
  },
  mirrorInRtl: false,
};
