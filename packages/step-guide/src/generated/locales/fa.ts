// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  s088e3807b53946aa: `و`,
  s08b06007b5567108: `یا`,
  s162ceb241e7b7787: `قدم به قدم`,
  s16e5428100259f6c: `نمایش همه مراحل`,
  s1f0149847a099a73: `قبلی`,
  s20ec4491e724b472: str`بلند بخوان: مرحله ${0}`,
  s40c74194a7d1aea2: str`مرحله ${0} از ${1}`,
  s5e83f26eb2bc3f53: `نمایش`,
  s6925c5ae69f60ab9: `توجه`,
  s8ec4581e146066d3: `همراه بیاورید:`,
  s9397ff912d998c51: `تیک‌های شما پاک شد.`,
  s9f838ffe65d31dc3: `بعدی`,
  sb8fefdba536009a5: `انجام شد`,
  sd533c41c955546ac: `پاک کردن تیک‌های من`,
  se82254c0e11adcf3: `پنهان کردن همه مراحل`,
  sfd72fae72ebb448a: `همه مراحل`,
};
