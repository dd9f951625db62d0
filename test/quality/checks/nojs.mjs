// 7. Without JavaScript: the editor's markup must already be a readable page. Sources:
//   - stories whose name or id mentions "markup", "no javascript", "without JavaScript" or
//     "JavaScript off": the story is rendered with every Wegwijs tag left undefined (so the
//     light DOM is exactly the editor's markup), captured, and served as a plain page;
//   - packages/<widget>/examples/*.html (a fragment or a whole page).
// The page is then opened with JavaScript disabled; every heading, list item, paragraph,
// term/definition and link text of the markup must be in the rendered text (body.innerText).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const NOJS_STORY = /markup|no[ -]?javascript|without[ -]javascript|javascript[ -]off|no[ -]?js/i;

const BLOCK_DEFINE = () => {
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    if (name.startsWith('wegwijs-')) return undefined;
    return define(name, ...rest);
  };
};

function expectedAndShown() {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const shown = norm(document.body.innerText);
  const expected = [];
  for (const el of document.querySelectorAll(
    'main h1, main h2, main h3, main h4, main h5, main h6, main li, main p, main dt, main dd, main a, main summary, main figcaption, main th, main td, main caption',
  )) {
    if (el.closest('template')) continue;
    // The element's own text, without nested lists (they are checked on their own).
    const clone = el.cloneNode(true);
    for (const nested of clone.querySelectorAll('ul, ol, dl, template')) nested.remove();
    const text = norm(clone.textContent);
    if (text.length >= 2) expected.push(text.slice(0, 80));
  }
  return {
    missing: expected.filter((t) => !shown.includes(t)),
    count: expected.length,
    sample: shown.slice(0, 100),
  };
}

export async function noJsChecks(ctx) {
  const { only, test, stories, widgets, server, newPage, repo } = ctx;
  if (!only.has('no-js')) return;
  const sources = [];
  for (const story of stories.filter((s) => NOJS_STORY.test(`${s.id} ${s.name}`)))
    sources.push({ kind: 'story', story });
  for (const w of widgets)
    for (const file of w.htmlExamples) sources.push({ kind: 'example', w, file });
  for (const w of widgets.filter((x) => x.content)) {
    const covered = sources.some(
      (s) => (s.kind === 'story' && s.story.importPath?.includes(`/${w.pkg}`)) || s.w === w,
    );
    if (!covered)
      ctx.skip(
        'no-js',
        w.pkg,
        `no "markup"/"without JavaScript" story and no examples/*.html for ${w.tag}`,
      );
  }
  if (sources.length === 0) return;
  const capture = await newPage({ initScripts: [BLOCK_DEFINE] });
  const nojs = await newPage({ javaScriptEnabled: false });
  try {
    for (const source of sources) {
      const name =
        source.kind === 'story'
          ? `story ${source.story.id}`
          : `${source.w.pkg} examples/${source.file}`;
      await test('no-js', name, async () => {
        let markup;
        if (source.kind === 'story') {
          await capture.page.goto(ctx.storyUrl(source.story.id, { locale: 'nl' }));
          await capture.page.waitForFunction(
            () => document.querySelector('#storybook-root')?.childElementCount > 0,
          );
          await capture.page.waitForTimeout(200);
          markup = await capture.page.evaluate(() => {
            const root =
              document.querySelector('#storybook-root main') ??
              document.querySelector('#storybook-root');
            return root.innerHTML;
          });
        } else {
          const text = readFileSync(
            join(repo, 'packages', source.w.pkg, 'examples', source.file),
            'utf8',
          );
          const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(text);
          markup = body ? body[1] : text;
        }
        const url = server.addPage(
          `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Zonder JavaScript</title>` +
            `<script type="module" src="/__bundle/a/wegwijs.js"></script></head><body><main>${markup}</main></body></html>`,
        );
        await nojs.page.goto(url);
        const ran = await nojs.page.evaluate(
          () => typeof customElements.get('wegwijs-language-switch'),
        );
        if (ran !== 'undefined') throw new Error('JavaScript was not disabled');
        const r = await nojs.page.evaluate(expectedAndShown);
        if (r.count === 0)
          throw new Error('the markup has no headings, list items, paragraphs or links');
        if (r.missing.length)
          throw new Error(
            `not visible without JavaScript: ${r.missing
              .slice(0, 5)
              .map((t) => `"${t}"`)
              .join(', ')}`,
          );
        return `${r.count} texts visible`;
      });
    }
  } finally {
    await capture.close();
    await nojs.close();
  }
}
