// The UI languages live in core's locales.ts; the copies the tools need follow it (node --test).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { readUiLocales } from '../lib/locales.mjs';

const packages = new URL('../../', import.meta.url).pathname;

it('reads the languages from core', () => {
  const { source, targets } = readUiLocales();
  assert.equal(source, 'nl');
  assert.ok(targets.length >= 10 && targets.includes('ar') && !targets.includes('nl'));
});

it('every lit-localize.json has core’s languages and no locale-codes module', () => {
  const { source, targets } = readUiLocales();
  for (const pkg of readdirSync(packages)) {
    const path = join(packages, pkg, 'lit-localize.json');
    if (!existsSync(path)) continue;
    const config = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(config.sourceLocale, source, pkg);
    if (pkg === 'studio') {
      // The editors' tool: Dutch with English (issue 19), not the residents' languages.
      assert.deepEqual(config.targetLocales, ['en'], pkg);
      continue;
    }
    assert.deepEqual(
      config.targetLocales,
      targets,
      `${pkg}: run node packages/tools/bin/sync-locales.mjs`,
    );
    assert.equal(
      config.output.localeCodesModule,
      undefined,
      `${pkg}: core's locales.ts is the list`,
    );
  }
  execFileSync(process.execPath, [join(packages, 'tools/bin/sync-locales.mjs'), '--check']);
});

it('the pictograms carry alt texts for exactly the UI languages', () => {
  // @wegwijs/pictograms does not depend on core, so it keeps a copy: checked here.
  const text = readFileSync(join(packages, 'pictograms/src/types.ts'), 'utf8');
  const list = /PICTOGRAM_LOCALES = \[([^\]]*)\]/.exec(text)[1];
  const codes = [...list.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
  assert.deepEqual(codes, readUiLocales().all);
});
