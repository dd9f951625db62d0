// 5. Faults: broken, slow, huge or wrong content; an unknown language; blocked storage. Each
// page has the widget twice (resident view, and `preview` for the editor) plus a host button.
// Pages are served with the strict CSP, as a careful municipality would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STRICT_CSP } from '../lib/server.mjs';
import { widgetPage } from './content.mjs';

const STORAGE_THROWS = () => {
  const thrower = {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  };
  Object.defineProperty(window, 'localStorage', thrower);
  Object.defineProperty(window, 'sessionStorage', thrower);
};

/** Every string leaf becomes a number: valid JSON, wrong schema. */
function wrongSchema(data) {
  const walk = (v) =>
    typeof v === 'string'
      ? 42
      : Array.isArray(v)
        ? v.map(walk)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
          : v;
  return walk(data);
}

function state({ tag }) {
  const [resident, editor] = document.querySelectorAll(tag);
  const noticeOf = (el) => {
    const notice = el.shadowRoot?.querySelector('[part~="editor-notice"]');
    return notice ? notice.textContent.replace(/\s+/g, ' ').trim() : '';
  };
  return {
    residentText: window.__wq.visibleText(resident),
    residentNotice: noticeOf(resident),
    editorNotice: noticeOf(editor),
    editorText: window.__wq.visibleText(editor),
  };
}

export async function faultChecks(ctx) {
  const { only, test, widgets, server, newPage, repo } = ctx;
  if (!only.has('faults')) return;
  const contentWidgets = widgets.filter(
    (w) => w.content && (w.jsonExamples.length || w.csvExamples.length),
  );
  if (contentWidgets.length === 0) {
    ctx.skip('faults', 'all widgets', 'no widget package with examples/*.json yet');
    return;
  }
  const cases = [];
  for (const w of contentWidgets) {
    const exampleFile = w.jsonExamples[0] ?? w.csvExamples[0];
    const exampleUrl = `/__pkg/${w.pkg}/examples/${exampleFile}`;
    const example = w.jsonExamples[0]
      ? JSON.parse(readFileSync(join(repo, 'packages', w.pkg, 'examples', exampleFile), 'utf8'))
      : undefined;
    const wrong = example
      ? server.addFile(`wrong-${w.pkg}.json`, JSON.stringify(wrongSchema(example)))
      : undefined;
    const bad = [
      ['HTTP 404', '/__fault/status/404'],
      ['HTTP 500', '/__fault/status/500'],
      ['no answer (timeout)', '/__fault/hang', { timeout: true }],
      ['empty body', '/__fault/empty'],
      [
        'malformed JSON',
        `/__fault/text?body=${encodeURIComponent('{"steps": [ {"title": "Bel de')}`,
      ],
      [
        'malformed CSV',
        `/__fault/text?type=text/csv&body=${encodeURIComponent('naam,telefoon\n"Wijkteam,"0900\n"""')}`,
      ],
      ['10 MB file', '/__fault/big/10'],
    ];
    if (wrong) bad.push(['wrong schema', wrong]);
    for (const [name, src, options = {}] of bad)
      cases.push({ w, name, src, error: true, ...options });
    cases.push({
      w,
      name: 'slow response (3 s)',
      src: `/__fault/slow/3000?pkg=${w.pkg}/examples/${exampleFile}`,
      error: false,
      slow: true,
    });
    cases.push({
      w,
      name: 'unknown language lang="xx"',
      src: exampleUrl,
      error: false,
      lang: 'xx',
    });
    cases.push({ w, name: 'storage unavailable', src: exampleUrl, error: false, storage: true });
  }
  // Longest first (the timeout waits for the widget's own limit, the slow answer 3 s), so the
  // pages at once end together rather than one timeout running alone at the end.
  const expected = (c) => (c.timeout ? 0 : c.slow ? 1 : 2);
  cases.sort((a, b) => expected(a) - expected(b));
  await ctx.parallel(
    cases,
    async (c) => {
      const p = await newPage({
        viewport: { width: 800, height: 900 },
        initScripts: c.storage ? [STORAGE_THROWS] : [],
      });
      try {
        await test('faults', `${c.w.tag}: ${c.name}`, async () => {
          // A widget attribute for the content timeout, when the element declares one.
          let timeoutAttr = '';
          if (c.timeout) {
            // An element of the tag on the page, so that the loader fetches its code.
            const probe = `<${c.w.tag} hidden></${c.w.tag}>`;
            await p.page.goto(
              server.addPage(widgetPage(server, probe, {}), {
                'content-security-policy': STRICT_CSP,
              }),
            );
            await p.page.waitForFunction((tag) => customElements.get(tag), c.w.tag, {
              timeout: 10_000,
            });
            const attrs = await p.page.evaluate(
              (tag) => customElements.get(tag).observedAttributes ?? [],
              c.w.tag,
            );
            const name = attrs.find((a) => /timeout/.test(a));
            if (name) timeoutAttr = ` ${name}="1500"`;
          }
          const el = (preview) =>
            `<${c.w.tag} src="${c.src}"${preview ? ' preview' : ''}${timeoutAttr}></${c.w.tag}>`;
          const html = widgetPage(server, `${el(false)}\n${el(true)}`, { lang: c.lang ?? 'nl' });
          const t = Date.now();
          await p.page.goto(server.addPage(html, { 'content-security-policy': STRICT_CSP }));
          const limit = c.timeout && !timeoutAttr ? 14_000 : 8_000;
          await p.page.evaluate((ms) => window.__wq.settle(document, ms), limit);
          // Wait for the final state: an editor notice for errors, content otherwise.
          await p.page
            .waitForFunction(
              ({ tag, error }) => {
                const [resident, editor] = document.querySelectorAll(tag);
                const notice = editor?.shadowRoot
                  ?.querySelector('[part~="editor-notice"]')
                  ?.textContent.trim();
                return error
                  ? !!notice && window.__wq.visibleText(resident).length > 0
                  : window.__wq.visibleText(resident).length > 20;
              },
              { tag: c.w.tag, error: c.error },
              { timeout: limit },
            )
            .catch(() => {});
          const s = await p.page.evaluate(state, { tag: c.w.tag });
          const problems = [];
          if (s.residentText.length < 10)
            problems.push(`resident sees no readable text ("${s.residentText}")`);
          if (c.error && !s.editorNotice) problems.push('no editor notice with `preview`');
          if (s.residentNotice) problems.push('editor notice shown without `preview`');
          if (c.slow && Date.now() - t < 2900)
            problems.push('slow response finished too early: fault route not used?');
          await p.page.click('#sibling');
          const clicks = await p.page.evaluate(
            () => document.getElementById('sibling').dataset.clicks,
          );
          if (clicks !== '1') problems.push('the host page button stopped working');
          if (p.errors.length)
            problems.push(`uncaught errors: ${p.errors.slice(0, 3).join(' | ')}`);
          if (problems.length) throw new Error(problems.join('\n'));
          return `${Date.now() - t} ms${timeoutAttr ? ` (${timeoutAttr.trim()})` : ''}: ${(c.error ? s.editorNotice : s.residentText).slice(0, 80)}`;
        });
      } finally {
        await p.close();
      }
    },
    // Mostly waiting (timeouts, slow answers): more pages at once than elsewhere.
    4,
  );
}
