import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Walk-in hours — Own drawing (EUPL-1.2). See SOURCES.md. */
export const walkIn: Pictogram = {
  name: 'walk-in',
  body: svg`<g fill="currentColor"><circle cx="24" cy="10" r="6"/><path d="M12 27c0-5.5 5-9.5 12-9.5s12 4 12 9.5Z"/><rect width="42" height="3.5" x="3" y="28.5" rx="1"/><path d="M7 34h34v10H7Z"/></g>`,
  alt: {
    nl: 'Inloopspreekuur',
    en: 'Walk-in hours',
    ar: 'استقبال بدون موعد',
    tr: 'Randevusuz görüşme',
    fr: 'Accueil sans rendez-vous',
    pl: 'Dyżur bez zapisów',
    uk: 'Прийом без запису',
    bg: 'Прием без записване',
    ro: 'Program fără programare',
    fa: 'مراجعه بدون وقت قبلی',
    ti: 'ብዘይ ቆጸራ ምምጻእ',
    so: 'Imow la’aan ballan',
  },
  mirrorInRtl: false,
};
