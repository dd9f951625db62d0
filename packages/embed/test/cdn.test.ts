// The built CDN files (npm test builds before testing): SRI manifest, and a page downloading
// only the code of the widgets it uses, each widget's chunks preloaded together.
import { expect, waitUntil } from '@open-wc/testing';

// Served as on disk: the dev server's transforms would break the integrity hashes.
const base = '/__raw/packages/embed/dist/cdn/';

/** The CDN loader on this test page, once: later elements are found by its observer. */
function addLoaderOnce(): void {
  if (document.querySelector(`script[src="${base}wegwijs.js"]`)) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${base}wegwijs.js`;
  document.head.append(script);
}

async function sha384(buffer: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', buffer);
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

// The test page loads many modules of its own: keep every resource entry (default: 250).
performance.setResourceTimingBufferSize(2000);

describe('CDN files', () => {
  it('publishes an integrity manifest that matches every file', async () => {
    const manifest = (await (await fetch(`${base}integrity.json`)).json()) as {
      version: string;
      files: Record<string, string>;
    };
    const own = (await (await fetch('/__raw/packages/embed/package.json')).json()) as {
      version: string;
    };
    expect(manifest.version).to.equal(own.version);
    const names = Object.keys(manifest.files);
    expect(names).to.include.members(['wegwijs.js', 'embed.html', 'embed.js', 'wegwijs-iframe.js']);
    for (const name of names) {
      const body = await (await fetch(`${base}${name}?verify`)).arrayBuffer();
      expect(await sha384(body), name).to.equal(manifest.files[name]);
    }
  });

  it('loads with the integrity attribute and downloads only the widget on the page', async () => {
    const manifest = (await (await fetch(`${base}integrity.json`)).json()) as {
      files: Record<string, string>;
    };
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${base}wegwijs.js`;
    script.integrity = manifest.files['wegwijs.js']!;
    script.crossOrigin = 'anonymous';
    document.head.append(script);
    const widget = document.createElement('wegwijs-language-switch');
    document.body.append(widget);
    await waitUntil(() => customElements.get('wegwijs-language-switch'), 'defined', {
      timeout: 5000,
    });
    const loaded = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => name.includes(base) && !name.includes('?'))
      .map((name) => name.slice(name.indexOf(base) + base.length));
    // The loader, shared chunks and core's define: none of the four widgets.
    expect(loaded).to.include('wegwijs.js');
    expect(loaded).to.include('widgets/core.js');
    expect(loaded.filter((name) => name.startsWith('widgets/'))).to.deep.equal(['widgets/core.js']);

    // A step guide inserted later: its file, and still not the other three.
    const guide = document.createElement('wegwijs-step-guide');
    const step = document.createElement('li');
    step.append(Object.assign(document.createElement('h3'), { textContent: 'Bel ons' }));
    guide.append(document.createElement('ol'));
    guide.firstElementChild!.append(step);
    document.body.append(guide);
    await waitUntil(() => guide.querySelector('.wegwijs-step-guide__step'), 'step guide rendered', {
      timeout: 5000,
    });
    const widgetFiles = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => name.includes(`${base}widgets/`) && !name.includes('?'))
      .map((name) => name.slice(name.indexOf('widgets/')))
      .sort();
    expect(widgetFiles).to.deep.equal(['widgets/core.js', 'widgets/step-guide.js']);

    // Its chunks were preloaded together, each fetched once. The view came with them (the CDN
    // file is define-with-view): its lazy chunk was never fetched.
    const preloads = [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')]
      .map((link) => link.href)
      .filter((href) => href.includes(base))
      .map((href) => href.slice(href.indexOf(base) + base.length));
    expect(preloads).to.include('widgets/step-guide.js');
    expect(preloads.some((file) => /guide-view/.test(file))).to.equal(false);
    expect(preloads.some((file) => /locales|schema/.test(file))).to.equal(false);
    const fetched = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => name.includes(base) && name.endsWith('.js'));
    expect(fetched.length, 'no file fetched twice').to.equal(new Set(fetched).size);
    expect(fetched.some((name) => /guide-view/.test(name))).to.equal(false);
    // Core's elements (read aloud, language switch), which the guide shows, in a file of their own.
    expect(preloads.some((file) => /^chunks\/elements-/.test(file))).to.equal(true);
    // A guide with JSON content: its schema is in the guide's own file (`connect` in
    // widget-list.json: a schema file would be a seventh request), so no schema file is fetched.
    const schemaFiles = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => /chunks\/schema-/.test(name) && !name.includes('?'));
    const jsonGuide = document.createElement('wegwijs-step-guide');
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = JSON.stringify({ steps: [{ title: { nl: 'Bel ons' } }] });
    jsonGuide.append(json);
    document.body.append(jsonGuide);
    await waitUntil(
      () => jsonGuide.querySelector('.wegwijs-step-guide__step'),
      'JSON guide rendered',
      {
        timeout: 5000,
      },
    );
    expect(schemaFiles()).to.have.length(0);
    jsonGuide.remove();
    widget.remove();
    document.querySelector('wegwijs-step-guide')?.remove();
  });

  it('fetches a content file together with the widget’s code, once (one round trip less)', async () => {
    addLoaderOnce();
    const entries = (part: string) =>
      performance
        .getEntriesByType('resource')
        .filter((e): e is PerformanceResourceTiming => e.name.includes(part));
    type Letter = HTMLElement & { content?: { status: string } };
    const src = '/__raw/packages/letter-explainer/examples/wmo-beschikking.json?cdn-prefetch';
    const letter = document.createElement('wegwijs-letter-explainer') as Letter;
    letter.setAttribute('src', src);
    // Inline JSON comes before src: the widget never fetches that src, nor does the loader.
    const inline = document.createElement('wegwijs-letter-explainer');
    inline.setAttribute('src', `${src}-inline`);
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = '{}';
    inline.append(json);
    document.body.append(letter, inline);
    await waitUntil(() => letter.content?.status === 'ready', 'letter rendered from src', {
      timeout: 10_000,
    });
    const [content, ...again] = entries('wmo-beschikking.json?cdn-prefetch');
    // The loader's request for the widget's file (the first test fetched it with `?verify`).
    const code = entries(`${base}widgets/letter-explainer.js`).find((e) => !e.name.includes('?'))!;
    expect(again, 'the widget took the loader’s request').to.have.length(0);
    expect(content!.startTime, 'requested before the code had arrived').to.be.lessThan(
      code.responseEnd,
    );
    expect(entries('cdn-prefetch-inline')).to.have.length(0);

    // Once the code is there the widget fetches by itself, and the loader does not as well.
    const later = document.createElement('wegwijs-letter-explainer') as Letter;
    later.setAttribute('src', `${src}-later`);
    document.body.append(later);
    await waitUntil(() => later.content?.status === 'ready', 'second letter rendered', {
      timeout: 10_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(entries('cdn-prefetch-later')).to.have.length(1);
    letter.remove();
    inline.remove();
    later.remove();
  });

  it('preloads the letter’s markup reader with its code when the editor’s letter is beside a content file, and what it needs right after its first view', async () => {
    addLoaderOnce();
    const t0 = performance.now();
    type Letter = HTMLElement & { content?: { status: string }; ready?: Promise<void> };
    const letter = document.createElement('wegwijs-letter-explainer') as Letter;
    letter.setAttribute('src', '/__raw/packages/letter-explainer/examples/wmo-beschikking.json');
    letter.innerHTML = '<article><p>Bent u het niet eens met dit <dfn>besluit</dfn>?</p></article>';
    document.body.append(letter);
    await waitUntil(() => letter.content?.status === 'ready', 'letter rendered', {
      timeout: 10_000,
    });
    // The reader checks the editor's letter before the first view: imported only once the
    // content has arrived, it was a round trip of its own after it (issue 23).
    const readers = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= t0 && /chunks\/markup-/.test(e.name))
      .map((e) => e.name);
    const preloaded = () =>
      new Set(
        [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
          (l) => l.href,
        ),
      );
    expect(readers.length > 0, 'the markup reader was fetched').to.equal(true);
    expect(
      readers.every((name) => preloaded().has(name)),
      readers.join(' '),
    ).to.equal(true);
    // What it fetches right after its first view and waits for to be ready (glossary, tips):
    // preloaded once the files before that view are in, not a round trip after the view.
    await letter.ready;
    for (const chunk of ['letter-glossary', 'letter-tips']) {
      const fetched = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => name.includes(`/chunks/${chunk}-`) && !name.includes('?'));
      expect(fetched.length, `${chunk} fetched once`).to.equal(1);
      expect(preloaded().has(fetched[0]!), `${chunk} preloaded`).to.equal(true);
    }
    letter.remove();
  });

  it('warms the full video player when the facade is visible and the browser idle', async () => {
    addLoaderOnce();
    const playerLinks = () =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].filter((l) =>
        /chunks\/player-/.test(l.href),
      );
    const video = () => {
      const element = document.createElement('wegwijs-video-explainer');
      element.innerHTML =
        '<video controls src="/__raw/packages/video-explainer/media/oco-nl.mp4"></video>';
      return element;
    };
    // Save-Data and 2G: see loader.test.ts (warm.ts).
    const visible = video();
    document.body.prepend(visible);
    await waitUntil(() => playerLinks().length > 0, 'warmed when visible and idle', {
      timeout: 5000,
    });
    visible.remove();
  });
});
