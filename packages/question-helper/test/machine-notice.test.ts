/**
 * Texts translated with a machine's help (`review: { "ar": "machine-assisted" }`): the helper
 * says so in the resident's language, so they know it may be imperfect (BRIEF §6, trust).
 */
import { expect, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { SET_URL, helperFor } from './helpers.js';
import {
  expectArabicMachineNote,
  jsonUrl,
  jsonWith,
} from '../../core/test/helpers/widget-checks.js';

const notice = (el: Element) => el.querySelector<HTMLElement>('.wegwijs-question-helper__machine');

describe('question helper: a machine-assisted translation', () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('says nothing in Dutch, the source the content pack does not mark', async function () {
    this.timeout(30000);
    // The page's language, not the browser's (which would be English, also marked).
    await setPageLocale('nl', { remember: false });
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    expect(!!el.querySelector('.wegwijs-question-helper__in'), 'rendered').to.equal(true);
    expect(!!notice(el), 'a notice').to.equal(false);
  });

  it('says so in Arabic, right to left, as a note a screen reader announces', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    await expectArabicMachineNote(notice(el));
    await expect(el).to.be.accessible();
  });

  it('says nothing in a language a person reviewed', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const src = await jsonWith(SET_URL, { review: { ar: 'reviewed', tr: 'machine-assisted' } });
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${src}></wegwijs-question-helper>`,
    );
    expect(!!el.querySelector('.wegwijs-question-helper__in'), 'rendered').to.equal(true);
    expect(!!notice(el), 'a notice').to.equal(false);
  });

  it('says so in Dutch when Dutch is the machine translation', async function () {
    this.timeout(30000);
    await setPageLocale('nl', { remember: false });
    const src = await jsonWith(SET_URL, { review: { nl: 'machine-assisted' } });
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${src}></wegwijs-question-helper>`,
    );
    const note = notice(el)!;
    expect(note.lang).to.equal('nl');
    expect(note.dir).to.equal('ltr');
    expect(note.textContent).to.contain('gemaakt met hulp van een computer');
    await expect(el).to.be.accessible();
  });

  it('says only that the text is missing when Arabic is marked but the set is Dutch', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const set = {
      lang: 'nl',
      review: { ar: 'machine-assisted' },
      domains: [
        {
          id: 'geld',
          label: 'Geld',
          statements: [{ id: 'rekeningen', text: 'Ik heb rekeningen.' }],
        },
      ],
    };
    const src = jsonUrl(set);
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${src}></wegwijs-question-helper>`,
    );
    expect(
      !!el.querySelector('.wegwijs-question-helper__missing'),
      'the missing-language notice',
    ).to.equal(true);
    expect(!!notice(el), 'a machine-translation notice').to.equal(false);
  });
});
