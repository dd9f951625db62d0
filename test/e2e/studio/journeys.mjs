// The contact list's and the letter's journeys through the Studio shell, as an editor makes
// them (by label and role, no JSON typed): a CSV imported, edited in the table and exported
// again without losing a field; a pasted letter whose confirmed terms and deadline show in the
// real widget on a resident page made from the copied snippet and the CDN loader.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import { chooseRadio, press, toggleLanguage, typeInto, waitForCheck } from './editor.mjs';

const CDN_IN_SNIPPET = /https:\/\/cdn\.jsdelivr\.net\/npm\/@wegwijs\/embed@[^/]+\/dist\/cdn\//g;

/** `wegwijs check` on a file as an editor runs it; throws (with its output) when it fails. */
function wegwijsCheck(repo, file) {
  const out = execFileSync(
    process.execPath,
    [join(repo, 'packages/cli/bin/wegwijs.mjs'), 'check', file],
    { encoding: 'utf8' },
  );
  return out.trim().split('\n').at(-1);
}

export async function download(page, click, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'studio-')), name);
  await file.saveAs(path);
  return path;
}

/** A resident page: the snippet with the CDN files of this build, as a CMS would serve it. */
function residentPage(server, snippet, title) {
  const body = snippet.replace(CDN_IN_SNIPPET, `${server.origin}/packages/embed/dist/cdn/`);
  return server.addPage(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — Gemeente Voorbeeldstad</title></head><body><main><h1>${title}</h1>\n${body}\n</main></body></html>`,
  );
}

/** axe on the same screen in English (Studio's toggle), then back to Dutch. */
async function axeInEnglish(page, axeClean, label) {
  await toggleLanguage(page, 'English');
  const note = await axeClean(page, `${label} (en)`);
  await toggleLanguage(page, 'Nederlands');
  return `en: ${note}`;
}

async function copySnippet(page) {
  await press(page, page.getByRole('button', { name: 'Kopieer de code' }));
  await page.getByText('De code is gekopieerd.').waitFor({ state: 'attached' });
  return page.evaluate(() => navigator.clipboard.readText());
}

export async function contactListJourney({
  page,
  browser,
  server,
  step,
  assert,
  axeClean,
  shots,
  repo,
}) {
  const csvIn = join(repo, 'packages/contact-finder/examples/voorbeeldstad-contacts.csv');
  // The widget's own CSV reader (the built package), to compare the file in with the file out.
  const { parseContactsCsv } = await import(join(repo, 'packages/contact-finder/dist/csv-io.js'));
  const contactsOf = async (path) => {
    const read = await parseContactsCsv(readFileSync(path, 'utf8'));
    return read.data.contacts;
  };
  const form = page.locator('wegwijs-studio-contact-finder-form');
  let exported = '';

  await step(
    'contact list: a CSV file is read into the table (file input by keyboard)',
    async () => {
      await chooseRadio(page, 'Contactpersoon in uw taal');
      await form.waitFor();
      // The file input by keyboard: focus it, Space opens the chooser (Enter in studio.mjs).
      // Once the form has settled (its check has run), so the focus is not lost to a render.
      await waitForCheck(page);
      await form.getByLabel('CSV-bestand inlezen').focus();
      const focused = await form.evaluate((f) => f.shadowRoot.activeElement?.id ?? '');
      assert(focused.endsWith('-file'), `the focus is on ${focused}, not the file input`);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: 5000 }),
        page.keyboard.press('Space'),
      ]);
      await chooser.setFiles(csvIn);
      await form.getByText(/contacten gelezen uit het CSV-bestand/).waitFor();
      const rows = await form.locator('tbody tr').count();
      const expected = (await contactsOf(csvIn)).length;
      assert(rows === expected, `${rows} rows in the table, ${expected} in the file`);
      const nl = await axeClean(page, 'contact list (nl)');
      return `${rows} contacts; ${nl}; ${await axeInEnglish(page, axeClean, 'contact list')}`;
    },
  );

  await step('contact list: a contact is edited in the table (keyboard)', async () => {
    await form.locator('tr[data-row="0"] button.edit').focus();
    await page.keyboard.press('Enter');
    const dialog = form.locator('dialog[open]');
    await dialog.waitFor();
    const role = dialog.locator('input[id$="-f-role"]');
    await typeInto(page, role, 'Sleutelpersoon van de Marokkaanse gemeenschap');
    await press(page, dialog.getByRole('button', { name: 'Klaar' }));
    await dialog.waitFor({ state: 'detached' });
    await form.locator('tr[data-row="0"]').waitFor();
    // The top of the table, scrolled to its start (the edit button scrolled it sideways).
    await form.locator('table').evaluate((table) => {
      for (let el = table.parentElement; el; el = el.parentElement) el.scrollLeft = 0;
    });
    await form.scrollIntoViewIfNeeded();
    // A full-page clip is in page coordinates; the box is in the scrolled viewport's.
    const box = await form.boundingBox();
    const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
    await page.screenshot({
      path: join(shots, 'contacten.png'),
      fullPage: true,
      clip: {
        x: box.x + scroll.x,
        y: box.y + scroll.y,
        width: box.width,
        height: Math.min(box.height, 900),
      },
    });
  });

  await step(
    'contact list: exported again, no field lost, and `wegwijs check` passes',
    async () => {
      exported = await download(
        page,
        () => press(page, form.getByRole('button', { name: 'Exporteren als CSV' })),
        'contacten.csv',
      );
      const before = await contactsOf(csvIn);
      const after = await contactsOf(exported);
      assert(after.length === before.length, `${after.length} contacts out, ${before.length} in`);
      let kept = 0;
      before.forEach((contact, i) => {
        const out = after.find((c) => c.id === contact.id);
        assert(out, `${contact.name} is missing from the export`);
        // Every phone number, e-mail address and website, and every other field, comes back.
        for (const key of ['phones', 'email', 'url', 'whatsapp'])
          assert(
            JSON.stringify(out[key]) === JSON.stringify(contact[key]),
            `${contact.name}: ${key} ${JSON.stringify(contact[key])} became ${JSON.stringify(out[key])}`,
          );
        const expected =
          i === 0 ? { ...contact, role: 'Sleutelpersoon van de Marokkaanse gemeenschap' } : contact;
        assert(
          JSON.stringify(out) === JSON.stringify(expected),
          `${contact.name} changed:\n${JSON.stringify(expected)}\n${JSON.stringify(out)}`,
        );
        kept += (contact.phones?.length ?? 0) + (contact.email ? 1 : 0) + (contact.url ? 1 : 0);
      });
      return `${after.length} contacts, ${kept} phone numbers, e-mail addresses and websites kept; ${wegwijsCheck(repo, exported)}`;
    },
  );

  await step(
    'contact list: the markup snippet holds every phone number and e-mail address; a resident page shows it (axe)',
    async () => {
      await chooseRadio(page, /De inhoud in de code/);
      await page.waitForFunction(() => document.querySelector('#snippet')?.value.includes('<ul>'));
      const snippet = await copySnippet(page);
      const contacts = await contactsOf(exported);
      for (const c of contacts) {
        for (const phone of c.phones ?? [])
          assert(snippet.includes(`>${phone.number}</a>`), phone.number);
        if (c.email) assert(snippet.includes(`mailto:${c.email}`), c.email);
      }
      assert(snippet.includes('<wegwijs-contact-finder>'), 'not markup');
      // The resident page made from that snippet: the real widget shows the contacts; axe.
      const own = await browser.newContext({ locale: 'nl-NL', reducedMotion: 'reduce' });
      const resident = await own.newPage();
      const errors = [];
      resident.on('pageerror', (e) => errors.push(String(e)));
      await resident.setViewportSize({ width: 360, height: 740 });
      await resident.goto(residentPage(server, snippet, 'Iemand die uw taal spreekt'));
      const widget = resident.locator('wegwijs-contact-finder');
      // The widget's own cards (the snippet's list stays in the page, hidden).
      await widget.locator('article.wegwijs-contact-finder__contact').first().waitFor();
      const cards = await widget.locator('article.wegwijs-contact-finder__contact').count();
      await resident.waitForTimeout(500);
      const { violations } = await axeViolations(resident);
      assert(!violations.length, `resident contact page:\n${violations.join('\n')}`);
      assert(!errors.length, errors.join(' | '));
      await own.close();
      return `${snippet.length} characters; the resident page shows ${cards} cards, axe finds nothing`;
    },
  );
}

const LETTER = `Gemeente Voorbeeldstad

Onderwerp: beschikking bijzondere bijstand

Geachte heer Haddad,

U hebt bijzondere bijstand aangevraagd voor een wasmachine. Wij hebben besloten dat u geen bijzondere bijstand krijgt. Uw inkomen is hoger dan de bijstandsnorm.

Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dagtekening van deze brief.

Met vriendelijke groet,`;
const SENTENCE = 'Dan kunt u bezwaar maken binnen zes weken na de dagtekening van deze brief.';

export async function letterJourney({
  page,
  browser,
  server,
  step,
  assert,
  axeClean,
  shots,
  repo,
}) {
  const form = page.locator('wegwijs-studio-letter-explainer-form');
  let snippet = '';
  let file = '';

  await step(
    'letter: pasted, terms and the deadline confirmed or removed, five answers',
    async () => {
      await chooseRadio(page, 'Uitleg bij een brief');
      await form.waitFor();
      await press(page, page.getByRole('button', { name: 'Begin leeg' }));
      // Pasted as an editor does, by keyboard: the letter on the clipboard, Ctrl+V in the field.
      await page.evaluate((text) => navigator.clipboard.writeText(text), LETTER);
      await press(page, form.getByLabel('Tekst van de brief'), 'ControlOrMeta+V');
      await form.locator('li[data-term="bezwaar"] button.confirm').waitFor();
      // By keyboard: focus the buttons and press Enter, as with a screen reader.
      for (const [selector] of [
        ['li[data-term="bezwaar"] button.confirm'],
        ['li[data-term="bijzondere-bijstand"] button.confirm'],
        ['li[data-term="inkomen"] button.reject'],
        ['.deadlines button.confirm'],
      ]) {
        await form.locator(selector).focus();
        await page.keyboard.press('Enter');
        await form.locator(`${selector}[aria-pressed="true"]`).waitFor();
      }
      for (const [key, text] of [
        ['what', 'Een besluit: u krijgt geen geld voor een wasmachine.'],
        ['todo', 'Niets, als u het eens bent. Anders: maak bezwaar.'],
        ['ifNothing', 'Dan blijft het besluit zoals het is.'],
        ['help', 'Een cliëntondersteuner helpt u gratis.'],
      ])
        await typeInto(page, form.locator(`[id$="-answers-${key}"]`), text);
      const summary = await waitForCheck(page);
      assert(/^Geen fouten/.test(summary), `check says: ${summary}`);
      await form.screenshot({ path: join(shots, 'brief.png') });
      const nl = await axeClean(page, 'letter (nl)');
      return `${summary}; ${nl}; ${await axeInEnglish(page, axeClean, 'letter')}`;
    },
  );

  await step(
    'letter: the markup snippet is the default and is copied; the exported file passes `wegwijs check`',
    async () => {
      // Markup is the default: the letter, the answers and the deadline in the code itself,
      // readable without JavaScript (no file to upload for the resident's page).
      // The overview per language says the Arabic is machine-assisted (the letter keeps it in
      // `machineTranslated`, the step guide in `review`: Studio shows both the same way).
      const arabic = page.getByRole('checkbox', { name: 'العربية' });
      if (!(await arabic.isChecked())) await press(page, arabic, 'Space');
      const review = page.locator('#review-ar');
      assert((await review.inputValue()) === 'machine-assisted', 'Arabic is not machine-assisted');
      await page.waitForFunction(() =>
        document.querySelector('#snippet')?.value.includes('data-machine-translated="ar"'),
      );
      const markupMode = page.getByRole('radio', { name: /De inhoud in de code/ });
      assert(await markupMode.isChecked(), 'the markup snippet is not the default');
      await page.waitForFunction(() =>
        document.querySelector('#snippet')?.value.includes('<div data-letter'),
      );
      snippet = await copySnippet(page);
      assert(/integrity="sha384-/.test(snippet), 'no integrity in the snippet');
      assert(!/\bsrc="\/inhoud/.test(snippet), 'the snippet points at a file');
      for (const part of [
        '<mark data-explain="bezwaar">bezwaar maken</mark>',
        'data-deadline-weeks="6"',
        'data-deadline-source="',
        'data-skip-terms="inkomen"',
      ])
        assert(snippet.includes(part), `the snippet lacks ${part}`);
      // The content file is still there for who wants it, and passes the checker.
      file = await download(
        page,
        () => press(page, page.getByRole('button', { name: 'Inhoudsbestand downloaden' })),
        'brief.json',
      );
      return wegwijsCheck(repo, file);
    },
  );

  await step(
    'letter: the resident page from the markup snippet shows the confirmed terms and the deadline; axe finds nothing; readable without JavaScript',
    async () => {
      const url = residentPage(server, snippet, 'Uitleg bij uw brief');
      // A resident's own browser: not the one where the step guide's reader chose Arabic.
      const own = await browser.newContext({ locale: 'nl-NL', reducedMotion: 'reduce' });
      const resident = await own.newPage();
      const residentErrors = [];
      resident.on('pageerror', (e) => residentErrors.push(String(e)));
      // Nothing but the page and the CDN files: the content is in the snippet.
      const requested = [];
      resident.on('request', (r) => requested.push(r.url()));
      await resident.setViewportSize({ width: 360, height: 740 });
      await resident.goto(url);
      const widget = resident.locator('wegwijs-letter-explainer');
      await widget.locator('button.wegwijs-letter-explainer__term').first().waitFor();
      await widget.getByLabel('Welke datum staat op uw brief?').fill('2027-03-01');
      await widget
        .locator('.wegwijs-letter-explainer__deadline')
        .filter({ hasText: '12 april 2027' })
        .waitFor();
      const terms = (
        await widget.locator('button.wegwijs-letter-explainer__term').allTextContents()
      ).map((t) => t.replace(/\s+/g, ' '));
      assert(
        terms.some((t) => t.includes('bezwaar maken')),
        `no "bezwaar": ${terms.join(' | ')}`,
      );
      assert(
        terms.some((t) => t.includes('bijzondere bijstand')),
        'no "bijzondere bijstand"',
      );
      assert(!terms.some((t) => t.includes('inkomen')), 'the removed term "inkomen" is explained');
      const source = await widget.locator('.wegwijs-letter-explainer__source').textContent();
      assert(source.includes(SENTENCE), `the deadline's sentence is missing: ${source}`);
      await resident.waitForTimeout(800);
      const { violations } = await axeViolations(resident);
      assert(!violations.length, `resident letter page:\n${violations.join('\n')}`);
      await resident.screenshot({ path: join(shots, 'brief-bewoner.png'), fullPage: true });
      assert(!residentErrors.length, residentErrors.join(' | '));
      const json = requested.filter((u) => u.endsWith('.json') && !u.includes('/dist/cdn/'));
      assert(!json.length, `the page fetched a content file: ${json.join(' ')}`);
      await own.close();
      // Without JavaScript the same snippet is a readable letter with its answers.
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noJs.newPage();
      await plain.setContent(
        `<!doctype html><html lang="nl"><body><main>${snippet}</main></body></html>`,
      );
      const letterText = await plain.locator('[data-letter]').innerText();
      const what = await plain.locator('[data-answer="what"]').first().innerText();
      await noJs.close();
      assert(letterText.includes(SENTENCE), `no letter without JavaScript: ${letterText}`);
      assert(/wasmachine/.test(what), `no answer without JavaScript: ${what}`);
      return `terms: ${terms.length}; deadline 12 april 2027`;
    },
  );
}

export async function questionHelperJourney({ page, step, assert, axeClean, shots }) {
  const form = page.locator('wegwijs-studio-question-helper-form');
  await step(
    'question helper: start from the OCO set in twelve languages; markup snippet',
    async () => {
      await chooseRadio(page, 'Hulpvraag in eigen woorden');
      await form.waitFor();
      await press(page, page.getByRole('button', { name: 'Begin met de OCO-inhoud' }));
      await form.locator('[id="domains.9.label-so"]').waitFor();
      const summary = await waitForCheck(page);
      assert(!/fout/i.test(summary.replace(/^Geen fouten/, '')), `check says: ${summary}`);
      // The live preview is the real widget with this content.
      await page
        .frameLocator('#preview-frame')
        .locator('wegwijs-question-helper')
        .getByText('Geld en schulden')
        .first()
        .waitFor();
      // A statement moved by keyboard; the focus stays on it.
      await form.locator('[id="statement-0-1-up"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () =>
          document.activeElement?.id === 'statement-0-0-down' ||
          document.activeElement?.id === 'statement-0-0-up',
      );
      await chooseRadio(page, /De inhoud in de code/);
      await page.waitForFunction(() =>
        document.querySelector('#snippet')?.value.includes('<wegwijs-question-helper>'),
      );
      const snippet = await page.locator('#snippet').inputValue();
      assert(
        snippet.includes('<template lang="ar">') && snippet.includes('data-pictogram="money"'),
        'not the markup',
      );
      await form
        .locator('.domain-card')
        .first()
        .screenshot({ path: join(shots, 'hulpvraag.png') });
      const nl = await axeClean(page, 'question helper (nl)');
      return `${summary}; ${nl}; ${await axeInEnglish(page, axeClean, 'question helper')}`;
    },
  );
}
