// Lighthouse (Node API) against Debian's Chromium, launched by chrome-launcher (Lighthouse
// needs a debugging port, not a playwright browser) with the path and flags of the one
// Chromium launcher (packages/tools/lib/chromium.mjs). Lighthouse's default mobile config: simulated slow 4G and 4× CPU.
import { chromeFlags, chromePath } from '../../tools/lib/chromium.mjs';
import { median } from './runtime.mjs';

export async function lighthouseRuns(url, runs) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const all = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags,
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      const lhr = result.lhr;
      const scores = Object.fromEntries(
        categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)]),
      );
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      all.push({
        ...scores,
        fcp: lhr.audits['first-contentful-paint']?.numericValue,
        lcp: lhr.audits['largest-contentful-paint']?.numericValue,
        tbt: lhr.audits['total-blocking-time']?.numericValue,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue,
        failing,
        consoleErrors: (lhr.audits['errors-in-console']?.details?.items ?? []).map((i) =>
          `${i.sourceLocation?.url ?? i.url ?? ''} ${String(i.description ?? '').slice(0, 160)}`.trim(),
        ),
        lighthouseVersion: lhr.lighthouseVersion,
        userAgent: lhr.environment?.hostUserAgent,
        runtimeError: lhr.runtimeError?.message,
      });
    } finally {
      await chrome.kill();
    }
  }
  const keys = [
    'performance',
    'accessibility',
    'best-practices',
    'seo',
    'fcp',
    'lcp',
    'tbt',
    'cls',
  ];
  return {
    url,
    runs: all.length,
    ...Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k]))])),
    failing: [...new Set(all.flatMap((r) => r.failing))],
    consoleErrors: [...new Set(all.flatMap((r) => r.consoleErrors))],
    errors: [...new Set(all.map((r) => r.runtimeError).filter(Boolean))],
    lighthouseVersion: all[0]?.lighthouseVersion,
  };
}
