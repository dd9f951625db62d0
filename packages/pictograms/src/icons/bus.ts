import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Bus — Own drawing (EUPL-1.2). See SOURCES.md. */
export const bus: Pictogram = {
  name: 'bus',
  body: svg`<g fill="currentColor"><path fill-rule="evenodd" d="M6 9h31c3 0 5 2 6 5l2 7v11a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3V12a3 3 0 0 1 3-3m1.5 5v8h7v-8Zm10 0v8h7v-8Zm10 0v8h7v-8Zm10 0v12h5L41 19.5c-.5-2.5-1.5-5.5-3.5-5.5"/><circle cx="14" cy="37" r="4.5"/><circle cx="35" cy="37" r="4.5"/></g>`,
  alt: {
    nl: 'Bus',
    en: 'Bus',
    ar: 'حافلة',
    tr: 'Otobüs',
    fr: 'Bus',
    pl: 'Autobus',
    uk: 'Автобус',
    bg: 'Автобус',
    ro: 'Autobuz',
    fa: 'اتوبوس',
    ti: 'ኣውቶቡስ',
    so: 'Bas',
  },
  mirrorInRtl: true,
};
