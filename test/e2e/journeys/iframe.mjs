// The iframe mode (for a CMS that strips <script>) on another origin: the resident chooses a
// language with the host page's switch, and the widget in the iframe follows (#26 defect 5).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repo } from '../lib/site.mjs';
import { t } from '../lib/ui-strings.mjs';
import { press, until } from './common.mjs';
import { readUiLocales } from '../../../packages/tools/lib/locales.mjs';

export const name = "iframe follows the host page's language";

export async function run(ctx) {
  const { page, site, locale, check, shot } = ctx;
  const cdn = '/packages/embed/dist/cdn';
  const src = `${site.otherOrigin}${cdn}/embed.html?widget=step-guide&src=/packages/step-guide/examples/oco-route.json&parent=${encodeURIComponent(site.origin)}`;
  const css = await readFile(join(repo, 'docs/site/site.css'), 'utf8');
  const host = site.server.addPage(`<!doctype html><html lang="nl"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>
    <style>${css} iframe{inline-size:100%;border:0}</style>
    <script type="module" src="${cdn}/wegwijs.js"></script>
    <script type="module" src="${cdn}/wegwijs-iframe.js"></script></head>
    <body><main class="wrap"><wegwijs-language-switch languages="${readUiLocales().all.join(' ')}"></wegwijs-language-switch>
    <iframe data-wegwijs title="Zo krijgt u hulp" src="${src}"></iframe></main></body></html>`);
  await page.goto(host);
  const frame = page.frameLocator('iframe[data-wegwijs]');
  const showAll = (language) =>
    frame.getByRole('button', { name: t(language, 'Toon alle stappen', 'step-guide') });
  // (A language chosen before on the host page is passed on as the iframe loads.)
  await frame.locator('wegwijs-step-guide ol li').first().waitFor();
  // A first choice, then the language of this run: the iframe follows each.
  const select = page.locator('wegwijs-language-switch select');
  for (const choice of locale === 'tr' ? ['ar', 'tr'] : ['tr', locale]) {
    await press(ctx, select);
    await select.selectOption(choice);
    await until(() => showAll(choice).isVisible(), `the iframe shows ${choice}`);
  }
  await shot('iframe');
  await check('main', []);
}
