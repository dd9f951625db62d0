
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`Четенето на глас на ${0} не е възможно: това устройство няма глас за този език.`,
's03bf37fb08f24ceb': `Език`,
's2191060fc50c6b05': `Посредник от общността може да Ви го обясни на Вашия език.`,
's47f394e3aeb755d6': `Този превод е направен с помощта на компютър и още не е проверен.`,
's6125ee6286a63013': `Скорост`,
's61d3d3b6bfe08b14': `Прочети на глас`,
's9726935356e89c26': `Тази информация не може да бъде показана сега. Опитайте отново по-късно или се свържете с общината.`,
'sa7d16cbe561cbbe7': `Пауза`,
'sad2f2e15bf0620c2': str`Този текст все още не е наличен на ${0}.`,
'sb1b6c6ab9cd7a357': `Продължи четенето`,
'sccfcfc418487a90a': str`Това видео все още не е налично на ${0}.`,
'sd9ad53251f2330a5': `Спри`,
'sdeb6c562d6fba1d8': str`Възможно е на: ${0}.`,
'se5a4052dabe00798': `Намерете посредник от общността`,
'sf2e557892455534b': `Съобщение за редактора`,
    };
  