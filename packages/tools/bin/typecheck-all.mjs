#!/usr/bin/env node
// `tsc --noEmit` over the whole repository with the root settings, among them `strict` and
// `noUncheckedIndexedAccess`: the root project (every TypeScript package's sources and tests,
// the stories, the cross-package tests, Storybook's config), then the projects it does not
// cover: the CLI's JavaScript through JSDoc (`checkJs`) and the benchmark pages. The builds
// only emit declarations and Vite strips types without checking them, so this is where a
// type error fails CI. Ends with "N passed, N failed" (one check per project) for `npm test`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;
const projects = [
  'tsconfig.json',
  ...readdirSync(join(root, 'packages'))
    .map((dir) => join('packages', dir, 'tsconfig.json'))
    .filter((file) => existsSync(join(root, file)))
    // The root project includes these packages' src and test already.
    .filter(
      (file) => !existsSync(join(root, dirname(file), 'src')) || /packages\/cli\//.test(file),
    ),
  'packages/bench/tsconfig.json',
].filter((file, index, all) => all.indexOf(file) === index);
const tsc = join(root, 'node_modules/typescript/bin/tsc');

function check(project) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', project], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      resolve({ project, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

// Two at a time: CI has two cores.
const results = [];
const queue = [...projects];
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length) results.push(await check(queue.shift()));
  }),
);

let errors = 0;
for (const { project, ok, output, seconds } of results.sort((a, b) =>
  a.project.localeCompare(b.project),
)) {
  const count = (output.match(/error TS\d+/g) ?? []).length;
  errors += count;
  console.log(
    `${ok ? '✓' : '✗'} ${project} (${seconds.toFixed(1)} s)${ok ? '' : `: ${count} errors`}`,
  );
  if (!ok) console.log(output.trim().replace(/^/gm, '    '));
}
const failed = results.filter((result) => !result.ok).length;
console.log(`type errors: ${errors}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
