// Machine-assisted translation (not yet reviewed by a native speaker).
import type { Phrases } from './types.js';

export const phrases: Phrases = {
  title: 'درخواست کمک من',
  domains: 'موضوع چیست',
  statements: 'چه اتفاقی افتاده است',
  ownWords: 'با کلمات خودم',
  notTranslated: 'ترجمه نشده',
  help: 'چگونه می‌خواهم کمک بگیرم',
  language: 'زبان من',
  interpreter: 'مترجم می‌خواهم.',
  keyPerson: 'یک فرد مورد اعتماد از جامعهٔ خودم می‌خواهم.',
  noInterpreter: 'به مترجم نیازی نیست',
  contact: 'تماس',
  phone: 'تماس تلفنی',
  whatsapp: 'واتس‌اپ',
  walkIn: 'آمدن در ساعت مراجعهٔ آزاد',
  homeVisit: 'ملاقات در خانه',
  supporter: 'فرد همراه',
  man: 'ترجیحاً یک مرد',
  woman: 'ترجیحاً یک زن',
  anyone: 'فرقی نمی‌کند',
  deadline: 'مهلت',
  deadlineYes: 'مهلتی وجود دارد',
  deadlineNo: 'مهلتی وجود ندارد',
  deadlineUnknown: 'نمی‌دانم',
  before: 'حداکثر تا',
};
