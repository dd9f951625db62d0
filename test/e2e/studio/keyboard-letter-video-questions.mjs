// Keyboard only, in the Studio page studio.mjs already has open: the letter form (title, the
// pasted letter, every found term and deadline confirmed, undone and removed, the deadline's
// label, objection, the five answers, machine-assisted), the video form (version language,
// where the video is, sources added and removed, poster, captions with their language and name,
// chapters added, edited and removed, transcript, sign language and download, a version removed
// and added again) and the question helper form (intro, domains and statements added, moved and
// removed, pictogram, topic, letter, link, fixed name). After each action: the content changed
// as a person expects, and the focus is where a keyboard user expects it. Then a broad proof per
// form: Tab from its first control reaches every visible, enabled control, and no element with
// a click handler is left out of the Tab order (no clickable div, span or li).
import { chooseRadio, press, waitForCheck } from './editor.mjs';
import { contentOf, focused, focusOn, tabTo, tabWalk, typeHere } from './keyboard-proof.mjs';

const LETTER = `Geachte mevrouw Yılmaz,

Wij hebben besloten dat u geen bijzondere bijstand krijgt. Uw inkomen is te hoog.

Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dagtekening van deze brief.`;

const CHAPTERS = `WEBVTT

00:00:00.000 --> 00:00:20.000
Wat is cliëntondersteuning?

00:00:20.000 --> 00:00:45.000
Zo maakt u een afspraak
`;

async function letterByKeyboard({ page, step, assert }) {
  const form = page.locator('wegwijs-studio-letter-explainer-form');
  const uid = () => form.evaluate((f) => f.uid);
  await step(
    'keyboard: letter form — title, pasted letter, terms and deadline confirmed, undone and removed (focus stays), label, objection, answers, machine-assisted',
    async () => {
      await chooseRadio(page, 'Uitleg bij een brief');
      await form.waitFor();
      await press(page, page.getByRole('button', { name: 'Begin leeg' }));
      await press(page, page.getByRole('checkbox', { name: 'العربية (ar)', exact: true }), 'Space');
      const u = await uid();
      await form.locator(`#${u}-title-ar`).waitFor();
      // From the first field on, Tab and typing only.
      await form.locator(`#${u}-title`).focus();
      await page.keyboard.type('Uitleg bij uw brief');
      await page.keyboard.press('Tab');
      await focusOn(page, `${u}-title-ar`, 'Tab after the Dutch title');
      await page.keyboard.type('شرح رسالتك');
      await page.keyboard.press('Tab');
      await focusOn(page, `${u}-letter`, 'Tab after the titles');
      await page.evaluate((text) => navigator.clipboard.writeText(text), LETTER);
      await page.keyboard.press('ControlOrMeta+V');
      await form.locator('.terms li').first().waitFor();
      const terms = await form
        .locator('.terms li')
        .evaluateAll((lis) => lis.map((li) => li.dataset.term));
      assert(terms.length >= 2, `terms found: ${terms.join(', ')}`);
      const [first, second] = terms;
      const state = (term) => form.locator(`li[data-term="${term}"] .state`).textContent();
      const pressed = (term, cls) =>
        form.locator(`li[data-term="${term}"] button.${cls}`).getAttribute('aria-pressed');
      const onButton = async (term, cls, what) => {
        const here = await page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return `${el?.closest('li')?.dataset.term}|${el?.className}`;
        });
        assert(here === `${term}|${cls}`, `${what}: the focus is on ${here}`);
      };
      // Tab from the letter goes to the first term's "Uitleggen" (the marked letter has no stops).
      await page.keyboard.press('Tab');
      await onButton(first, 'confirm', 'Tab after the letter');
      await page.keyboard.press('Space');
      assert((await pressed(first, 'confirm')) === 'true', 'Space did not confirm the term');
      assert((await state(first)) === 'bevestigd', `state: ${await state(first)}`);
      await onButton(first, 'confirm', 'after confirming');
      await page.keyboard.press('Space');
      assert((await state(first)) === 'nog niet gekozen', 'Space again did not undo the choice');
      await page.keyboard.press('Enter');
      assert((await state(first)) === 'bevestigd', 'Enter did not confirm the term');
      // "Niet uitleggen" on the next term; then the same term confirmed after all.
      for (let i = 0; i < 2; i++) await page.keyboard.press('Tab');
      await onButton(second, 'confirm', 'two Tabs on');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert((await pressed(second, 'reject')) === 'true', 'Enter did not remove the term');
      assert((await state(second)) === 'verwijderd', `state: ${await state(second)}`);
      await onButton(second, 'reject', 'after removing');
      let content = await contentOf(page);
      assert(content.letter.join(' ').includes(`[[${first}|`), `${first} not marked`);
      assert(content.skipTerms?.includes(second), `${second} not skipped: ${content.skipTerms}`);
      // The deadline: use it, give it a label in both languages, drop it, use it again.
      const deadline = (cls) => form.locator(`.deadlines button.${cls}`);
      for (let i = 0; i < 30; i++) {
        const cls = await page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.closest('.deadlines') ? el.className : '';
        });
        if (cls === 'confirm') break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      assert((await deadline('confirm').getAttribute('aria-pressed')) === 'true', 'no deadline');
      await form.locator(`#${u}-deadline-label`).waitFor();
      assert(
        (await focused(page)) === 'button.confirm',
        `after using the deadline the focus is on ${await focused(page)}`,
      );
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await focusOn(page, `${u}-deadline-label`, 'Tab after the deadline buttons');
      await page.keyboard.type('Bezwaar maken');
      await page.keyboard.press('Tab');
      await page.keyboard.type('تقديم اعتراض');
      content = await contentOf(page);
      assert(content.deadline?.weeks === 6, `deadline: ${JSON.stringify(content.deadline)}`);
      assert(content.deadline.label?.ar === 'تقديم اعتراض', 'no Arabic label');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      assert((await focused(page)) === 'button.reject', `Shift+Tab went to ${await focused(page)}`);
      await page.keyboard.press('Enter');
      await form.locator(`#${u}-deadline-label`).waitFor({ state: 'detached' });
      assert(!(await contentOf(page)).deadline, 'the deadline is still used');
      assert(
        (await focused(page)) === 'button.reject',
        `after dropping the deadline the focus is on ${await focused(page)}`,
      );
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Space');
      await form.locator(`#${u}-deadline-label`).waitFor();
      // Objection (Space), then the answers by Tab and typing.
      await tabTo(page, `${u}-objection`);
      await page.keyboard.press('Space');
      assert((await contentOf(page)).objection === true, 'Space did not tick objection');
      const answers = {
        what: 'Een besluit.',
        todo: 'Bezwaar maken.',
        ifNothing: 'Het besluit blijft.',
        help: 'Een ondersteuner.',
      };
      for (const [key, text] of Object.entries(answers)) {
        await tabTo(page, `${u}-answers-${key}`);
        await page.keyboard.type(text);
      }
      await page.keyboard.press('Tab');
      await page.keyboard.type('مرشدة.');
      // Machine-assisted for Arabic: Space twice flips it and back.
      await tabTo(page, `${u}-machine-ar`);
      const before = (await contentOf(page)).machineTranslated?.includes('ar') ?? false;
      await page.keyboard.press('Space');
      const after = (await contentOf(page)).machineTranslated?.includes('ar') ?? false;
      assert(after !== before, 'Space did not change machine-assisted');
      await page.keyboard.press('Space');
      content = await contentOf(page);
      assert((content.machineTranslated?.includes('ar') ?? false) === before, 'not back');
      for (const [key, text] of Object.entries(answers))
        assert(content.answers[key]?.nl === text || content.answers[key] === text, `${key}`);
      const summary = await waitForCheck(page);
      assert(/^Geen fouten/.test(summary), `check says: ${summary}`);
      return summary;
    },
  );
  await step('keyboard: every control of the letter form is reached by Tab', () =>
    tabWalk(page, 'wegwijs-studio-letter-explainer-form'),
  );
}

async function videoByKeyboard({ page, step, assert }) {
  const form = page.locator('wegwijs-studio-video-explainer-form');
  const version = async (i) => (await contentOf(page)).versions[i];
  await step(
    'keyboard: video form — language select, where the video is (radios), sources, poster, captions with language and name, chapters added, edited and removed, transcript, sign language, a version removed and added again',
    async () => {
      await chooseRadio(page, 'Uitlegvideo in meer talen');
      await form.locator('#versions-0-title').waitFor();
      await press(page, page.getByRole('button', { name: 'Begin leeg' }));
      await press(page, page.getByRole('checkbox', { name: 'العربية (ar)', exact: true }), 'Space');
      await press(page, form.locator('#add-ar'));
      await focusOn(page, 'versions-1-title', 'after adding the Arabic video');
      await page.keyboard.type('ما هو الدعم؟');
      // The Dutch card from its language select on: Tab, typing, arrows, Enter, Space.
      await form.locator('#versions-0-lang').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.type('Uitleg');
      await page.keyboard.press('Tab');
      // Where the video is: a radio group, chosen with the arrow keys.
      const kind = () =>
        form.evaluate((f) =>
          [...f.shadowRoot.querySelectorAll('input[name="versions-0-kind"]')].findIndex(
            (r) => r.checked,
          ),
        );
      assert((await kind()) === 0, 'own files are not the first choice');
      await page.keyboard.press('ArrowDown');
      assert((await kind()) === 1, 'ArrowDown did not choose YouTube');
      await page.keyboard.press('Tab');
      await focusOn(page, 'versions-0-youtube', 'Tab after the radios');
      await page.keyboard.type('youtu.be/dQw4w9WgXcQ');
      await page.keyboard.press('Tab');
      assert(
        (await version(0)).youtube === 'dQw4w9WgXcQ',
        `youtube: ${(await version(0)).youtube}`,
      );
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('ArrowDown');
      assert((await kind()) === 2, 'ArrowDown did not choose Vimeo');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      assert((await kind()) === 0, 'ArrowUp did not go back to own files');
      assert(!('youtube' in (await version(0))), 'YouTube kept beside own files');
      // Two video files, the second removed again: the focus goes to "add".
      await page.keyboard.press('Tab');
      await focusOn(page, 'versions-0-sources-0', 'Tab after the radios');
      await page.keyboard.type('/media/uitleg.mp4');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusOn(page, 'versions-0-sources-1', 'after adding a video file');
      await page.keyboard.type('/media/uitleg.webm');
      assert((await version(0)).sources.length === 2, 'no second video file');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusOn(page, 'versions-0-add-source', 'after removing video file 2');
      assert((await version(0)).sources.length === 1, 'video file 2 not removed');
      // Poster.
      await tabTo(page, 'versions-0-poster');
      await page.keyboard.type('/media/uitleg.jpg');
      assert((await version(0)).poster === '/media/uitleg.jpg', 'no poster');
      // Captions: added, language (select, arrows), name, removed (focus on "add").
      await tabTo(page, 'versions-0-add-caption');
      await page.keyboard.press('Enter');
      await focusOn(page, 'versions-0-captions-0', 'after adding captions');
      await page.keyboard.type('/media/uitleg-en.vtt');
      await tabTo(page, 'versions-0-captions-0-lang');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await focusOn(page, 'versions-0-captions-0-lang', 'after choosing the captions language');
      assert((await version(0)).captions[0].lang === 'en', 'the captions language is not en');
      await page.keyboard.press('Tab');
      await page.keyboard.type('English');
      assert((await version(0)).captions[0].label === 'English', 'no captions name');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusOn(page, 'versions-0-add-caption', 'after removing captions 1');
      assert(!(await version(0)).captions, 'captions not removed');
      // Chapters: added (address, the file pasted and checked), edited, removed.
      await tabTo(page, 'versions-0-chapters');
      await page.keyboard.type('/media/h.vtt');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await focusOn(page, 'versions-0-chapters-text', 'Tab into the chapter file');
      await page.evaluate((text) => navigator.clipboard.writeText(text), CHAPTERS);
      await page.keyboard.press('ControlOrMeta+V');
      await form
        .locator('#versions-0-chapters-vtt')
        .filter({ hasText: 'Het bestand is in orde: 2' })
        .waitFor();
      assert((await version(0)).chapters === '/media/h.vtt', 'no chapters');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
      await focusOn(page, 'versions-0-chapters', 'Shift+Tab back to the chapters address');
      await typeHere(page, '/media/h-nl.vtt');
      assert((await version(0)).chapters === '/media/h-nl.vtt', 'chapters not edited');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      assert(!('chapters' in (await version(0))), 'chapters not removed');
      await focusOn(page, 'versions-0-chapters', 'after removing the chapters');
      // Transcript (Enter is a new line), then sign language and download behind their summary.
      await tabTo(page, 'versions-0-transcript');
      await page.keyboard.type('Uitleg.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Hulp.');
      assert(
        (await version(0)).transcript === 'Uitleg.\nHulp.',
        `transcript: ${(await version(0)).transcript}`,
      );
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await focusOn(page, 'versions-0-signLanguage', 'Tab after opening "Gebarentaal"');
      await page.keyboard.type('/media/gebaren.mp4');
      await page.keyboard.press('Tab');
      await page.keyboard.type('/media/d.mp4');
      const nl = await version(0);
      assert(nl.signLanguage === '/media/gebaren.mp4' && nl.download, 'no sign language');
      // The version's language by arrows: the card keeps the focus and the same version.
      await tabTo(page, 'versions-0-lang', { back: true, max: 60 });
      await page.keyboard.press('ArrowDown');
      assert((await version(0)).lang === 'en', `ArrowDown: ${(await version(0)).lang}`);
      // The form moves the focus a frame after rendering: wait for it.
      const onSelect = async (value) => {
        const ok = await page
          .waitForFunction(
            (want) => {
              let el = document.activeElement;
              while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
              return `${el?.id}=${el?.value}` === want;
            },
            `versions-0-lang=${value}`,
            { timeout: 5000 },
          )
          .then(
            () => true,
            () => false,
          );
        assert(ok, `the focus is on ${await focused(page)}, not on the ${value} version's select`);
      };
      await onSelect('en');
      await page.keyboard.press('ArrowUp');
      const langs = (await contentOf(page)).versions.map((v) => v.lang).join(',');
      assert(langs === 'nl,ar', `after ArrowUp the versions are ${langs}`);
      await onSelect('nl');
      // Machine-assisted for the Arabic video (Space), then the Arabic video removed.
      await tabTo(page, 'versions-1-machine', { max: 60 });
      const machine = async () =>
        (await contentOf(page)).machineTranslated?.includes('ar') ?? false;
      const was = await machine();
      await page.keyboard.press('Space');
      assert((await machine()) !== was, 'Space did not change machine-assisted');
      await page.keyboard.press('Space');
      assert((await machine()) === was, 'Space again did not change it back');
      await tabTo(page, 'versions-1-remove', { max: 60 });
      await page.keyboard.press('Enter');
      await focusOn(page, 'add-ar', 'after removing the Arabic video');
      assert((await contentOf(page)).versions.length === 1, 'the Arabic video is still there');
      await page.keyboard.press('Enter');
      await focusOn(page, 'versions-1-title', 'after adding the Arabic video again');
      await page.keyboard.type('ما هو الدعم؟');
      return `${(await contentOf(page)).versions.length} versions`;
    },
  );
  await step('keyboard: every control of the video form is reached by Tab', () =>
    tabWalk(page, 'wegwijs-studio-video-explainer-form'),
  );
}

async function questionsByKeyboard({ page, step, assert }) {
  const form = page.locator('wegwijs-studio-question-helper-form');
  const domains = async () => (await contentOf(page)).domains;
  await step(
    'keyboard: question helper form — intro, domain label, pictogram, topic, letter, link, fixed name; statements and domains added, moved and removed (focus follows)',
    async () => {
      await chooseRadio(page, 'Hulpvraag in eigen woorden');
      await form.waitFor();
      await press(page, page.getByRole('button', { name: 'Begin leeg' }));
      await form.locator('[id="domains.0.label-nl"]').waitFor();
      await form.locator('[id="intro-nl"]').focus();
      await page.keyboard.type('Hulp is gewoon.');
      await tabTo(page, 'domains.0.label-nl');
      await page.keyboard.type('Geld');
      // The pictogram: Enter opens the picker, Tab to the search, type, Tab to the match, Enter.
      await page.keyboard.press('Tab');
      assert((await focused(page)) === 'button.picker-toggle', `at ${await focused(page)}`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await focusOn(page, 'domains.0.pictogram-pictograms-search', 'Tab into the picker');
      await page.keyboard.type('geld');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const picked = await page.evaluate(() => document.activeElement?.textContent?.trim());
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.className === 'picker-toggle');
      const pictogram = (await domains())[0].pictogram;
      assert(pictogram, `no pictogram after choosing ${picked}`);
      // Topic (select, arrow), "about a letter" (Space), the link, the fixed name.
      await tabTo(page, 'domains.0.topic');
      await page.keyboard.press('ArrowDown');
      assert((await domains())[0].topic, 'ArrowDown chose no topic');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      assert((await domains())[0].letter === true, 'Space did not tick "about a letter"');
      await page.keyboard.press('Tab');
      await focusOn(page, 'domains.0.link.href', 'Tab after "about a letter"');
      await page.keyboard.type('https://x.nl/brief');
      await page.keyboard.press('Tab');
      await focusOn(page, 'domains.0.link.label-nl', 'Tab after the link address');
      await page.keyboard.type('Brief');
      assert((await domains())[0].link?.label?.nl === 'Brief', 'no link label');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await focusOn(page, 'domains.0.id', 'Tab after opening "Vaste naam"');
      await typeHere(page, 'geld');
      assert((await domains())[0].id === 'geld', 'no fixed name');
      // Statements: the first typed, a second added (focus on its text), moved, removed.
      await tabTo(page, 'domains.0.statements.0.text-nl');
      await page.keyboard.type('Ik kan niet betalen.');
      await tabTo(page, 'add-statement-0');
      await page.keyboard.press('Enter');
      await focusOn(page, 'domains.0.statements.1.text-nl', 'after adding a statement');
      await page.keyboard.type('Schulden.');
      const texts = async () => (await domains())[0].statements.map((s) => s.text.nl).join(' | ');
      await tabTo(page, 'statement-0-1-up', { back: true });
      await page.keyboard.press('Enter');
      await focusOn(page, 'statement-0-0-down', 'after moving statement 2 up');
      assert((await texts()).startsWith('Schulden.'), `after up: ${await texts()}`);
      await page.keyboard.press('Enter');
      await focusOn(page, 'statement-0-1-up', 'after moving statement 1 down');
      assert((await texts()).startsWith('Ik kan'), `after down: ${await texts()}`);
      await tabTo(page, 'statement-0-1-remove');
      await page.keyboard.press('Enter');
      await focusOn(page, 'statement-0-0-heading', 'after removing statement 2');
      assert((await texts()) === 'Ik kan niet betalen.', await texts());
      // A second domain: added (focus on its label), moved up and down, removed.
      await tabTo(page, 'add-domain');
      await page.keyboard.press('Enter');
      await focusOn(page, 'domains.1.label-nl', 'after adding a domain');
      await page.keyboard.type('Wonen');
      const labels = async () => (await domains()).map((d) => d.label.nl).join(',');
      await tabTo(page, 'domain-1-up', { back: true });
      await page.keyboard.press('Enter');
      await focusOn(page, 'domain-0-down', 'after moving domain 2 up');
      assert((await labels()) === 'Wonen,Geld', `after up: ${await labels()}`);
      await page.keyboard.press('Enter');
      await focusOn(page, 'domain-1-up', 'after moving domain 1 down');
      assert((await labels()) === 'Geld,Wonen', `after down: ${await labels()}`);
      await tabTo(page, 'domain-1-remove');
      await page.keyboard.press('Enter');
      await focusOn(page, 'domain-0-heading', 'after removing domain 2');
      assert((await labels()) === 'Geld', `after removing: ${await labels()}`);
      return `pictogram ${pictogram}; topic ${(await domains())[0].topic}`;
    },
  );
  await step('keyboard: every control of the question helper form is reached by Tab', async () => {
    // With the picker open: its search and every pictogram button count too.
    await press(page, form.locator('.picker-toggle').first());
    await form.locator('.picker-panel:not([hidden]) .picker-grid li').nth(1).waitFor();
    return tabWalk(page, 'wegwijs-studio-question-helper-form');
  });
}

export async function keyboardLetterVideoQuestions({ page, step, assert, only }) {
  if (!only || only === 'letter') await letterByKeyboard({ page, step, assert });
  if (!only || only === 'video') await videoByKeyboard({ page, step, assert });
  if (!only || only === 'questions') await questionsByKeyboard({ page, step, assert });
}
