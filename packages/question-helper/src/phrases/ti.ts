// Machine-assisted translation (not yet reviewed by a native speaker).
import type { Phrases } from './types.js';

export const phrases: Phrases = {
  title: 'ሕቶ ሓገዘይ',
  domains: 'ብዛዕባ እንታይ እዩ',
  statements: 'እንታይ ይኸውን ኣሎ',
  ownWords: 'ብናተይ ቃላት',
  notTranslated: 'ኣይተተርጎመን',
  help: 'ብኸመይ ክሕገዝ እደሊ',
  language: 'ቋንቋይ',
  interpreter: 'ተርጓሚ እደሊ።',
  keyPerson: 'ካብ ናተይ ማሕበረሰብ ዝኾነ ተኣማኒ ሰብ እደሊ።',
  noInterpreter: 'ተርጓሚ ኣየድልየንን',
  contact: 'ርክብ',
  phone: 'ብተሌፎን ምድዋል',
  whatsapp: 'WhatsApp',
  walkIn: 'ብዘይ ቆጸራ ኣብ ሰዓት ምቕባል ምምጻእ',
  homeVisit: 'ናብ ገዛ ምብጻሕ',
  supporter: 'ሓጋዚ',
  man: 'ይሓይሽ ሰብኣይ',
  woman: 'ይሓይሽ ሰበይቲ',
  anyone: 'ኣየገድስን',
  deadline: 'ናይ መወዳእታ ዕለት',
  deadlineYes: 'ናይ መወዳእታ ዕለት ኣሎ',
  deadlineNo: 'ናይ መወዳእታ ዕለት የለን',
  deadlineUnknown: 'ኣይፈልጥን',
  before: 'ቅድሚ',
};
