
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`Citirea cu voce tare în ${0} nu este posibilă: acest dispozitiv nu are o voce pentru această limbă.`,
's03bf37fb08f24ceb': `Limba`,
's2191060fc50c6b05': `O persoană de legătură vă poate explica textul în limba dumneavoastră.`,
's47f394e3aeb755d6': `Această traducere a fost făcută cu ajutorul unui calculator și nu a fost încă verificată.`,
's6125ee6286a63013': `Viteză`,
's61d3d3b6bfe08b14': `Citește cu voce tare`,
's9726935356e89c26': `Aceste informații nu pot fi afișate acum. Încercați din nou mai târziu sau contactați primăria.`,
'sa7d16cbe561cbbe7': `Pauză`,
'sad2f2e15bf0620c2': str`Acest text nu este încă disponibil în limba ${0}.`,
'sb1b6c6ab9cd7a357': `Continuă citirea`,
'sccfcfc418487a90a': str`Acest videoclip nu este încă disponibil în limba ${0}.`,
'sd9ad53251f2330a5': `Oprește`,
'sdeb6c562d6fba1d8': str`Se poate în: ${0}.`,
'se5a4052dabe00798': `Găsiți o persoană de legătură`,
'sf2e557892455534b': `Mesaj pentru redactor`,
    };
  