import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Interpreter — Own drawing (EUPL-1.2). See SOURCES.md. */
export const interpreter: Pictogram = {
  name: 'interpreter',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M7 5h16a3 3 0 0 1 3 3v13a3 3 0 0 1-3 3H12l-6 5v-5.2A3 3 0 0 1 4 21V8a3 3 0 0 1 3-3m6.4 16 1-2.8h5.2l1 2.8h3L19 8h-3l-4.6 13Zm4.1-9.2-1.8 4.9h3.6Z"/><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2.2" d="M25 24h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-1v4l-5-4H25a2 2 0 0 1-2-2V27"/><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M28 29h10m-5-2v2m-3.5 1.5c1.5 4 4 6 7.5 7m-.5-7c-1.5 4-4 6-7.5 7"/>`,
  alt: {
    nl: 'Tolk',
    en: 'Interpreter',
    ar: 'مترجم فوري',
    tr: 'Tercüman',
    fr: 'Interprète',
    pl: 'Tłumacz',
    uk: 'Перекладач',
    bg: 'Преводач',
    ro: 'Interpret',
    fa: 'مترجم شفاهی',
    ti: 'ተርጓሚ',
    so: 'Turjubaan',
  },
  mirrorInRtl: false,
};
