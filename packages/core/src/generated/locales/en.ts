
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`Reading aloud in ${0} is not possible: this device has no voice for this language.`,
's03bf37fb08f24ceb': `Language`,
's2191060fc50c6b05': `A key person can explain it in your language.`,
's47f394e3aeb755d6': `This translation was made with the help of a computer and has not been checked yet.`,
's6125ee6286a63013': `Speed`,
's61d3d3b6bfe08b14': `Read aloud`,
's9726935356e89c26': `This information cannot be shown right now. Please try again later, or contact the municipality.`,
'sa7d16cbe561cbbe7': `Pause`,
'sad2f2e15bf0620c2': str`This text is not yet in ${0}.`,
'sb1b6c6ab9cd7a357': `Continue reading`,
'sccfcfc418487a90a': str`This video is not yet in ${0}.`,
'sd9ad53251f2330a5': `Stop`,
'sdeb6c562d6fba1d8': str`It can in: ${0}.`,
'se5a4052dabe00798': `Find a key person`,
'sf2e557892455534b': `Notice for the editor`,
    };
  