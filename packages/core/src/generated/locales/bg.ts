
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`Четенето на глас на ${0} не е възможно: това устройство няма глас за този език.`,
's03bf37fb08f24ceb': `Език`,
's6125ee6286a63013': `Скорост`,
's61d3d3b6bfe08b14': `Прочети на глас`,
's9726935356e89c26': `Тази информация не може да бъде показана сега. Опитайте отново по-късно или се свържете с общината.`,
'sa7d16cbe561cbbe7': `Пауза`,
'sb1b6c6ab9cd7a357': `Продължи четенето`,
'sd9ad53251f2330a5': `Спри`,
'sdeb6c562d6fba1d8': str`Възможно е на: ${0}.`,
'sf2e557892455534b': `Съобщение за редактора`,
    };
  