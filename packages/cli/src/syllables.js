/**
 * Dutch syllable counter for readability scores (Flesch-Douma, Brouwer).
 *
 * Counts vowel groups: a run of vowels that Dutch spells as one sound (aa, ee, ie, ij, ei, ui,
 * oe, ou, au, eu, aai, ooi, oei, ieu, eeu, French eau…) is one syllable; any other vowel starts a new one
 * ("pi-a-no", "si-tu-a-tie"). A diaeresis always starts a new syllable ("ru-ï-ne", "cli-ënt",
 * "Bel-gi-ë", "ge-ëerd"); acute and grave accents are only stress marks ("één", "café").
 * 'y' is a vowel ("baby", "Yvonne", "Huygens") unless a vowel follows it ("Yusuf", "Maya").
 * Short all-capital abbreviations are spelled out letter by letter ("UWV" = 3, "GGD" = 3).
 * A group of digits counts as one word of one syllable per digit ("2025" = 4): a cheap stand-in
 * for numbers read aloud. A few common loanwords are respelled first ("website" = 2).
 * No Node or DOM APIs: runs in the browser too.
 */

/** Vowel spellings read as one sound, longest first. Easy to extend. */
export const VOWEL_GROUPS = [
  'eau',
  'aai',
  'ooi',
  'oei',
  'ieu',
  'eeu',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'ij',
  'ei',
  'ui',
  'oe',
  'ou',
  'au',
  'eu',
  'ai',
  'oi',
  'ay',
  'ey',
  'oy',
  'uy',
];

/**
 * Loanwords whose spelling hides their Dutch pronunciation: [pattern, respelling]. Applied to
 * the lower-case word before counting, so compounds match too ("websites", "onlineformulier").
 */
export const RESPELLINGS = /** @type {Array<[RegExp, string]>} */ ([
  [/site/g, 'sajt'],
  [/line/g, 'lajn'],
  [/service/g, 'servis'],
  [/update/g, 'updeet'],
  [/time/g, 'tajm'],
  [/team/g, 'tiem'],
  [/digid/g, 'digidee'],
  [/^geau/g, 'ge-au'],
  [/(?<=\w)eum\b/g, 'e-um'],
]);

const VOWELS = 'aeiouy';
const DIAERESIS = /[\u0308]/;

/**
 * @param {string} word one word (letters, digits, apostrophes or hyphens)
 * @returns {number} the number of syllables (0 for an empty word or a clitic like "'s")
 */
export function countSyllables(word) {
  const trimmed = word.trim();
  if (!trimmed) return 0;
  if (/^\d[\d.,:]*$/.test(trimmed)) return trimmed.replace(/\D/g, '').length;
  if (/^['’][stk]$/i.test(trimmed)) return 0;
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  if (!letters) return trimmed.replace(/\D/g, '').length;
  // Abbreviations spelled out: no vowel at all ("GGD", "CJG"), or at most 3 capitals ("UWV").
  if (letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) {
    if (letters.length <= 3 || !/[AEIOUY]/.test(letters)) return letters.length;
  }
  let text = trimmed.toLowerCase();
  for (const [pattern, replacement] of RESPELLINGS) text = text.replace(pattern, replacement);
  // Decompose: a diaeresis becomes a marker on its base letter; other accents are dropped.
  /** @type {Array<{ch: string, breakBefore: boolean}>} */
  const chars = [];
  for (const ch of text.normalize('NFD')) {
    if (DIAERESIS.test(ch)) {
      const last = chars[chars.length - 1];
      if (last) last.breakBefore = true;
    } else if (/\p{M}/u.test(ch)) {
      continue;
    } else {
      chars.push({ ch, breakBefore: false });
    }
  }
  const isVowelAt = (/** @type {number} */ i) => {
    const c = chars[i]?.ch;
    if (!c || !VOWELS.includes(c)) return false;
    // 'y' before a vowel is a consonant (Yusuf, Maya, yoghurt).
    const next = chars[i + 1]?.ch;
    if (c === 'y') return !next || !'aeiou'.includes(next);
    return true;
  };
  let count = 0;
  let i = 0;
  while (i < chars.length) {
    if (!isVowelAt(i)) {
      i++;
      continue;
    }
    count++;
    let length = 1;
    for (const group of VOWEL_GROUPS) {
      if (group.length <= length) continue;
      let matches = true;
      for (let k = 0; k < group.length; k++) {
        const c = chars[i + k];
        // A diaeresis inside the group breaks it ("ruïne": u | ï).
        if (!c || c.ch !== group[k] || (k > 0 && c.breakBefore)) {
          matches = false;
          break;
        }
      }
      if (matches) length = group.length;
    }
    i += length;
  }
  return Math.max(count, 1);
}
