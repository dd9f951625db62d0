#!/usr/bin/env node
// `npm start`: the demo site of "Gemeente Voorbeeldstad" (all five widgets through the embed
// loader) and Storybook, side by side. Makes the Custom Elements Manifests Storybook documents.
import { spawn, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Core first: the widgets' manifests inherit its members (packages/tools/lib/cem), and npm runs
// workspaces in alphabetical order.
execSync('npm run analyze --silent -w @wegwijs/core', { stdio: 'ignore' });
execSync('npm run analyze --workspaces --if-present --silent', { stdio: 'ignore' });
// Studio's snippets carry the loader's integrity hash, taken from the CDN build: on a fresh
// clone, make the CDN files first (from the sources, ~10 s).
if (!existsSync('packages/embed/dist/cdn/integrity.json')) {
  console.log('Building the CDN files for Studio (once)…');
  try {
    execSync('node build-cdn.mjs', { cwd: 'packages/embed', stdio: 'inherit' });
  } catch {
    console.warn('The CDN build failed: Studio starts after `npm run build`.');
  }
}
const studioReady = existsSync('packages/embed/dist/cdn/integrity.json');
if (studioReady)
  execSync('node packages/studio/scripts/loader-integrity.mjs', { stdio: 'inherit' });
const children = [
  spawn('npx', ['vite', '--port', '5173'], { stdio: ['ignore', 'pipe', 'inherit'] }),
  spawn('npx', ['storybook', 'dev', '-p', '6006', '--no-open', '--ci'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
];
let announced = false;
for (const child of children) {
  child.stdout.on('data', (chunk) => {
    if (!announced && /Local|localhost:6006|started/i.test(String(chunk))) {
      announced = true;
      setTimeout(() => {
        console.log('\n  Wegwijs is running:');
        console.log('  Demo site (Gemeente Voorbeeldstad): http://localhost:5173/docs/site/');
        console.log(
          studioReady
            ? '  Wegwijs Studio (for editors):       http://localhost:5173/packages/studio/'
            : '  Wegwijs Studio: run `npm run build` once, then `npm start` again',
        );
        console.log('  Storybook:                          http://localhost:6006/\n');
      }, 3000);
    }
  });
  child.on('exit', (code) => {
    for (const other of children) other.kill();
    process.exit(code ?? 0);
  });
}
process.on('SIGINT', () => children.forEach((child) => child.kill('SIGINT')));
