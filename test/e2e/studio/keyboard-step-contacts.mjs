// Every action of the step guide's and the contact list's forms by keyboard only (Tab, Shift+Tab,
// Enter, Space, arrows, Escape, typing), in the Studio page studio.mjs already has open: each
// action starts by focusing one control (as Tab or a screen reader's list gets there) and then
// only keys; the result is checked (the content, and where the focus is after it). Then a broad
// proof per form: Tab through the whole form and find every visible, enabled control on the way,
// and no element that listens to the mouse (click, pointer) but cannot be reached by Tab.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { download } from './journeys.mjs';
import { chooseRadio, press, typeInto, waitForCheck } from './editor.mjs';
import { describe, focusSettles, focused } from './keyboard-walk.mjs';
import { tabWalk } from './keyboard-proof.mjs';

/** The text typed into a field of the contact dialog, by its column (`role:ar` → role). */
const CONTACT = {
  name: 'Amina Yusuf',
  role: 'Buurtmoeder',
  organization: 'Samen',
  organization_url: 'https://s.nl/',
  description: 'Helpt.',
  photo: 'a.svg',
  photo_alt: 'Amina',
  phone: '0612349999',
  phone_languages: 'so',
  whatsapp: '0612348888',
  email: 'a@s.nl',
  website: 'https://a.nl/',
  address: 'Markt 2',
  postal_code: '9904 BZ',
  city: 'Stad',
  areas: '9901-9903, Noord',
  hours: 'ma-vr 09:00-12:00',
  exceptions: '2027-12-24 gesloten',
};
/** Checkboxes ticked with Space in the dialog (by the end of their id). */
const TICK = [
  'languages-so',
  'languages-ar',
  'topics-money',
  'topics-letters',
  'free',
  'independent',
  'confidential',
];

export async function keyboardJourney({ page, step, assert, repo }) {
  const cf = page.locator('wegwijs-studio-contact-finder-form');
  const contacts = () => cf.evaluate((f) => f.content.contacts);
  const names = () => cf.locator('tbody th[scope="row"]').allTextContents();

  await step(
    'keyboard, contact list: CSV pasted (summary, Enter; Ctrl+V; Tab, Enter)',
    async () => {
      // Three rows of the example file: a short list keeps the typing below fast (every key
      // checks the list again).
      const csv = readFileSync(
        join(repo, 'packages/contact-finder/examples/voorbeeldstad-contacts.csv'),
        'utf8',
      )
        .split('\n')
        .slice(0, 4)
        .join('\n');
      await chooseRadio(page, 'Contactpersoon in uw taal');
      await cf.locator('tbody tr').first().waitFor();
      await page.evaluate((text) => navigator.clipboard.writeText(text), csv);
      await press(page, cf.locator('details > summary'));
      assert(await cf.locator('details').evaluate((d) => d.open), 'the paste panel did not open');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+V');
      await page.keyboard.press('Tab');
      const onRead = await focused(page);
      assert(/read-pasted/.test(onRead.cls), `Tab went to ${describe(onRead)}`);
      await page.keyboard.press('Enter');
      await cf.getByText(/contacten gelezen uit het CSV-bestand/).waitFor();
      const rows = await cf.locator('tbody tr').count();
      assert(rows === 3 && (await contacts()).length === 3, `${rows} rows after pasting`);
      const after = await focused(page);
      assert(after.tag !== 'body', 'after reading the pasted CSV the focus is lost');
      await press(page, cf.locator('details > summary'));
      return `${rows} contacts read; focus on ${describe(after)}`;
    },
  );

  await step('keyboard, contact list: sort by a column (Enter, Space), remove, undo', async () => {
    const before = (await names()).map((n) => n.trim());
    const byName = [...before].sort((a, b) => a.localeCompare(b, 'nl'));
    await press(page, cf.getByRole('button', { name: /^Naam/ }));
    const th = cf.locator('th[aria-sort]');
    assert((await th.getAttribute('aria-sort')) === 'ascending', 'not sorted ascending');
    assert(
      JSON.stringify((await names()).map((n) => n.trim())) === JSON.stringify(byName),
      `not sorted by name: ${await names()}`,
    );
    const onSort = await focused(page);
    assert(/sort/.test(onSort.cls), `after sorting the focus is on ${describe(onSort)}`);
    await page.keyboard.press('Space');
    assert((await th.getAttribute('aria-sort')) === 'descending', 'not sorted descending');
    assert((await names())[0].trim() === byName.at(-1), `first row: ${(await names())[0]}`);
    // Remove the second row shown: the focus goes to "Ongedaan maken" (a neighbour, not <body>).
    const count = before.length;
    const second = (await names())[1].trim();
    await press(page, cf.locator('tbody tr').nth(1).locator('button.remove'));
    await cf
      .locator('tbody tr')
      .nth(count - 1)
      .waitFor({ state: 'detached' });
    assert(!(await names()).some((n) => n.trim() === second), `${second} is still there`);
    const onUndo = await focusSettles(page, (f) => /undo/.test(f.cls), '"Ongedaan maken"');
    await page.keyboard.press('Enter');
    await cf
      .locator('tbody tr')
      .nth(count - 1)
      .waitFor();
    assert((await names())[1].trim() === second, `${second} is not back in its place`);
    const onRow = await focusSettles(
      page,
      (f) => /edit/.test(f.cls) && f.text.includes(second),
      `the edit button of ${second}`,
    );
    // Sorting back to the file's order is not offered; the order in the content is unchanged.
    assert(
      JSON.stringify((await contacts()).map((c) => c.name)) === JSON.stringify(before),
      'sorting or undo changed the order of the list',
    );
    // A contact renamed while the table is sorted by name moves to another row: after Escape
    // the focus is on that contact's edit button, not on whichever row now has the old place.
    await press(page, cf.locator('tbody tr').first().locator('button.edit'));
    await cf.locator('dialog[open]').waitFor();
    await focusSettles(page, (f) => /-f-name$/.test(f.id), 'the name field');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Aafke de Boer');
    await page.keyboard.press('Escape');
    await cf.locator('dialog[open]').waitFor({ state: 'detached' });
    assert((await names()).at(-1).trim() === 'Aafke de Boer', 'the renamed row did not move');
    // (The dialog first gives the focus back to the button that opened it; the form then
    // moves it, a render later: wait for the end state.)
    const onRenamed = await focusSettles(
      page,
      (f) => /edit/.test(f.cls) && f.text.includes('Aafke de Boer'),
      'the edit button of the renamed contact',
    );
    return `${count} rows; focus: sort button, "${onUndo.text}", ${onRow.text}, ${onRenamed.text}`;
  });

  await step(
    'keyboard, contact list: a contact added; every field of its dialog filled by Tab, typing, Space and arrows; Escape',
    async () => {
      const count = (await contacts()).length;
      // Arabic as a working language (Space), so the texts for residents have an Arabic field.
      const arabic = page.getByRole('checkbox', { name: 'العربية (ar)' });
      if (!(await arabic.isChecked())) await press(page, arabic, 'Space');
      await press(page, cf.getByRole('button', { name: 'Contact toevoegen' }));
      const dialog = cf.locator('dialog[open]');
      await dialog.waitFor();
      const first = await focusSettles(page, (f) => /-f-name$/.test(f.id), 'the name field');
      const seen = new Set([first.id]);
      const typed = {};
      const selects = [];
      // From the name field, Tab round the (modal) dialog once; each control gets its key.
      let f = first;
      for (let i = 0; i < 200; i += 1) {
        const column = f.id.replace(/^.*-f-/, '');
        const base = column.replace(/-(?!.*_)[a-z]{2,3}$/, '');
        if ((f.tag === 'input' && f.type !== 'checkbox') || f.tag === 'textarea') {
          const value = CONTACT[column] ?? `${CONTACT[base]} (${column.slice(base.length + 1)})`;
          await page.keyboard.press('ControlOrMeta+A');
          await page.keyboard.type(value);
          typed[column] = value;
        } else if (f.tag === 'input' && TICK.includes(column)) {
          await page.keyboard.press('Space');
        } else if (f.tag === 'select') {
          await page.keyboard.press('ArrowDown');
          selects.push(column);
        }
        await page.keyboard.press('Tab');
        f = await focused(page);
        if (f.id === first.id || seen.has(f.id || f.text)) break;
        seen.add(f.id || f.text);
      }
      assert(f.id === first.id, `Tab left the dialog or stuck at ${describe(f)}`);
      const draft = await cf.evaluate((form) => form.draft);
      const wrong = Object.entries(typed).filter(([k, v]) => draft[k.replace(/-/, ':')] !== v);
      assert(!wrong.length, `fields not kept: ${wrong.map(([k]) => k).join(', ')}`);
      for (const s of ['kind', 'access'])
        assert(selects.includes(s), `the select ${s} not reached`);
      // Escape closes the dialog; the focus is back on the new row's edit button.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await focusSettles(
        page,
        (x) => /edit/.test(x.cls) && x.text.includes('Amina Yusuf'),
        'the edit button of the new contact',
      );
      const contact = (await contacts()).at(-1);
      assert((await contacts()).length === count + 1, 'no contact added');
      const expect = {
        name: 'Amina Yusuf',
        kind: 'volunteer',
        access: 'walk-in',
        free: true,
        independent: true,
        confidential: true,
      };
      for (const [k, v] of Object.entries(expect))
        assert(contact[k] === v, `${k}: ${JSON.stringify(contact[k])}`);
      for (const code of ['nl', 'so', 'ar'])
        assert(contact.languages.includes(code), `languages: ${contact.languages}`);
      for (const topic of ['money', 'letters'])
        assert(contact.topics.includes(topic), `topics: ${contact.topics}`);
      const arabicTexts = [contact.role?.ar, contact.description?.ar, contact.photo?.alt?.ar];
      assert(
        JSON.stringify(arabicTexts) ===
          JSON.stringify(['role', 'description', 'photo_alt'].map((k) => `${CONTACT[k]} (ar)`)),
        `the Arabic texts: ${JSON.stringify(arabicTexts)}`,
      );
      const json = JSON.stringify(contact);
      for (const part of ['9901-9903', 'Noord', '09:00', '2027-12-24', 'a@s.nl', '9904 BZ'])
        assert(json.includes(part), `the contact lacks ${part}: ${json}`);
      return `${seen.size} controls in the dialog, ${Object.keys(typed).length} typed, ${selects.length} selects`;
    },
  );

  await step('keyboard, contact list: Tab reaches every control of the form', async () => {
    await waitForCheck(page);
    return tabWalk(page, 'wegwijs-studio-contact-finder-form');
  });

  // The step guide: its example, then each action kind, the "what to bring" list, the relation
  // to the next step, "no pictogram", the file snippet and the own-server address.
  const sg = page.locator('wegwijs-studio-step-guide-form');
  const steps = () => sg.evaluate((f) => f.content.steps);
  await step('keyboard, step guide: "Begin met een voorbeeld" (Enter)', async () => {
    await chooseRadio(page, 'Stappenplan met pictogrammen');
    await sg.waitFor();
    await waitForCheck(page);
    await press(page, page.getByRole('button', { name: 'Begin met een voorbeeld' }));
    await page.waitForFunction(
      () => document.querySelector('[id="steps.0.title-nl"]')?.value === 'Bel ons',
    );
    assert(
      (await page.locator('[id="steps.0.title-en"]').inputValue()) === 'Call us',
      'the example without its English',
    );
    const f = await focused(page);
    assert(f.text === 'Begin met een voorbeeld', `the focus moved to ${describe(f)}`);
    return `${(await steps()).length} steps in nl and en`;
  });

  await step('keyboard, step guide: WhatsApp and link buttons (radio arrows, typing)', async () => {
    const kind = (value) => page.locator(`[name="steps.0.action-kind"][value="${value}"]`);
    await press(page, kind('call'), 'ArrowDown');
    assert(await kind('whatsapp').isChecked(), 'WhatsApp not chosen');
    const onRadio = await focused(page);
    assert(onRadio.type === 'radio', `after choosing the focus is on ${describe(onRadio)}`);
    // Tab on to the number: the button's words (nl, en), then the WhatsApp number.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    const number = await focused(page);
    assert(number.id === 'steps.0.action.whatsapp', `Tab went to ${describe(number)}`);
    // Typed as an editor may write it: the field keeps the typing (it used to turn "0" into
    // "+31" under the caret, so "0031 6…" became a wrong number), and shows +31… once left.
    const field = page.locator('[id="steps.0.action.whatsapp"]');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0031 6 12345678');
    assert((await field.inputValue()) === '0031 6 12345678', `typed: ${await field.inputValue()}`);
    await page.keyboard.press('Tab');
    await page.waitForFunction(
      () => document.querySelector('[id="steps.0.action.whatsapp"]')?.value === '+31612345678',
    );
    let action = (await steps())[0].action;
    assert(action.href === 'https://wa.me/31612345678', `WhatsApp: ${JSON.stringify(action)}`);
    assert(action.label?.nl === 'Bel' && action.phone === undefined, JSON.stringify(action));
    await press(page, kind('whatsapp'), 'ArrowDown');
    assert(await kind('link').isChecked(), 'link not chosen');
    await typeInto(
      page,
      page.locator('[id="steps.0.action.href"]'),
      'https://www.voorbeeldstad.nl/hulp',
    );
    action = (await steps())[0].action;
    assert(action.href === 'https://www.voorbeeldstad.nl/hulp', `link: ${JSON.stringify(action)}`);
    return JSON.stringify(action);
  });

  await step(
    'keyboard, step guide: a "ding" added and removed; the focus goes to the new field, then to a neighbour',
    async () => {
      const bring = async () => (await steps())[1].bring ?? [];
      const list = sg.locator('fieldset.bring').nth(1);
      await press(page, list.getByRole('button', { name: 'Ding toevoegen' }));
      await page.locator('[id="steps.1.bring.2-nl"]').waitFor();
      await focusSettles(page, (f) => f.id === 'steps.1.bring.2-nl', 'the new ding');
      await page.keyboard.type('Uw bankpas');
      assert((await bring())[2]?.nl === 'Uw bankpas', JSON.stringify(await bring()));
      // Remove the first: the focus goes to the remove button now in its place.
      await press(page, list.getByRole('button', { name: 'Ding 1 weghalen' }));
      await page.locator('[id="steps.1.bring.2-nl"]').waitFor({ state: 'detached' });
      assert(
        JSON.stringify((await bring()).map((b) => b.nl)) ===
          JSON.stringify(['Brieven van de gemeente', 'Uw bankpas']),
        JSON.stringify(await bring()),
      );
      const next = await focusSettles(
        page,
        (f) => f.text === 'Ding 1 weghalen',
        '"Ding 1 weghalen" (the next ding)',
      );
      // The last one removed: the focus goes to the one before it.
      await press(page, list.getByRole('button', { name: 'Ding 2 weghalen' }));
      await page.locator('[id="steps.1.bring.1-nl"]').waitFor({ state: 'detached' });
      await focusSettles(page, (f) => f.text === 'Ding 1 weghalen', '"Ding 1 weghalen"');
      // The only one removed: the focus goes to "Ding toevoegen".
      await page.keyboard.press('Enter');
      await page.locator('[id="steps.1.bring.0-nl"]').waitFor({ state: 'detached' });
      await focusSettles(page, (f) => f.text === 'Ding toevoegen', '"Ding toevoegen"');
      assert(!('bring' in (await steps())[1]), 'an empty list is kept in the content');
      return `focus: ${describe(next)}, then "Ding toevoegen"`;
    },
  );

  await step('keyboard, step guide: the next-step select by arrows; "Geen pictogram"', async () => {
    const select = page.locator('[id="steps.0.next"]');
    await press(page, select, 'ArrowDown');
    assert((await steps())[0].next === 'and', `next: ${(await steps())[0].next}`);
    await page.keyboard.press('ArrowDown');
    assert((await steps())[0].next === 'or', `next: ${(await steps())[0].next}`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert(!('next' in (await steps())[0]), 'the plain "next step" is kept in the content');
    // "Geen pictogram": Enter on the picker's button, Tab past the search to the first choice.
    const picker = page.locator('wegwijs-studio-pictogram-picker[path="steps.0.pictogram"]');
    await press(page, picker.getByRole('button', { name: 'Kies een pictogram' }));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const none = await focused(page);
    assert(none.text === 'Geen pictogram', `Tab went to ${describe(none)}`);
    await page.keyboard.press('Enter');
    await picker.locator('.picker-current strong').filter({ hasText: 'geen' }).waitFor();
    assert(!('pictogram' in (await steps())[0]), 'the pictogram is still there');
    const back = await focused(page);
    assert(/picker-toggle/.test(back.cls), `after choosing, the focus is on ${describe(back)}`);
    // Escape closes an open picker and gives the focus back to its button.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await picker.locator('.picker-panel[hidden]').waitFor({ state: 'attached', timeout: 5000 });
    const escaped = await focused(page);
    assert(/picker-toggle/.test(escaped.cls), `after Escape the focus is on ${describe(escaped)}`);
  });

  await step(
    'keyboard, step guide: the file snippet (radio arrows) with its address, downloaded by Enter; own-server address',
    async () => {
      const markup = page.getByRole('radio', { name: /De inhoud in de code/ });
      await press(page, markup, 'ArrowDown');
      assert(await page.getByRole('radio', { name: /Een inhoudsbestand/ }).isChecked(), 'no file');
      const address = 'https://www.gemeente.nl/wegwijs/stappenplan.json';
      await page.keyboard.press('Tab');
      const url = await focused(page);
      assert(url.id === 'content-url', `Tab went to ${describe(url)}`);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(address);
      await page.keyboard.press('Tab');
      await page.waitForFunction(
        (a) => document.querySelector('#snippet')?.value.includes(`src="${a}"`),
        address,
      );
      // The own-server <details>: its summary is the next stop; Enter opens it, Tab to the field.
      const summary = await focused(page);
      assert(summary.tag === 'summary', `Tab went to ${describe(summary)}`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const cdn = await focused(page);
      assert(cdn.id === 'cdn', `Tab went to ${describe(cdn)}`);
      await page.keyboard.type('https://www.gemeente.nl/wegwijs/');
      await page.keyboard.press('Tab');
      await page.waitForFunction(() =>
        document
          .querySelector('#snippet')
          ?.value.includes('src="https://www.gemeente.nl/wegwijs/wegwijs.js"'),
      );
      // Tab on past the snippet to "Kopieer de code" and the download of the file to upload.
      await page.keyboard.press('Tab');
      const copy = await focused(page);
      assert(copy.id === 'copy-snippet', `Tab went to ${describe(copy)}`);
      await page.keyboard.press('Tab');
      const upload = await focused(page);
      assert(upload.text === 'Download het bestand om te uploaden', `on ${describe(upload)}`);
      const file = await download(page, () => page.keyboard.press('Enter'), 'step-guide.json');
      const content = JSON.parse(readFileSync(file, 'utf8'));
      assert(content.title?.nl === 'Zo maakt u een afspraak', `file: ${content.title?.nl}`);
      const checked = execFileSync(
        process.execPath,
        [join(repo, 'packages/cli/bin/wegwijs.mjs'), 'check', file],
        { encoding: 'utf8' },
      );
      // Back as the other journeys expect it: the CDN address empty, the markup snippet.
      await press(page, page.locator('#cdn'), 'ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Tab');
      await page.waitForFunction(() =>
        document.querySelector('#snippet')?.value.includes('https://cdn.jsdelivr.net/'),
      );
      await press(page, page.locator('#output-heading ~ details > summary'));
      await press(page, page.getByRole('radio', { name: /Een inhoudsbestand/ }), 'ArrowUp');
      assert(await markup.isChecked(), 'the markup snippet is not chosen again');
      return checked.trim().split('\n').at(-1);
    },
  );

  await step('keyboard, step guide: Tab reaches every control of the form', async () => {
    return tabWalk(page, 'wegwijs-studio-step-guide-form');
  });
}
