#!/usr/bin/env node
// End to end: an editor makes a 3-step guide in Dutch and Arabic in the built Studio
// (packages/studio/dist) with pictograms and a call button, by mouse and keyboard, without
// typing JSON; copies the markup snippet; a resident page with that snippet and the CDN loader
// (packages/embed/dist/cdn, with the snippet's own integrity hash) renders the guide in both
// languages and passes axe; the exported JSON passes `wegwijs check`. axe runs on every Studio
// screen in Dutch and English; at 360 px nothing overflows. Then the other widgets in the same
// Studio (studio/journeys.mjs): a contact list imported from a CSV file, edited in the table
// and exported without losing a field (`wegwijs check` passes); a pasted letter whose confirmed
// terms and deadline show on a resident page made from the copied snippet (axe); the question
// helper from the OCO set. Screenshots go to docs/studio/ (the editors' guide,
// docs/studio.nl.md, shows them). Needs `npm run build` first.
//
//   node test/e2e/studio.mjs        ends with "N passed, N failed"; exit 1 on any failure
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../quality/lib/server.mjs';
import { launchChromium } from '../../packages/tools/lib/chromium.mjs';
import { repo } from './lib/site.mjs';
import { axeViolations } from './studio/axe.mjs';
import {
  choosePictogram,
  choosePictogramByKeyboard,
  fillText,
  press,
  studioUrl,
  toggleLanguage,
  typeInto,
  waitForCheck,
} from './studio/editor.mjs';
import { contactListJourney, letterJourney, questionHelperJourney } from './studio/journeys.mjs';
import { videoJourney } from './studio/video-journey.mjs';
import { keyboardLetterVideoQuestions } from './studio/keyboard-letter-video-questions.mjs';
import { previewAndThemeSteps } from './studio/step-guide-preview.mjs';
import { stepGuideResidentJourney } from './studio/step-guide-resident.mjs';

const started = Date.now();
const shots = join(repo, 'docs', 'studio');
mkdirSync(shots, { recursive: true });
mkdirSync(join(repo, 'test', 'e2e', 'screenshots'), { recursive: true });
const server = await startServer({
  root: repo,
  hostsDir: join(repo, 'test', 'quality', 'hosts'),
  packagesDir: join(repo, 'packages'),
});
const browser = await launchChromium();
let passed = 0;
let failed = 0;
const results = {};
async function step(name, fn) {
  const t = Date.now();
  try {
    const note = await fn();
    passed += 1;
    console.log(`  ✓ ${name} (${Date.now() - t} ms)${note ? ` — ${note}` : ''}`);
  } catch (error) {
    failed += 1;
    await page
      ?.screenshot({ path: join(repo, 'test', 'e2e', 'screenshots', 'studio-failure.png') })
      .catch(() => {});
    console.log(
      `  ✗ ${name} (${Date.now() - t} ms)\n      ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 5)
        .join('\n      ')}`,
    );
  }
}
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};
/** axe on the Studio page (the preview frame is the widget: checked on the resident page). */
async function axeClean(page, label) {
  const { violations, passes } = await axeViolations(page);
  assert(!violations.length, `${label}:\n${violations.join('\n')}`);
  results.axe = (results.axe ?? 0) + 1;
  return `${passes} rules passed`;
}

const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  locale: 'nl-NL',
  acceptDownloads: true,
  reducedMotion: 'reduce',
});
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
const external = [];
await context.route(
  (url) => url.origin !== server.origin,
  (route) => {
    external.push(route.request().url());
    return route.abort('blockedbyclient');
  },
);
const page = await context.newPage();
// File choosers intercepted from the start: Playwright switches the interception on
// asynchronously, so a key pressed right after waitForEvent('filechooser') could otherwise open
// the browser's own dialog (invisible here) and the test would wait for nothing.
page.on('filechooser', () => {});
const errors = [];
page.on('pageerror', (e) =>
  errors.push(
    String(e.stack ?? e)
      .split('\n')
      .slice(0, 3)
      .join(' '),
  ),
);
let snippet = '';
let exported = '';

try {
  await step('Studio opens in Dutch; axe finds nothing (nl)', async () => {
    const served = [];
    const onResponse = (r) => {
      if (r.url().includes('/packages/studio/dist/'))
        served.push(new URL(r.url()).pathname.slice(1));
    };
    page.on('response', onResponse);
    await page.goto(studioUrl(server));
    await page.getByRole('heading', { level: 1, name: 'Inhoud maken voor Wegwijs' }).waitFor();
    await page.locator('wegwijs-studio-step-guide-form').waitFor();
    await waitForCheck(page);
    page.off('response', onResponse);
    const files = [...new Set(served)].map((f) => readFileSync(join(repo, f)));
    const raw = files.reduce((n, b) => n + b.length, 0);
    const gz = files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    results.size = `${files.length} files, ${(raw / 1024).toFixed(0)} kB (${(gz / 1024).toFixed(0)} kB gzip) on first load`;
    return `${results.size}; ${await axeClean(page, 'start (nl)')}`;
  });

  await step(
    'English toggle by keyboard (Enter, Space): English; axe finds nothing (en)',
    async () => {
      // By keyboard: Enter to English, Space back to Dutch; the focus stays on the toggle.
      await page.getByRole('button', { name: 'English' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Make content for Wegwijs' }).waitFor();
      assert((await page.locator('html').getAttribute('lang')) === 'en', 'html lang is not en');
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
      assert((await focused()) === 'Nederlands', `focus on ${await focused()}, not the toggle`);
      const note = await axeClean(page, 'start (en)');
      await page.keyboard.press('Space');
      await page.getByRole('heading', { level: 1, name: 'Inhoud maken voor Wegwijs' }).waitFor();
      assert((await focused()) === 'English', `focus on ${await focused()}, not the toggle`);
      return note;
    },
  );

  await step(
    'an editor builds 3 steps in Dutch and Arabic with pictograms and a call button',
    async () => {
      await press(page, page.getByRole('button', { name: 'Begin leeg' }));
      // The language checkbox by keyboard: focus it, Space.
      await page.getByRole('checkbox', { name: 'العربية (ar)' }).focus();
      await page.keyboard.press('Space');
      await page.locator('[id="steps.0.title-ar"]').waitFor();
      assert(await page.getByRole('checkbox', { name: 'العربية (ar)' }).isChecked(), 'no Arabic');
      await fillText(page, 'title', 'nl', 'Zo krijgt u hulp');
      await fillText(page, 'title', 'ar', 'هكذا تحصل على المساعدة');
      await fillText(page, 'steps.0.title', 'nl', 'Bel de gemeente');
      await fillText(page, 'steps.0.title', 'ar', 'اتصل بالبلدية');
      await fillText(page, 'steps.0.text', 'nl', 'Vraag om hulp. Dat is normaal en gratis.');
      await fillText(page, 'steps.0.text', 'ar', 'اطلب المساعدة. هذا أمر عادي ومجاني.');
      await choosePictogram(page, 0, 'telef', 'Telefoon');
      // The kind of action button by keyboard: focus the radio "call", Space.
      await press(page, page.locator('[name="steps.0.action-kind"][value="call"]'), 'Space');
      await fillText(page, 'steps.0.action.label', 'nl', 'Bel');
      await fillText(page, 'steps.0.action.label', 'ar', 'اتصل');
      await typeInto(page, page.getByLabel('Telefoonnummer', { exact: true }), '020 123 45 67');
      // Step 2 and 3 by keyboard: focus "Stap toevoegen" and press Enter.
      for (const [i, nl, ar, search, picto] of [
        [1, 'Neem uw brieven mee', 'أحضر رسائلك', 'brief', 'Brief'],
        [2, 'Praat met de cliëntondersteuner', 'تحدث مع المرشد', 'gesprek', 'Gesprek'],
      ]) {
        await page.getByRole('button', { name: 'Stap toevoegen' }).focus();
        await page.keyboard.press('Enter');
        await page.locator(`[id="steps.${i}.title-nl"]`).waitFor();
        const onStep = await page
          .waitForFunction((id) => document.activeElement?.id === id, `steps.${i}.title-nl`, {
            timeout: 5000,
          })
          .then(
            () => true,
            () => false,
          );
        assert(onStep, 'focus is not on the new step');
        await page.keyboard.type(nl);
        await fillText(page, `steps.${i}.title`, 'ar', ar);
        await choosePictogramByKeyboard(page, i, search, picto);
      }
      await press(
        page,
        page
          .locator('wegwijs-studio-step-guide-form fieldset.bring')
          .nth(1)
          .getByRole('button', { name: 'Ding toevoegen' }),
      );
      await fillText(page, 'steps.1.bring.0', 'nl', 'Brieven van de gemeente');
      await fillText(page, 'steps.1.bring.0', 'ar', 'رسائل من البلدية');
      const summary = await waitForCheck(page);
      assert(/^Geen fouten/.test(summary), `check says: ${summary}`);
      await page
        .locator('wegwijs-studio-step-guide-form')
        .screenshot({ path: join(shots, 'stappen-bewerken.png') });
      return summary;
    },
  );

  await step('keyboard: move step 3 up and back down; focus stays on the moved step', async () => {
    await page.getByRole('button', { name: 'Stap 3 omhoog' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.querySelector('[id="steps.1.title-nl"]')?.value ===
        'Praat met de cliëntondersteuner',
    );
    // The form moves the focus after it has rendered (a frame later): wait for it.
    const focused = await page
      .waitForFunction(
        () => ['step-1-up', 'step-1-down'].includes(document.activeElement?.id ?? ''),
        null,
        { timeout: 5000 },
      )
      .then(() => page.evaluate(() => document.activeElement?.id))
      .catch(() => page.evaluate(() => `${document.activeElement?.id} (not the moved step)`));
    assert(focused === 'step-1-up' || focused === 'step-1-down', `focus on ${focused}`);
    await page.getByRole('button', { name: 'Stap 2 omlaag' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.querySelector('[id="steps.2.title-nl"]')?.value ===
        'Praat met de cliëntondersteuner',
    );
    // A fourth step added and removed again by keyboard; the focus goes to step 3.
    await press(page, page.getByRole('button', { name: 'Stap toevoegen' }));
    await page.locator('[id="steps.3.title-nl"]').waitFor();
    await press(page, page.locator('#step-3-remove'));
    await page.locator('[id="steps.3.title-nl"]').waitFor({ state: 'detached' });
    // The form puts the focus on the step before it a frame after rendering: wait for it.
    const after = await page
      .waitForFunction(() => document.activeElement?.id === 'step-2-heading', null, {
        timeout: 5000,
      })
      .then(
        () => 'step-2-heading',
        () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName),
      );
    assert(after === 'step-2-heading', `after removing step 4 the focus is on ${after}`);
    return `focus on ${focused}`;
  });

  await previewAndThemeSteps({ page, step, assert, axeClean, shots });

  await step('copy the markup snippet (with integrity)', async () => {
    // The snippet follows the content when typing pauses: copy once it shows the last step.
    await page.waitForFunction(() =>
      document.querySelector('#snippet')?.value.includes('Praat met de cliëntondersteuner'),
    );
    // By keyboard: focus the copy button, Enter.
    await page.getByRole('button', { name: 'Kopieer de code' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('De code is gekopieerd.').waitFor({ state: 'attached' });
    snippet = await page.evaluate(() => navigator.clipboard.readText());
    for (const text of ['Bel de gemeente', 'أحضر رسائلك', 'data-pictogram="phone"', 'href="tel:'])
      assert(snippet.includes(text), `the copied snippet lacks ${text}:\n${snippet.slice(0, 400)}`);
    assert(/integrity="sha384-[A-Za-z0-9+/=]+"/.test(snippet), 'no integrity in the snippet');
    assert(
      snippet.includes('<wegwijs-step-guide>') && snippet.includes('<template lang="ar">'),
      'not markup',
    );
    await page
      .locator('#output-heading')
      .locator('..')
      .screenshot({ path: join(shots, 'code.png') });
    return `${snippet.length} characters`;
  });

  await step(
    'iframe snippet (radios by arrow keys) refuses a relative content address, takes an absolute one',
    async () => {
      // The snippet mode by keyboard: the radio group's arrow keys, markup → file → iframe.
      await page.getByRole('radio', { name: /De inhoud in de code/ }).focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      assert(await page.getByRole('radio', { name: /iframe/ }).isChecked(), 'iframe not chosen');
      const address = page.getByLabel('Volledig adres van het inhoudsbestand op uw site');
      await typeInto(page, address, '/inhoud/stappen.json');
      await page.locator('#snippet-problem').waitFor();
      const note = await axeClean(page, 'iframe mode, a refused address (nl)');
      await toggleLanguage(page, 'English');
      await page.locator('#snippet-problem').waitFor();
      const en = await axeClean(page, 'iframe mode, a refused address (en)');
      await toggleLanguage(page, 'Nederlands');
      await typeInto(page, address, 'https://www.gemeente.nl/inhoud/stappen.json');
      const code = await page.locator('#snippet').inputValue();
      assert(code.includes('src=https%3A%2F%2Fwww.gemeente.nl%2Finhoud%2Fstappen.json'), code);
      assert(
        /wegwijs-iframe\.js" integrity="sha384-/.test(code),
        'iframe script without integrity',
      );
      await page.getByRole('radio', { name: /iframe/ }).focus();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await page.waitForFunction(() =>
        document.querySelector('#snippet')?.value.includes('<wegwijs-step-guide>'),
      );
      return `${note}; en: ${en}`;
    },
  );

  await step(
    'the municipality profile filled by keyboard; with the picker, the profile and the languages overview open axe finds nothing (nl, en)',
    async () => {
      // By keyboard: Enter on the picker's button and on the profile's summary (a closed
      // <details> is not checked by axe); the example profile by its button, then one field
      // typed over and left with Tab (which saves it).
      await press(
        page,
        page
          .locator('wegwijs-studio-pictogram-picker')
          .first()
          .getByRole('button', { name: 'Kies een pictogram' }),
      );
      await press(page, page.locator('#profile-heading + details > summary'));
      await page.locator('#profile-telefoon').waitFor();
      await press(
        page,
        page.getByRole('button', { name: 'Vul het voorbeeld van Voorbeeldstad in' }),
      );
      await page.getByText('Het voorbeeldprofiel van Voorbeeldstad is ingevuld.').waitFor({
        state: 'attached',
      });
      await typeInto(page, page.locator('#profile-telefoon'), '14 020');
      await typeInto(page, page.locator('#profile-inlooptijden-ar'), 'الاثنين 9:00–12:00');
      await page.locator('.missing-table').waitFor();
      const nl = await axeClean(page, 'editing (nl)');
      await toggleLanguage(page, 'English');
      await page.locator('wegwijs-studio-pictogram-picker input[type="search"]').first().waitFor();
      const en = await axeClean(page, 'editing (en)');
      await toggleLanguage(page, 'Nederlands');
      // Saved: the profile is the same after the page is loaded again (see the reload below).
      return `${nl}; en: ${en}`;
    },
  );

  await step('the exported JSON passes `wegwijs check`', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(page, page.getByRole('button', { name: 'Inhoudsbestand downloaden' })),
    ]);
    exported = join(mkdtempSync(join(tmpdir(), 'studio-')), 'stappenplan.json');
    await download.saveAs(exported);
    const out = execFileSync(
      process.execPath,
      [join(repo, 'packages/cli/bin/wegwijs.mjs'), 'check', exported],
      {
        encoding: 'utf8',
      },
    );
    return out.trim().split('\n').at(-1);
  });

  await step('keyboard: the exported file opened again (file input: focus, Enter)', async () => {
    // The file input is reachable and opens the chooser by keyboard, as for a screen reader.
    const input = page.getByLabel('Inhoudsbestand openen (JSON)');
    await input.focus();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 5000 }),
      page.keyboard.press('Enter'),
    ]);
    await chooser.setFiles(exported);
    await page.getByText('Het bestand is geopend.').waitFor({ state: 'attached' });
    const title = await page.locator('[id="steps.2.title-ar"]').inputValue();
    assert(title === 'تحدث مع المرشد', `step 3 after opening: ${title}`);
  });

  await stepGuideResidentJourney({ browser, context, server, step, assert, shots, snippet });

  await step('at 360 px nothing in Studio overflows the page', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(300);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= 360, `page is ${width} px wide at 360 px`);
    await page.screenshot({ path: join(shots, 'studio-telefoon.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await page.locator('[id="steps.2.title-nl"]').waitFor();
    // The workspace: the form, with the check and the preview beside it.
    await page.locator('#form-heading').evaluate((h) => h.scrollIntoView());
    await page
      .frameLocator('#preview-frame')
      .getByRole('heading', { name: /Bel de gemeente/ })
      .waitFor();
    await page.screenshot({ path: join(shots, 'studio.png') });
    return `${width} px`;
  });

  await step('the draft and the profile survive a reload; nothing left the browser', async () => {
    assert(
      (await page.locator('[id="steps.0.title-ar"]').inputValue()) === 'اتصل بالبلدية',
      'draft lost',
    );
    const phone = await page.locator('#profile-telefoon').inputValue();
    const hours = await page.locator('#profile-inlooptijden-ar').inputValue();
    assert(phone === '14 020', `the profile's phone after a reload: "${phone}"`);
    assert(hours === 'الاثنين 9:00–12:00', `the Arabic walk-in hours after a reload: "${hours}"`);
    assert(!external.length, `requests to other origins: ${external.join(', ')}`);
    assert(!errors.length, `page errors: ${errors.join(' | ')}`);
  });

  // The other widgets' journeys (test/e2e/studio/journeys.mjs), in the same Studio.
  const journey = { page, browser, server, step, assert, axeClean, shots, repo };
  await contactListJourney(journey);
  await (await import('./studio/keyboard-step-contacts.mjs')).keyboardJourney(journey);
  await letterJourney(journey);
  await questionHelperJourney(journey);
  await step(
    'contact list, letter, question helper: no page errors; nothing left the browser',
    async () => {
      assert(!external.length, `requests to other origins: ${external.join(', ')}`);
      assert(!errors.length, `page errors: ${errors.join(' | ')}`);
    },
  );

  await videoJourney({ ...journey, context, external, errors });
  await keyboardLetterVideoQuestions(journey);
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `\nStudio e2e ran in ${((Date.now() - started) / 1000).toFixed(1)} s; axe runs on Studio: ${results.axe ?? 0}; screenshots in docs/studio/`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
