// The licence notices of the third-party code the CDN files bundle, written by build-cdn.mjs as
// dist/cdn/THIRD-PARTY-NOTICES.txt: next to the files, so a municipality that copies dist/cdn
// to its own server copies the notices too. Lit and papaparse also keep their `@license`
// comments inside the files (esbuild `legalComments: 'eof'`); valibot and the Health Icons
// pictograms have none, and a licence such as MIT asks for its full text with every copy.
//
// Which code is bundled is read from esbuild's metafiles: an input under node_modules/<name>/
// is that package; an input of a workspace package whose LICENSE is its own (not the root's
// EUPL text) brings that LICENSE (the pictograms: Health Icons, MIT).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Package names (node_modules) and workspace folders (packages/<dir>) with bytes in the output. */
export function bundledSources(...metafiles) {
  const modules = new Set();
  const workspaces = new Set();
  for (const metafile of metafiles)
    for (const output of Object.values(metafile.outputs))
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        if (bytesInOutput === 0) continue;
        const module = input.match(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//);
        if (module) modules.add(module[1]);
        const workspace = input.match(/^packages\/([^/]+)\//);
        if (workspace && !module) workspaces.add(workspace[1]);
      }
  return { modules: [...modules].sort(), workspaces: [...workspaces].sort() };
}

const licenceFile = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name))
    : undefined;

/** The text of THIRD-PARTY-NOTICES.txt for the bundled sources. */
export function noticesText({ modules, workspaces }, repo) {
  const rootLicence = readFileSync(join(repo, 'LICENSE'), 'utf8');
  const sections = [];
  for (const name of modules) {
    const dir = join(repo, 'node_modules', name);
    const { version, license, homepage } = JSON.parse(
      readFileSync(join(dir, 'package.json'), 'utf8'),
    );
    const file = licenceFile(dir);
    if (!file) throw new Error(`third-party-notices: ${name} ships no licence file`);
    sections.push(
      [
        `${name}@${version} (${license})${homepage ? ` ${homepage}` : ''}`,
        '',
        readFileSync(join(dir, file), 'utf8').trim(),
      ].join('\n'),
    );
  }
  for (const workspace of workspaces) {
    const dir = join(repo, 'packages', workspace);
    const file = licenceFile(dir);
    if (!file) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    if (text !== rootLicence) sections.push([`@wegwijs/${workspace}`, '', text.trim()].join('\n'));
  }
  const rule = `\n\n${'-'.repeat(72)}\n\n`;
  return [
    'Wegwijs CDN files: third-party notices',
    '',
    'Wegwijs is licensed under the European Union Public Licence v. 1.2 (EUPL-1.2).',
    'These files also contain code and pictograms of the projects below, under their own',
    'licences, reproduced here in full.',
  ]
    .join('\n')
    .concat(rule, sections.join(rule), '\n');
}
