
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`ብ${0} ብድምጺ ምንባብ ኣይከኣልን፦ እዚ መሳርሒ ንዚ ቋንቋ ዝኸውን ድምጺ የብሉን።`,
's03bf37fb08f24ceb': `ቋንቋ`,
's2191060fc50c6b05': `መራኸቢ ሰብ ብቋንቋኹም ክገልጸልኩም ይኽእል።`,
's47f394e3aeb755d6': `እዚ ትርጉም ብሓገዝ ኮምፒተር እዩ ተሰሪሑ፣ ገና ኣይተረጋገጸን።`,
's6125ee6286a63013': `ቅልጣፈ`,
's61d3d3b6bfe08b14': `ብድምጺ ኣንብብ`,
's9726935356e89c26': `እዚ ሓበሬታ ሕጂ ክርኣ ኣይከኣለን። ደሓር ደጊምኩም ፈትኑ ወይ ንምምሕዳር ከተማ ተወከሱ።`,
'sa7d16cbe561cbbe7': `ደው ኣብል`,
'sad2f2e15bf0620c2': str`እዚ ጽሑፍ ገና ብ${0} የለን።`,
'sb1b6c6ab9cd7a357': `ንባብ ቀጽል`,
'sccfcfc418487a90a': str`እዚ ቪድዮ ገና ብ${0} የለን።`,
'sd9ad53251f2330a5': `ኣቋርጽ`,
'sdeb6c562d6fba1d8': str`ብዚኦም ይከኣል፦ ${0}።`,
'se5a4052dabe00798': `መራኸቢ ሰብ ድለዩ`,
'sf2e557892455534b': `መልእኽቲ ንኣሰናዳኢ`,
    };
  