import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Email — Own drawing (EUPL-1.2). See SOURCES.md. */
export const email: Pictogram = {
  name: 'email',
  body: svg`<g transform="matrix(.8 0 0 .8 -.8 12.4)"><path fill="currentColor" d="M8 12h32c1 0 2 .6 2 1.5l-18 12-18-12c0-.9 1-1.5 2-1.5"/><path fill="currentColor" d="m6 17.2 18 12 18-12V34a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2Z"/></g><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2.4" d="M39.5 13.5v3a2 2 0 0 0 4 0V15a7.5 7.5 0 1 0-3 6"/><circle cx="36" cy="15" r="3.2" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2.4"/>`,
  alt: {
    nl: 'E-mail',
    en: 'Email',
    ar: 'بريد إلكتروني',
    tr: 'E-posta',
    fr: 'E-mail',
    pl: 'E-mail',
    uk: 'Електронна пошта',
    bg: 'Имейл',
    ro: 'E-mail',
    fa: 'ایمیل',
    ti: 'ኢመይል',
    so: 'Iimayl',
  },
  mirrorInRtl: false,
};
