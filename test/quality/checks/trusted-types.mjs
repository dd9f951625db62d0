// Issue #27, part 1: a host whose Trusted Types list does not include Lit's `lit-html` policy
// (`require-trusted-types-for 'script'; trusted-types 'none'`, where many security teams
// start). Lit throws as it loads, so no widget can upgrade. On the shipped CDN files
// (packages/embed/dist/cdn), every widget must still show something readable: the editor's
// markup, or a short message in the page's language with a link where there is one; and the
// host's developer gets ONE console message naming the policy line to add.
import { join } from 'node:path';

export const TT_NONE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "media-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types 'none'";

/** One element per widget, as an editor pastes it; `markup` ones hold the editor's HTML. */
const ELEMENTS = [
  {
    name: 'step guide (src)',
    tag: 'wegwijs-step-guide',
    html: '<wegwijs-step-guide src="/__pkg/step-guide/examples/oco-route.json" fallback-href="/route.html"></wegwijs-step-guide>',
    link: '/route.html',
  },
  {
    name: 'step guide (markup)',
    tag: 'wegwijs-step-guide',
    html: '<wegwijs-step-guide><ol><li><h3>Bel de gemeente</h3><p>Vraag om een gesprek.</p></li></ol></wegwijs-step-guide>',
    markup: 'Bel de gemeente',
  },
  {
    name: 'video explainer (src)',
    tag: 'wegwijs-video-explainer',
    html: '<wegwijs-video-explainer src="/__pkg/video-explainer/examples/oco-explainer.json"></wegwijs-video-explainer>',
  },
  {
    name: 'video explainer (markup)',
    tag: 'wegwijs-video-explainer',
    html: '<wegwijs-video-explainer><video lang="nl" controls preload="none"><source src="/uitleg.mp4" type="video/mp4"></video><p><a href="/uitleg.mp4">Download de video over gratis hulp</a></p></wegwijs-video-explainer>',
    markup: 'Download de video over gratis hulp',
  },
  {
    name: 'letter explainer (src)',
    tag: 'wegwijs-letter-explainer',
    html: '<wegwijs-letter-explainer src="/__pkg/letter-explainer/examples/wmo-beschikking.json" fallback-href="https://gemeente.invalid/brieven"></wegwijs-letter-explainer>',
    link: 'https://gemeente.invalid/brieven',
  },
  {
    name: 'contact finder (inline JSON)',
    tag: 'wegwijs-contact-finder',
    html: '<wegwijs-contact-finder><script type="application/json">{"contacts":[{"name":"Fatima","languages":["ar","nl"]}]}</script></wegwijs-contact-finder>',
  },
  {
    name: 'question helper (src)',
    tag: 'wegwijs-question-helper',
    html: '<wegwijs-question-helper src="/__pkg/question-helper/examples/voorbeeldstad-questions.json" fallback-href="/vragen.html"></wegwijs-question-helper>',
    link: '/vragen.html',
  },
  {
    name: 'question helper (markup)',
    tag: 'wegwijs-question-helper',
    html: '<wegwijs-question-helper><ul><li>Geld en schulden<ul><li>Ik kan mijn rekeningen niet betalen.</li></ul></li></ul></wegwijs-question-helper>',
    markup: 'Ik kan mijn rekeningen niet betalen.',
  },
  {
    name: 'letter explainer (markup)',
    tag: 'wegwijs-letter-explainer',
    html: '<wegwijs-letter-explainer><div data-letter><p>Wij hebben een besluit genomen.</p></div><p data-answer="what">Een besluit over uw aanvraag.</p></wegwijs-letter-explainer>',
    markup: 'Een besluit over uw aanvraag.',
  },
  {
    name: 'contact finder (markup)',
    tag: 'wegwijs-contact-finder',
    html: '<wegwijs-contact-finder><ul><li data-kind="sleutelpersoon" data-languages="ar nl"><h3 data-field="name">Fatima</h3><a data-field="phone" href="tel:0201234567">020 123 4567</a></li></ul></wegwijs-contact-finder>',
    markup: 'Fatima',
  },
  {
    name: 'language switch',
    tag: 'wegwijs-language-switch',
    html: '<wegwijs-language-switch languages="nl ar tr"></wegwijs-language-switch>',
  },
  {
    name: 'read-aloud button',
    tag: 'wegwijs-read-aloud',
    html: '<wegwijs-read-aloud text="U kunt gratis hulp krijgen." text-lang="nl" audio="/bel.mp3"></wegwijs-read-aloud>',
    link: '/bel.mp3',
  },
];

function page(lang, dir) {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Trusted Types 'none'</title>
<script type="module" src="/__bundle/cdn/wegwijs.js"></script></head>
<body><main>${ELEMENTS.map((e, i) => `<div id="w${i}">${e.html}</div>`).join('\n')}</main></body></html>`;
}

/** Inside the page: what each element shows. */
function inspect(count) {
  return Array.from({ length: count }, (_, i) => {
    const el = document.querySelector(`#w${i}`).firstElementChild;
    const box = el.querySelector('[data-wegwijs-fallback]');
    const link = box?.querySelector('a');
    return {
      defined: !!customElements.get(el.localName),
      text: el.innerText.replace(/\s+/g, ' ').trim(),
      fallback: box ? { lang: box.lang, dir: box.dir, text: box.textContent } : undefined,
      link: link?.getAttribute('href'),
    };
  });
}

export async function trustedTypesChecks(ctx) {
  const { only, test, newPage, server, repo } = ctx;
  if (!only.has('trusted-types')) return;
  server.addBundle('cdn', join(repo, 'packages', 'embed', 'dist', 'cdn'));
  for (const [lang, dir, expected] of [
    ['nl', 'ltr', 'Deze informatie kan hier nu niet worden getoond.'],
    ['ar', 'rtl', 'لا يمكن عرض هذه المعلومات هنا الآن.'],
  ]) {
    const p = await newPage({ viewport: { width: 800, height: 900 } });
    try {
      await p.page.goto(
        server.addPage(page(lang, dir), { 'content-security-policy': TT_NONE_CSP }),
      );
      // The loader, the failed widget chunks and the fallback chunk: wait for every element.
      await p.page
        .waitForFunction(
          (n) =>
            [...document.querySelectorAll('main > div')].filter(
              (d) =>
                d.firstElementChild.innerText.trim() || d.querySelector('[data-wegwijs-fallback]'),
            ).length === n,
          ELEMENTS.filter((e) => !e.markup).length + ELEMENTS.filter((e) => e.markup).length,
          { timeout: 10_000 },
        )
        .catch(() => {});
      await p.page.waitForTimeout(300);
      const seen = await p.page.evaluate(inspect, ELEMENTS.length);
      for (const [i, e] of ELEMENTS.entries()) {
        await test('trusted-types', `trusted-types 'none', lang=${lang}: ${e.name}`, async () => {
          const s = seen[i];
          const problems = [];
          if (s.defined)
            problems.push('the element upgraded: the CSP did not block Lit (test broken?)');
          if (!s.text) problems.push('blank: the resident sees nothing');
          if (e.markup) {
            if (!s.text.includes(e.markup))
              problems.push(`the editor's markup is not shown ("${s.text}")`);
            if (s.fallback) problems.push('a message was added although the markup is readable');
          } else if (!s.fallback)
            problems.push(`no fallback message (shows "${s.text.slice(0, 60)}")`);
          else {
            if (s.fallback.lang !== lang || s.fallback.dir !== dir)
              problems.push(
                `message in ${s.fallback.lang}/${s.fallback.dir}, page is ${lang}/${dir}`,
              );
            if (
              e.tag !== 'wegwijs-read-aloud' &&
              e.tag !== 'wegwijs-language-switch' &&
              !s.fallback.text.includes(expected)
            )
              problems.push(`message "${s.fallback.text}", expected "${expected}"`);
          }
          if (e.link && !(s.link ?? '').endsWith(e.link))
            problems.push(`link ${s.link}, expected ${e.link}`);
          if (problems.length) throw new Error(problems.join('\n'));
          return s.text.slice(0, 60);
        });
      }
      await test(
        'trusted-types',
        `trusted-types 'none', lang=${lang}: one console message`,
        async () => {
          const ours = p.consoleMessages.filter((m) => m.text.startsWith('[wegwijs]'));
          const problems = [];
          if (ours.length !== 1)
            problems.push(
              `${ours.length} Wegwijs console messages: ${ours.map((m) => m.text.slice(0, 80)).join(' | ')}`,
            );
          else if (!ours[0].text.includes("trusted-types lit-html 'allow-duplicates'"))
            problems.push(`the message does not name the policy line: ${ours[0].text}`);
          if (p.errors.length) problems.push(`uncaught errors: ${p.errors.join(' | ')}`);
          if (problems.length) throw new Error(problems.join('\n'));
          return ours[0].text.slice(0, 80);
        },
      );
    } finally {
      await p.close();
    }
  }
}
