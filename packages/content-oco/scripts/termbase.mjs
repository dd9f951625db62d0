#!/usr/bin/env node
// The termbase check: one word per role in every language, in the content pack, the glossary
// and the UI. Reads termbase.json and every Dutch/translation pair it can find:
//   - content pack: every { nl, en, ar, … } object in content/*.json, and the captions of the
//     Dutch video (content/captions/oco-nl.<lang>.vtt) cue by cue against the Dutch captions;
//   - glossary: packages/glossary/src/terms.ts against src/locales/<lang>.ts, term by term;
//   - UI: every <source>/<target> pair in packages/*/xliff/<lang>.xlf.
// Rules: a translation of a Dutch text that uses a termbase word must use that language's word
// (`match`); no translation uses an `avoid` word; no text uses an informal form of address.
// Usage: node packages/content-oco/scripts/termbase.mjs   (prints the violations; exit 1 if any)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pack = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(pack, '..', '..');

export const termbase = () => JSON.parse(readFileSync(join(pack, 'termbase.json'), 'utf8'));

const re = (source) => new RegExp(source, 'iu');
/** Lower case as the language does it (Turkish İ → i), so a pattern matches a capital too. */
const lower = (text, lang) => {
  try {
    return text.normalize('NFC').toLocaleLowerCase(lang);
  } catch {
    return text.normalize('NFC').toLowerCase();
  }
};

/** Every multilingual text object in a JSON value (a `review` status is not text). */
function* languageObjects(node, path = '') {
  if (!node || typeof node !== 'object') return;
  const entries = Object.entries(node);
  if (
    !Array.isArray(node) &&
    typeof node.nl === 'string' &&
    entries.every(([k, v]) => /^[a-z]{2,3}$/.test(k) && typeof v === 'string')
  ) {
    yield { path, text: node };
    return;
  }
  for (const [key, value] of entries)
    if (key !== 'review' && key !== '$comment')
      yield* languageObjects(value, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`);
}

const vttCues = (vtt) =>
  new Map(
    vtt
      .split(/\n\n+/)
      .map((block) => block.trim().split('\n'))
      .filter((lines) => lines[1]?.includes('-->'))
      .map(([id, , ...text]) => [id, text.join(' ')]),
  );

/** Pairs { where, lang, nl, text } from the content pack. */
export function contentPairs() {
  const pairs = [];
  const dir = join(pack, 'content');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const { path, text } of languageObjects(json))
      for (const [lang, value] of Object.entries(text))
        if (lang !== 'nl')
          pairs.push({ where: `content/${file}${path}`, lang, nl: text.nl, text: value });
  }
  const dutchVtt = join(repo, 'packages', 'video-explainer', 'media', 'oco-nl.vtt');
  const captions = join(dir, 'captions');
  if (existsSync(dutchVtt) && existsSync(captions)) {
    const dutch = vttCues(readFileSync(dutchVtt, 'utf8'));
    for (const file of readdirSync(captions).filter((f) => /^oco-nl\.[a-z]+\.vtt$/.test(f))) {
      const lang = file.split('.')[1];
      for (const [id, text] of vttCues(readFileSync(join(captions, file), 'utf8')))
        pairs.push({
          where: `content/captions/${file}#${id}`,
          lang,
          nl: dutch.get(id) ?? '',
          text,
        });
    }
  }
  return pairs;
}

/** Load a TypeScript data module of the glossary (types only) by stripping its types. */
async function importTs(path) {
  const { transform } = await import('esbuild');
  const { code } = await transform(readFileSync(path, 'utf8'), { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Pairs from the glossary: each term and explanation against the Dutch of the same id. */
export async function glossaryPairs() {
  const src = join(repo, 'packages', 'glossary', 'src');
  if (!existsSync(join(src, 'terms.ts'))) return [];
  const { glossaryTerms } = await importTs(join(src, 'terms.ts'));
  const dutch = new Map(glossaryTerms.map((t) => [t.id, t]));
  const pairs = [];
  for (const file of readdirSync(join(src, 'locales')).filter((f) => f.endsWith('.ts'))) {
    const { glossary } = await importTs(join(src, 'locales', file));
    if (!glossary?.terms) continue;
    for (const [id, entry] of Object.entries(glossary.terms)) {
      const nl = dutch.get(id);
      if (!nl) continue;
      const where = `glossary/src/locales/${file}#${id}`;
      // The term is checked against the Dutch term and its forms, the explanation against the
      // Dutch explanation: a translation may name a role without repeating the Dutch word.
      // An explanation may call its own headword "this person": the headword's termbase entry
      // is checked on the term, not in the explanation (`skip`).
      const lang = glossary.locale;
      if (entry.term) pairs.push({ where: `${where}.term`, lang, nl: nl.term, text: entry.term });
      if (entry.explanation)
        pairs.push({
          where: `${where}.explanation`,
          lang,
          nl: nl.explanation,
          text: entry.explanation,
          skip: id,
        });
    }
  }
  return pairs;
}

const unescapeXml = (text) =>
  text
    .replace(/<x [^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Pairs from the XLIFF files of every package: source (Dutch) and target. */
export function xliffPairs() {
  const pairs = [];
  const packages = join(repo, 'packages');
  if (!existsSync(packages)) return pairs; // installed from npm: only the pack itself
  for (const name of readdirSync(packages)) {
    const dir = join(packages, name, 'xliff');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlf'))) {
      const xml = readFileSync(join(dir, file), 'utf8');
      const lang = file.replace(/\.xlf$/, '');
      for (const m of xml.matchAll(
        /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target[^>]*>([\s\S]*?)<\/target>/g,
      ))
        pairs.push({
          where: `${name}/xliff/${file}#${m[1]}`,
          lang,
          nl: unescapeXml(m[2]),
          text: unescapeXml(m[3]),
        });
    }
  }
  return pairs;
}

/**
 * The violations in a list of pairs: { where, lang, rule, term, text }.
 * rule: "other-word" (the Dutch uses the term, the translation not the termbase word),
 * "avoid" (a word the termbase rules out), "informal" (an informal form of address).
 */
export function violations(pairs, base = termbase()) {
  const found = [];
  for (const pair of pairs) {
    const language = base.languages[pair.lang];
    if (!language) continue;
    for (const entry of base.terms) {
      const mine = entry[pair.lang];
      if (!mine) continue;
      const text = lower(pair.text, pair.lang);
      const dutchUses = entry.nl.match.some((m) => re(m).test(lower(pair.nl, 'nl')));
      const headword = pair.skip !== undefined && pair.skip === entry.glossary;
      if (dutchUses && !headword && !mine.match.some((m) => re(m).test(text)))
        found.push({ ...pair, rule: 'other-word', term: entry.id, expected: mine.term });
      for (const avoid of mine.avoid ?? [])
        if (re(avoid).test(text))
          found.push({ ...pair, rule: 'avoid', term: entry.id, avoid, expected: mine.term });
    }
    for (const informal of language.informal ?? [])
      if (re(informal).test(lower(pair.text, pair.lang)))
        found.push({ ...pair, rule: 'informal', term: informal });
  }
  return found;
}

/** Dutch texts addressed informally (content pack and XLIFF sources). */
export function dutchInformal(pairs, base = termbase()) {
  const seen = new Set();
  const found = [];
  for (const { where, nl } of pairs) {
    if (seen.has(nl)) continue;
    seen.add(nl);
    for (const informal of base.languages.nl.informal)
      if (re(informal).test(nl)) found.push({ where, lang: 'nl', rule: 'informal', text: nl });
  }
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const groups = {
    content: contentPairs(),
    glossary: await glossaryPairs(),
    ui: xliffPairs(),
  };
  let total = 0;
  for (const [group, pairs] of Object.entries(groups)) {
    const found = [...violations(pairs), ...dutchInformal(pairs)];
    total += found.length;
    console.log(`${group}: ${pairs.length} pairs, ${found.length} violations`);
    for (const v of found)
      console.log(
        `  ${v.where} [${v.lang}] ${v.rule} ${v.term ?? ''}${v.expected ? ` → ${v.expected}` : ''}${v.avoid ? ` (avoid ${v.avoid})` : ''}\n      ${v.text}`,
      );
  }
  process.exit(total ? 1 : 0);
}
