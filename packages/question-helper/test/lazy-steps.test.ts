// The steps after the first screen (later-steps.ts) are fetched after the first render and its
// pictograms, without a tap, and a tap that comes first keeps focus on the step's heading until
// they arrive. The page is an iframe (its own module cache) whose import map sends
// later-steps.ts to a gate: a module that notes when it was asked for, waits until the test
// opens it, then re-exports the real module.
import { expect, waitUntil } from '@open-wc/testing';

type Frame = Window & {
  laterAskedAt?: number;
  renderedAt?: number;
  picturesInWhenAsked?: boolean;
  openLater?: boolean;
  openPictures?: boolean;
};

/** Import map entries that send `file` (../src, .ts or .js) to a module that runs `before`,
 * waits until `globalThis[flag]` is set, then re-exports the real module. */
function gated(file: string, flag: string, before = '') {
  const chunk = new URL(`../src/${file}`, import.meta.url);
  const gate = `data:text/javascript,${encodeURIComponent(
    `${before}
     await new Promise((go) => { const poll = () => (globalThis.${flag} ? go() : setTimeout(poll, 20)); poll(); });
     export * from ${JSON.stringify(`${chunk.href}?gated`)};`,
  )}`;
  return { [chunk.href]: gate, [chunk.href.replace(/\.ts$/, '.js')]: gate };
}

async function helperWithGatedLaterSteps(content: string) {
  const imports = {
    ...gated(
      'later-steps.ts',
      'openLater',
      `globalThis.laterAskedAt = performance.now();
       globalThis.picturesInWhenAsked = !document.querySelector('[data-pictogram="loading"]');`,
    ),
    // The pictograms come when the test says so: a slow network for them.
    ...gated('pictogram-loader.ts', 'openPictures'),
  };
  // When the first screen is in the document (a MutationObserver's callback runs right after
  // the render that added it, before any other task).
  const watch = `new MutationObserver((_, o) => {
    if (document.querySelector('.wegwijs-question-helper__in')) {
      window.renderedAt = performance.now();
      o.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`;
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="nl"><body>
    <script type="importmap">${JSON.stringify({ imports })}</script>
    <script>${watch}</script>
    <script type="module" src="${new URL('../src/define.ts', import.meta.url).pathname}"></script>
    <wegwijs-question-helper>${content}</wegwijs-question-helper></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Frame;
  const el = frame.contentDocument!.querySelector('wegwijs-question-helper')!;
  return { win, el, doc: frame.contentDocument! };
}

const JSON_CONTENT = `<script type="application/json">${JSON.stringify({
  domains: [
    {
      id: 'money',
      label: 'Geld',
      statements: [{ id: 'bills', text: 'Ik kan mijn rekeningen niet betalen.' }],
    },
  ],
})}</script>`;

describe('question helper: the later steps load after the first screen', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('fetches them after the first render without a tap; a tap before they arrive keeps focus', async () => {
    const { win, el, doc } = await helperWithGatedLaterSteps(JSON_CONTENT);
    // Not while the first screen's pictograms are on their way (they come first)…
    await waitUntil(() => win.renderedAt !== undefined, 'the first screen', { timeout: 6000 });
    // Longer than the idle callback's timeout (1 s, later-steps-loader.ts): asked by now if
    // it did not wait for the pictograms.
    await new Promise((wait) => setTimeout(wait, 1500));
    expect(win.laterAskedAt, 'asked before the pictograms').to.equal(undefined);
    win.openPictures = true;
    // …then without any tap, after the first screen was rendered.
    await waitUntil(() => win.laterAskedAt !== undefined, 'the later steps were not fetched', {
      timeout: 6000,
    });
    expect(win.renderedAt, 'the first screen rendered').to.be.a('number');
    expect(win.laterAskedAt!).to.be.greaterThan(win.renderedAt!);
    // After the first screen's pictograms, which the resident sees now.
    expect(win.picturesInWhenAsked, 'pictograms in before the later steps').to.equal(true);

    // The resident picks a domain and taps "Next" while the code is still on its way.
    el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__domain')!.click();
    await waitUntil(() => el.querySelector('[aria-pressed="true"]'));
    el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__next')!.click();
    const heading = () => el.querySelector('.wegwijs-question-helper__title');
    await waitUntil(() => heading()?.textContent?.includes('Wat past bij u?'), 'step 2 heading');
    await waitUntil(() => doc.activeElement === heading(), 'focus on the heading');
    const wait = el.querySelector('.wegwijs-question-helper__wait')!;
    expect(wait.getAttribute('role')).to.equal('status');
    expect(wait.getAttribute('aria-busy')).to.equal('true');
    expect(el.querySelector('.wegwijs-question-helper__statements')).to.equal(null);

    // The code arrives: the step is shown, the heading keeps focus (same element).
    const focusedHeading = doc.activeElement;
    win.openLater = true;
    await waitUntil(
      () => el.querySelector('.wegwijs-question-helper__statements input[type="checkbox"]'),
      'the statements after the code arrived',
      { timeout: 6000 },
    );
    expect(doc.activeElement).to.equal(focusedHeading);
    expect(el.querySelector('.wegwijs-question-helper__wait')).to.equal(null);
  });
});
