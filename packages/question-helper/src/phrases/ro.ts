// Machine-assisted translation (not yet reviewed by a native speaker).
import type { Phrases } from './types.js';

export const phrases: Phrases = {
  title: 'Cererea mea de ajutor',
  domains: 'Despre ce este vorba',
  statements: 'Ce se întâmplă',
  ownWords: 'Cu propriile mele cuvinte',
  notTranslated: 'netradus',
  help: 'Cum doresc să fiu ajutat(ă)',
  language: 'Limba mea',
  interpreter: 'Aș dori un interpret.',
  keyPerson: 'Aș dori o persoană de încredere din propria mea comunitate.',
  noInterpreter: 'Nu este nevoie de interpret',
  contact: 'Contact',
  phone: 'Apel telefonic',
  whatsapp: 'WhatsApp',
  walkIn: 'Să vin la programul fără programare',
  homeVisit: 'O vizită acasă',
  supporter: 'Persoana de sprijin',
  man: 'De preferință un bărbat',
  woman: 'De preferință o femeie',
  anyone: 'Nu contează',
  deadline: 'Termen',
  deadlineYes: 'Există un termen',
  deadlineNo: 'Nu există un termen',
  deadlineUnknown: 'Nu știu',
  before: 'cel târziu pe',
};
