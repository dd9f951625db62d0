#!/usr/bin/env node
// One light-DOM class scheme for every widget (issue 25): `wegwijs-<widget>__<part>`, replacing
// the short prefixes each widget grew on its own (wsg-, wle-, wegwijs-cf-, vx-/wegwijs-vx-, wqh-).
// Mechanical and idempotent: rerun it on a merged tree to rename what other branches added.
//
//   node packages/tools/bin/rename-light-classes.mjs          rewrite the files
//   node packages/tools/bin/rename-light-classes.mjs --check  list what would change; exit 1 if any
//
// Then `npx prettier --write` on the changed files (longer names rewrap some lines).
//
// Only class names change, never ids or other strings: a token must stand alone (not part of a
// longer word, a custom property, a data attribute or a template like `wsg${n}`, the ids).
// The bare block names (`wsg`, `wqh`, `wegwijs-cf`) are the containers the widgets render into
// their slot; they become `__<slot>`. No widget reads a class from the editor's markup (the
// markup formats use elements and data-* attributes), so nothing needs the old names read too.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The mapping: old prefix → new block, the bare container's new name, and where the prefix is
 * looked for (`vx` is short and common, so only in the video explainer's files and its docs).
 */
export const MAPPING = [
  { old: 'wsg', block: 'wegwijs-step-guide', bare: 'guide' },
  { old: 'wle', block: 'wegwijs-letter-explainer', bare: null },
  { old: 'wegwijs-cf', block: 'wegwijs-contact-finder', bare: 'results' },
  { old: 'wqh', block: 'wegwijs-question-helper', bare: 'helper' },
  { old: 'wegwijs-vx', block: 'wegwijs-video-explainer', bare: null },
  {
    old: 'vx',
    block: 'wegwijs-video-explainer',
    bare: null,
    only: /video/,
  },
];

/** Files that hold classes: sources, tests, stories, docs, quality gates, e2e journeys. */
const TEXT = /\.(ts|mts|js|mjs|md|mdx|html|css)$/;
const SKIP = [/^package-lock\.json$/, /CHANGELOG\.md$/, /\/generated\//, /^\.changeset\//];
const SELF = 'packages/tools/bin/rename-light-classes.mjs';

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** `old-part` → `block__part`; the bare `old` → `block__bare` where the mapping names one. */
function renamer({ old, block, bare }) {
  // Not after a word character, `$`, `-`, `_` or `.`-less word (`--wsg-x`, `data-wsg`, `xwsg`),
  // not before one, nor before `$` (`wsg${n}` builds an id) or `__` (already renamed).
  const part = '-([a-z0-9]+(?:-[a-z0-9]+)*)';
  const re = new RegExp(`(?<![\\w$-])${esc(old)}(?:${part})?(?![\\w$-])`, 'g');
  return (text) =>
    text.replace(re, (match, name) => {
      if (name) return `${block}__${name}`;
      return bare ? `${block}__${bare}` : match;
    });
}

export function renameText(text, file) {
  let out = text;
  for (const m of MAPPING) {
    if (m.only && !m.only.test(file)) continue;
    out = renamer(m)(out);
  }
  return out;
}

function files() {
  const listed = execFileSync('git', ['ls-files'], { cwd: repo, encoding: 'utf8' });
  return listed
    .split('\n')
    .filter((f) => f && TEXT.test(f) && f !== SELF && !SKIP.some((s) => s.test(f)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let changed = 0;
  for (const file of files()) {
    const path = join(repo, file);
    const before = readFileSync(path, 'utf8');
    const after = renameText(before, file);
    if (after === before) continue;
    changed++;
    if (check) console.log(file);
    else writeFileSync(path, after);
  }
  console.log(`${changed} file(s) ${check ? 'would change' : 'changed'}`);
  if (check && changed) process.exit(1);
}
