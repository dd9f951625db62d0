import { expect, fixture, html } from '@open-wc/testing';
import './helpers/test-widget.js';
import { TestWidget, settled, type TestContent } from './helpers/test-widget.js';
import { ContentController } from '../src/index.js';

document.documentElement.lang = 'nl';
const good = JSON.stringify({ title: 'Hulp', steps: [{ title: 'Bel' }] });

async function widgetFor(template: ReturnType<typeof html>) {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.join(' '));
  try {
    const widget = (await fixture(template)) as TestWidget;
    await settled(widget);
    return { widget, errors, notice: widget.shadowRoot!.querySelector('[part=editor-notice]') };
  } finally {
    console.error = original;
  }
}

const markup = html`<h2>Hulp (editor)</h2>
  <ol>
    <li>Bel de gemeente</li>
  </ol>`;

describe('content loading', () => {
  it('reads inline JSON first', async () => {
    const { widget } = await widgetFor(
      html`<test-widget src="/__fault/status/404"
        ><script type="application/json">
          ${good}
        </script></test-widget
      >`,
    );
    expect(widget.content.origin).to.equal('inline');
    expect(widget.shadowRoot!.querySelector('h2')?.textContent).to.equal('Hulp');
  });

  it('reads a src URL', async () => {
    const { widget } = await widgetFor(
      html`<test-widget src=${`/__fault/text?body=${encodeURIComponent(good)}`}></test-widget>`,
    );
    expect(widget.content.origin).to.equal('src');
    expect(widget.shadowRoot!.querySelector('li')?.textContent).to.equal('Bel');
  });

  it('reads the editor’s markup, which is readable before the element is defined', async () => {
    const plain = await fixture(html`<div><undefined-widget>${markup}</undefined-widget></div>`);
    expect((plain as HTMLElement).innerText).to.contain('Bel de gemeente');
    const { widget } = await widgetFor(html`<test-widget>${markup}</test-widget>`);
    expect(widget.content.origin).to.equal('markup');
    expect(widget.shadowRoot!.querySelector('[part=base] li')?.textContent).to.equal(
      'Bel de gemeente',
    );
  });

  const faults: [string, string, RegExp][] = [
    [
      '404',
      '/__fault/status/404',
      /src "\/__fault\/status\/404" gaf antwoord 404 \(staat het bestand er/,
    ],
    ['500', '/__fault/status/500', /gaf antwoord 500/],
    [
      'malformed JSON',
      `/__fault/text?body=${encodeURIComponent('{"title": "x",')}`,
      /src "[^"]+": geen geldige JSON op regel 1, teken 15\. Let op komma’s/,
    ],
    ['an empty body', '/__fault/empty', /src "\/__fault\/empty" is leeg/],
    [
      'the wrong schema',
      `/__fault/text?body=${encodeURIComponent('{"title": 3, "steps": []}')}`,
      /^\[test-widget\] title: verwacht tekst of \{ "nl": "…" \}, gevonden getal$/,
    ],
    ['a file that is too large', '/__fault/big/6', /is groter dan 5\.0 MB/],
    ['an address that is not one', 'http://[bad', /src "http:\/\/\[bad" is geen geldig adres/],
    [
      'a network error',
      'http://127.0.0.1:9/x.json',
      /kon niet worden geladen \(netwerk, of staat CORS het niet toe\?\)/,
    ],
  ];
  for (const [name, src, message] of faults) {
    it(`falls back to the editor markup and tells the editor on ${name}`, async () => {
      const { widget, errors, notice } = await widgetFor(
        html`<test-widget preview src=${src}>${markup}</test-widget>`,
      );
      expect(
        errors.some((e) => message.test(e)),
        errors.join('\n'),
      ).to.equal(true);
      expect(widget.content.origin).to.equal('markup');
      expect(widget.shadowRoot!.querySelector('[part=base] li')?.textContent).to.equal(
        'Bel de gemeente',
      );
      expect(notice?.textContent).to.match(
        message.source.startsWith('^') ? /title: verwacht tekst/ : message,
      );
    });
  }

  it('gives up after the timeout with a precise message and the resident fallback', async () => {
    const { widget, errors, notice } = await widgetFor(
      html`<test-widget preview timeout="300" src="/__fault/slow/3000"></test-widget>`,
    );
    expect(errors.join()).to.match(/gaf binnen 0\.3 s geen antwoord/);
    expect(widget.content.status).to.equal('failed');
    const fallback = widget.shadowRoot!.querySelector('[part=fallback]');
    expect(fallback?.textContent).to.contain('Deze informatie kan nu niet worden getoond');
    expect(notice?.textContent).to.contain('gaf binnen 0.3 s geen antwoord');
  });

  it('never shows the editor notice without preview, and never a blank widget', async () => {
    const { widget, notice } = await widgetFor(
      html`<test-widget src="/__fault/status/404"></test-widget>`,
    );
    expect(notice).to.equal(null);
    expect(widget.shadowRoot!.querySelector('[part=fallback]')).to.exist;
    expect(widget.getBoundingClientRect().height).to.be.greaterThan(10);
  });

  it('aborts the old request when src changes', async () => {
    const { widget } = await widgetFor(html`<test-widget src="/__fault/slow/2000"></test-widget>`);
    widget.src = `/__fault/text?body=${encodeURIComponent(good)}`;
    await widget.updateComplete;
    await settled(widget);
    expect(widget.content.origin).to.equal('src');
    expect(widget.shadowRoot!.querySelector('h2')?.textContent).to.equal('Hulp');
  });

  it('names broken inline JSON in Dutch, with its line and column (issue 18)', async () => {
    // prettier-ignore
    const { notice } = await widgetFor(
      html`<test-widget preview><script type="application/json">
          {"title": "x",}
        </script>${markup}</test-widget>`,
    );
    expect(notice?.textContent).to.match(
      /<script type="application\/json">: geen geldige JSON op regel 2, teken \d+\./,
    );
  });

  it('reports an empty widget to the editor', async () => {
    const { errors } = await widgetFor(html`<test-widget preview></test-widget>`);
    expect(errors.join()).to.contain(
      'Geen inhoud: geef een src, een inline JSON-script of de markup van de widget',
    );
  });
});

// A bug in a widget's content checker must not leave the widget on "loading" forever.
class ThrowingWidget extends TestWidget {
  override readonly content = new ContentController<TestContent>(this, {
    validate: () => {
      throw new TypeError('checker bug');
    },
    fromMarkup: (host) => host.querySelector('ol') ?? undefined,
  });
}
customElements.define('throwing-widget', ThrowingWidget);

describe('content loading with a checker that throws', () => {
  it('ends in the fallback and tells the editor, instead of loading forever', async () => {
    const { widget, errors } = await widgetFor(
      html`<throwing-widget preview>${markup}</throwing-widget>`,
    );
    expect(widget.content.status).to.equal('failed');
    // In Dutch for the editor (issue 18): code content-check-failed.
    expect(errors.join('\n')).to.contain(
      'de inhoud kon niet worden gecontroleerd (TypeError: checker bug)',
    );
    const notice = widget.shadowRoot!.querySelector('[part=editor-notice]');
    expect(notice?.textContent).to.contain('checker bug');
    // Screen readers read the Dutch message as Dutch (issue 18).
    expect(notice?.querySelector('li')?.getAttribute('lang')).to.equal('nl');
    // Its stable code, as `wegwijs check` names it.
    expect(notice?.querySelector('li code')?.textContent).to.equal('content-check-failed');
    expect(widget.shadowRoot!.querySelector('[part=fallback]')).to.not.equal(null);
    expect(widget.innerText).to.contain('Bel de gemeente'); // the editor's markup stays
  });
});
