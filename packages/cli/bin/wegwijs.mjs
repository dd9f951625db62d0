#!/usr/bin/env node
// `wegwijs check <files…>`: the Node side of the checker (files, arguments, exit status).
// All checking logic is in ../src (plain ES modules that also run in the browser).
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent, formatHuman, toJsonReport, WIDGETS } from '../src/index.js';
import { createNodeIO } from './node-io.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8'));

const HELP = {
  nl: `Gebruik: wegwijs check <bestand…> [opties]

Controleert inhoud voor Wegwijs: JSON-bestanden (stappenplan, video, brief, contacten) en
contactenlijsten (.csv uit Excel). Uitleg: docs/checker.nl.md

Opties:
  --widget <naam>   soort inhoud: ${WIDGETS.join(', ')}
  --schema <pad>    controleer ook met dit JSON Schema
  --profiel <pad>   gemeenteprofiel (JSON): vult {{telefoon}}, {{adres}}, {{inlooptijden}},
                    {{website}}, {{whatsapp}}, {{contactpagina}} en {{reactietijd}}
  --root <map>      map van de website, voor adressen die met "/" beginnen
  --strict          waarschuwingen (vertalingen, leesbaarheid) tellen als fout
  --json            uitvoer als JSON (voor andere programma's)
  --lang en         uitvoer in het Engels
  -h, --help        deze uitleg
  -v, --version     versie

Afsluitcode: 0 = in orde, 1 = fouten gevonden, 2 = verkeerd gebruik.`,
  en: `Usage: wegwijs check <file…> [options]

Checks Wegwijs content: JSON files (step guide, video, letter, contacts) and contact lists
(.csv from Excel). Help: docs/checker.nl.md

Options:
  --widget <name>   kind of content: ${WIDGETS.join(', ')}
  --schema <path>   also validate with this JSON Schema
  --profiel <path>  municipality profile (JSON) that fills {{telefoon}} and the like
  --root <dir>      website folder, for addresses that start with "/"
  --strict          warnings (translations, readability) count as errors
  --json            output JSON (for tools)
  --lang en         output in English (default: Dutch)
  -h, --help        this help
  -v, --version     version

Exit status: 0 = fine, 1 = problems found, 2 = wrong usage.`,
};

/** @param {string[]} argv */
export async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        widget: { type: 'string' },
        schema: { type: 'string' },
        profiel: { type: 'string' },
        profile: { type: 'string' },
        root: { type: 'string' },
        strict: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'nl' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n\n${HELP.nl}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = values.lang === 'en' ? 'en' : 'nl';
  if (values.version) {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${HELP[lang]}\n`);
    return 0;
  }
  const usage = (/** @type {string} */ text) => {
    process.stderr.write(`${text}\n\n${HELP[lang]}\n`);
    return 2;
  };
  if (command !== 'check')
    return usage(command ? `Unknown command: ${command}` : 'wegwijs check <file…>');
  if (!files.length) return usage(lang === 'nl' ? 'Geef een bestand op.' : 'Give a file.');
  if (values.widget && !WIDGETS.includes(values.widget)) {
    return usage(`--widget: ${values.widget}? (${WIDGETS.join(', ')})`);
  }
  if (values.lang !== 'nl' && values.lang !== 'en') return usage('--lang nl | en');

  const io = createNodeIO();
  /** @param {string | undefined} path */
  const readJsonOption = async (path) => {
    if (!path) return undefined;
    try {
      return JSON.parse(await readFile(path, 'utf8'));
    } catch {
      return null;
    }
  };
  const schema = await readJsonOption(values.schema);
  if (schema === null) return usage(`--schema: ${values.schema}?`);
  const profilePath = values.profiel ?? values.profile;
  const profile = await readJsonOption(profilePath);
  if (profile === null) return usage(`--profiel: ${profilePath}?`);

  const rootUrl = values.root ? pathToFileURL(`${resolve(values.root)}/`) : undefined;
  const reports = [];
  for (const file of files) {
    let text = null;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      // reported as file-unreadable
    }
    reports.push(
      await checkContent(
        {
          text,
          url: pathToFileURL(resolve(file)),
          name: file,
          widget: values.widget,
          rootUrl,
          lang,
          strict: values.strict,
          schema,
          profile,
        },
        io,
      ),
    );
  }
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify(toJsonReport(reports, { strict: values.strict }), null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${formatHuman(reports, { lang, strict: values.strict })}\n`);
  }
  return reports.every((r) => r.ok) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`wegwijs: ${error instanceof Error ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
