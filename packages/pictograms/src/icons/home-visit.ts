import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Home visit — Health Icons “symbols/home-quarantine” (filled). See SOURCES.md. */
export const homeVisit: Pictogram = {
  name: 'home-visit',
  body: svg`<path fill="currentColor" d="M20 18a4 4 0 1 1 8 0 4 4 0 0 1-8 0"/><path fill="currentColor" fill-rule="evenodd" d="M24.6 6.2a1 1 0 0 0-1.2 0L6.97 18.6l-.08.06A2.8 2.8 0 0 0 6 20.6v18.92A2.5 2.5 0 0 0 8.47 42h31.05A2.5 2.5 0 0 0 42 39.53v-19a2.8 2.8 0 0 0-.97-1.95zm3.84 28.94L27.59 40h11.93a.5.5 0 0 0 .48-.48V20.63a1 1 0 0 0-.22-.48L24 8.25 8.22 20.15a1 1 0 0 0-.22.48v18.89a.5.5 0 0 0 .48.48h11.93l-.85-4.86H18a1 1 0 0 1-1-1v-3.43c0-1.8.75-3.5 2.07-4.76A7.2 7.2 0 0 1 24 24c1.84 0 3.62.7 4.93 1.95A6.6 6.6 0 0 1 31 30.7v3.43a1 1 0 0 1-1 1z"/>`,
  alt: {
    nl: 'Huisbezoek',
    en: 'Home visit',
    ar: 'زيارة منزلية',
    tr: 'Ev ziyareti',
    fr: 'Visite à domicile',
    pl: 'Wizyta domowa',
    uk: 'Візит додому',
    bg: 'Посещение у дома',
    ro: 'Vizită la domiciliu',
    fa: 'ملاقات در خانه',
    ti: 'ምብጻሕ ገዛ',
    so: 'Booqasho guri',
  },
  mirrorInRtl: false,
};
