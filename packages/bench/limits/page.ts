// Bundled by limits.mjs: the work that tests once timed against a wall-clock limit (they
// flaked on a loaded machine), timed here instead, in Chromium, on the same inputs as the
// tests. The tests keep the functional assertions.
import { nodeAt, segments } from '../../letter-explainer/src/letter-text.js';
import { trimWideMarkup } from '../../core/src/content/markup-width.js';
import { TestWidget } from '../../core/test/helpers/test-widget.js';
import { deepMarkup, wideLetter } from '../../core/test/helpers/hostile-markup.js';

customElements.define('bench-markup-widget', class extends TestWidget {});

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** letter-text.test.ts: the text node of every 7th character of a paragraph of 4,000 nodes. */
function letterLookups(): number {
  const letter = document.createElement('div');
  const p = document.createElement('p');
  for (let i = 0; i < 2_000; i++) {
    const a = document.createElement('a');
    a.textContent = `link${i}`;
    p.append(a, ' ');
  }
  letter.append(p);
  const [segment] = segments(letter);
  const started = performance.now();
  for (let i = 0; i < segment!.text.length; i += 7) nodeAt(segment!, i);
  return performance.now() - started;
}

/** markup-width.test.ts: 5,000 list items and 2,000 links cut to the first few. */
function wideMarkup(): number {
  const el = document.createElement('bench-markup-widget') as TestWidget;
  const { letter } = wideLetter();
  el.append(letter);
  const started = performance.now();
  trimWideMarkup(el);
  return performance.now() - started;
}

/** markup-depth.test.ts: a widget with 10,000 nested elements, upgraded and rendered. */
async function deepUpgrade(): Promise<number> {
  const top = deepMarkup();
  const el = document.createElement('bench-markup-widget') as TestWidget;
  el.preview = true;
  el.append(top);
  const started = performance.now();
  document.body.append(el);
  await el.updateComplete;
  await frame();
  const took = performance.now() - started;
  el.remove();
  return took;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

(window as unknown as { runLimits: unknown }).runLimits = async (runs: number) => {
  const times = { letter: [] as number[], wide: [] as number[], deep: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.letter.push(letterLookups());
    times.wide.push(wideMarkup());
    times.deep.push(await deepUpgrade());
  }
  return {
    letter: median(times.letter),
    wide: median(times.wide),
    deep: median(times.deep),
  };
};
