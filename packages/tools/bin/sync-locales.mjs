#!/usr/bin/env node
// Writes core's UI languages (packages/core/src/locale/locales.ts) into every package's
// lit-localize.json (`sourceLocale`, `targetLocales`: the tool needs them in its config).
// Run it after adding a language there; `--check` only reports a config that differs (exit 1).
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUiLocales } from '../lib/locales.mjs';

const packages = new URL('../../', import.meta.url).pathname;
const { source, targets } = readUiLocales();
const check = process.argv.includes('--check');
const stale = [];
// Studio is for editors, in Dutch with English (issue 19), not in the residents' languages.
const EDITOR_TOOLS = new Set(['studio']);
for (const pkg of readdirSync(packages)) {
  const path = join(packages, pkg, 'lit-localize.json');
  if (!existsSync(path) || EDITOR_TOOLS.has(pkg)) continue;
  const config = JSON.parse(readFileSync(path, 'utf8'));
  if (
    config.sourceLocale === source &&
    JSON.stringify(config.targetLocales) === JSON.stringify(targets)
  )
    continue;
  stale.push(pkg);
  if (!check)
    writeFileSync(
      path,
      `${JSON.stringify({ ...config, sourceLocale: source, targetLocales: targets }, null, 2)}\n`,
    );
}
if (stale.length)
  console.log(
    `${check ? 'differs from core' : 'updated'}: ${stale.map((p) => `${p}/lit-localize.json`).join(', ')}`,
  );
if (check && stale.length) process.exitCode = 1;
