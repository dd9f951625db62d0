// File access for `wegwijs check` in Node: schemas, referenced files, the contact template.
import { readFile, access } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** @param {string} path */
async function readJson(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Where a widget's published file is: in this repository (packages/<widget>/), next to this
 * package when installed (node_modules/@wegwijs/<widget>/), or wherever Node resolves
 * @wegwijs/<widget> from the current folder.
 * @param {string} widget
 * @param {string} file path inside the package
 * @returns {string | null}
 */
export function findPackageFile(widget, file) {
  const candidates = [join(here, '..', '..', widget, file)];
  for (const from of [join(process.cwd(), 'noop.js'), import.meta.url]) {
    try {
      const pkgJson = createRequire(from).resolve(`@wegwijs/${widget}/package.json`);
      candidates.push(join(dirname(pkgJson), file));
    } catch {
      // not installed there
    }
  }
  return candidates.find((c) => existsSync(c)) ?? null;
}

/**
 * The widget's JSON Schema file: schema/<widget>.schema.json, else the only *.schema.json in
 * the widget's schema folder (contact-finder publishes schema/contacts.schema.json).
 * @param {string} widget
 * @returns {string | null}
 */
export function findSchemaFile(widget) {
  const exact = findPackageFile(widget, join('schema', `${widget}.schema.json`));
  if (exact) return exact;
  const folder = findPackageFile(widget, 'schema');
  if (!folder) return null;
  const schemas = readdirSync(folder).filter((f) => f.endsWith('.schema.json'));
  return schemas.length === 1 ? join(folder, /** @type {string} */ (schemas[0])) : null;
}

/**
 * @param {{ schema?: string }} [options] schema: use this schema file for every JSON file
 * @returns {import('../src/check.js').CheckIO}
 */
export function createNodeIO({ schema } = {}) {
  return {
    loadSchema: async (widget) => {
      if (schema) return readJson(resolve(schema));
      const path = findSchemaFile(widget);
      return path ? readJson(path) : null;
    },
    exists: async (url) => {
      try {
        await access(fileURLToPath(url));
        return true;
      } catch {
        return false;
      }
    },
    readText: async (url) => {
      try {
        return await readFile(fileURLToPath(url), 'utf8');
      } catch {
        return null;
      }
    },
    contactColumns: async () => {
      const path = findPackageFile('contact-finder', join('schema', 'contacts-template.csv'));
      if (!path) return null;
      const first =
        (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
      return first
        .split(first.includes(';') ? ';' : ',')
        .map((c) => c.trim().replace(/^"|"$/g, ''));
    },
  };
}
