// What an editor does in Studio, by label and role as a person sees them (no JSON typed).
export const studioUrl = (site) => `${site.origin}/packages/studio/dist/index.html`;

/**
 * Type one language of a text field, by keyboard (focus, select all, type): `field` is the
 * field's path, e.g. `steps.0.title`.
 */
export async function fillText(page, field, lang, text) {
  await page.locator(`[id="${field}-${lang}"]`).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** By keyboard only: focus a control (as Tab or a screen reader's list does), press a key. */
export async function press(page, locator, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
}

/** By keyboard only: focus a text field, select what is in it, type over it, Tab away. */
export async function typeInto(page, locator, text) {
  await locator.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** By keyboard only: a radio button chosen with Space (its group's arrows are tested too). */
export async function chooseRadio(page, name) {
  const radio = page.getByRole('radio', { name });
  await press(page, radio, 'Space');
  if (!(await radio.isChecked())) throw new Error(`Space did not choose ${name}`);
}

/** The English/Dutch toggle by keyboard: Enter, and wait for the heading in that language. */
export async function toggleLanguage(page, to) {
  await press(page, page.getByRole('button', { name: to, exact: true }));
  const heading = to === 'English' ? 'Make content for Wegwijs' : 'Inhoud maken voor Wegwijs';
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
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
