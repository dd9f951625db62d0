
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`Читання вголос мовою ${0} неможливе: на цьому пристрої немає голосу для цієї мови.`,
's03bf37fb08f24ceb': `Мова`,
's6125ee6286a63013': `Швидкість`,
's61d3d3b6bfe08b14': `Прочитати вголос`,
's9726935356e89c26': `Цю інформацію зараз не можна показати. Спробуйте пізніше або зверніться до муніципалітету.`,
'sa7d16cbe561cbbe7': `Пауза`,
'sb1b6c6ab9cd7a357': `Читати далі`,
'sd9ad53251f2330a5': `Зупинити`,
'sdeb6c562d6fba1d8': str`Можна такими мовами: ${0}.`,
'sf2e557892455534b': `Повідомлення для редактора`,
    };
  