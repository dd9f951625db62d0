import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Attention — Health Icons “symbols/alert_triangle” (filled). See SOURCES.md. */
export const warning: Pictogram = {
  name: 'warning',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M23.1 6.85a1 1 0 0 1 1.8 0l16.4 33.71a1 1 0 0 1-.9 1.44H7.6a1 1 0 0 1-.9-1.44zM22 20a2 2 0 1 1 4 0v10a2 2 0 1 1-4 0zm1.97 14a1.97 1.97 0 0 0 0 3.93h.06a1.97 1.97 0 1 0 0-3.93z"/>`,
  alt: {
    nl: 'Let op',
    en: 'Attention',
    ar: 'تنبيه',
    tr: 'Dikkat',
    fr: 'Attention',
    pl: 'Uwaga',
    uk: 'Увага',
    bg: 'Внимание',
    ro: 'Atenție',
    fa: 'توجه',
    ti: 'ጥንቃቐ',
    so: 'Digniin',
  },
  mirrorInRtl: false,
};
