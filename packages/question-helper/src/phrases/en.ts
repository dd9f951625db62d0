// Machine-assisted translation (not yet reviewed by a native speaker).
import type { Phrases } from './types.js';

export const phrases: Phrases = {
  title: 'My question for help',
  domains: 'What it is about',
  statements: 'What is going on',
  ownWords: 'In my own words',
  notTranslated: 'not translated',
  help: 'How I would like to be helped',
  language: 'My language',
  interpreter: 'I would like an interpreter.',
  keyPerson: 'I would like a key person from my own community.',
  noInterpreter: 'No interpreter needed',
  contact: 'Contact',
  phone: 'Phone call',
  whatsapp: 'WhatsApp',
  walkIn: 'Coming by at the walk-in hour',
  homeVisit: 'A home visit',
  supporter: 'Supporter',
  man: 'Preferably a man',
  woman: 'Preferably a woman',
  anyone: 'Does not matter',
  deadline: 'Deadline',
  deadlineYes: 'There is a deadline',
  deadlineNo: 'There is no deadline',
  deadlineUnknown: 'I do not know',
  before: 'by',
};
