import { expect } from '@open-wc/testing';
import { readEmbedParams } from '../src/iframe/embed-params.js';
import { handleResizeMessage } from '../src/iframe/iframe-resize.js';
import { RESIZE_MESSAGE } from '../src/iframe/messages.js';

describe('iframe mode', () => {
  it('accepts known widgets, passed attributes and safe theme tokens only', () => {
    const params = readEmbedParams(
      new URLSearchParams(
        'widget=step-guide&src=route.json&lang=ar&view=one&onclick=alert(1)' +
          '&--utrecht-link-color=%23123456&--evil=red&--wegwijs-font-family=x;}body{display:none' +
          '&--wegwijs-background=url(https://tracker.example/x.png)&parent=https://gemeente.example/page',
      ),
    );
    expect(params.widget).to.equal('wegwijs-step-guide');
    expect(params.attributes).to.deep.equal([
      ['src', 'route.json'],
      ['lang', 'ar'],
      ['view', 'one'],
    ]);
    expect(params.tokens).to.deep.equal([['--utrecht-link-color', '#123456']]);
    expect(params.parentOrigin).to.equal('https://gemeente.example');
    expect(readEmbedParams(new URLSearchParams('widget=script')).widget).to.equal(undefined);
  });

  it('renders a widget from its URL in embed.html and reports its height to the parent', async () => {
    const iframe = document.createElement('iframe');
    iframe.title = 'Taalkeuze';
    iframe.dataset.wegwijs = '';
    const resized = new Promise<void>((resolve) => {
      const check = () =>
        parseInt(iframe.style.height, 10) > 20 ? resolve() : setTimeout(check, 20);
      check();
    });
    iframe.src =
      // As on disk: the dev server's transforms would break the integrity hashes.
      '/__raw/packages/embed/dist/cdn/embed.html?widget=language-switch&lang=ar&--utrecht-link-color=%23aa0000';
    document.body.append(iframe);
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    const inner = iframe.contentDocument!;
    const deadline = Date.now() + 5000;
    while (
      !inner.querySelector('wegwijs-language-switch')?.shadowRoot?.querySelector('select') &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const languageSwitch = inner.querySelector('wegwijs-language-switch')!;
    expect(languageSwitch.shadowRoot!.querySelector('select')).to.exist;
    expect(inner.documentElement.lang).to.equal('ar');
    expect(inner.documentElement.style.getPropertyValue('--utrecht-link-color')).to.equal(
      '#aa0000',
    );
    await resized;
    expect(parseInt(iframe.style.height, 10)).to.be.greaterThan(20);
    iframe.remove();
  });

  it('ignores a resize message from a wrong origin or another window', () => {
    const iframe = document.createElement('iframe');
    iframe.dataset.wegwijs = '';
    iframe.src = 'https://widgets.example/embed.html';
    document.body.append(iframe);
    try {
      const data = { type: RESIZE_MESSAGE, height: 400 };
      const wrongOrigin = new MessageEvent('message', {
        data,
        origin: 'https://evil.example',
        source: iframe.contentWindow,
      });
      expect(handleResizeMessage(wrongOrigin)).to.equal(false);
      const wrongWindow = new MessageEvent('message', {
        data,
        origin: 'https://widgets.example',
        source: window,
      });
      expect(handleResizeMessage(wrongWindow)).to.equal(false);
      const bad = new MessageEvent('message', {
        data: { type: RESIZE_MESSAGE, height: 'x' },
        origin: 'https://widgets.example',
        source: iframe.contentWindow,
      });
      expect(handleResizeMessage(bad)).to.equal(false);
      expect(iframe.style.height).to.equal('');
      const good = new MessageEvent('message', {
        data,
        origin: 'https://widgets.example',
        source: iframe.contentWindow,
      });
      expect(handleResizeMessage(good)).to.equal(true);
      expect(iframe.style.height).to.equal('400px');
    } finally {
      iframe.remove();
    }
  });
});
