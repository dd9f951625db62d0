// @web/test-runner: every package's tests and the cross-package tests, in Debian's Chromium
// (or CHROME_PATH), TypeScript compiled by esbuild from sources (the "source" export condition).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromeFlags, chromePath } from '../packages/tools/lib/chromium.mjs';
import { faultServer } from './fault-server.mjs';
import { papaparseModule } from './papaparse-module.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

export default {
  rootDir,
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // One page at a time: a background page gets no animation frames, which fixtures wait for.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 8000 } },
  // Every test file starts on a clean device: a language chosen (and remembered in
  // localStorage) by an earlier file must not decide what the next one renders.
  testRunnerHtml: (testFramework) =>
    `<html><body><script>localStorage.clear();sessionStorage.clear();</script><script type="module" src="${testFramework}"></script></body></html>`,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  middleware: [faultServer],
  plugins: [
    papaparseModule,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        // The launcher's flags; `headless: true` already says headless to puppeteer.
        args: [
          ...chromeFlags.filter((flag) => flag !== '--headless'),
          '--autoplay-policy=no-user-gesture-required',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
