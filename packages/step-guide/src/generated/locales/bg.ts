// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  s088e3807b53946aa: `и`,
  s08b06007b5567108: `или`,
  s162ceb241e7b7787: `Стъпка по стъпка`,
  s16e5428100259f6c: `Покажи всички стъпки`,
  s1f0149847a099a73: `Назад`,
  s20ec4491e724b472: str`Прочети на глас: стъпка ${0}`,
  s40c74194a7d1aea2: str`Стъпка ${0} от ${1}`,
  s5e83f26eb2bc3f53: `Изглед`,
  s6925c5ae69f60ab9: `Внимание`,
  s8ec4581e146066d3: `Вземете:`,
  s9397ff912d998c51: `Отметките ви са изтрити.`,
  s9f838ffe65d31dc3: `Напред`,
  sb8fefdba536009a5: `Готово`,
  sd533c41c955546ac: `Изтрий отметките ми`,
  se82254c0e11adcf3: `Скрий всички стъпки`,
  sfd72fae72ebb448a: `Всички стъпки`,
};
