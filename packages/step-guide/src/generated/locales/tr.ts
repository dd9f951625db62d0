// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  s088e3807b53946aa: `ve`,
  s08b06007b5567108: `veya`,
  s162ceb241e7b7787: `Adım adım`,
  s16e5428100259f6c: `Tüm adımları göster`,
  s1f0149847a099a73: `Önceki`,
  s20ec4491e724b472: str`Sesli oku: adım ${0}`,
  s40c74194a7d1aea2: str`Adım ${0} / ${1}`,
  s5e83f26eb2bc3f53: `Görünüm`,
  s6925c5ae69f60ab9: `Dikkat`,
  s8ec4581e146066d3: `Yanınıza alın:`,
  s9397ff912d998c51: `İşaretleriniz silindi.`,
  s9f838ffe65d31dc3: `Sonraki`,
  sb8fefdba536009a5: `Yapıldı`,
  sd533c41c955546ac: `İşaretlerimi sil`,
  se82254c0e11adcf3: `Tüm adımları gizle`,
  sfd72fae72ebb448a: `Tüm adımlar`,
};
