
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`Reading aloud in ${0} is not possible: this device has no voice for this language.`,
's03bf37fb08f24ceb': `Language`,
's6125ee6286a63013': `Speed`,
's61d3d3b6bfe08b14': `Read aloud`,
's9726935356e89c26': `This information cannot be shown right now. Please try again later, or contact the municipality.`,
'sa7d16cbe561cbbe7': `Pause`,
'sb1b6c6ab9cd7a357': `Continue reading`,
'sd9ad53251f2330a5': `Stop`,
'sdeb6c562d6fba1d8': str`It can in: ${0}.`,
'sf2e557892455534b': `Notice for the editor`,
    };
  