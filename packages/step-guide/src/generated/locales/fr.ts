// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  s088e3807b53946aa: `et`,
  s08b06007b5567108: `ou`,
  s162ceb241e7b7787: `Étape par étape`,
  s16e5428100259f6c: `Afficher toutes les étapes`,
  s1f0149847a099a73: `Précédent`,
  s20ec4491e724b472: str`Lire à voix haute : étape ${0}`,
  s40c74194a7d1aea2: str`Étape ${0} sur ${1}`,
  s5e83f26eb2bc3f53: `Affichage`,
  s6925c5ae69f60ab9: `Attention`,
  s8ec4581e146066d3: `Apportez :`,
  s9397ff912d998c51: `Vos coches sont effacées.`,
  s9f838ffe65d31dc3: `Suivant`,
  sb8fefdba536009a5: `Fait`,
  sd533c41c955546ac: `Effacer mes coches`,
  se82254c0e11adcf3: `Masquer toutes les étapes`,
  sfd72fae72ebb448a: `Toutes les étapes`,
};
