#!/usr/bin/env node
// Writes translations into a package's XLIFF files, matching trans-units by source text.
// Usage: node packages/tools/bin/xliff-fill.mjs <package-dir> <translations.json>
// translations.json: { "<Dutch source>": { "en": "…", "ar": "…" }, … }
// New targets are marked state="needs-review-translation" and each file gets a header note
// saying it is machine-assisted until a native speaker reviewed it (then set state="final"
// and change the note). Run with an empty JSON {} to only add those marks.
// Sources that contain placeholders (<x id="0" equiv-text="${n}"/>) are written with the same
// placeholders, given in the JSON as ${0}, ${1}… in the order of the source.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [packageDir, file] = process.argv.slice(2);
if (!packageDir || !file) {
  console.error('usage: xliff-fill.mjs <package-dir> <translations.json>');
  process.exit(2);
}
const translations = JSON.parse(readFileSync(file, 'utf8'));
const xliffDir = join(packageDir, 'xliff');
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let missing = 0;
const REVIEW_NOTE = 'review: machine-assisted, not yet reviewed by a native speaker';

for (const name of readdirSync(xliffDir).filter((f) => f.endsWith('.xlf'))) {
  const locale = name.replace(/\.xlf$/, '');
  const path = join(xliffDir, name);
  const xml = readFileSync(path, 'utf8');
  const out = xml.replace(
    /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target[^>]*>[\s\S]*?<\/target>)?/g,
    (whole, id, source) => {
      const placeholders = [...source.matchAll(/<x id="[^"]*" equiv-text="[^"]*"\/>/g)].map(
        (m) => m[0],
      );
      const key = source
        .replace(/<x id="[^"]*" equiv-text="\$\{([^}]*)\}"\/>/g, (_, expr) => '${' + expr + '}')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      const entry = translations[key];
      const text = entry?.[locale];
      if (text === undefined) {
        if (!whole.includes('<target')) {
          missing++;
          console.warn(`missing ${locale}: ${key}`);
        }
        return whole;
      }
      let target = escape(text);
      target = target.replace(/\$\{(\d+)\}/g, (_, i) => placeholders[Number(i)] ?? '');
      return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target state="needs-review-translation">${target}</target>`;
    },
  );
  const marked = out
    .replace(/<target>/g, '<target state="needs-review-translation">')
    .replace(
      /(<file [^>]*>)\n(?!<header>)/,
      `$1\n<header><note from="wegwijs">${REVIEW_NOTE}</note></header>\n`,
    );
  writeFileSync(path, marked);
}
console.log(missing ? `${missing} translations missing` : 'all translations present');
process.exit(0);
