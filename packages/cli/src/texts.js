/**
 * Find the texts in a content file and the languages they are in; list missing translations.
 * Plain ES module.
 *
 * A localized text is either an object of language → string (`{ "nl": "…", "ar": "…" }`) or a
 * plain string, which is in the file's default language (top-level `lang`, else Dutch).
 * A plain string counts as a text when its property name is in TEXT_KEYS, or when the same
 * property holds a language object elsewhere in the file (`steps[].title`).
 * Inside an object with its own `lang` (a video version in Arabic, say), plain strings are in
 * that language and are not "missing" other languages: that object is one language by design.
 */
import { formatPath } from './json-path.js';

/** Property names whose string values are texts for residents. Easy to extend. */
export const TEXT_KEYS = new Set([
  'title',
  'subtitle',
  'heading',
  'intro',
  'summary',
  'text',
  'body',
  'description',
  'label',
  'question',
  'answer',
  'explanation',
  'note',
  'hint',
  'action',
  'bring',
  'checklist',
  'items',
  'tips',
]);

/**
 * Property names that hold per-language metadata, not texts (`"review": { "ar": "machine-assisted" }`).
 * Easy to extend.
 */
export const METADATA_KEYS = new Set([
  'review',
  'reviewed',
  'reviewStatus',
  'translationStatus',
  'machineTranslated',
  // A recording per language (`"audio": { "fa": "audio/fa/step-1.mp3" }`): a file, not a text
  // to translate; only the languages a phone has no voice for need one (the media check still
  // checks that each file exists).
  'audio',
]);

/** Language codes we recognise without other evidence (so `{ "id": "x" }` is not a text). */
export const COMMON_LANGUAGES = new Set(
  'nl en ar tr fr pl uk de es pt ro bg so ti fa prs ps ku ckb kmr zh ru it hu sq bs hr sr am ur hi ta pap fy ber zgh tzm he el cs sk lt lv et fi sv da no nb vi th ms tl yo ig ha sw'.split(
    ' ',
  ),
);

const LANG_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const NOT_TEXT =
  /^(?:[a-z][a-z0-9+.-]*:|\/\/|\.{0,2}\/|#)|^[^\s]+\.[a-z0-9]{2,5}$|^[+\d\s()-]{6,}$/i;

/**
 * @typedef {object} FoundText
 * @property {string} path
 * @property {Array<string | number>} segments
 * @property {Record<string, string>} values language → text (empty strings left out)
 * @property {boolean} fixed the text sits in a single-language object (no translations expected)
 * @property {boolean} plain a plain string (not a language object)
 */

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * @param {unknown} value
 * @param {boolean} atTextKey
 * @returns {value is Record<string, string>}
 */
export function isLanguageObject(value, atTextKey = false) {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  if (!keys.length) return false;
  if (!keys.every((k) => LANG_CODE.test(k) && typeof value[k] === 'string')) return false;
  return atTextKey || keys.some((k) => COMMON_LANGUAGES.has(k.split('-')[0] ?? ''));
}

/** @param {Array<string | number>} segments */
const generalize = (segments) => segments.map((s) => (typeof s === 'number' ? '[]' : s)).join('.');

/** @param {Array<string | number>} segments */
const keyOf = (segments) => {
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    if (typeof s === 'string') return s;
  }
  return '';
};

/**
 * @param {unknown} data
 * @returns {{ texts: FoundText[], defaultLang: string }}
 */
export function findTexts(data) {
  const root = isObject(data) ? data : {};
  const rootLang = [root.lang, root.language, root.defaultLang].find((v) => typeof v === 'string');
  const defaultLang = /** @type {string} */ (rootLang ?? 'nl');
  /** @type {Set<string>} */
  const localizedPaths = new Set();
  /** @type {(node: unknown, segments: Array<string | number>, visit: (node: unknown, segments: Array<string | number>, lang: string | null) => boolean, lang: string | null) => void} */
  const walk = (node, segments, visit, lang) => {
    if (visit(node, segments, lang)) return;
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...segments, i], visit, lang));
    else if (isObject(node)) {
      const own = segments.length && typeof (node.lang ?? node.language) === 'string';
      const childLang = own ? /** @type {string} */ (node.lang ?? node.language) : lang;
      for (const [k, child] of Object.entries(node))
        walk(child, [...segments, k], visit, childLang);
    }
  };
  walk(
    data,
    [],
    (node, segments) => {
      if (METADATA_KEYS.has(keyOf(segments))) return true;
      if (isLanguageObject(node, TEXT_KEYS.has(keyOf(segments)))) {
        localizedPaths.add(generalize(segments));
        return true;
      }
      return false;
    },
    null,
  );
  /** @type {FoundText[]} */
  const texts = [];
  walk(
    data,
    [],
    (node, segments, lang) => {
      const key = keyOf(segments);
      if (METADATA_KEYS.has(key)) return true;
      if (isLanguageObject(node, TEXT_KEYS.has(key))) {
        /** @type {Record<string, string>} */
        const values = {};
        for (const [k, v] of Object.entries(node)) if (v.trim()) values[k] = v;
        texts.push({
          path: formatPath(segments),
          segments,
          values,
          fixed: lang !== null,
          plain: false,
        });
        return true;
      }
      if (typeof node === 'string') {
        const isText =
          (TEXT_KEYS.has(key) || localizedPaths.has(generalize(segments))) &&
          node.trim() !== '' &&
          !NOT_TEXT.test(node.trim());
        if (isText) {
          texts.push({
            path: formatPath(segments),
            segments,
            values: { [lang ?? defaultLang]: node },
            fixed: lang !== null,
            plain: true,
          });
        }
        return true;
      }
      return false;
    },
    null,
  );
  return { texts, defaultLang };
}

/**
 * @param {FoundText[]} texts
 * @returns {{ languages: string[], missing: Record<string, string[]> }}
 */
export function missingTranslations(texts) {
  /** @type {Set<string>} */
  const languages = new Set();
  for (const t of texts) for (const lang of Object.keys(t.values)) languages.add(lang);
  /** @type {Record<string, string[]>} */
  const missing = {};
  for (const lang of languages) {
    const paths = texts.filter((t) => !t.fixed && !(lang in t.values)).map((t) => t.path);
    if (paths.length) missing[lang] = paths;
  }
  return {
    languages: [...languages].sort((a, b) =>
      a === 'nl' ? -1 : b === 'nl' ? 1 : a.localeCompare(b),
    ),
    missing,
  };
}

/**
 * The Dutch texts to score for readability.
 * @param {FoundText[]} texts
 * @returns {Array<{ path: string, text: string }>}
 */
export function dutchTexts(texts) {
  /** @type {Array<{ path: string, text: string }>} */
  const out = [];
  for (const t of texts) {
    for (const [lang, text] of Object.entries(t.values)) {
      if ((lang === 'nl' || lang.startsWith('nl-')) && !NOT_TEXT.test(text.trim())) {
        out.push({ path: t.plain ? t.path : `${t.path}.${lang}`, text });
      }
    }
  }
  return out;
}
