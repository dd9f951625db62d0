// The step guide in Studio, continued: the missing-per-language overview, the preview in Arabic
// (right to left) and at desktop width, and custom colours whose contrast Studio fixes, all by
// keyboard; axe on each screen in Dutch and English.
import { join } from 'node:path';
import { fillText, press, toggleLanguage, typeInto } from './editor.mjs';

export async function previewAndThemeSteps({ page, step, assert, axeClean, shots }) {
  await step('the missing-per-language overview and the preview in Arabic (RTL)', async () => {
    // A Dutch text without its Arabic: the overview names it, until the Arabic is there.
    await fillText(page, 'steps.2.text', 'nl', 'U beslist zelf wat er gebeurt.');
    const row = page.locator('.missing-table tbody tr').first();
    await row.filter({ hasText: 'steps.2.text' }).waitFor();
    assert((await row.textContent()).includes('1 tekst ontbreekt'), 'no "1 tekst ontbreekt"');
    await page.locator('.missing-table').screenshot({ path: join(shots, 'talen.png') });
    // The missing text is a button to its Arabic field: the editor fills it in from there.
    await press(page, row.getByRole('button', { name: 'Naar het veld: steps.2.text' }));
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert(focused === 'steps.2.text-ar', `the focus is on ${focused}, not the Arabic field`);
    await fillText(page, 'steps.2.text', 'ar', 'أنت تقرر ما يحدث.');
    await row.filter({ hasText: 'compleet' }).waitFor();
    // The translation's state by keyboard: a closed select changes with the arrow keys.
    await press(page, page.locator('#review-ar'), 'ArrowDown');
    assert((await page.locator('#review-ar').inputValue()) === 'reviewed', 'not reviewed');
    await press(page, page.locator('#review-ar'), 'ArrowUp');
    assert((await page.locator('#review-ar').inputValue()) === 'machine-assisted', 'reviewed');
    // The preview's language (select) and width (radios) by keyboard.
    await press(page, page.getByLabel('Taal van het voorbeeld'), 'ArrowDown');
    assert((await page.getByLabel('Taal van het voorbeeld').inputValue()) === 'ar', 'not ar');
    await press(page, page.getByRole('radio', { name: /Telefoon/ }), 'ArrowDown');
    assert(await page.getByRole('radio', { name: /Computer/ }).isChecked(), 'not desktop');
    const wide = await page.locator('#preview-frame').evaluate((f) => f.offsetWidth);
    assert(wide === 1024, `the desktop preview is ${wide} px`);
    await page.keyboard.press('ArrowUp');
    assert(await page.getByRole('radio', { name: /Telefoon/ }).isChecked(), 'not phone');
    const frame = page.frameLocator('#preview-frame');
    await frame.locator('wegwijs-step-guide').getByText('اتصل بالبلدية').first().waitFor();
    await page.locator('#preview-heading').scrollIntoViewIfNeeded();
    await page
      .locator('#preview-heading')
      .locator('..')
      .screenshot({ path: join(shots, 'voorbeeld-ar.png') });
    await press(page, page.getByLabel('Taal van het voorbeeld'), 'ArrowUp');
    assert((await page.getByLabel('Taal van het voorbeeld').inputValue()) === 'nl', 'not nl');
  });

  await step(
    'custom colour #ffd400 (keyboard): contrast is fixed, not "all fine"; axe finds nothing (nl, en)',
    async () => {
      // The theme radios by their arrow keys; the colours typed, Tab to leave the field.
      await press(
        page,
        page.getByRole('radio', { name: /Huisstijl van Voorbeeldstad/ }),
        'ArrowDown',
      );
      assert(await page.getByRole('radio', { name: 'Eigen kleuren' }).isChecked(), 'no custom');
      await typeInto(page, page.getByLabel('Hoofdkleur (knoppen)'), '#ffd400');
      const notes = await page.locator('.contrast-notes').textContent();
      assert(/slecht leesbaar/.test(notes), `no contrast note: ${notes}`);
      await typeInto(page, page.getByLabel('Linkkleur'), '#0b57d0');
      const link = await page.getByLabel('Linkkleur').inputValue();
      assert(link === '#0b57d0', `the link colour is ${link}`);
      const note = await axeClean(page, 'custom colours (nl)');
      await toggleLanguage(page, 'English');
      const en = await axeClean(page, 'custom colours (en)');
      await toggleLanguage(page, 'Nederlands');
      await press(page, page.getByRole('radio', { name: 'Eigen kleuren' }), 'ArrowUp');
      assert(
        await page.getByRole('radio', { name: /Huisstijl van Voorbeeldstad/ }).isChecked(),
        'the theme is not back',
      );
      return `${note}; en: ${en}`;
    },
  );
}
