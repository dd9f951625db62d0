
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`Akhrinta codka ah ee ${0} suurtagal maaha: qalabkan ma laha cod luqaddan ah.`,
's03bf37fb08f24ceb': `Luqadda`,
's6125ee6286a63013': `Xawaare`,
's61d3d3b6bfe08b14': `Kor u akhri`,
's9726935356e89c26': `Macluumaadkan hadda lama muujin karo. Mar kale isku day goor dambe, ama la xiriir dowladda hoose.`,
'sa7d16cbe561cbbe7': `Jooji in yar`,
'sb1b6c6ab9cd7a357': `Sii wad akhrinta`,
'sd9ad53251f2330a5': `Jooji`,
'sdeb6c562d6fba1d8': str`Waa suurtagal: ${0}.`,
'sf2e557892455534b': `Fariin loogu talagalay tifaftiraha`,
    };
  