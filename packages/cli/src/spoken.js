/**
 * Numbers and dates as they are read aloud in Dutch, so the readability score counts the
 * syllables a reader says ("2027" is "twee-dui-zend ze-ven-en-twin-tig", 7 syllables, not 4).
 * Plain ES module.
 */
const UNITS = 'nul een twee drie vier vijf zes zeven acht negen'.split(' ');
const TEENS =
  'tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien'.split(' ');
const TENS = ',,twintig,dertig,veertig,vijftig,zestig,zeventig,tachtig,negentig'.split(',');
const MONTHS =
  ',januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december'.split(
    ',',
  );

/**
 * The word at `index` of a word table; throws for a number the tables do not hold (negative or
 * not whole), which `numberWords` is never meant to get.
 * @param {readonly string[]} words
 * @param {number} index
 * @param {number} n the number being said, for the error message
 * @returns {string}
 */
function wordAt(words, index, n) {
  const word = words[index];
  if (word === undefined) throw new RangeError(`numberWords: ${n} is not a whole number ≥ 0`);
  return word;
}

/**
 * A whole number below a million, in Dutch words ("eenentwintig", "tweeduizend zeven").
 * @param {number} n
 * @returns {string}
 */
export function numberWords(n) {
  if (n < 10) return wordAt(UNITS, n, n);
  if (n < 20) return wordAt(TEENS, n - 10, n);
  if (n < 100) {
    const unit = n % 10;
    const tens = wordAt(TENS, Math.floor(n / 10), n);
    return unit
      ? `${wordAt(UNITS, unit, n)}${unit === 2 || unit === 3 ? 'ën' : 'en'}${tens}`
      : tens;
  }
  if (n < 1000) {
    const rest = n % 100;
    const hundreds = Math.floor(n / 100);
    return `${hundreds > 1 ? wordAt(UNITS, hundreds, n) : ''}honderd${rest ? numberWords(rest) : ''}`;
  }
  const rest = n % 1000;
  const thousands = Math.floor(n / 1000);
  return `${thousands > 1 ? numberWords(thousands) : ''}duizend${rest ? ` ${numberWords(rest)}` : ''}`;
}

/**
 * The words a reader says for a number, time or date token, or null when the token is not one:
 * "6" → ["zes"], "1.500" → ["duizend vijfhonderd"], "9:30" → ["negen", "uur", "dertig"],
 * "2027-03-01" and "1-3-2027" → ["een", "maart", "tweeduizend zevenentwintig"].
 * @param {string} token
 * @returns {string[] | null}
 */
export function spokenWords(token) {
  const say = (/** @type {number} */ n) => numberWords(n).split(' ');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(token);
  if (m) return date(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(token);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[:.](\d{2})$/.exec(token);
  if (m && Number(m[2]) < 60 && Number(m[1]) < 25) {
    const minutes = Number(m[2]);
    return [...say(Number(m[1])), 'uur', ...(minutes ? say(minutes) : [])];
  }
  if (/^\d{1,3}(?:\.\d{3})+$/.test(token)) {
    const n = Number(token.replace(/\./g, ''));
    if (n < 1_000_000) return say(n);
  }
  if (/^\d{1,6}$/.test(token)) return say(Number(token));
  return null;

  /** @param {number} day @param {number} month @param {number} year */
  function date(day, month, year) {
    if (!MONTHS[month] || day < 1 || day > 31) return null;
    return [...say(day), MONTHS[month], ...say(year)];
  }
}
