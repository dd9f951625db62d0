// Machine-assisted translation (not yet reviewed by a native speaker).
import type { Phrases } from './types.js';

export const phrases: Phrases = {
  title: 'Моє звернення по допомогу',
  domains: 'Про що йдеться',
  statements: 'Що відбувається',
  ownWords: 'Своїми словами',
  notTranslated: 'не перекладено',
  help: 'Як я хочу отримати допомогу',
  language: 'Моя мова',
  interpreter: 'Я хотів(-ла) б перекладача.',
  keyPerson: 'Я хотів(-ла) б довірену особу з моєї громади.',
  noInterpreter: 'Перекладач не потрібен',
  contact: 'Контакт',
  phone: 'Телефонний дзвінок',
  whatsapp: 'WhatsApp',
  walkIn: 'Прийти на години прийому без запису',
  homeVisit: 'Візит додому',
  supporter: 'Помічник',
  man: 'Краще чоловік',
  woman: 'Краще жінка',
  anyone: 'Не має значення',
  deadline: 'Термін',
  deadlineYes: 'Є термін',
  deadlineNo: 'Немає терміну',
  deadlineUnknown: 'Я не знаю',
  before: 'не пізніше',
};
