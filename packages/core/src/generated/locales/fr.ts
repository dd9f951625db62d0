
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`La lecture à voix haute en ${0} n’est pas possible : cet appareil n’a pas de voix pour cette langue.`,
's03bf37fb08f24ceb': `Langue`,
's6125ee6286a63013': `Vitesse`,
's61d3d3b6bfe08b14': `Lire à voix haute`,
's9726935356e89c26': `Ces informations ne peuvent pas être affichées pour le moment. Réessayez plus tard ou contactez la commune.`,
'sa7d16cbe561cbbe7': `Pause`,
'sb1b6c6ab9cd7a357': `Reprendre la lecture`,
'sd9ad53251f2330a5': `Arrêter`,
'sdeb6c562d6fba1d8': str`Possible en : ${0}.`,
'sf2e557892455534b': `Message pour le rédacteur`,
    };
  