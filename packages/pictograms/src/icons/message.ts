import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Message — Health Icons “symbols/communication” (filled). See SOURCES.md. */
export const message: Pictogram = {
  name: 'message',
  body: svg`<path fill="currentColor" fill-rule="evenodd" d="M18.5 6C10.5 6 4 12.5 4 20.5 4 38.5 28 42 28 42v-7h1.5a14.5 14.5 0 0 0 0-29zM24 23.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5M34.5 21a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0M16 23.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5"/>`,
  alt: {
    nl: 'Bericht',
    en: 'Message',
    ar: 'رسالة',
    tr: 'Mesaj',
    fr: 'Message',
    pl: 'Wiadomość',
    uk: 'Повідомлення',
    bg: 'Съобщение',
    ro: 'Mesaj',
    fa: 'پیام',
    ti: 'መልእኽቲ',
    so: 'Fariin',
  },
  mirrorInRtl: true,
};
