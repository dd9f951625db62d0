
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`La lecture à voix haute en ${0} n’est pas possible : cet appareil n’a pas de voix pour cette langue.`,
's03bf37fb08f24ceb': `Langue`,
's2191060fc50c6b05': `Une personne-relais peut vous l'expliquer dans votre langue.`,
's47f394e3aeb755d6': `Cette traduction a été faite avec l'aide d'un ordinateur et n'a pas encore été vérifiée.`,
's6125ee6286a63013': `Vitesse`,
's61d3d3b6bfe08b14': `Lire à voix haute`,
's9726935356e89c26': `Ces informations ne peuvent pas être affichées pour le moment. Réessayez plus tard ou contactez la commune.`,
'sa7d16cbe561cbbe7': `Pause`,
'sad2f2e15bf0620c2': str`Ce texte n'est pas encore disponible en ${0}.`,
'sb1b6c6ab9cd7a357': `Reprendre la lecture`,
'sccfcfc418487a90a': str`Cette vidéo n'est pas encore disponible en ${0}.`,
'sd9ad53251f2330a5': `Arrêter`,
'sdeb6c562d6fba1d8': str`Possible en : ${0}.`,
'se5a4052dabe00798': `Trouver une personne-relais`,
'sf2e557892455534b': `Message pour le rédacteur`,
    };
  