// Readability figures checked against values worked out by hand (arithmetic in comments).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readability, sentences, stripRichText, words, B1 } from '../src/readability.js';

test('text A: two short sentences', () => {
  // "Bel ons. Wij helpen u gratis."
  // sentences 2; words: Bel ons | Wij helpen u gratis = 6
  // syllables: bel 1, ons 1, wij 1, hel-pen 2, u 1, gra-tis 2 = 8
  // words/sentence = 6 / 2 = 3; syllables/word = 8 / 6 = 1.3333
  // Flesch-Douma = 206.835 − 0.93 × 3 − 77 × 1.3333 = 206.835 − 2.79 − 102.667 = 101.378 → 101.4
  // Brouwer = 195 − 2 × 3 − 0.67 × 133.33 = 195 − 6 − 89.333 = 99.667 → 99.7
  const r = readability('Bel ons. Wij helpen u gratis.');
  assert.equal(r.sentences, 2);
  assert.equal(r.words, 6);
  assert.equal(r.syllables, 8);
  assert.equal(r.fleschDouma, 101.4);
  assert.equal(r.brouwer, 99.7);
  assert.equal(r.scored, false, 'fewer than 10 words: no B1 verdict');
  assert.equal(r.aboveB1, false);
});

test('text B: one long, hard sentence', () => {
  // words (16) and syllables: De 1, ge-meen-te 3, biedt 1, on-af-han-ke-lij-ke 6,
  // cli-ënt-on-der-steu-ning 6, aan 1, in-wo-ners 3, die 1, hulp 1, no-dig 2, heb-ben 2,
  // bij 1, het 1, aan-vra-gen 3, van 1, zorg 1 = 34
  // words/sentence = 16; syllables/word = 34 / 16 = 2.125
  // Flesch-Douma = 206.835 − 0.93 × 16 − 77 × 2.125 = 206.835 − 14.88 − 163.625 = 28.33 → 28.3
  // Brouwer = 195 − 2 × 16 − 0.67 × 212.5 = 195 − 32 − 142.375 = 20.625 → 20.6
  const text =
    'De gemeente biedt onafhankelijke cliëntondersteuning aan inwoners die hulp nodig hebben bij het aanvragen van zorg.';
  const r = readability(text);
  assert.equal(r.sentences, 1);
  assert.equal(r.words, 16);
  assert.equal(r.syllables, 34);
  assert.equal(r.fleschDouma, 28.3);
  assert.equal(r.brouwer, 20.6);
  assert.equal(r.scored, true);
  assert.equal(r.aboveB1, true, '28.3 < 60');
  assert.equal(r.longSentences.length, 1, '16 words > 15');
  assert.equal(r.longSentences[0]?.words, 16);
});

test('text C: rich-text markup is stripped before scoring', () => {
  // "**Neem mee:**" + list "- uw paspoort", "- de brief van de [gemeente](https://…)"
  // plain: "Neem mee:" | "uw paspoort" | "de brief van de gemeente": 3 sentences (list items count
  // as sentences), 2 + 2 + 5 = 9 words (the link address is not a word)
  // syllables: neem 1, mee 1 | uw 1, pas-poort 2 | de 1, brief 1, van 1, de 1, ge-meen-te 3 = 12
  // words/sentence = 3; syllables/word = 12 / 9 = 1.3333
  // Flesch-Douma = 206.835 − 2.79 − 102.667 = 101.378 → 101.4; Brouwer = 195 − 6 − 89.333 → 99.7
  const source =
    '**Neem mee:**\n\n- uw paspoort\n- de brief van de [gemeente](https://voorbeeldstad.nl)';
  assert.equal(stripRichText(source), 'Neem mee:\nuw paspoort\nde brief van de gemeente');
  const r = readability(source);
  assert.equal(r.sentences, 3);
  assert.equal(r.words, 9);
  assert.equal(r.syllables, 12);
  assert.equal(r.fleschDouma, 101.4);
  assert.equal(r.brouwer, 99.7);
});

test('text D: a B1 text of more than 10 words passes', () => {
  // "Heeft u een brief gekregen? Bel dan het Wijkteam. Wij lezen de brief samen met u."
  // words: 5 + 4 + 7 = 16, sentences 3
  // syllables: heeft 1, u 1, een 1, brief 1, ge-kre-gen 3 = 7 | bel 1, dan 1, het 1,
  // wijk-team 2 = 5 | wij 1, le-zen 2, de 1, brief 1, sa-men 2, met 1, u 1 = 9 → 21
  // words/sentence = 16 / 3 = 5.3333; syllables/word = 21 / 16 = 1.3125
  // Flesch-Douma = 206.835 − 0.93 × 5.3333 − 77 × 1.3125 = 206.835 − 4.96 − 101.0625 = 100.8125 → 100.8
  // Brouwer = 195 − 2 × 5.3333 − 0.67 × 131.25 = 195 − 10.667 − 87.9375 = 96.396 → 96.4
  const r = readability(
    'Heeft u een brief gekregen? Bel dan het Wijkteam. Wij lezen de brief samen met u.',
  );
  assert.deepEqual([r.words, r.sentences, r.syllables], [16, 3, 21]);
  assert.equal(r.fleschDouma, 100.8);
  assert.equal(r.brouwer, 96.4);
  assert.equal(r.scored, true);
  assert.equal(r.aboveB1, false);
});

test('B1 thresholds are the documented ones', () => {
  assert.deepEqual(
    { ...B1 },
    {
      fleschDouma: 60,
      brouwer: 60,
      maxSentenceWords: 15,
      minWordsForScore: 10,
      longWordSyllables: 4,
      longWordLetters: 12,
      jargonShare: 0.2,
      jargonMin: 3,
    },
  );
});

test('sentences: abbreviations, numbers and times do not end a sentence', () => {
  assert.deepEqual(
    sentences('Neem bijv. uw paspoort mee. Het kost € 1.500,50 per jaar! Kom om 9:30 uur.'),
    ['Neem bijv. uw paspoort mee.', 'Het kost € 1.500,50 per jaar!', 'Kom om 9:30 uur.'],
  );
  assert.deepEqual(sentences('Geen punt aan het eind'), ['Geen punt aan het eind']);
  assert.deepEqual(sentences('Regel een\nRegel twee'), ['Regel een', 'Regel twee']);
});

test('words: apostrophes, hyphens and numbers stay whole; punctuation is not a word', () => {
  assert.deepEqual(words("Bel 06-12345678 of mail naar e-mail — auto's!"), [
    'Bel',
    '06-12345678',
    'of',
    'mail',
    'naar',
    'e-mail',
    "auto's",
  ]);
});

test('an empty text scores nothing and is not flagged', () => {
  const r = readability('  ');
  assert.equal(r.words, 0);
  assert.equal(r.aboveB1, false);
});

test('numbers and dates are counted as they are said', async () => {
  const { spoken } = await import('../src/readability.js');
  assert.deepEqual(spoken('2027'), { words: 2, syllables: 8 }); // twee-dui-zend ze-ven-en-twin-tig
  assert.deepEqual(spoken('6'), { words: 1, syllables: 1 });
  assert.deepEqual(spoken('1-3-2027'), { words: 4, syllables: 10 }); // een maart tweeduizend zevenentwintig
  assert.deepEqual(spoken('9:30'), { words: 3, syllables: 5 });
});

test('short sentences full of jargon do not pass silently', () => {
  const findTerms = (/** @type {string} */ text) =>
    ['beschikking', 'indicatie'].filter((t) => text.toLowerCase().includes(t));
  const score = readability(
    'De beschikking volgt. De indicatiestelling ook. Zie het ondersteuningsplan.',
    {
      findTerms,
    },
  );
  assert.deepEqual(score.longSentences, []);
  assert.deepEqual(score.terms, ['beschikking', 'indicatie']);
  assert.deepEqual(score.longWords, ['indicatiestelling', 'ondersteuningsplan']);
  assert.equal(score.jargon, true);
  const plain = readability('Bel ons. Wij helpen u graag. Het is gratis.', { findTerms });
  assert.equal(plain.jargon, false);
  assert.deepEqual([plain.terms, plain.longWords], [[], []]);
});
