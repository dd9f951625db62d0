import { CHECK_TABLE, problemMessage, useCheckMessages } from '@wegwijs/core/check';

// The checker words every problem (widgets load this table only when there is one).
useCheckMessages(CHECK_TABLE);

/**
 * Human messages for problem codes, in Dutch (default, for editors) and English.
 * Plain ES module. `{name}` is replaced by the parameter of that name.
 */

/** @type {Record<'nl' | 'en', Record<string, string>>} */
export const MESSAGES = {
  nl: {
    'file-unreadable': 'Het bestand kan niet worden gelezen.',
    'markup-no-widget':
      'Geen Wegwijs-onderdeel gevonden (<wegwijs-…>): niets om te controleren in deze HTML.',
    'markup-dropped': '{where}: niet getoond uit uw HTML: {list}.',
    'json-syntax':
      'Geen geldige JSON op regel {line}, teken {column} (bij "{found}"). Let op komma’s, aanhalingstekens en haakjes.',
    'widget-unknown':
      'Onbekend soort bestand. Zet "$schema" in het bestand of kies het met --widget ({dutchWidgets}).',
    'schema-not-found':
      'Geen schema gevonden voor {widget}. Installeer @wegwijs/{widget} of gebruik --schema.',
    'schema-type': 'verwacht {expected}, gevonden {actual}',
    'schema-required': 'ontbreekt (verplicht)',
    'schema-unknown': 'onbekend veld (tikfout?)',
    'schema-enum': 'deze waarde mag niet; kies uit {allowed}',
    'schema-minLength': 'te kort (minstens {limit} tekens)',
    'schema-maxLength': 'te lang (hoogstens {limit} tekens)',
    'schema-minItems': 'te weinig onderdelen (minstens {limit})',
    'schema-maxItems': 'te veel onderdelen (hoogstens {limit})',
    'schema-minimum': 'te klein (minstens {limit})',
    'schema-maximum': 'te groot (hoogstens {limit})',
    'schema-pattern': 'de vorm klopt niet',
    'schema-format': 'geen geldige {format}',
    'schema-alternatives': 'past bij geen van de toegestane vormen',
    'schema-other': '{detail}',
    'translation-missing': '{count} tekst(en) zonder vertaling',
    'media-missing': 'bestand niet gevonden: {ref}',
    'media-root':
      'niet gecontroleerd: {ref} (begint met "/"; geef de map van de website met --root)',
    'caption-format': 'ondertitels moeten een .vtt-bestand zijn (WebVTT), niet .{extension}',
    'vtt-no-cues': 'het bestand heeft geen ondertitels',
    'readability-above-b1':
      'moeilijker dan B1: Flesch-Douma {fleschDouma}, Brouwer {brouwer} ({words} woorden, {wordsPerSentence} woorden per zin, {syllablesPerWord} lettergrepen per woord)',
    'readability-long-sentence': 'lange zin ({words} woorden): "{excerpt}"',
    'readability-words':
      'moeilijke woorden ({count} van {words}): begrippen uit de woordenlijst: {terms}; lange woorden: {longWords}',
    'csv-empty': 'Het bestand is leeg.',
    'csv-no-rows': 'Er staan geen contacten onder de kopregel.',
    'csv-missing-column': 'kolom "{column}" ontbreekt (verplicht)',
    'csv-no-channel-column': 'geen kolom om contact op te nemen; maak minstens één van: {columns}',
    'csv-unknown-column': 'onbekende kolom "{column}" (tikfout?)',
    'csv-empty-column': 'kolom {index} heeft geen naam',
    'csv-duplicate-column': 'kolom "{column}" staat er twee keer in',
    'csv-quotes': 'rij {row}: aanhalingstekens kloppen niet ({detail})',
    'csv-too-many-fields':
      'rij {row}: {found} cellen, de kopregel heeft er {expected} (staat er een ; of , te veel, zonder aanhalingstekens?)',
    'csv-too-few-fields': 'rij {row}: {found} cellen, de kopregel heeft er {expected}',
    'csv-missing-value': 'rij {row}: "{column}" is leeg',
    'csv-no-channel': 'rij {row}: geen telefoon, e-mail, WhatsApp of website',
    'csv-bad-email': 'rij {row}: "{value}" lijkt geen e-mailadres',
    'csv-bad-phone': 'rij {row}: "{value}" in "{column}" lijkt geen telefoonnummer',
  },
  en: {
    'file-unreadable': 'The file cannot be read.',
    'markup-no-widget': 'No Wegwijs element found (<wegwijs-…>): nothing to check in this HTML.',
    'markup-dropped':
      '{where}: not shown from your HTML: {list}. Allowed are text, headings, lists, tables and links to http(s), tel: and mailto: (see docs/embedding.md).',
    'json-syntax':
      'Not valid JSON at line {line}, column {column} (at "{found}"). Check commas, quotes and brackets.',
    'widget-unknown':
      'Unknown kind of file. Add "$schema" to the file or choose with --widget ({widgets}).',
    'schema-not-found': 'No schema found for {widget}. Install @wegwijs/{widget} or use --schema.',
    'schema-type': 'expected {expected}, got {actual}',
    'schema-required': 'missing (required)',
    'schema-unknown': 'unknown property (typo?)',
    'schema-enum': 'value not allowed; choose from {allowed}',
    'schema-minLength': 'too short (at least {limit} characters)',
    'schema-maxLength': 'too long (at most {limit} characters)',
    'schema-minItems': 'too few items (at least {limit})',
    'schema-maxItems': 'too many items (at most {limit})',
    'schema-minimum': 'too small (at least {limit})',
    'schema-maximum': 'too large (at most {limit})',
    'schema-pattern': 'wrong form',
    'schema-format': 'not a valid {format}',
    'schema-alternatives': 'matches none of the allowed forms',
    'schema-other': '{detail}',
    'translation-missing': '{count} text(s) without a translation',
    'media-missing': 'file not found: {ref}',
    'media-root': 'not checked: {ref} (starts with "/"; give the website folder with --root)',
    'caption-format': 'captions must be a .vtt file (WebVTT), not .{extension}',
    'vtt-no-cues': 'the file has no cues',
    'readability-above-b1':
      'harder than B1: Flesch-Douma {fleschDouma}, Brouwer {brouwer} ({words} words, {wordsPerSentence} words per sentence, {syllablesPerWord} syllables per word)',
    'readability-long-sentence': 'long sentence ({words} words): "{excerpt}"',
    'readability-words':
      'hard words ({count} of {words}): glossary terms: {terms}; long words: {longWords}',
    'csv-empty': 'The file is empty.',
    'csv-no-rows': 'There are no contacts below the header row.',
    'csv-missing-column': 'column "{column}" is missing (required)',
    'csv-no-channel-column': 'no contact column; add at least one of: {columns}',
    'csv-unknown-column': 'unknown column "{column}" (typo?)',
    'csv-empty-column': 'column {index} has no name',
    'csv-duplicate-column': 'column "{column}" appears twice',
    'csv-quotes': 'row {row}: quotes do not match ({detail})',
    'csv-too-many-fields':
      'row {row}: {found} cells, the header has {expected} (an unquoted ; or , too many?)',
    'csv-too-few-fields': 'row {row}: {found} cells, the header has {expected}',
    'csv-missing-value': 'row {row}: "{column}" is empty',
    'csv-no-channel': 'row {row}: no phone, email, WhatsApp or website',
    'csv-bad-email': 'row {row}: "{value}" does not look like an email address',
    'csv-bad-phone': 'row {row}: "{value}" in "{column}" does not look like a phone number',
  },
};

/** JSON type names as editors know them. */
export const TYPE_NAMES = {
  nl: {
    string: 'tekst',
    number: 'getal',
    integer: 'getal',
    object: 'object { }',
    array: 'lijst [ ]',
    boolean: 'true/false',
    null: 'null',
  },
  en: {
    string: 'text',
    number: 'number',
    integer: 'number',
    object: 'object { }',
    array: 'list [ ]',
    boolean: 'true/false',
    null: 'null',
  },
};

/**
 * @param {string} types comma-separated JSON types ("string, object")
 * @param {'nl' | 'en'} lang
 */
export function typeNames(types, lang = 'nl') {
  const names = /** @type {Record<string, string>} */ (TYPE_NAMES[lang]);
  const list = [...new Set(types.split(/,\s*/).map((t) => names[t] ?? t))];
  return list.join(lang === 'nl' ? ' of ' : ' or ');
}

/** Labels for the human report. */
export const LABELS = {
  nl: {
    title: 'wegwijs check',
    parse: 'Bestand lezen',
    schema: 'Schema',
    profile: 'Gemeenteprofiel ({{telefoon}} …)',
    csv: 'Contactenlijst (CSV)',
    markup: 'HTML van de widgets',
    translations: 'Vertalingen',
    media: 'Media en bestanden',
    captions: 'Ondertitels (WebVTT)',
    readability: 'Leesbaarheid (Nederlands)',
    ok: 'in orde',
    skipped: 'overgeslagen',
    errors: '{count} fout(en)',
    warnings: '{count} waarschuwing(en)',
    widget: 'soort: {widget}',
    languages: 'talen: {languages}',
    missingFor: '{lang} ontbreekt ({count}):',
    files: '{count} bestand(en) gecontroleerd',
    mediaCount: '{count} bestand(en) gevonden',
    captionCount: '{count} ondertitelbestand(en), {cues} ondertitels',
    rows: '{rows} rij(en), {contacts} contact(en) voor bewoners',
    total:
      'hele bestand: Flesch-Douma {fleschDouma}, Brouwer {brouwer}, {wordsPerSentence} woorden per zin — {verdict}',
    verdictB1: 'B1 of makkelijker',
    verdictAbove: 'moeilijker dan B1',
    verdictShort: 'te kort voor een oordeel',
    summaryOk: 'Alles in orde.',
    summary: 'Samen: {errors}, {warnings}.',
    strict: '(--strict: waarschuwingen tellen als fout)',
    help: 'Uitleg: docs/checker.nl.md',
  },
  en: {
    title: 'wegwijs check',
    parse: 'Reading the file',
    schema: 'Schema',
    profile: 'Municipality profile ({{telefoon}} …)',
    csv: 'Contact list (CSV)',
    markup: 'Widget markup',
    translations: 'Translations',
    media: 'Media and files',
    captions: 'Captions (WebVTT)',
    readability: 'Readability (Dutch)',
    ok: 'fine',
    skipped: 'skipped',
    errors: '{count} error(s)',
    warnings: '{count} warning(s)',
    widget: 'kind: {widget}',
    languages: 'languages: {languages}',
    missingFor: '{lang} missing ({count}):',
    files: '{count} file(s) checked',
    mediaCount: '{count} file(s) found',
    captionCount: '{count} caption file(s), {cues} cues',
    rows: '{rows} row(s), {contacts} contact(s) for residents',
    total:
      'whole file: Flesch-Douma {fleschDouma}, Brouwer {brouwer}, {wordsPerSentence} words per sentence — {verdict}',
    verdictB1: 'B1 or easier',
    verdictAbove: 'harder than B1',
    verdictShort: 'too short to judge',
    summaryOk: 'All fine.',
    summary: 'Total: {errors}, {warnings}.',
    strict: '(--strict: warnings count as errors)',
    help: 'Help: docs/checker.nl.md',
  },
};

/**
 * @param {string} template
 * @param {Record<string, unknown>} params
 */
export function fill(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * @param {string} code
 * @param {Record<string, unknown>} params
 * @param {'nl' | 'en'} lang
 */
export function message(code, params, lang = 'nl') {
  // Codes of the widgets' checks (schema-*, profile-*, vtt-*…) are worded by @wegwijs/core/check.
  if (code.startsWith('vtt-') && code !== 'vtt-no-cues') {
    return `${lang === 'nl' ? 'regel' : 'line'} ${params.line}: ${problemMessage(code, params, lang)}`;
  }
  if (!(code in MESSAGES.en)) return problemMessage(code, params, lang);
  const template = MESSAGES[lang][code] ?? MESSAGES.en[code] ?? code;
  if (code === 'schema-type') {
    return fill(template, {
      expected: typeNames(String(params.expected), lang),
      actual: typeNames(String(params.actual), lang),
    });
  }
  return fill(template, params);
}
