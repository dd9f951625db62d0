// Machine-assisted translation (not yet reviewed by a native speaker).
import type { Phrases } from './types.js';

export const phrases: Phrases = {
  title: 'سؤالي لطلب المساعدة',
  domains: 'الموضوع',
  statements: 'ما الذي يحدث',
  ownWords: 'بكلماتي الخاصة',
  notTranslated: 'غير مترجم',
  help: 'كيف أريد أن أحصل على المساعدة',
  language: 'لغتي',
  interpreter: 'أرغب في مترجم.',
  keyPerson: 'أرغب في شخص موثوق من جاليتي.',
  noInterpreter: 'لا حاجة إلى مترجم',
  contact: 'التواصل',
  phone: 'مكالمة هاتفية',
  whatsapp: 'واتساب',
  walkIn: 'الحضور في ساعة الاستقبال المفتوحة',
  homeVisit: 'زيارة منزلية',
  supporter: 'الشخص المساعد',
  man: 'أفضّل رجلًا',
  woman: 'أفضّل امرأة',
  anyone: 'لا يهم',
  deadline: 'الموعد النهائي',
  deadlineYes: 'يوجد موعد نهائي',
  deadlineNo: 'لا يوجد موعد نهائي',
  deadlineUnknown: 'لا أعرف',
  before: 'قبل',
};
