import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Computer — Health Icons “objects/laptop” (filled). See SOURCES.md. */
export const computer: Pictogram = {
  name: 'computer',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M9 10a2 2 0 0 0-2 2v19c0 1.1.9 2 2 2h30a2 2 0 0 0 2-2V12a2 2 0 0 0-2-2zm2 19V14h26v15zM9 13a1 1 0 0 1 1-1h28a1 1 0 0 1 1 1v17a1 1 0 0 1-1 1H10a1 1 0 0 1-1-1z"/><path fill="currentColor" d="M7.06 31.47a1 1 0 0 1 .85-.47h31.97a1 1 0 0 1 .84.45l3.27 5a1 1 0 0 1-.84 1.55H4.8a1 1 0 0 1-.85-1.53z"/>`,
  alt: {
    nl: 'Computer',
    en: 'Computer',
    ar: 'حاسوب',
    tr: 'Bilgisayar',
    fr: 'Ordinateur',
    pl: 'Komputer',
    uk: 'Комп’ютер',
    bg: 'Компютър',
    ro: 'Calculator',
    fa: 'رایانه',
    ti: 'ኮምፒተር',
    so: 'Kombiyuutar',
  },
  mirrorInRtl: false,
};
