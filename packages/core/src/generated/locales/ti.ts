
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`ብ${0} ብድምጺ ምንባብ ኣይከኣልን፦ እዚ መሳርሒ ንዚ ቋንቋ ዝኸውን ድምጺ የብሉን።`,
's03bf37fb08f24ceb': `ቋንቋ`,
's6125ee6286a63013': `ቅልጣፈ`,
's61d3d3b6bfe08b14': `ብድምጺ ኣንብብ`,
's9726935356e89c26': `እዚ ሓበሬታ ሕጂ ክርኣ ኣይከኣለን። ደሓር ደጊምኩም ፈትኑ ወይ ንምምሕዳር ከተማ ተወከሱ።`,
'sa7d16cbe561cbbe7': `ደው ኣብል`,
'sb1b6c6ab9cd7a357': `ንባብ ቀጽል`,
'sd9ad53251f2330a5': `ኣቋርጽ`,
'sdeb6c562d6fba1d8': str`ብዚኦም ይከኣል፦ ${0}።`,
'sf2e557892455534b': `መልእኽቲ ንኣሰናዳኢ`,
    };
  