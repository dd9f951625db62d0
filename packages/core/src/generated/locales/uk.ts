
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`Читання вголос мовою ${0} неможливе: на цьому пристрої немає голосу для цієї мови.`,
's03bf37fb08f24ceb': `Мова`,
's2191060fc50c6b05': `Посередник із громади може пояснити його вашою мовою.`,
's6125ee6286a63013': `Швидкість`,
's61d3d3b6bfe08b14': `Прочитати вголос`,
's9726935356e89c26': `Цю інформацію зараз не можна показати. Спробуйте пізніше або зверніться до муніципалітету.`,
'sa7d16cbe561cbbe7': `Пауза`,
'sad2f2e15bf0620c2': str`Цей текст ще не доступний мовою: ${0}.`,
'sb1b6c6ab9cd7a357': `Читати далі`,
'sccfcfc418487a90a': str`Це відео ще не доступне мовою: ${0}.`,
'sd9ad53251f2330a5': `Зупинити`,
'sdeb6c562d6fba1d8': str`Можна такими мовами: ${0}.`,
'se5a4052dabe00798': `Знайдіть посередника з громади`,
'sf2e557892455534b': `Повідомлення для редактора`,
    };
  