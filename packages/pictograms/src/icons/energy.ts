import { svg } from 'lit';
import type { Pictogram } from '../types.js';

/** Energy and heating — Own drawing (EUPL-1.2). See SOURCES.md. */
export const energy: Pictogram = {
  name: 'energy',
  body: svg`<g fill="currentColor"><rect width="5.2" height="20" x="7" y="20" rx="2.6"/><rect width="5.2" height="20" x="14.2" y="20" rx="2.6"/><rect width="5.2" height="20" x="21.4" y="20" rx="2.6"/><rect width="5.2" height="20" x="28.6" y="20" rx="2.6"/><rect width="5.2" height="20" x="35.8" y="20" rx="2.6"/><path d="M4 24h40v3H4Zm0 9h40v3H4Zm6 6h3v5h-3Zm25 0h3v5h-3Z"/></g><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2.5" d="M15 15q-3-3 0-6c3-3 2-4 0-6m9 12q-3-3 0-6c3-3 2-4 0-6m9 12q-3-3 0-6c3-3 2-4 0-6"/>`,
  alt: {
    nl: 'Energie en verwarming',
    en: 'Energy and heating',
    ar: 'الطاقة والتدفئة',
    tr: 'Enerji ve ısınma',
    fr: 'Énergie et chauffage',
    pl: 'Energia i ogrzewanie',
    uk: 'Енергія та опалення',
    bg: 'Енергия и отопление',
    ro: 'Energie și încălzire',
    fa: 'انرژی و گرمایش',
    ti: 'ጸዓትን ምውዓይን',
    so: 'Tamarta iyo kuleylinta',
  },
  mirrorInRtl: false,
};
