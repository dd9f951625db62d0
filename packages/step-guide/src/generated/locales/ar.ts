// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  s088e3807b53946aa: `و`,
  s08b06007b5567108: `أو`,
  s162ceb241e7b7787: `خطوة بخطوة`,
  s16e5428100259f6c: `إظهار كل الخطوات`,
  s1f0149847a099a73: `السابق`,
  s20ec4491e724b472: str`اقرأ بصوت عالٍ: الخطوة ${0}`,
  s40c74194a7d1aea2: str`الخطوة ${0} من ${1}`,
  s5e83f26eb2bc3f53: `طريقة العرض`,
  s6925c5ae69f60ab9: `انتبه`,
  s8ec4581e146066d3: `أحضر معك:`,
  s9397ff912d998c51: `تم مسح علاماتك.`,
  s9f838ffe65d31dc3: `التالي`,
  sb8fefdba536009a5: `تم`,
  sd533c41c955546ac: `امسح علاماتي`,
  se82254c0e11adcf3: `إخفاء كل الخطوات`,
  sfd72fae72ebb448a: `كل الخطوات`,
};
