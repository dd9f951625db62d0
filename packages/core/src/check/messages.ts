/**
 * Every message a content check can give, in Dutch (for editors, the default) and English
 * (for developers, on request). `{name}` is replaced by the parameter of that name.
 * Widget-specific rules have codes of their own (`video-one-source`); keep both languages.
 */
export type CheckLang = 'nl' | 'en';

export const MESSAGES: Record<CheckLang, Record<string, string>> = {
  nl: {
    'json-syntax':
      'Geen geldige JSON op regel {line}, teken {column}. Let op komma’s, aanhalingstekens en haakjes.',
    'schema-type': 'verwacht {expected}, gevonden {actual}',
    'schema-required': 'ontbreekt (verplicht)',
    'schema-unknown': 'onbekend veld (tikfout?)',
    'schema-enum': 'deze waarde mag niet; kies uit {allowed}',
    'schema-minLength': 'te kort (minstens {limit} teken(s))',
    'schema-minItems': 'te weinig onderdelen (minstens {limit})',
    'schema-minProperties': 'leeg: geef minstens één taal, zoals { "nl": "…" }',
    'schema-minimum': 'te klein (minstens {limit})',
    'schema-maximum': 'te groot (hoogstens {limit})',
    'schema-pattern': 'de vorm klopt niet',
    'schema-email': 'geen geldig e-mailadres',
    'schema-language': 'geen taalcode zoals "nl" of "ar"',
    'schema-date': 'geen datum als JJJJ-MM-DD (bijvoorbeeld 2027-03-01)',
    'schema-real-date': 'deze datum bestaat niet',
    'schema-time': 'geen tijd zoals 09:00',
    'schema-id': 'gebruik alleen letters, cijfers, - of _ (hoogstens 64)',
    'schema-phone':
      'geen geldig Nederlands telefoonnummer (10 cijfers zoals 020 123 4567 of 06 12345678, 14 + netnummer, 0800/0900, of +31…)',
    'schema-days': 'geen dagen zoals "MO,TU" of "MO-FR"',
    'schema-alternatives': 'past bij geen van de toegestane vormen',
    'video-one-source': 'geef precies één van "sources", "youtube" of "vimeo"',
    'video-youtube': 'geen YouTube-video-id (11 tekens)',
    'video-vimeo': 'geen Vimeo-video-id (alleen cijfers)',
    'video-type': 'geen videotype zoals "video/mp4"',
    'video-lang-twice': 'elke taal mag maar één versie hebben',
    'video-versions':
      'verwacht een lijst met versies, elk met "lang" en "sources", "youtube" of "vimeo"',
    'video-address': '"{value}" is geen http(s)-adres en wordt overgeslagen',
    'video-poster-service':
      '"{value}" staat bij een videodienst: zet het voorplaatje op uw eigen website',
    'letter-deadline-empty':
      'geef een datum, of dagen, weken of maanden na de datum van de brief, of auto: true',
    'letter-answer-empty': 'het antwoord is leeg: schrijf het antwoord voor bewoners',
    'letter-mark-unknown':
      'geen uitleg en geen woord uit de woordenlijst voor "{key}": getoond als gewone tekst',
    'markup-depth':
      'niet getoond uit uw HTML: opmaak dieper dan {limit} lagen ({count}×); alleen de tekst ervan staat er nog',
    'markup-width':
      'niet getoond uit uw HTML: {removed} elementen na de eerste {limit} op één plek ({count}×); er staat nu … op die plek',
    'csv-no-name-column': 'Het CSV-bestand heeft geen kopregel met een kolom "naam"',
    'csv-row-skipped': 'rij {row} overgeslagen: {problem}',
    'contact-list': 'verwacht een lijst met contacten',
    'contact-skipped': '{contact} overgeslagen: {problem}',
    'contact-neighbourhoods': 'verwacht wijknamen met lijsten van postcodes',
    'contact-holidays': 'verwacht een lijst met datums zoals 2027-12-24',
    'contact-none': 'Geen bruikbare contacten: elk contact is overgeslagen',
    'csv-empty': 'Het bestand is leeg.',
    'csv-no-rows': 'Er staan geen contacten onder de kopregel.',
    'csv-missing-column': 'kolom "{column}" ontbreekt (verplicht; ook goed: {aliases})',
    'csv-unknown-column': 'onbekende kolom "{column}" (tikfout?); de widget slaat die over',
    'csv-duplicate-column': 'kolom "{column}" staat er twee keer in',
    'csv-cells':
      '{found} cellen, de kopregel heeft er {expected} (staat er een ; of , te veel, zonder aanhalingstekens?)',
    'csv-quotes': 'aanhalingstekens kloppen niet',
    'csv-no-channel': 'geen telefoon, WhatsApp, e-mail of website',
    'vtt-header': 'het bestand moet beginnen met de regel "WEBVTT" (gevonden: "{a}")',
    'vtt-timing': 'verwacht een tijdregel zoals "00:00:01.000 --> 00:00:04.000" (na "{a}")',
    'vtt-malformed':
      'tijdregel "{a}" klopt niet: gebruik uu:mm:ss.ttt of mm:ss.ttt (een punt en drie cijfers voor de milliseconden)',
    'vtt-ends': 'de ondertitel eindigt ({b}) vóór of op het moment dat hij begint ({a})',
    'vtt-order': 'de ondertitel begint ({a}) vóór de ondertitel erboven',
    'vtt-duplicate': 'de naam "{a}" wordt voor twee ondertitels gebruikt',
    'vtt-empty': 'de ondertitel heeft geen tekst',
    'vtt-separator':
      'hier begint een nieuwe ondertitel zonder lege regel ervoor: zet een lege regel tussen twee ondertitels',
    'profile-missing':
      '{{{field}}} is niet ingevuld: geef "{field}" in het gemeenteprofiel (bewoners zien de zin of knop anders niet)',
    'profile-unknown': '{{{field}}} bestaat niet in het gemeenteprofiel (kies uit {allowed})',
    'placeholder-left': 'er staat nog een invulplek "{placeholder}" in de tekst',
    'question-domain-skipped': '{problem} (levensgebied overgeslagen)',
    'question-statement-skipped': '{problem} (uitspraak overgeslagen)',
    'question-domain-twice':
      'de naam "{id}" staat al bij een ander levensgebied (levensgebied overgeslagen)',
    'question-statement-twice':
      'de naam "{id}" staat al bij een andere uitspraak (uitspraak overgeslagen)',
    'question-topic': 'geen onderwerp van de contactzoeker; kies uit {allowed} (weggelaten)',
    'question-link': 'geen http(s)-adres (weggelaten)',
    'question-no-domain': 'geen bruikbaar levensgebied',
    'question-heading': 'het levensgebied heeft geen kop (h2–h6) (levensgebied overgeslagen)',
    'question-no-heading': 'geen levensgebied met een kop (h2–h6)',
    'question-template':
      'template lang="{lang}": {found} levensgebieden, de lijst heeft er {count}',
    'pictogram-unknown': 'pictogram "{name}" is geen ingebouwd pictogram (er staat een leeg vlak)',
    'contact-area':
      'werkgebied "{area}" ({name}) is geen postcode en staat niet in "neighbourhoods"; bewoners vinden dit contact niet op postcode',
    'content-address': 'src "{src}" is geen geldig adres',
    'content-http':
      'src "{src}" gaf antwoord {status} (staat het bestand er, en mag deze pagina het lezen?)',
    'content-timeout': 'src "{src}" gaf binnen {seconds} s geen antwoord',
    'content-network': 'src "{src}" kon niet worden geladen (netwerk, of staat CORS het niet toe?)',
    'content-too-large': 'src "{src}" is groter dan {mb} MB',
    'content-empty': '{origin} is leeg',
    'content-json':
      '{origin}: geen geldige JSON op regel {line}, teken {column}. Let op komma’s, aanhalingstekens en haakjes.',
    'content-none': 'Geen inhoud: geef een src, een inline JSON-script of de markup van de widget',
    'heading-level':
      'heading-level: verwacht {min} tot {max}, gevonden "{value}" ({used} gebruikt)',
    'question-unloaded': 'een deel van de vraaghulp kon niet worden geladen (netwerk?)',
    'step-heading': 'de stap heeft geen kop (h2–h6) (stap overgeslagen)',
    'step-template': 'template lang="{lang}": {found} stappen, de lijst heeft er {count}',
    'video-unplayable':
      'geen van de videobestanden kan in deze browser worden afgespeeld ({types})',
    'video-failed': 'de video "{src}" kon niet worden afgespeeld',
    'video-failed-http':
      'de video "{src}" kon niet worden afgespeeld: de server gaf antwoord {status} (staat het bestand er, en mag deze pagina het lezen?)',
    'video-failed-aborted':
      'de video "{src}" kon niet worden afgespeeld: het laden werd afgebroken',
    'video-failed-network':
      'de video "{src}" kon niet worden afgespeeld: het netwerk viel weg tijdens het laden',
    'video-failed-decode':
      'de video "{src}" kon niet worden afgespeeld: het bestand is beschadigd of gebruikt een codering die deze browser niet kent',
    'video-failed-unsupported':
      'de video "{src}" kon niet worden afgespeeld: het bestand is er niet, of deze browser kan dit soort bestand niet afspelen',
    'step-unloaded': 'een deel van het stappenplan kon niet worden geladen (netwerk?)',
    'step-no-heading': 'geen stap met een kop (h2–h6)',
    'step-none': 'geen bruikbare stap',
    'step-href': 'geen https-, tel:- of mailto:-adres (weggelaten)',
    'step-phone': 'geen telefoonnummer (weggelaten)',
    'step-action-label': 'een link heeft woorden nodig',
    'step-pictogram-src': 'geen https-adres (er staat een leeg vlak)',
    'step-pictogram-alt': 'geen alt-tekst: de afbeelding is versiering',
    'text-empty': 'de tekst is leeg: schrijf de tekst voor bewoners',
    'languages-ignored':
      'overgeslagen wat geen taalcode is in "{value}" (gebruik bijvoorbeeld "nl ar tr")',
    'content-check-failed': 'de inhoud kon niet worden gecontroleerd ({error})',
    // What a widget did about a problem, after its message in the preview notice.
    'note-ignored': '(genegeerd)',
    'note-step-skipped': '(stap overgeslagen)',
    'note-domain-skipped': '(levensgebied overgeslagen)',
    'note-statement-skipped': '(uitspraak overgeslagen)',
    'note-contact-skipped': '(contact overgeslagen)',
    'note-repaired': '(hersteld)',
    'note-left-out': '(weggelaten)',
  },
  en: {
    'json-syntax':
      'Not valid JSON at line {line}, column {column}. Check commas, quotes and brackets.',
    'schema-type': 'expected {expected}, got {actual}',
    'schema-required': 'missing (required)',
    'schema-unknown': 'unknown property (typo?)',
    'schema-enum': 'value not allowed; choose from {allowed}',
    'schema-minLength': 'too short (at least {limit} character(s))',
    'schema-minItems': 'too few items (at least {limit})',
    'schema-minProperties': 'empty: give at least one language, such as { "nl": "…" }',
    'schema-minimum': 'too small (at least {limit})',
    'schema-maximum': 'too large (at most {limit})',
    'schema-pattern': 'wrong form',
    'schema-email': 'not a valid e-mail address',
    'schema-language': 'not a language code such as "nl" or "ar"',
    'schema-date': 'not a date as YYYY-MM-DD (e.g. 2027-03-01)',
    'schema-real-date': 'this date does not exist',
    'schema-time': 'not a time like 09:00',
    'schema-id': 'use only letters, digits, - or _ (at most 64)',
    'schema-phone':
      'not a valid Dutch phone number (10 digits such as 020 123 4567 or 06 12345678, 14 + area code, 0800/0900, or +31…)',
    'schema-days': 'not days like "MO,TU" or "MO-FR"',
    'schema-alternatives': 'matches none of the allowed forms',
    'video-one-source': 'give exactly one of "sources", "youtube" or "vimeo"',
    'video-youtube': 'not a YouTube video id (11 characters)',
    'video-vimeo': 'not a Vimeo video id (digits only)',
    'video-type': 'not a video type such as "video/mp4"',
    'video-lang-twice': 'each language may have one version only',
    'video-versions':
      'expected a list of versions, each with "lang" and "sources", "youtube" or "vimeo"',
    'video-address': '"{value}" is not an http(s) address and is skipped',
    'video-poster-service': '"{value}" is on a video service: put the poster on your own website',
    'letter-deadline-empty':
      'give a date, or days, weeks or months after the letter date, or auto: true',
    'letter-answer-empty': 'the answer is empty: write the answer for residents',
    'letter-mark-unknown': 'no explanation or glossary term "{key}"; shown as plain text',
    'markup-depth':
      'not shown from your HTML: markup deeper than {limit} levels ({count}×); only its text remains',
    'markup-width':
      'not shown from your HTML: {removed} elements after the first {limit} in one place ({count}×); an ellipsis (…) stands there now',
    'csv-no-name-column': 'The CSV file has no header row with a column "naam" (name)',
    'csv-row-skipped': 'row {row} skipped: {problem}',
    'contact-list': 'expected a list of contacts',
    'contact-skipped': '{contact} skipped: {problem}',
    'contact-neighbourhoods': 'expected neighbourhood names with lists of postcodes',
    'contact-holidays': 'expected a list of dates such as 2027-12-24',
    'contact-none': 'No usable contacts: every contact was skipped',
    'csv-empty': 'The file is empty.',
    'csv-no-rows': 'There are no contacts below the header row.',
    'csv-missing-column': 'column "{column}" is missing (required; also fine: {aliases})',
    'csv-unknown-column': 'unknown column "{column}" (typo?); the widget ignores it',
    'csv-duplicate-column': 'column "{column}" appears twice',
    'csv-cells': '{found} cells, the header has {expected} (an unquoted ; or , too many?)',
    'csv-quotes': 'quotes do not match',
    'csv-no-channel': 'no phone, WhatsApp, e-mail or website',
    'vtt-header': 'the file must start with the line "WEBVTT" (found: "{a}")',
    'vtt-timing': 'expected a timing line such as "00:00:01.000 --> 00:00:04.000" (after "{a}")',
    'vtt-malformed':
      'malformed timing "{a}": use hh:mm:ss.ttt or mm:ss.ttt (a full stop and three digits for the milliseconds)',
    'vtt-ends': 'the cue ends ({b}) before or when it starts ({a})',
    'vtt-order': 'the cue starts ({a}) before the cue above it',
    'vtt-duplicate': 'the cue identifier "{a}" is used twice',
    'vtt-empty': 'the cue has no text',
    'vtt-separator':
      'a new cue starts here without a blank line before it: put a blank line between two cues',
    'profile-missing':
      '{{{field}}} is not filled in: give "{field}" in the municipality profile (otherwise residents do not see the sentence or button)',
    'profile-unknown': '{{{field}}} is not a profile field (choose from {allowed})',
    'placeholder-left': 'the text still holds a placeholder "{placeholder}"',
    'question-domain-skipped': '{problem} (domain skipped)',
    'question-statement-skipped': '{problem} (statement skipped)',
    'question-domain-twice': 'the id "{id}" is used by another domain (domain skipped)',
    'question-statement-twice': 'the id "{id}" is used by another statement (statement skipped)',
    'question-topic': 'not a contact finder topic; choose from {allowed} (left out)',
    'question-link': 'not an http(s) address (left out)',
    'question-no-domain': 'no usable domain',
    'question-heading': 'the domain has no heading (h2–h6) (domain skipped)',
    'question-no-heading': 'no domain with a heading (h2–h6)',
    'question-template': 'template lang="{lang}": {found} domains, the list has {count}',
    'pictogram-unknown': 'pictogram "{name}" is not a built-in pictogram (a placeholder is shown)',
    'contact-area':
      'service area "{area}" ({name}) is not a postcode and not in "neighbourhoods"; residents do not find this contact by postcode',
    'content-address': 'src "{src}" is not a valid address',
    'content-http': 'src "{src}" answered {status} (is the file there, and may this page read it?)',
    'content-timeout': 'src "{src}" did not answer within {seconds} s',
    'content-network': 'src "{src}" could not be loaded (network, or does CORS forbid it?)',
    'content-too-large': 'src "{src}" is larger than {mb} MB',
    'content-empty': '{origin} is empty',
    'content-json':
      '{origin}: not valid JSON at line {line}, column {column}. Check commas, quotes and brackets.',
    'content-none': 'No content: give a src, an inline JSON script, or the markup of the widget',
    'heading-level': 'heading-level: expected {min} to {max}, got "{value}" ({used} used)',
    'question-unloaded': 'a part of the question helper could not be loaded (network?)',
    'step-heading': 'expected a heading (h2–h6) in the step, got nothing (step skipped)',
    'step-template': 'template lang="{lang}": has {found} steps, the list has {count}',
    'video-unplayable': 'none of the video files can be played in this browser ({types})',
    'video-failed': 'the video "{src}" could not be played',
    'video-failed-http':
      'the video "{src}" could not be played: the server answered {status} (is the file there, and may this page read it?)',
    'video-failed-aborted': 'the video "{src}" could not be played: loading was aborted ({detail})',
    'video-failed-network':
      'the video "{src}" could not be played: the network failed while loading ({detail})',
    'video-failed-decode':
      'the video "{src}" could not be played: the file is damaged or uses an encoding this browser does not know ({detail})',
    'video-failed-unsupported':
      'the video "{src}" could not be played: the file is not there, or this browser cannot play this kind of file ({detail})',
    'step-unloaded': 'a part of the step guide could not be loaded (network?)',
    'step-no-heading': 'no step with a heading (h2–h6)',
    'step-none': 'no usable step',
    'step-href': 'not an https:, tel: or mailto: address (left out)',
    'step-phone': 'not a phone number (left out)',
    'step-action-label': 'a link needs words',
    'step-pictogram-src': 'not an https address (a placeholder is shown)',
    'step-pictogram-alt': 'no alt text: the picture is decoration',
    'text-empty': 'the text is empty: write the text for residents',
    'languages-ignored': 'ignored what is not a language code in "{value}" (use e.g. "nl ar tr")',
    'content-check-failed': 'reading the content failed ({error})',
    'note-ignored': '(ignored)',
    'note-step-skipped': '(step skipped)',
    'note-domain-skipped': '(domain skipped)',
    'note-statement-skipped': '(statement skipped)',
    'note-contact-skipped': '(contact skipped)',
    'note-repaired': '(repaired)',
    'note-left-out': '(left out)',
  },
};

/** Names of JSON types in messages (`expected`, `actual`). */
export const TYPE_NAMES: Record<CheckLang, Record<string, string>> = {
  nl: {
    string: 'tekst',
    text: 'tekst of { "nl": "…" }',
    number: 'getal',
    integer: 'heel getal',
    object: 'object { }',
    array: 'lijst [ ]',
    boolean: 'true/false',
    null: 'null',
    nothing: 'niets',
  },
  en: {
    string: 'text',
    text: 'text or { "nl": "…" }',
    number: 'number',
    integer: 'whole number',
    object: 'object { }',
    array: 'list [ ]',
    boolean: 'true/false',
    null: 'null',
    nothing: 'nothing',
  },
};

/** `{name}` in a template replaced by the parameter of that name. */
export function fillMessage(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A code worded from a table: type names and lists of allowed values as editors read them. */
export function wordWith(
  this: { messages: typeof MESSAGES; typeNames: typeof TYPE_NAMES },
  code: string,
  params: Record<string, unknown>,
  lang: CheckLang,
): string {
  const template = this.messages[lang][code] ?? this.messages.en[code];
  if (!template) return code;
  const names = this.typeNames[lang];
  const shown = { ...params };
  for (const key of ['expected', 'actual'] as const) {
    if (typeof shown[key] === 'string') shown[key] = names[shown[key] as string] ?? shown[key];
  }
  if (Array.isArray(shown.allowed)) shown.allowed = shown.allowed.map((a) => `"${a}"`).join(', ');
  return fillMessage(template, shown);
}

/** The table as message-table.ts takes it (`useCheckMessages`). */
export const CHECK_TABLE = {
  messages: MESSAGES,
  typeNames: TYPE_NAMES,
  word(code: string, params: Record<string, unknown>, lang: CheckLang): string {
    return wordWith.call(this, code, params, lang);
  },
};
