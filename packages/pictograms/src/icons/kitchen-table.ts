import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Talk at the kitchen table — Own drawing (EUPL-1.2). See SOURCES.md. */
export const kitchenTable: Pictogram = {
  name: 'kitchen-table',
  body: svg`<g fill="currentColor"><circle cx="12" cy="12" r="5"/><circle cx="36" cy="12" r="5"/><path d="M3 29c0-6 4-10 9-10s9 4 9 10Z"/><path d="M27 29c0-6 4-10 9-10s9 4 9 10Z"/><path d="M20.5 22h6v5.5h-6Z"/><rect width="44" height="3.5" x="2" y="30" rx="1"/><path d="M7 35h3.5v9H7Zm30.5 0H41v9h-3.5Z"/></g><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.8" d="M26.5 23.5h1.2a1.5 1.5 0 0 1 0 3h-1.2"/>`,
  alt: {
    nl: 'Gesprek aan de keukentafel',
    en: 'Talk at the kitchen table',
    ar: 'حديث على طاولة المطبخ',
    tr: 'Mutfak masasında sohbet',
    fr: 'Discussion autour de la table',
    pl: 'Rozmowa przy stole kuchennym',
    uk: 'Розмова за кухонним столом',
    bg: 'Разговор на кухненската маса',
    ro: 'Discuție la masa din bucătărie',
    fa: 'گفتگو سر میز آشپزخانه',
    ti: 'ዘተ ኣብ ጠረጴዛ ክሽነ',
    so: 'Wada-hadal miiska jikada',
  },
  mirrorInRtl: false,
};
