// What an editor does in Studio, by label and role as a person sees them (no JSON typed).
export const studioUrl = (site) => `${site.origin}/packages/studio/dist/index.html`;

/** Fill one language of a text field: `field` is the field's path, e.g. `steps.0.title`. */
export async function fillText(page, field, lang, text) {
  const input = page.locator(`[id="${field}-${lang}"]`);
  await input.fill(text);
}

export async function choosePictogram(page, index, search, name) {
  const picker = page.locator(`wegwijs-studio-pictogram-picker[path="steps.${index}.pictogram"]`);
  await picker.getByRole('button', { name: 'Kies een pictogram' }).click();
  await picker.getByLabel('Zoek een pictogram (in het Nederlands)').fill(search);
  await picker.getByRole('button', { name, exact: true }).click();
}

/**
 * The same by keyboard only: Enter on "Kies een pictogram", Tab into the search, type, focus
 * the match by its name, Enter; the focus comes back to the picker's button.
 */
export async function choosePictogramByKeyboard(page, index, search, name) {
  const path = `steps.${index}.pictogram`;
  const picker = page.locator(`wegwijs-studio-pictogram-picker[path="${path}"]`);
  const focusedId = () => page.evaluate(() => document.activeElement?.id);
  await picker.getByRole('button', { name: 'Kies een pictogram' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const search_ = `${path}-pictograms-search`;
  if ((await focusedId()) !== search_) throw new Error(`Tab went to ${await focusedId()}`);
  await page.keyboard.type(search);
  await picker.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
  await picker.locator('.picker-current strong').filter({ hasText: name }).waitFor();
  const back = await page.evaluate(() => document.activeElement?.className);
  if (back !== 'picker-toggle') throw new Error(`after choosing, the focus is on ${back}`);
}

export async function waitForCheck(page) {
  const status = page.locator('#checks-heading + p[role="status"]');
  await status.filter({ hasText: /\S/ }).waitFor();
  return (await status.textContent()).trim();
}
