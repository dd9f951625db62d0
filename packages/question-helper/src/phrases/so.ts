// Machine-assisted translation (not yet reviewed by a native speaker).
import type { Phrases } from './types.js';

export const phrases: Phrases = {
  title: 'Codsigayga caawimaad',
  domains: 'Waxa ay ku saabsan tahay',
  statements: 'Waxa dhacaya',
  ownWords: 'Ereyadayda',
  notTranslated: 'lama turjumin',
  help: 'Sida aan rabo in la ii caawiyo',
  language: 'Luqaddayda',
  interpreter: 'Waxaan jeclaan lahaa turjubaan.',
  keyPerson: 'Waxaan jeclaan lahaa qof la isku halleyn karo oo ka mid ah bulshadayda.',
  noInterpreter: 'Turjubaan looma baahna',
  contact: 'Xiriir',
  phone: 'Wicitaan taleefan',
  whatsapp: 'WhatsApp',
  walkIn: 'Imaanshaha saacadda booqashada furan',
  homeVisit: 'Booqasho guriga ah',
  supporter: 'Qofka taageeraya',
  man: 'Waxaan doorbidaa nin',
  woman: 'Waxaan doorbidaa naag',
  anyone: 'Waxba kama jiraan',
  deadline: 'Waqtiga kama dambaysta',
  deadlineYes: 'Waxaa jira waqti kama dambays ah',
  deadlineNo: 'Ma jiro waqti kama dambays ah',
  deadlineUnknown: 'Ma garanayo',
  before: 'ugu dambayn',
};
