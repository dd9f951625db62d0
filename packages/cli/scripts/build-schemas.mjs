#!/usr/bin/env node
/**
 * Generates each widget's JSON Schema (2020-12) from its valibot content model, the one source:
 * packages/<widget>/schema/<file> (shipped with the widget) and packages/cli/schema/<file>
 * (shipped with the CLI, so `wegwijs check` and editors' `$schema` work with the CLI alone).
 * Also the CLI's copy of its part of the widget list, src/widget-list.js (widget-list.mjs).
 *
 *   node scripts/build-schemas.mjs           write the files
 *   node scripts/build-schemas.mjs --check   exit 1 when a committed file is out of date
 *
 * The check entry is bundled from its TypeScript source with esbuild, so the schemas do not
 * depend on the order in which packages are built.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import { format, resolveConfig } from 'prettier';
import { contentWidgets, generateWidgetList, generatedFile } from './widget-list.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packages = join(here, '..', '..');

/** @typedef {import('@wegwijs/core/check').WidgetCheck} WidgetCheck */

/**
 * The widgets, their schema file and the `$id` editors' tools know them by: from the one
 * widget list (packages/embed/widget-list.json).
 * @type {Record<string, import('./widget-list.mjs').SchemaFile>}
 */
export const SCHEMA_FILES = Object.fromEntries(
  contentWidgets().map(({ name, schema }) => [name, schema]),
);

/**
 * Import a widget's check entry from its source.
 * @param {string} widget
 * @returns {Promise<WidgetCheck>}
 */
export async function loadCheck(widget) {
  const out = join(packages, 'cli', 'node_modules', '.cache', 'wegwijs-schemas', `${widget}.mjs`);
  mkdirSync(dirname(out), { recursive: true });
  await build({
    entryPoints: [join(packages, widget, 'src', 'check.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['source'],
    outfile: out,
    logLevel: 'warning',
    tsconfigRaw: {
      compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
    },
  });
  return import(`${pathToFileURL(out).href}?t=${Date.now()}`);
}

/**
 * The JSON Schema of one widget, as text.
 * @param {string} widget
 * @returns {Promise<string>}
 */
export async function generate(widget) {
  const meta = SCHEMA_FILES[widget];
  if (!meta) throw new Error(`No schema file for widget "${widget}"`);
  const { schema } = await loadCheck(widget);
  const json = toJsonSchema(schema, {
    target: 'draft-2020-12',
    errorMode: 'throw',
    // `check` actions are the rules JSON Schema cannot hold; where it can, the schema carries
    // the same rule as metadata (oneOf, anyOf), and the agreement test keeps both honest.
    ignoreActions: ['check'],
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      // The check reports unknown fields (typos such as "titel"); so does the schema file.
      if (valibotSchema.type === 'object') return { ...jsonSchema, additionalProperties: false };
      return undefined;
    },
  });
  const { $schema, ...rest } = json;
  const out = {
    $schema,
    $id: meta.id,
    title: meta.title,
    $comment: `Generated from packages/${widget}/src/schema.ts by packages/cli/scripts/build-schemas.mjs; do not edit.`,
    ...rest,
  };
  // Formatted as the repository's Prettier does, so `npm run lint` and this file agree.
  const path = join(packages, widget, 'schema', meta.file);
  return format(JSON.stringify(out), { ...(await resolveConfig(path)), filepath: path });
}

async function main() {
  const checkOnly = process.argv.includes('--check');
  let stale = 0;
  /** @type {Array<[string, string]>} generated text and the files it goes to */
  const outputs = [[await generateWidgetList(), generatedFile.pathname]];
  for (const [widget, { file }] of Object.entries(SCHEMA_FILES)) {
    const text = await generate(widget);
    outputs.push([text, join(packages, widget, 'schema', file)]);
    outputs.push([text, join(packages, 'cli', 'schema', file)]);
  }
  for (const [text, path] of outputs) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // new file
    }
    if (current === text) continue;
    if (checkOnly) {
      console.error(`out of date: ${path}`);
      stale++;
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  if (stale) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
