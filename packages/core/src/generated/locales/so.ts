
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03bf37fb08f24ceb': `Luqadda`,
's6125ee6286a63013': `Xawaare`,
's61d3d3b6bfe08b14': `Kor u akhri`,
's9726935356e89c26': `Macluumaadkan hadda lama muujin karo. Mar kale isku day goor dambe, ama la xiriir dowladda hoose.`,
'sa7d16cbe561cbbe7': `Jooji in yar`,
'sb1b6c6ab9cd7a357': `Sii wad akhrinta`,
'sd9ad53251f2330a5': `Jooji`,
'sf2e557892455534b': `Fariin loogu talagalay tifaftiraha`,
    };
  