// The Dutch syllable counter against a word list with known syllable counts (hyphenation from
// the Woordenlijst / spoken syllables in comments where they differ from the spelling).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countSyllables, VOWEL_GROUPS } from '../src/syllables.js';

/** @type {Array<[string, number]>} word, syllables */
const WORDS = [
  // short everyday words
  ['u', 1],
  ['uw', 1],
  ['nu', 1],
  ['ja', 1],
  ['hoe', 1],
  ['huis', 1],
  ['brief', 1],
  ['deur', 1],
  ['vuur', 1],
  ['straat', 1],
  ['vraag', 1],
  ['nieuw', 1], // ieu
  ['eeuw', 1], // eeu
  ['leeuw', 1],
  ['mooi', 1], // ooi
  ['haai', 1], // aai
  ['één', 1], // accents only mark stress
  ['eten', 2], // e-ten
  ['lopen', 2],
  ['vragen', 2],
  ['ouder', 2], // ou-der
  ['auto', 2], // au-to
  ["auto's", 2],
  ['moeilijk', 2], // moei-lijk
  ['groeien', 2], // groei-en
  ['koeien', 2],
  ['toeslag', 2],
  ['bijstand', 2],
  ['afspraak', 2],
  ['aanvraag', 2],
  ['paspoort', 2],
  ['maandag', 2],
  ['woensdag', 2],
  ['wijkteam', 2], // team = tiem
  ['café', 2],
  ['bureau', 2], // bu-reau
  // diaeresis: a new syllable
  ['cliënt', 2], // cli-ënt
  ['geëerd', 2], // ge-eerd (the ë starts "eerd")
  ['zeeën', 2], // zee-ën
  ['knieën', 2], // knie-ën
  ['naïef', 2], // na-ïef
  ['ruïne', 3], // ru-ï-ne
  ['België', 3], // Bel-gi-ë
  ['ideeën', 3], // i-dee-ën
  ['reünie', 3], // re-ü-nie
  ['poëzie', 3], // po-ë-zie
  ['Israël', 3], // Is-ra-ël
  ['egoïsme', 4], // e-go-ïs-me
  ['coördinatie', 5], // co-ör-di-na-tie
  ['financiële', 5], // fi-nan-ci-ë-le
  ['cliëntondersteuning', 6], // cli-ënt-on-der-steu-ning
  // vowels that do not form a group
  ['piano', 3], // pi-a-no
  ['bioscoop', 3], // bi-o-scoop
  ['theater', 3], // the-a-ter
  ['museum', 3], // mu-se-um
  ['situatie', 4], // si-tu-a-tie
  ['januari', 4], // ja-nu-a-ri
  ['individueel', 5], // in-di-vi-du-eel
  // longer words from municipal texts
  ['gemeente', 3], // ge-meen-te
  ['formulier', 3], // for-mu-lier
  ['aanvragen', 3],
  ['kinderen', 3],
  ['rijbewijs', 3],
  ['zaterdag', 3],
  ['ziekenhuis', 3], // zie-ken-huis
  ['ambtenaar', 3], // amb-te-naar
  ['huurtoeslag', 3],
  ['gezondheid', 3],
  ['begrijpen', 3],
  ['uitkering', 3], // uit-ke-ring
  ['kwijtschelding', 3], // kwijt-schel-ding
  ['informatie', 4], // in-for-ma-tie
  ['vrijwilliger', 4], // vrij-wil-li-ger
  ['sleutelpersoon', 4], // sleu-tel-per-soon
  ['ondersteuning', 4], // on-der-steu-ning
  ['verzekering', 4],
  ['mantelzorger', 4],
  ['belastingdienst', 4], // be-las-ting-dienst
  ['onafhankelijk', 5], // on-af-han-ke-lijk
  ['zorgverzekering', 5],
  ['telefoonnummer', 5], // te-le-foon-num-mer
  ['schuldhulpverlening', 5], // schuld-hulp-ver-le-ning
  // 'y' in names and loanwords
  ['baby', 2], // ba-by
  ['Yvonne', 3], // i-von-ne
  ['Yusuf', 2], // y before a vowel is a consonant
  ['Maya', 2], // ma-ya
  ['Huygens', 2], // huy-gens
  // loanwords, abbreviations
  ['website', 2], // web-sajt
  ['online', 2], // on-lajn
  ['e-mail', 2],
  ['WhatsApp', 2],
  ['DigiD', 3], // di-gi-dee
  ['UWV', 3], // spelled: u-wee-vee
  ['GGD', 3], // gee-gee-dee
  // numbers: one syllable per digit (documented rule, not pronunciation)
  ['2025', 4],
  ['112', 3],
];

test('the word list has at least 60 words', () => {
  assert.ok(WORDS.length >= 60, `only ${WORDS.length} words`);
});

for (const [word, expected] of WORDS) {
  test(`${word} has ${expected} syllable(s)`, () => {
    assert.equal(countSyllables(word), expected);
  });
}

test('the whole list: every count is exact', () => {
  const wrong = WORDS.filter(([word, n]) => countSyllables(word) !== n).map(
    ([word, n]) => `${word}: ${countSyllables(word)} ≠ ${n}`,
  );
  assert.deepEqual(wrong, []);
});

test('clitics and empty input count zero syllables', () => {
  assert.equal(countSyllables("'s"), 0);
  assert.equal(countSyllables("'t"), 0);
  assert.equal(countSyllables(''), 0);
});

test('a word without vowels that is not an abbreviation still counts one syllable', () => {
  assert.equal(countSyllables('hm'), 1);
});

test('longer vowel groups win over shorter ones', () => {
  assert.ok(VOWEL_GROUPS.indexOf('ieu') < VOWEL_GROUPS.indexOf('ie'));
  assert.equal(countSyllables('nieuwe'), 2); // nieu-we
});
