/**
 * The words of the question card and of the answer options, per language. They are not
 * lit-localize strings on purpose: the card shows two languages at once (Dutch for the
 * supporter, the resident's language for the resident), and lit-localize has one active
 * locale per page. One small module per language, loaded only for the languages in use.
 */
export interface Phrases {
  /** Card title: "Mijn hulpvraag". */
  title: string;
  domains: string;
  statements: string;
  ownWords: string;
  notTranslated: string;
  help: string;
  language: string;
  interpreter: string;
  keyPerson: string;
  noInterpreter: string;
  contact: string;
  phone: string;
  whatsapp: string;
  walkIn: string;
  homeVisit: string;
  supporter: string;
  man: string;
  woman: string;
  anyone: string;
  deadline: string;
  deadlineYes: string;
  deadlineNo: string;
  deadlineUnknown: string;
  /** Before a date: "uiterlijk 12 januari 2027". */
  before: string;
}
