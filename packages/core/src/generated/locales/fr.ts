
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03bf37fb08f24ceb': `Langue`,
's6125ee6286a63013': `Vitesse`,
's61d3d3b6bfe08b14': `Lire à voix haute`,
's9726935356e89c26': `Ces informations ne peuvent pas être affichées pour le moment. Réessayez plus tard ou contactez la commune.`,
'sa7d16cbe561cbbe7': `Pause`,
'sb1b6c6ab9cd7a357': `Reprendre la lecture`,
'sd9ad53251f2330a5': `Arrêter`,
'sf2e557892455534b': `Message pour le rédacteur`,
    };
  