// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  s088e3807b53946aa: `și`,
  s08b06007b5567108: `sau`,
  s162ceb241e7b7787: `Pas cu pas`,
  s16e5428100259f6c: `Arată toți pașii`,
  s1f0149847a099a73: `Înapoi`,
  s20ec4491e724b472: str`Citește cu voce tare: pasul ${0}`,
  s40c74194a7d1aea2: str`Pasul ${0} din ${1}`,
  s5e83f26eb2bc3f53: `Afișare`,
  s6925c5ae69f60ab9: `Atenție`,
  s8ec4581e146066d3: `Aduceți:`,
  s9397ff912d998c51: `Bifele dvs. au fost șterse.`,
  s9f838ffe65d31dc3: `Înainte`,
  sb8fefdba536009a5: `Gata`,
  sd533c41c955546ac: `Șterge bifele mele`,
  se82254c0e11adcf3: `Ascunde toți pașii`,
  sfd72fae72ebb448a: `Toți pașii`,
};
