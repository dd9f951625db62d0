// Machine-assisted translation (not yet reviewed by a native speaker).
import type { Phrases } from './types.js';

export const phrases: Phrases = {
  title: 'Моят въпрос за помощ',
  domains: 'За какво става дума',
  statements: 'Какво се случва',
  ownWords: 'С мои думи',
  notTranslated: 'не е преведено',
  help: 'Как искам да ми помогнат',
  language: 'Моят език',
  interpreter: 'Бих искал(а) преводач.',
  keyPerson: 'Бих искал(а) доверен човек от моята общност.',
  noInterpreter: 'Не е нужен преводач',
  contact: 'Контакт',
  phone: 'Телефонно обаждане',
  whatsapp: 'WhatsApp',
  walkIn: 'Да дойда в приемния час без уговорка',
  homeVisit: 'Посещение у дома',
  supporter: 'Помощник',
  man: 'За предпочитане мъж',
  woman: 'За предпочитане жена',
  anyone: 'Няма значение',
  deadline: 'Срок',
  deadlineYes: 'Има срок',
  deadlineNo: 'Няма срок',
  deadlineUnknown: 'Не знам',
  before: 'най-късно до',
};
