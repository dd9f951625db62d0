import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Conversation — Health Icons “symbols/forum” (filled). See SOURCES.md. */
export const conversation: Pictogram = {
  name: 'conversation',
  body: svg`<path fill="currentColor" d="M4 20.07C4 14.5 8.5 10 14.07 10h7.86a10.07 10.07 0 1 1 0 20.14H16V35S4 32.57 4 20.07"/><path fill="currentColor" d="M24.48 31.87a8 8 0 0 0 5.58 2.24H33V38s11-1.94 11-11.94C44 21.6 40.4 18 35.94 18h-2.2q.26 1 .26 2.06c0 5.79-4.08 10.63-9.52 11.8"/>`,
  alt: {
    nl: 'Gesprek',
    en: 'Conversation',
    ar: 'محادثة',
    tr: 'Konuşma',
    fr: 'Conversation',
    pl: 'Rozmowa',
    uk: 'Розмова',
    bg: 'Разговор',
    ro: 'Conversație',
    fa: 'گفتگو',
    ti: 'ዘተ',
    so: 'Wada-hadal',
  },
  mirrorInRtl: true,
};
