/**
 * Chromium's first `<input type="date">` of a page loads the date field's locale data and
 * builds its editor: 55–70 ms at 4× CPU (issue 23, measured on the letter's bench page), paid
 * inside the first render of a widget whose first view has a date field (the letter's
 * deadline), later ones ~0.1 ms. The loader makes one, unattached and dropped, in a task of
 * its own once such a widget is found: the wait falls while its files download.
 */
const dateFieldTags = new Set(['wegwijs-letter-explainer']);
let warmed = false;

export function warmDateField(tag: string): void {
  if (warmed || !dateFieldTags.has(tag)) return;
  warmed = true;
  // A task of its own, after the scan that requested the widget's files.
  setTimeout(() => {
    const input = document.createElement('input');
    input.type = 'date';
  });
}
