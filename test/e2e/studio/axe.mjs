// axe-core on a page or frame (WCAG 2.0–2.2 A/AA): the violations, each as one line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe in `target` (a Page or Frame); frames inside it are checked on their own. */
export async function axeViolations(target) {
  if (!(await target.evaluate(() => Boolean(window.axe))))
    await target.addScriptTag({ content: axeSource });
  const result = await target.evaluate(async (tags) => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      iframes: false,
    });
    return {
      passes: r.passes.length,
      violations: r.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' >>> ')} ${n.any?.[0]?.message ?? ''}`)
            .join(', ')}`,
      ),
    };
  }, AXE_TAGS);
  return result;
}
