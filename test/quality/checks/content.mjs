// 4. Hostile content: every widget's examples with hostile strings in the string leaves, fed
// inline (<script type="application/json">) and via src (and CSV where the widget has a CSV
// example). The page has NO CSP on purpose, so an injection would really run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { hostilePool, mutate, XSS } from '../lib/hostile.mjs';

const require = createRequire(import.meta.url);

export function widgetPage(server, body, { lang = 'nl', dir = 'ltr', head = '' } = {}) {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wegwijs quality page</title>${head}
<script type="module" src="/__bundle/a/wegwijs.js"></script></head>
<body><main id="host">${body}</main>
<p><button type="button" id="sibling">Knop van de gastpagina</button></p>
<script type="module" src="/__hosts/sibling.js"></script>
</body></html>`;
}

/** JSON that is safe inside <script type="application/json"> (as a careful editor writes it). */
export function inlineJson(data) {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Inside the page: what the hostile content did. */
function audit({ tag, width, markers }) {
  const el = document.querySelector(tag);
  const nodes = [el, ...window.__wq.deepAll(el)];
  if (el.shadowRoot) nodes.push(...window.__wq.deepAll(el.shadowRoot));
  const dangerous = [];
  for (const n of nodes) {
    const name = n.localName;
    if (name === 'script' && !(n.parentElement === el && n.type === 'application/json'))
      dangerous.push('script');
    if (['iframe', 'object', 'embed', 'frame', 'base', 'meta', 'link'].includes(name))
      dangerous.push(name);
    for (const attr of n.attributes ?? []) {
      const v = attr.value
        .trim()
        .toLowerCase()
        .replace(/[\u0000-\u001f\s]/g, '');
      if (attr.name.startsWith('on')) dangerous.push(`${name}[${attr.name}]`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcdoc'].includes(
          attr.name,
        ) &&
        (v.startsWith('javascript:') ||
          v.startsWith('data:text') ||
          v.startsWith('vbscript:') ||
          attr.name === 'srcdoc')
      )
        dangerous.push(`${name}[${attr.name}="${attr.value.slice(0, 40)}"]`);
    }
  }
  // The widget's own inline JSON is input, not output: leave it out of what is "shown".
  const inline = el.querySelector(':scope > script[type="application/json"]');
  const source = inline?.textContent ?? '';
  const text = window.__wq.deepText(el).replace(source, '').replace(/\s+/g, ' ');
  const shown = markers.filter((m) => text.includes(m));
  // Horizontal overflow beyond the viewport, unless a clipping or scrolling box contains it.
  const overflow = [];
  for (const n of nodes) {
    if (!(n instanceof Element)) continue;
    const r = n.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right <= width + 1 && r.left >= -1) continue;
    let clipped = false;
    for (
      let a = n.parentElement ?? n.getRootNode().host;
      a && a !== document.body;
      a = a.parentElement ?? a.getRootNode().host
    ) {
      const cs = getComputedStyle(a);
      if (cs.overflowX !== 'visible') {
        clipped = true;
        break;
      }
    }
    if (!clipped)
      overflow.push(
        `${window.__wq.describe(n).slice(-80)} (${Math.round(r.left)}…${Math.round(r.right)})`,
      );
    if (overflow.length > 3) break;
  }
  return {
    pwned: window.__pwned,
    dangerous: [...new Set(dangerous)],
    shown: shown.length,
    scrollWidth: document.documentElement.scrollWidth,
    overflow,
    visible: window.__wq.visibleText(el).length,
  };
}

export async function contentChecks(ctx) {
  const { only, test, widgets, server, newPage, repo } = ctx;
  if (!only.has('content')) return;
  const contentWidgets = widgets.filter((w) => w.content);
  for (const w of widgets.filter((x) => !x.content && x.pkg !== 'core'))
    ctx.skip('content', w.pkg, 'no examples/*.json or *.csv yet');
  if (contentWidgets.length === 0) {
    ctx.skip('content', 'all widgets', 'no widget package with examples/*.json yet');
    return;
  }
  const pool = hostilePool();
  const cases = [];
  for (const w of contentWidgets) {
    for (const file of w.jsonExamples) {
      const data = JSON.parse(
        readFileSync(join(repo, 'packages', w.pkg, 'examples', file), 'utf8'),
      );
      for (const feed of ['inline', 'src']) {
        for (const [mode, round] of [
          ['text', 0],
          ['text', 1],
          ['all', 2],
        ]) {
          cases.push({ w, file, feed, mode, round, data });
        }
      }
    }
    for (const file of w.csvExamples) {
      const Papa = require('papaparse');
      const csv = Papa.parse(
        readFileSync(join(repo, 'packages', w.pkg, 'examples', file), 'utf8'),
        { header: true, skipEmptyLines: true },
      );
      for (const [mode, round] of [
        ['text', 0],
        ['all', 1],
      ])
        cases.push({ w, file, feed: 'csv', mode, round, csv, Papa });
    }
  }
  const pages = [
    await newPage({ viewport: { width: 375, height: 800 } }),
    await newPage({ viewport: { width: 375, height: 800 } }),
  ];
  await ctx.parallel(cases, async (c, worker) => {
    const p = pages[worker];
    await test(
      'content',
      `${c.w.tag} ${c.file} via ${c.feed}, ${c.mode} leaves, round ${c.round}`,
      async () => {
        p.errors.length = 0;
        let body;
        let leaves;
        let markers;
        if (c.feed === 'csv') {
          const fields = c.csv.meta.fields;
          const rows = c.csv.data.map(
            (row) => mutate(row, { mode: c.mode, round: c.round, pool }).data,
          );
          leaves = rows.length * fields.length;
          const text = c.Papa.unparse(rows, { columns: fields });
          const url = server.addFile(`hostile-${c.w.pkg}.csv`, text, 'text/csv; charset=utf-8');
          body = `<${c.w.tag} src="${url}"></${c.w.tag}>`;
          markers = XSS;
        } else {
          const m = mutate(c.data, { mode: c.mode, round: c.round, pool });
          leaves = m.leaves;
          markers = XSS;
          if (c.feed === 'inline') {
            body = `<${c.w.tag}><script type="application/json">${inlineJson(m.data)}</script></${c.w.tag}>`;
          } else {
            const url = server.addFile(`hostile-${c.w.pkg}.json`, JSON.stringify(m.data));
            body = `<${c.w.tag} src="${url}"></${c.w.tag}>`;
          }
        }
        await p.page.goto(server.addPage(widgetPage(server, body)));
        const settled = await p.page.evaluate(() => window.__wq.settle(document, 12_000));
        if (!settled.ok) throw new Error(`never defined: ${settled.undefined.join(', ')}`);
        // Links and toggles could run a payload only when used: press every button/link once.
        await p.page.waitForTimeout(100);
        const a = await p.page.evaluate(audit, { tag: c.w.tag, width: 375, markers });
        const problems = [];
        if (a.pwned !== undefined) problems.push('window.__pwned was set: a payload ran');
        if (a.dangerous.length)
          problems.push(`dangerous markup created: ${a.dangerous.slice(0, 6).join(', ')}`);
        if (c.mode === 'text' && a.shown === 0)
          problems.push('none of the hostile strings is shown as text');
        if (a.visible === 0) problems.push('the widget shows no text at all (not even a fallback)');
        if (a.scrollWidth > 376)
          problems.push(`page scrolls horizontally at 375 px (scrollWidth ${a.scrollWidth})`);
        if (a.overflow.length)
          problems.push(`sticks out of the viewport: ${a.overflow.join(', ')}`);
        if (p.errors.length) problems.push(`uncaught errors: ${p.errors.slice(0, 3).join(' | ')}`);
        if (problems.length) throw new Error(problems.join('\n'));
        return `${leaves} leaves, ${a.shown} markers shown`;
      },
    );
  });
  for (const p of pages) await p.close();
}
