// The "done when": the whole flow by keyboard in Arabic, with a contact finder on the
// same page that then shows the matching contacts.
import { expect, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '@wegwijs/contact-finder/define';
import '../src/define.js';
import type { WegwijsContactFinder } from '@wegwijs/contact-finder';
import { CONTACTS_URL, SET_URL, focused, helperFor, press, tabTo } from './helpers.js';

interface Contact {
  name: string;
  languages: string[];
  topics: string[];
}

const isEl = (selector: string) => (el: Element) => el.matches(selector);

describe('the whole flow by keyboard in Arabic', () => {
  const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
  const canShare = Object.getOwnPropertyDescriptor(Navigator.prototype, 'canShare');
  const shared: ShareData[] = [];

  beforeEach(() => {
    shared.length = 0;
    // The device's share sheet, stubbed: what the resident would send is recorded.
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: ShareData) => void shared.push(data),
    });
    Object.defineProperty(Navigator.prototype, 'canShare', {
      configurable: true,
      value: () => true,
    });
  });
  afterEach(async () => {
    if (share) Object.defineProperty(Navigator.prototype, 'share', share);
    else delete (Navigator.prototype as { share?: unknown }).share;
    if (canShare) Object.defineProperty(Navigator.prototype, 'canShare', canShare);
    else delete (Navigator.prototype as { canShare?: unknown }).canShare;
    await setPageLocale('nl', { remember: false });
  });

  it('picks two domains and three statements, WhatsApp and a key person, shares a Dutch–Arabic card and hands it to the contact finder', async function () {
    this.timeout(60000);
    await setPageLocale('ar', { remember: false });
    const { el, root } = await helperFor(
      html`<div>
        <wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>
        <wegwijs-contact-finder src=${CONTACTS_URL} no-hash page-size="50"></wegwijs-contact-finder>
      </div>`,
    );
    const finder = root.querySelector('wegwijs-contact-finder') as WegwijsContactFinder;
    await finder.whenReady();
    const title = () => el.querySelector('.wegwijs-question-helper__title')!.textContent!.trim();
    await waitUntil(() => title() === 'ما الموضوع؟', `UI not in Arabic: "${title()}"`);
    const inner = el.querySelector('.wegwijs-question-helper__in')!;
    expect(inner.getAttribute('lang')).to.equal('ar');
    expect(inner.getAttribute('dir')).to.equal('rtl');

    // 1. Two domains: money (Space) and a letter (Enter).
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(isEl('.wegwijs-question-helper__domain[data-id="money"]'), 'the money domain');
    await press('Space');
    await tabTo(isEl('.wegwijs-question-helper__domain[data-id="letter"]'), 'the letter domain');
    await press('Enter');
    await el.updateComplete;
    const pressed = [
      ...el.querySelectorAll('.wegwijs-question-helper__domain[aria-pressed="true"]'),
    ].map((b) => (b as HTMLElement).dataset['id']);
    expect(pressed).to.deep.equal(['money', 'letter']);
    await tabTo(isEl('.wegwijs-question-helper__next'), 'Next');
    await press('Enter');
    await el.updateComplete;
    expect(focused(), 'focus on the step heading').to.equal(
      el.querySelector('.wegwijs-question-helper__title'),
    );
    expect(title()).to.equal('ما الذي ينطبق عليكم؟');

    // 2. Three statements, each with a read-aloud button where a voice exists.
    for (const id of ['money/bills', 'money/debts', 'letter/understand']) {
      await tabTo(isEl(`input[data-id="${id}"]`), id);
      await press('Space');
    }
    await el.updateComplete;
    expect(el.answers.statements).to.deep.equal([
      'money/bills',
      'money/debts',
      'letter/understand',
    ]);
    await tabTo(isEl('.wegwijs-question-helper__next'), 'Next');
    await press('Enter');
    await el.updateComplete;

    // 3. How: Arabic is preselected; a key person (arrow keys in the group); WhatsApp.
    await waitUntil(() => el.querySelector('select[id$="-lang"]'), 'the how step');
    expect(el.querySelector<HTMLSelectElement>('select[id$="-lang"]')!.value).to.equal('ar');
    await tabTo(isEl('input[type=radio][value="none"]'), 'the interpreter question');
    await press('ArrowDown');
    await press('ArrowDown');
    await tabTo(isEl('input[type=radio][value="phone"]'), 'the contact question');
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.answers.helpLanguage).to.equal('key-person');
    expect(el.answers.channel).to.equal('whatsapp');
    // The letter explainer is offered because a letter is the topic.
    expect(el.querySelector('.wegwijs-question-helper__letter a')!.getAttribute('href')).to.contain(
      'brief-uitleggen',
    );
    await tabTo(isEl('.wegwijs-question-helper__next'), 'Make my card');
    await press('Enter');

    // 4. The card: a Dutch half and an Arabic half, each its own language and direction.
    await waitUntil(
      () => el.querySelectorAll('.wegwijs-question-helper__half').length === 2,
      'the card',
    );
    const [nl, ar] = [...el.querySelectorAll<HTMLElement>('.wegwijs-question-helper__half')];
    expect([nl!.lang, nl!.dir, ar!.lang, ar!.dir]).to.deep.equal(['nl', 'ltr', 'ar', 'rtl']);
    expect(nl!.querySelector('h3')!.textContent).to.contain('Mijn hulpvraag');
    expect(ar!.querySelector('h3')!.textContent).to.contain('سؤالي لطلب المساعدة');
    const items = (half: HTMLElement) =>
      [...half.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items(nl!)).to.include.members([
      'Geld en schulden',
      'Een brief die ik niet begrijp',
      'Ik kan mijn rekeningen niet betalen.',
      'Ik heb schulden en weet niet wat ik moet doen.',
      'Ik heb een brief gekregen die ik niet begrijp.',
      'Mijn taal: العربية',
      'Ik wil graag een sleutelpersoon uit mijn eigen gemeenschap.',
      'Contact: WhatsApp',
    ]);
    expect(items(ar!)).to.include.members([
      'المال والديون',
      'لا أستطيع دفع فواتيري.',
      'أرغب في شخص موثوق من جاليتي.',
      'التواصل: واتساب',
    ]);

    // 5. Share through the (stubbed) share sheet: both halves as text.
    await tabTo(isEl('.wegwijs-question-helper__share'), 'Share');
    await press('Enter');
    await waitUntil(() => shared.length === 1, 'navigator.share was not called');
    const text = shared[0]!.text!;
    expect(text).to.contain('Mijn hulpvraag (Nederlands)');
    expect(text).to.contain('- Ik kan mijn rekeningen niet betalen.');
    expect(text).to.contain('- Contact: WhatsApp');
    expect(text).to.contain('سؤالي لطلب المساعدة (العربية)');
    expect(text).to.contain('- لا أستطيع دفع فواتيري.');
    expect(text.indexOf('Mijn hulpvraag')).to.be.lessThan(text.indexOf('سؤالي'));
    await el.updateComplete;
    expect(el.querySelector('[role=status]')!.textContent).to.contain('تمت المشاركة');

    // 6. Hand it to the contact finder: it shows who speaks Arabic and helps with money or letters.
    await tabTo(isEl('.wegwijs-question-helper__find'), 'Find someone');
    await press('Enter');
    await waitUntil(() => finder.getAttribute('topic') === 'money letters', 'no hand-over');
    expect(finder.getAttribute('language')).to.equal('ar');
    expect(focused()).to.equal(finder);
    await finder.whenReady();
    const contacts = ((await (await fetch(CONTACTS_URL)).json()) as { contacts: Contact[] })
      .contacts;
    const expected = contacts
      .filter((c) => c.languages.includes('ar'))
      .filter((c) => c.topics.some((t) => t === 'money' || t === 'letters'))
      .map((c) => c.name);
    expect(expected.length).to.be.greaterThan(3);
    await waitUntil(
      () => finder.querySelectorAll('[slot=results] article').length === expected.length,
      'the finder did not filter',
    );
    const shown = [...finder.querySelectorAll('[slot=results] article h3')].map((h) =>
      h.textContent!.trim(),
    );
    expect(shown).to.deep.equal(expected);
    // The finder's own form shows the handed-over topics as the chosen one.
    const chosen = finder.shadowRoot!.querySelector<HTMLInputElement>('input[name=topic]:checked')!;
    expect(chosen.value).to.equal('money letters');
    expect(chosen.closest('label')!.textContent).to.contain('+');
  });
});
