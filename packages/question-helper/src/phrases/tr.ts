// Machine-assisted translation (not yet reviewed by a native speaker).
import type { Phrases } from './types.js';

export const phrases: Phrases = {
  title: 'Yardım sorum',
  domains: 'Konu',
  statements: 'Neler oluyor',
  ownWords: 'Kendi sözlerimle',
  notTranslated: 'çevrilmedi',
  help: 'Nasıl yardım almak istiyorum',
  language: 'Dilim',
  interpreter: 'Tercüman istiyorum.',
  keyPerson: 'Kendi topluluğumdan bir güven kişisi istiyorum.',
  noInterpreter: 'Tercüman gerekmiyor',
  contact: 'İletişim',
  phone: 'Telefonla arama',
  whatsapp: 'WhatsApp',
  walkIn: 'Açık danışma saatinde uğramak',
  homeVisit: 'Ev ziyareti',
  supporter: 'Destek veren kişi',
  man: 'Tercihen bir erkek',
  woman: 'Tercihen bir kadın',
  anyone: 'Fark etmez',
  deadline: 'Son tarih',
  deadlineYes: 'Bir son tarih var',
  deadlineNo: 'Son tarih yok',
  deadlineUnknown: 'Bilmiyorum',
  before: 'en geç',
};
