import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Medicine — Health Icons “medications/pills_2” (filled). See SOURCES.md. */
export const medicine: Pictogram = {
  name: 'medicine',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M16 26a10 10 0 1 0 0-20 10 10 0 0 0 0 20m4.3-10.7a1 1 0 0 0-.76-1.84l-7.84 3.23a1 1 0 1 0 .76 1.85z"/><path fill="currentColor" fill-rule="evenodd" d="M32 42a10 10 0 1 0 0-20 10 10 0 0 0 0 20m3.91-8.07a1 1 0 1 0 .45-1.95l-8.27-1.9a1 1 0 1 0-.45 1.94z"/>`,
  alt: {
    nl: 'Medicijnen',
    en: 'Medicine',
    ar: 'دواء',
    tr: 'İlaç',
    fr: 'Médicaments',
    pl: 'Leki',
    uk: 'Ліки',
    bg: 'Лекарства',
    ro: 'Medicamente',
    fa: 'دارو',
    ti: 'መድሃኒት',
    so: 'Daawo',
  },
  mirrorInRtl: false,
};
