// The one Chromium launcher of the repository's Node scripts (quality gates, benches, CDN
// tests; the web-test-runner config and Lighthouse take the path and flags from here too).
// Debian's /usr/bin/chromium unless CHROME_PATH names another Chrome/Chromium (STACK.md 5, 11).
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a headless Chromium on a shared CI machine: no sandbox (root), no GPU, and no
 * background traffic (without these Chromium floods a closed network with requests).
 */
export const chromeFlags = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A playwright-core Chromium with the flags above plus `args`. */
export async function launchChromium({ args = [], ...options } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromePath,
    args: [...chromeFlags, ...args],
    ...options,
  });
}
