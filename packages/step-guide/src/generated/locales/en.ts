// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  s088e3807b53946aa: `and`,
  s08b06007b5567108: `or`,
  s162ceb241e7b7787: `Step by step`,
  s16e5428100259f6c: `Show all steps`,
  s1f0149847a099a73: `Previous`,
  s20ec4491e724b472: str`Read aloud: step ${0}`,
  s40c74194a7d1aea2: str`Step ${0} of ${1}`,
  s5e83f26eb2bc3f53: `View`,
  s6925c5ae69f60ab9: `Attention`,
  s8ec4581e146066d3: `Bring:`,
  s9397ff912d998c51: `Your checkmarks are cleared.`,
  s9f838ffe65d31dc3: `Next`,
  sb8fefdba536009a5: `Done`,
  sd533c41c955546ac: `Clear my checkmarks`,
  se82254c0e11adcf3: `Hide all steps`,
  sfd72fae72ebb448a: `All steps`,
};
