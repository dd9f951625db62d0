import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Child — Health Icons “people/child_program” (filled). See SOURCES.md. */
export const child: Pictogram = {
  name: 'child',
  body: svg`<path fill="currentColor" d="M17.8 13.73a3.73 3.73 0 1 1-7.47 0 3.73 3.73 0 0 1 7.47 0"/><path fill="currentColor" fill-rule="evenodd" d="M9.7 26a2 2 0 0 1-3.4-2.13l.01-.01.03-.04.39-.6c.25-.37.61-.88 1.02-1.4.4-.5.9-1.07 1.4-1.53q.4-.36.93-.67a3 3 0 0 1 1.49-.42h5a3 3 0 0 1 1.48.42q.53.31.93.67c.51.46 1 1.03 1.4 1.54a25 25 0 0 1 1.42 1.99l.02.04.01.01s-.03-.05 0 0a2 2 0 0 1-3.4 2.13l-.01-.03-.15-.24v2.49l.72 7.59a2 2 0 0 1-3.97.47L14 29.14l-1.02 7.14a2 2 0 0 1-3.97-.47L9.85 27h.02v-1.27l-.16.24z"/><path fill="currentColor" d="M37.8 13.73a3.73 3.73 0 1 1-7.47 0 3.73 3.73 0 0 1 7.47 0"/><path fill="currentColor" fill-rule="evenodd" d="M29.7 25.78a2 2 0 0 1-3.4-2.1v-.02l.03-.03.39-.6c.25-.37.6-.88 1.01-1.4.4-.5.88-1.07 1.4-1.53q.38-.36.91-.68a3 3 0 0 1 1.49-.42h4.94a3 3 0 0 1 1.49.42q.53.32.92.68c.51.46 1 1.03 1.39 1.53a25 25 0 0 1 1.4 2l.02.03.01.02a2 2 0 0 1-3.4 2.1l-.02-.02-.46-.7a92 92 0 0 0 1.87 7.14 1 1 0 0 1-.74 1.26 22 22 0 0 1-9.85-.02 1 1 0 0 1-.76-1.28c.5-1.62 1.44-4.78 1.88-7.17l-.5.77z"/><path fill="currentColor" fill-rule="evenodd" d="M29.6 35.15v1.35a1.5 1.5 0 0 0 2.95.4l.4-1.47a36 36 0 0 1-3.35-.28m5.66.27.4 1.47a1.5 1.5 0 0 0 2.94-.39v-1.36a38 38 0 0 1-3.34.28"/>`,
  alt: {
    nl: 'Kind',
    en: 'Child',
    ar: 'طفل',
    tr: 'Çocuk',
    fr: 'Enfant',
    pl: 'Dziecko',
    uk: 'Дитина',
    bg: 'Дете',
    ro: 'Copil',
    fa: 'کودک',
    ti: 'ቆልዓ',
    so: 'Ilmo',
  },
  mirrorInRtl: false,
};
