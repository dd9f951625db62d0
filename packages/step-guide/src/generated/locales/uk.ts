// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  s088e3807b53946aa: `і`,
  s08b06007b5567108: `або`,
  s162ceb241e7b7787: `Крок за кроком`,
  s16e5428100259f6c: `Показати всі кроки`,
  s1f0149847a099a73: `Назад`,
  s20ec4491e724b472: str`Прочитати вголос: крок ${0}`,
  s40c74194a7d1aea2: str`Крок ${0} з ${1}`,
  s5e83f26eb2bc3f53: `Вигляд`,
  s6925c5ae69f60ab9: `Увага`,
  s8ec4581e146066d3: `Візьміть із собою:`,
  s9397ff912d998c51: `Ваші позначки видалено.`,
  s9f838ffe65d31dc3: `Далі`,
  sb8fefdba536009a5: `Зроблено`,
  sd533c41c955546ac: `Видалити мої позначки`,
  se82254c0e11adcf3: `Сховати всі кроки`,
  sfd72fae72ebb448a: `Усі кроки`,
};
