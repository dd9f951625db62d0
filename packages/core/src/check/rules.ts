/**
 * Building blocks for content schemas that convert to JSON Schema (2020-12) one to one: every
 * rule is a type, a regex, a length or a range, so the generated schema file rejects what the
 * check rejects. A message is a problem code (see messages.ts), worded per language later.
 */
import * as v from 'valibot';

import { LANGUAGE_CODE } from './language-code.js';

export { LANGUAGE_CODE };

export const languageCode = v.pipe(
  v.string(),
  v.regex(LANGUAGE_CODE, 'schema-language'),
  v.description('Taalcode, zoals "nl", "ar", "tr" of "pt-BR".'),
);

/**
 * A recording: one address, or one per language (`{ "fa": "audio/fa/step.mp3" }`). Addresses, not
 * text for residents: a language without a recording is no missing translation (the device voice
 * reads the text), so the checker's translation and readability checks skip it.
 */
export const audioSchema = v.pipe(
  v.union([
    v.string(),
    v.pipe(v.record(languageCode, v.string()), v.minEntries(1, 'schema-minProperties')),
  ]),
  v.description(
    'Geluidsbestand: één adres, of een adres per taal, zoals { "fa": "audio/fa/stap.mp3" }. Een taal zonder opname leest de stem van het apparaat voor.',
  ),
);

/**
 * A text for residents: one string (in the file's language, Dutch unless `lang` says otherwise)
 * or one string per language. Not a `v.custom`: that converts to an empty JSON Schema.
 */
export const textSchema = v.pipe(
  v.union([
    v.string(),
    v.pipe(v.record(languageCode, v.string()), v.minEntries(1, 'schema-minProperties')),
  ]),
  v.description(
    'Tekst voor bewoners: één tekst, of een tekst per taal: { "nl": "…", "ar": "…" }. Mag {{telefoon}}, {{adres}}, {{inlooptijden}}, {{website}}, {{whatsapp}}, {{contactpagina}} of {{reactietijd}} bevatten: die komen uit het gemeenteprofiel.',
  ),
);

/** A string with at least one visible character: an empty text is an error (`text-empty`). */
const filledString = v.pipe(v.string(), v.regex(/\S/, 'text-empty'));

/**
 * A text for residents that must not be empty, in any of its languages (a blank label or
 * statement): the JSON Schema holds the same rule (`pattern: "\\S"`). The check's text walks
 * (translations, readability) treat it as a text, like `textSchema`.
 */
export const filledTextSchema = v.pipe(
  v.union([
    filledString,
    v.pipe(v.record(languageCode, filledString), v.minEntries(1, 'schema-minProperties')),
  ]),
  v.description(
    'Tekst voor bewoners, niet leeg (ook niet in één van de talen): één tekst, of een tekst per taal: { "nl": "…", "ar": "…" }. Mag {{telefoon}} en andere velden uit het gemeenteprofiel bevatten.',
  ),
);

/** Separators people type inside phone numbers. */
const S = '[ ()./-]*';
const digits = (count: string) => `(?:\\d${S})${count}`;
/**
 * A Dutch phone number as people write it (spaces, dashes, brackets allowed), by digit count:
 * 0 + 9 digits (020 123 4567, 06 12345678), +31/0031/31 + 9 digits (also "+31 (0)20 …"),
 * 14 + area code (14 020, 14 0592), 0800/0900/0906/0909 + 4–7 digits, 112, 113, or a foreign
 * number +country + 7–15 digits. "06-1234" has too few digits and fails. A profile field
 * ({{telefoon}}) is allowed too: the municipality profile fills it.
 */
export const DUTCH_PHONE = new RegExp(
  `^${S}(?:` +
    [
      `0${S}[1-9]${S}${digits('{8}')}`,
      // +31, 0031, or 31 as in a wa.me/31… link
      `(?:\\+${S}|0${S}0${S})?3${S}1${S}(?:\\(0\\)${S})?[1-9]${S}${digits('{8}')}`,
      `1${S}4${S}0${S}${digits('{2,3}')}`,
      `0${S}(?:8${S}0${S}0|9${S}0${S}[069])${S}${digits('{4,7}')}`,
      `1${S}1${S}[23]${S}`,
      `\\+${S}(?!3${S}1)[1-9]${S}${digits('{6,14}')}`,
      `\\{\\{[a-z]+\\}\\}`,
    ].join('|') +
    ')$',
);

export const phoneSchema = v.pipe(
  v.string(),
  v.regex(DUTCH_PHONE, 'schema-phone'),
  v.description(
    'Telefoonnummer zoals bewoners het intypen, bijvoorbeeld "020 123 4567", "06 12345678", "14 020" of "+31 20 123 4567"; of {{telefoon}} uit het gemeenteprofiel.',
  ),
);

/** Does this look like a Dutch (or international) phone number? */
export function isPhoneNumber(value: string): boolean {
  return DUTCH_PHONE.test(value) && !/^\{\{/.test(value);
}

/** YYYY-MM-DD by shape; whether the day exists is checked separately (see `realDate`). */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const idSchema = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'schema-id'));

/** A string that must not be empty. */
export const nonEmptyString = v.pipe(v.string(), v.minLength(1, 'schema-minLength'));

/** A simple e-mail rule that JSON Schema can hold as a pattern (format "email" is optional there). */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const emailSchema = v.pipe(v.string(), v.regex(EMAIL, 'schema-email'));
