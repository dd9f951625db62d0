import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { startLazyLoader } from '../src/loader.js';
import { contentForm } from '../src/preload.js';
import { savesData, warmWhenUseful } from '../src/warm.js';

describe('lazy loader', () => {
  it('downloads a widget only when its tag appears, also when inserted later', async () => {
    const calls: string[] = [];
    const loader = startLazyLoader({
      'wegwijs-language-switch': () => {
        calls.push('core');
        return import('@wegwijs/core/define');
      },
      'wegwijs-not-used': () => {
        calls.push('unused');
        return Promise.resolve();
      },
    });
    try {
      expect(calls).to.deep.equal([]);
      const tab = await fixture(html`<section hidden></section>`);
      // A CMS opens a tab and inserts the widget after the page loaded.
      const inserted = document.createElement('div');
      inserted.append(document.createElement('wegwijs-language-switch'));
      tab.append(inserted);
      // Core's define compiled module by module by the dev server: slow on a busy machine.
      await waitUntil(
        () => customElements.get('wegwijs-language-switch'),
        'defined after insertion',
        { timeout: 5000 },
      );
      expect(calls).to.deep.equal(['core']);
      tab.append(document.createElement('wegwijs-language-switch'));
      loader.scan();
      expect(calls).to.deep.equal(['core']);
      expect([...loader.requested]).to.deep.equal(['wegwijs-language-switch']);
    } finally {
      loader.stop();
    }
  });

  it('reports a chunk that fails to load and tries again next time', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args[0]);
    let attempts = 0;
    const loader = startLazyLoader({
      'wegwijs-broken-widget': () => {
        attempts++;
        return Promise.reject(new Error('offline'));
      },
    });
    try {
      await fixture(html`<wegwijs-broken-widget></wegwijs-broken-widget>`).catch(() => undefined);
      await waitUntil(() => errors.length === 1, 'reported', { timeout: 5000 });
      expect(String(errors[0])).to.contain('<wegwijs-broken-widget>');
      loader.scan();
      expect(attempts).to.equal(2);
    } finally {
      console.error = original;
      loader.stop();
    }
  });

  it('shows every widget element found to onElement, each inserted one too', async () => {
    const seen: Element[] = [];
    const first = await fixture(html`<div><wegwijs-element-seen></wegwijs-element-seen></div>`);
    const loader = startLazyLoader(
      { 'wegwijs-element-seen': () => Promise.resolve() },
      document,
      (element) => seen.push(element),
    );
    try {
      expect(seen).to.deep.equal([first.firstElementChild]);
      const second = document.createElement('wegwijs-element-seen');
      first.append(second);
      await waitUntil(() => seen.length === 2, 'inserted element seen');
      expect(seen[1]).to.equal(second);
      expect([...loader.requested]).to.deep.equal(['wegwijs-element-seen']);
    } finally {
      loader.stop();
    }
  });
});

describe('content form (what the loader preloads for)', () => {
  const element = (attributes: Record<string, string>, json = false) => {
    const el = document.createElement('wegwijs-step-guide-x');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (json) {
      const script = document.createElement('script');
      script.type = 'application/json';
      el.append(script);
    }
    el.append(document.createElement('ol'));
    return el;
  };

  it('reads inline JSON first, then src (CSV by name), else markup, as the content loader does', () => {
    expect(contentForm(element({}, true))).to.equal('json');
    expect(contentForm(element({ src: 'route.csv' }, true))).to.equal('json');
    expect(contentForm(element({ src: '/content/route.json' }))).to.equal('json');
    expect(contentForm(element({ src: '/api/route' }))).to.equal('json');
    expect(contentForm(element({ src: 'contacts.CSV?v=2' }))).to.equal('csv');
    expect(contentForm(element({ src: 'contacts.csv#top' }))).to.equal('csv');
    expect(contentForm(element({}))).to.equal('markup');
  });

  it('ignores a JSON script deeper in the markup, as the content loader does', () => {
    const el = element({});
    const nested = document.createElement('script');
    nested.type = 'application/json';
    el.firstElementChild!.append(nested);
    expect(contentForm(el)).to.equal('markup');
  });
});

describe('warming what the first tap needs', () => {
  const setConnection = (value: object | undefined) =>
    Object.defineProperty(navigator, 'connection', { value, configurable: true });
  afterEach(() => setConnection(undefined));
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('tells Save-Data and 2G from other connections', () => {
    expect(savesData({ saveData: true, effectiveType: '4g' })).to.equal(true);
    expect(savesData({ effectiveType: '2g' })).to.equal(true);
    expect(savesData({ effectiveType: 'slow-2g' })).to.equal(true);
    expect(savesData({ effectiveType: '3g' })).to.equal(false);
    expect(savesData(undefined)).to.equal(false);
  });

  it('warms once, when the element is visible and the browser idle', async () => {
    const element = await fixture(html`<div style="block-size: 10px">video</div>`);
    let calls = 0;
    warmWhenUseful(element, () => (calls += 1));
    await waitUntil(() => calls === 1, 'warmed when visible', { timeout: 5000 });
    element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await sleep(50);
    expect(calls).to.equal(1);
  });

  it('does not warm an element out of sight', async () => {
    const element = await fixture(
      html`<div style="position: absolute; inset-block-start: 5000px">video</div>`,
    );
    let calls = 0;
    warmWhenUseful(element, () => (calls += 1));
    await sleep(500);
    expect(calls).to.equal(0);
  });

  it('on Save-Data, warms only at pointer-down', async () => {
    setConnection({ saveData: true });
    const element = await fixture(html`<div style="block-size: 10px">video</div>`);
    let calls = 0;
    warmWhenUseful(element, () => (calls += 1));
    await sleep(500);
    expect(calls, 'visible and idle').to.equal(0);
    element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(calls, 'pointer-down').to.equal(1);
  });
});
