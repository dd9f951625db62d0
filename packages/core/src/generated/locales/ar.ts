
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`لا يمكن القراءة بصوت عالٍ باللغة ${0}: لا يوجد في هذا الجهاز صوت لهذه اللغة.`,
's03bf37fb08f24ceb': `اللغة`,
's6125ee6286a63013': `السرعة`,
's61d3d3b6bfe08b14': `اقرأ بصوت عالٍ`,
's9726935356e89c26': `لا يمكن عرض هذه المعلومات الآن. حاول مرة أخرى لاحقًا، أو اتصل بالبلدية.`,
'sa7d16cbe561cbbe7': `إيقاف مؤقت`,
'sb1b6c6ab9cd7a357': `متابعة القراءة`,
'sd9ad53251f2330a5': `إيقاف`,
'sdeb6c562d6fba1d8': str`يمكن بهذه اللغات: ${0}.`,
'sf2e557892455534b': `ملاحظة للمحرر`,
    };
  