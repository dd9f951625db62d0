/**
 * Texts translated with a machine's help (`review: { "ar": "machine-assisted" }`): the guide
 * says so in the resident's language, so they know it may be imperfect (BRIEF §6, trust).
 */
import { expect, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { guideFor } from './helpers.js';
import {
  expectArabicMachineNote,
  jsonUrl,
  jsonWith,
} from '../../core/test/helpers/widget-checks.js';

/** The content pack's route, as residents get it: every language but Dutch machine-assisted. */
const PACK_URL = '/packages/content-oco/content/step-guide-oco.json';

const notice = (el: Element) => el.querySelector<HTMLElement>('.wegwijs-step-guide__machine');

describe('step guide: a machine-assisted translation', () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('says nothing in Dutch, the source the pack does not mark', async function () {
    this.timeout(30000);
    // The page's language, not the browser's (which would be English, also marked).
    await setPageLocale('nl', { remember: false });
    const { el } = await guideFor(html`<wegwijs-step-guide src=${PACK_URL}></wegwijs-step-guide>`);
    expect(!!el.querySelector('.wegwijs-step-guide__step'), 'rendered').to.equal(true);
    expect(!!notice(el), 'a notice').to.equal(false);
  });

  it('says so in Arabic, right to left, as a note a screen reader announces', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const { el } = await guideFor(html`<wegwijs-step-guide src=${PACK_URL}></wegwijs-step-guide>`);
    await expectArabicMachineNote(notice(el));
    await expect(el).to.be.accessible();
  });

  it('says nothing in a language a person reviewed', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const src = await jsonWith(PACK_URL, { review: { ar: 'reviewed', tr: 'machine-assisted' } });
    const { el } = await guideFor(html`<wegwijs-step-guide src=${src}></wegwijs-step-guide>`);
    expect(!!el.querySelector('.wegwijs-step-guide__step'), 'rendered').to.equal(true);
    expect(!!notice(el), 'a notice').to.equal(false);
  });

  it('says so in Dutch when Dutch is the machine translation', async function () {
    this.timeout(30000);
    await setPageLocale('nl', { remember: false });
    const src = await jsonWith(PACK_URL, { review: { nl: 'machine-assisted' } });
    const { el } = await guideFor(html`<wegwijs-step-guide src=${src}></wegwijs-step-guide>`);
    const note = notice(el)!;
    expect(note.lang).to.equal('nl');
    expect(note.dir).to.equal('ltr');
    expect(note.textContent).to.contain('gemaakt met hulp van een computer');
    await expect(el).to.be.accessible();
  });

  it('says only that the text is missing when Arabic is marked but the steps are Dutch', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const route = { lang: 'nl', review: { ar: 'machine-assisted' }, steps: [{ title: 'Bel ons' }] };
    const src = jsonUrl(route);
    const { el } = await guideFor(html`<wegwijs-step-guide src=${src}></wegwijs-step-guide>`);
    expect(
      !!el.querySelector('.wegwijs-step-guide__missing'),
      'the missing-language notice',
    ).to.equal(true);
    expect(!!notice(el), 'a machine-translation notice').to.equal(false);
  });
});
