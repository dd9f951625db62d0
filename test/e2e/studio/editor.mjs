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

export async function waitForCheck(page) {
  const status = page.locator('#checks-heading + p[role="status"]');
  await status.filter({ hasText: /\S/ }).waitFor();
  return (await status.textContent()).trim();
}
