
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03bf37fb08f24ceb': `Език`,
's6125ee6286a63013': `Скорост`,
's61d3d3b6bfe08b14': `Прочети на глас`,
's9726935356e89c26': `Тази информация не може да бъде показана сега. Опитайте отново по-късно или се свържете с общината.`,
'sa7d16cbe561cbbe7': `Пауза`,
'sb1b6c6ab9cd7a357': `Продължи четенето`,
'sd9ad53251f2330a5': `Спри`,
'sf2e557892455534b': `Съобщение за редактора`,
    };
  