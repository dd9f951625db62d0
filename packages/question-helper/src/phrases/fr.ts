// Machine-assisted translation (not yet reviewed by a native speaker).
import type { Phrases } from './types.js';

export const phrases: Phrases = {
  title: "Ma demande d'aide",
  domains: 'De quoi il s’agit',
  statements: 'Ce qui se passe',
  ownWords: 'Avec mes propres mots',
  notTranslated: 'non traduit',
  help: 'Comment je souhaite être aidé(e)',
  language: 'Ma langue',
  interpreter: 'Je souhaite un interprète.',
  keyPerson: 'Je souhaite une personne de confiance de ma propre communauté.',
  noInterpreter: "Pas besoin d'interprète",
  contact: 'Contact',
  phone: 'Appel téléphonique',
  whatsapp: 'WhatsApp',
  walkIn: 'Passer à la permanence sans rendez-vous',
  homeVisit: 'Une visite à domicile',
  supporter: 'Accompagnant(e)',
  man: 'De préférence un homme',
  woman: 'De préférence une femme',
  anyone: 'Peu importe',
  deadline: 'Délai',
  deadlineYes: 'Il y a un délai',
  deadlineNo: "Il n'y a pas de délai",
  deadlineUnknown: 'Je ne sais pas',
  before: 'au plus tard le',
};
