/**
 * Import and export of the content file. An imported file is read in the browser (never
 * uploaded); it opens in the form of the widget it belongs to, recognised by its shape (the
 * top-level properties each widget's check names), so a route never lands in another form.
 */
import { msg, str } from '@wegwijs/core/locale/msg';
import { FORMS } from '../forms/registry.js';

export type ImportResult =
  { ok: true; widget: string; content: unknown } | { ok: false; reason: string };

export async function readContentFile(file: File, current: string): Promise<ImportResult> {
  const text = await file.text();
  if (/\.csv$/i.test(file.name) || /^[^{[]*[,;]/.test(text.trimStart().split('\n')[0] ?? ''))
    return {
      ok: false,
      reason: msg(
        'Dit is een CSV-bestand (een spreadsheet). Dat hoort bij de contactpersonen: open het in het formulier van de contactzoeker.',
      ),
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      reason: msg(str`Dit bestand is geen geldige JSON: ${String((error as Error).message)}`),
    };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, reason: msg('Dit bestand is geen inhoud van Wegwijs.') };
  const keys = Object.keys(data);
  for (const entry of [FORMS.find((f) => f.widget === current), ...FORMS]) {
    if (!entry) continue;
    const check = await entry.check();
    if (check.shape.some((k) => keys.includes(k)))
      return { ok: true, widget: entry.widget, content: data };
  }
  return {
    ok: false,
    reason: msg('Studio herkent deze inhoud niet: er is (nog) geen formulier voor deze widget.'),
  };
}

export { download } from '../download.js';
