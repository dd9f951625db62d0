import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** ID card — Health Icons “objects/insurance_card” (filled). See SOURCES.md. */
export const documents: Pictogram = {
  name: 'documents',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M7 10a3 3 0 0 0-3 3v22a3 3 0 0 0 3 3h34a3 3 0 0 0 3-3V13a3 3 0 0 0-3-3zm30 10a4 4 0 1 1-8 0 4 4 0 0 1 8 0m-13-1H10v-2h14zm0 4H10v-2h14zm-14 4h14v-2H10zm14 4H10v-2h14zm6.4-5.52a2 2 0 0 0-2.4 1.96V32h10v-4.56a2 2 0 0 0-2.4-1.96l-2.2.44a2 2 0 0 1-.8 0z"/>`,
  alt: {
    nl: 'Identiteitsbewijs',
    en: 'ID card',
    ar: 'بطاقة هوية',
    tr: 'Kimlik kartı',
    fr: 'Pièce d’identité',
    pl: 'Dowód osobisty',
    uk: 'Посвідчення особи',
    bg: 'Лична карта',
    ro: 'Act de identitate',
    fa: 'کارت شناسایی',
    ti: 'መንነት ወረቐት',
    so: 'Kaarka aqoonsiga',
  },
  mirrorInRtl: false,
};
