
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`Akhrinta codka ah ee ${0} suurtagal maaha: qalabkan ma laha cod luqaddan ah.`,
's03bf37fb08f24ceb': `Luqadda`,
's2191060fc50c6b05': `Qof isku-xire ah ayaa kuugu sharxi kara luqaddaada.`,
's47f394e3aeb755d6': `Turjumaaddan waxaa lagu sameeyay caawimaad kombiyuutar, weli lama hubin.`,
's6125ee6286a63013': `Xawaare`,
's61d3d3b6bfe08b14': `Kor u akhri`,
's9726935356e89c26': `Macluumaadkan hadda lama muujin karo. Mar kale isku day goor dambe, ama la xiriir dowladda hoose.`,
'sa7d16cbe561cbbe7': `Jooji in yar`,
'sad2f2e15bf0620c2': str`Qoraalkan weli kuma jiro ${0}.`,
'sb1b6c6ab9cd7a357': `Sii wad akhrinta`,
'sccfcfc418487a90a': str`Muuqaalkan weli kuma jiro ${0}.`,
'sd9ad53251f2330a5': `Jooji`,
'sdeb6c562d6fba1d8': str`Waa suurtagal: ${0}.`,
'se5a4052dabe00798': `Hel qof isku-xire ah`,
'sf2e557892455534b': `Fariin loogu talagalay tifaftiraha`,
    };
  