import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Independent — Health Icons “objects/justice” (filled). See SOURCES.md. */
export const independent: Pictogram = {
  name: 'independent',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M25 6h-2v4.17a3 3 0 0 0-1.97 2.4l-7.29 1.96a1 1 0 0 0-.56.4l-5.85 8.29H6.12a9 9 0 0 0 .34 2.38 7.6 7.6 0 0 0 7.16 5.62c3.5 0 6.43-2.55 7.26-6q.24-.96.24-2h-.94l-4.6-7.11 5.85-1.57c.35.6.9 1.06 1.57 1.29V38h-3v2h-6v2h20v-2h-6v-2h-3V15.83a3 3 0 0 0 2-2.78l5.14-1.38L28.47 17H27q0 1.04.24 2c.83 3.45 3.77 6 7.26 6a7.6 7.6 0 0 0 7.26-6 9 9 0 0 0 .24-2h-1.95l-4.69-7.51a1 1 0 0 0-1.12-.46l-7.88 2.12a3 3 0 0 0-1.36-.98zm5.9 11h6.8l-3.24-5.18zm-13.1 6.22-3.84-5.93-4.18 5.93z"/>`,
  alt: {
    nl: 'Onafhankelijk',
    en: 'Independent',
    ar: 'مستقل',
    tr: 'Bağımsız',
    fr: 'Indépendant',
    pl: 'Niezależny',
    uk: 'Незалежний',
    bg: 'Независим',
    ro: 'Independent',
    fa: 'مستقل',
    ti: 'ዘይወገናዊ',
    so: 'Madax-bannaan',
  },
  mirrorInRtl: false,
};
