// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  s088e3807b53946aa: `i`,
  s08b06007b5567108: `lub`,
  s162ceb241e7b7787: `Krok po kroku`,
  s16e5428100259f6c: `Pokaż wszystkie kroki`,
  s1f0149847a099a73: `Wstecz`,
  s20ec4491e724b472: str`Przeczytaj na głos: krok ${0}`,
  s40c74194a7d1aea2: str`Krok ${0} z ${1}`,
  s5e83f26eb2bc3f53: `Widok`,
  s6925c5ae69f60ab9: `Uwaga`,
  s8ec4581e146066d3: `Weź ze sobą:`,
  s9397ff912d998c51: `Państwa znaczniki zostały usunięte.`,
  s9f838ffe65d31dc3: `Dalej`,
  sb8fefdba536009a5: `Zrobione`,
  sd533c41c955546ac: `Usuń moje znaczniki`,
  se82254c0e11adcf3: `Ukryj wszystkie kroki`,
  sfd72fae72ebb448a: `Wszystkie kroki`,
};
