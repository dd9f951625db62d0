// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  s088e3807b53946aa: `ከምኡ'ውን`,
  s08b06007b5567108: `ወይ`,
  s162ceb241e7b7787: `ስጉምቲ ብስጉምቲ`,
  s16e5428100259f6c: `ኩሎም ስጉምትታት ኣርኢ`,
  s1f0149847a099a73: `ዝሓለፈ`,
  s20ec4491e724b472: str`ብድምጺ ኣንብብ: ስጉምቲ ${0}`,
  s40c74194a7d1aea2: str`ስጉምቲ ${0} ካብ ${1}`,
  s5e83f26eb2bc3f53: `ኣቀራርባ`,
  s6925c5ae69f60ab9: `ኣስተውዕል`,
  s8ec4581e146066d3: `ሒዝኩም ምጹ:`,
  s9397ff912d998c51: `ምልክታትኩም ተሰሪዞም።`,
  s9f838ffe65d31dc3: `ዝቕጽል`,
  sb8fefdba536009a5: `ተወዲኡ`,
  sd533c41c955546ac: `ምልክታተይ ሰርዝ`,
  se82254c0e11adcf3: `ኩሎም ስጉምትታት ሕባእ`,
  sfd72fae72ebb448a: `ኩሎም ስጉምትታት`,
};
