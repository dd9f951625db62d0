// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  s088e3807b53946aa: `iyo`,
  s08b06007b5567108: `ama`,
  s162ceb241e7b7787: `Tallaabo tallaabo`,
  s16e5428100259f6c: `Tus dhammaan tallaabooyinka`,
  s1f0149847a099a73: `Hore`,
  s20ec4491e724b472: str`Kor u akhri: tallaabada ${0}`,
  s40c74194a7d1aea2: str`Tallaabada ${0} ee ${1}`,
  s5e83f26eb2bc3f53: `Muuqaalka`,
  s6925c5ae69f60ab9: `Fiiro gaar ah`,
  s8ec4581e146066d3: `Keen:`,
  s9397ff912d998c51: `Calaamadahaaga waa la tirtiray.`,
  s9f838ffe65d31dc3: `Xiga`,
  sb8fefdba536009a5: `La sameeyay`,
  sd533c41c955546ac: `Tirtir calaamadahayga`,
  se82254c0e11adcf3: `Qari dhammaan tallaabooyinka`,
  sfd72fae72ebb448a: `Dhammaan tallaabooyinka`,
};
