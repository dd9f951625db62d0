// The step guide on a resident page, made from the markup snippet copied in Studio: it renders
// in Dutch and Arabic (right to left) through the CDN loader and passes axe, and its headings are
// readable without JavaScript.
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';

export async function stepGuideResidentJourney({
  browser,
  context,
  server,
  step,
  assert,
  shots,
  snippet,
}) {
  await step(
    'a resident page with the snippet renders the guide in Dutch and Arabic; axe finds nothing',
    async () => {
      const cdn = `${server.origin}/packages/embed/dist/cdn/`;
      const body = snippet.replace(
        /https:\/\/cdn\.jsdelivr\.net\/npm\/@wegwijs\/embed@[^/]+\/dist\/cdn\//g,
        cdn,
      );
      const url = server.addPage(
        `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hulp — Gemeente Voorbeeldstad</title></head><body><main><h1>Hulp bij de gemeente</h1>\n${body}\n</main></body></html>`,
      );
      const resident = await context.newPage();
      const residentErrors = [];
      resident.on('pageerror', (e) => residentErrors.push(String(e)));
      await resident.setViewportSize({ width: 360, height: 740 });
      await resident.goto(url);
      const guide = resident.locator('wegwijs-step-guide');
      for (const title of [
        'Bel de gemeente',
        'Neem uw brieven mee',
        'Praat met de cliëntondersteuner',
      ])
        await guide.getByRole('heading', { name: new RegExp(title) }).waitFor();
      // The widget fades its chrome in (200 ms): axe measures contrast once it has settled.
      await resident.waitForTimeout(800);
      let v = await axeViolations(resident);
      assert(!v.violations.length, `resident page (nl):\n${v.violations.join('\n')}`);
      const select = guide.locator('select').first();
      await select.selectOption('ar');
      await guide.getByRole('heading', { name: /اتصل بالبلدية/ }).waitFor();
      await guide.getByRole('heading', { name: /أحضر رسائلك/ }).waitFor();
      await resident.waitForTimeout(800);
      const dir = await guide
        .getByRole('heading', { name: /اتصل بالبلدية/ })
        .evaluate((b) => getComputedStyle(b).direction);
      assert(dir === 'rtl', `the Arabic guide is ${dir}`);
      v = await axeViolations(resident);
      assert(!v.violations.length, `resident page (ar):\n${v.violations.join('\n')}`);
      await resident.screenshot({ path: join(shots, 'bewoner-ar.png'), fullPage: true });
      assert(!residentErrors.length, residentErrors.join(' | '));
      await resident.close();
      return 'nl and ar';
    },
  );

  await step('the snippet is readable without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    const body = snippet;
    await p.setContent(`<!doctype html><html lang="nl"><body><main>${body}</main></body></html>`);
    const headings = await p.locator('wegwijs-step-guide > ol h3').allTextContents();
    await noJs.close();
    assert(headings.length === 3 && headings[0] === 'Bel de gemeente', headings.join(', '));
    return headings.join(' · ');
  });
}
