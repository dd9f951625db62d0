// Machine-assisted translation (not yet reviewed by a native speaker).
import type { Phrases } from './types.js';

export const phrases: Phrases = {
  title: 'Moja prośba o pomoc',
  domains: 'Czego to dotyczy',
  statements: 'Co się dzieje',
  ownWords: 'Moimi słowami',
  notTranslated: 'nie przetłumaczono',
  help: 'Jak chcę otrzymać pomoc',
  language: 'Mój język',
  interpreter: 'Proszę o tłumacza.',
  keyPerson: 'Proszę o osobę zaufania z mojej społeczności.',
  noInterpreter: 'Tłumacz nie jest potrzebny',
  contact: 'Kontakt',
  phone: 'Rozmowa telefoniczna',
  whatsapp: 'WhatsApp',
  walkIn: 'Przyjście na dyżur bez umawiania',
  homeVisit: 'Wizyta w domu',
  supporter: 'Osoba wspierająca',
  man: 'Wolę mężczyznę',
  woman: 'Wolę kobietę',
  anyone: 'Nie ma znaczenia',
  deadline: 'Termin',
  deadlineYes: 'Jest termin',
  deadlineNo: 'Nie ma terminu',
  deadlineUnknown: 'Nie wiem',
  before: 'najpóźniej',
};
