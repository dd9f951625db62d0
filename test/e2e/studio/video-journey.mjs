// The video explainer in the same Studio: an editor builds a video in Dutch and Arabic, each with
// a caption file checked on adding; a broken caption file shows Dutch problems at its field; the
// copied snippet and the exported JSON (`wegwijs check`) make a resident page that passes axe.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import { chooseRadio, press, toggleLanguage, typeInto, waitForCheck } from './editor.mjs';

export async function videoJourney({
  page,
  context,
  server,
  step,
  assert,
  axeClean,
  shots,
  repo,
  external,
  errors,
}) {
  const MEDIA = '/packages/video-explainer/media';
  let videoSnippet = '';
  await step(
    'an editor builds a video in Dutch and Arabic, each with a caption file; axe finds nothing',
    async () => {
      await chooseRadio(page, 'Uitlegvideo in meer talen');
      const form = page.locator('wegwijs-studio-video-explainer-form');
      await form.locator('#versions-0-title').waitFor();
      await press(page, page.getByRole('button', { name: 'Begin leeg' }));
      // "Naar het veld" by keyboard reaches a field inside the form's shadow root.
      await page.locator('#checks-heading ~ .problem-list').waitFor();
      await press(page, page.getByRole('button', { name: 'Naar het veld' }).first());
      const inField = await form.evaluate((f) => f.shadowRoot.activeElement?.id ?? '');
      assert(inField.startsWith('versions-0'), `"Naar het veld" left the focus on "${inField}"`);
      await press(page, page.getByRole('checkbox', { name: 'العربية (ar)' }), 'Space');
      const version = async (i, title, lang) => {
        await typeInto(page, form.locator(`#versions-${i}-title`), title);
        await typeInto(page, form.locator(`#versions-${i}-sources-0`), `${MEDIA}/oco-${lang}.mp4`);
        await press(page, form.locator(`#versions-${i}-add-caption`));
        // The caption file from the computer (summary, file input: Enter): checked at once.
        await press(page, form.locator(`#versions-${i}-captions-0 ~ details summary`));
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser', { timeout: 5000 }),
          press(page, form.locator(`#versions-${i}-captions-0-file`)),
        ]);
        await chooser.setFiles(join(repo, `packages/video-explainer/media/oco-${lang}.vtt`));
        await form
          .locator(`#versions-${i}-captions-0-vtt`)
          .filter({ hasText: 'Het bestand is in orde' })
          .waitFor();
        await typeInto(page, form.locator(`#versions-${i}-captions-0`), `${MEDIA}/oco-${lang}.vtt`);
      };
      await version(0, 'Wat is onafhankelijke cliëntondersteuning?', 'nl');
      // The Arabic version by keyboard: the button, Enter, and the focus is on its title.
      await form.getByRole('button', { name: 'Video toevoegen: العربية (ar)' }).focus();
      await page.keyboard.press('Enter');
      await form.locator('#versions-1-title').waitFor();
      // The form moves the focus once it has rendered: wait for it (it raced under load).
      const onTitle = await page
        .waitForFunction(
          () =>
            document.querySelector('wegwijs-studio-video-explainer-form')?.shadowRoot?.activeElement
              ?.id === 'versions-1-title',
          null,
          { timeout: 5000 },
        )
        .then(
          () => true,
          () => false,
        );
      assert(onTitle, 'focus is not on the new title');
      await version(1, 'ما هو الدعم المستقل للعملاء؟', 'ar');
      const summary = await waitForCheck(page);
      assert(/^Geen fouten/.test(summary), `check says: ${summary}`);
      await page
        .locator('.missing-table tbody tr')
        .first()
        .filter({ hasText: 'compleet' })
        .waitFor();
      await press(page, page.getByLabel('Taal van het voorbeeld'), 'ArrowDown');
      await page
        .frameLocator('#preview-frame')
        .locator('wegwijs-video-explainer')
        .getByText('ما هو الدعم المستقل للعملاء؟')
        .first()
        .waitFor();
      await press(page, page.getByLabel('Taal van het voorbeeld'), 'ArrowUp');
      await form.screenshot({ path: join(shots, 'video-bewerken.png') });
      return `${summary}; ${await axeClean(page, 'video form (nl)')}`;
    },
  );

  await step('a broken caption file: Dutch problems with line and cue at its field', async () => {
    const form = page.locator('wegwijs-studio-video-explainer-form');
    await press(page, form.locator('#versions-0-add-caption'));
    await press(page, form.locator('#versions-0-captions-1 ~ details summary'));
    // Pasted by keyboard: the broken file on the clipboard, Ctrl+V in the text field.
    await page.evaluate(
      (text) => navigator.clipboard.writeText(text),
      'WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nHallo\n',
    );
    await press(page, form.locator('#versions-0-captions-1-text'), 'ControlOrMeta+V');
    const report = (await form.locator('#versions-0-captions-1-vtt').textContent())
      .replace(/\s+/g, ' ')
      .trim();
    assert(/Regel 3 \(ondertitel 1\): de ondertitel eindigt/.test(report), report);
    const note = await axeClean(page, 'video form with a broken caption file (nl)');
    await press(page, form.getByRole('button', { name: 'Ondertitels 2 weghalen' }));
    await toggleLanguage(page, 'English');
    await form.getByText('Where is the video?').first().waitFor();
    const en = await axeClean(page, 'video form (en)');
    await toggleLanguage(page, 'Nederlands');
    await form.getByText('Waar staat de video?').first().waitFor();
    return `${note}; en: ${en}`;
  });

  await step('the video: copy the markup snippet, export the JSON, `wegwijs check`', async () => {
    await page.waitForFunction(() => {
      const code = document.querySelector('#snippet')?.value ?? '';
      return code.includes('oco-ar.vtt') && !code.includes('src=""');
    });
    await press(page, page.getByRole('button', { name: 'Kopieer de code' }));
    await page.getByText('De code is gekopieerd.').waitFor({ state: 'attached' });
    videoSnippet = await page.evaluate(() => navigator.clipboard.readText());
    for (const text of ['<video controls', 'lang="ar"', 'kind="captions"', 'oco-ar.vtt'])
      assert(videoSnippet.includes(text), `the snippet lacks ${text}:\n${videoSnippet}`);
    assert(/integrity="sha384-/.test(videoSnippet), 'no integrity in the snippet');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(page, page.getByRole('button', { name: 'Inhoudsbestand downloaden' })),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'studio-video-')), 'video.json');
    await download.saveAs(file);
    let out;
    try {
      out = execFileSync(
        process.execPath,
        [join(repo, 'packages/cli/bin/wegwijs.mjs'), 'check', '--root', repo, file],
        { encoding: 'utf8' },
      );
    } catch (error) {
      throw new Error(`wegwijs check: ${error.stdout}\n${readFileSync(file, 'utf8')}`);
    }
    return out.trim().split('\n').at(-1);
  });

  await step(
    'a resident page with the video snippet shows Dutch and Arabic; axe finds nothing',
    async () => {
      const cdn = `${server.origin}/packages/embed/dist/cdn/`;
      const body = videoSnippet.replace(
        /https:\/\/cdn\.jsdelivr\.net\/npm\/@wegwijs\/embed@[^/]+\/dist\/cdn\//g,
        cdn,
      );
      const url = server.addPage(
        `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Uitleg — Gemeente Voorbeeldstad</title></head><body><main><h1>Hulp bij de gemeente</h1>\n${body}\n</main></body></html>`,
      );
      const resident = await context.newPage();
      const residentErrors = [];
      resident.on('pageerror', (e) => residentErrors.push(String(e)));
      await resident.setViewportSize({ width: 360, height: 740 });
      await resident.goto(url);
      const widget = resident.locator('wegwijs-video-explainer');
      const select = widget.locator('select[part=language]');
      await select.waitFor();
      const options = await select.locator('option').allTextContents();
      assert(options.map((o) => o.trim()).join('|') === 'Nederlands|العربية', options.join('|'));
      await resident.waitForTimeout(800);
      let v = await axeViolations(resident);
      assert(!v.violations.length, `resident video page (nl):\n${v.violations.join('\n')}`);
      await select.selectOption('ar');
      await resident.waitForFunction(
        () =>
          document
            .querySelector('wegwijs-video-explainer')
            ?.shadowRoot?.querySelector('.title')
            ?.textContent?.trim() === 'ما هو الدعم المستقل للعملاء؟',
      );
      await resident.waitForTimeout(800);
      v = await axeViolations(resident);
      assert(!v.violations.length, `resident video page (ar):\n${v.violations.join('\n')}`);
      assert(!residentErrors.length, residentErrors.join(' | '));
      await resident.close();
      assert(!external.length, `requests to other origins: ${external.join(', ')}`);
      assert(!errors.length, `page errors: ${errors.join(' | ')}`);
      return 'nl and ar';
    },
  );
}
