
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`لا يمكن القراءة بصوت عالٍ باللغة ${0}: لا يوجد في هذا الجهاز صوت لهذه اللغة.`,
's03bf37fb08f24ceb': `اللغة`,
's2191060fc50c6b05': `يمكن لوسيط من الجالية أن يشرحه لك بلغتك.`,
's47f394e3aeb755d6': `هذه الترجمة صُنعت بمساعدة الحاسوب ولم تُراجع بعد.`,
's6125ee6286a63013': `السرعة`,
's61d3d3b6bfe08b14': `اقرأ بصوت عالٍ`,
's9726935356e89c26': `لا يمكن عرض هذه المعلومات الآن. حاول مرة أخرى لاحقًا، أو اتصل بالبلدية.`,
'sa7d16cbe561cbbe7': `إيقاف مؤقت`,
'sad2f2e15bf0620c2': str`هذا النص غير متوفر بعد باللغة ${0}.`,
'sb1b6c6ab9cd7a357': `متابعة القراءة`,
'sccfcfc418487a90a': str`هذا الفيديو غير متوفر بعد باللغة ${0}.`,
'sd9ad53251f2330a5': `إيقاف`,
'sdeb6c562d6fba1d8': str`يمكن بهذه اللغات: ${0}.`,
'se5a4052dabe00798': `ابحث عن وسيط من الجالية`,
'sf2e557892455534b': `ملاحظة للمحرر`,
    };
  