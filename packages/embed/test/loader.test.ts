import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { startLazyLoader } from '../src/loader.js';

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
      await waitUntil(
        () => customElements.get('wegwijs-language-switch'),
        'defined after insertion',
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
});
