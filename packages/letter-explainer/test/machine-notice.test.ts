import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';
import { ready } from './helpers.js';

// A letter whose translations were made with a computer's help (`data-machine-translated`,
// `machineTranslated`): the resident is told so in their interface language, with core's one
// sentence (machineAssistedNote), as a note with its own lang and dir.

/** Arabic marked as machine-assisted; every answer also in Arabic. */
const arabicLetter = () =>
  html`<wegwijs-letter-explainer today="2025-03-01">
    <div data-letter data-auto-terms="off" data-machine-translated="ar">
      <p>Wij hebben een besluit genomen.</p>
    </div>
    <p data-answer="what">Een besluit over uw aanvraag.</p>
    <p data-answer="what" lang="ar">قرار بشأن طلبك.</p>
    <p data-answer="todo">Niets, als u het eens bent.</p>
    <p data-answer="todo" lang="ar">لا شيء، إذا كنت موافقًا.</p>
    <p data-answer="when" data-deadline-weeks="6">Binnen 6 weken na de datum van de brief.</p>
    <p data-answer="when" lang="ar">خلال 6 أسابيع من تاريخ الرسالة.</p>
    <p data-answer="if-nothing">Dan geldt het besluit.</p>
    <p data-answer="if-nothing" lang="ar">عندها يسري القرار.</p>
    <p data-answer="help" data-phone="14 0123">Een cliëntondersteuner helpt gratis.</p>
    <p data-answer="help" lang="ar">يساعدك مرافق العملاء مجانًا.</p>
  </wegwijs-letter-explainer>`;

/** Arabic marked, but no answer in Arabic: the resident reads Dutch. */
const dutchLetter = () =>
  html`<wegwijs-letter-explainer today="2025-03-01">
    <div data-letter data-auto-terms="off" data-machine-translated="ar">
      <p>Wij hebben een besluit genomen.</p>
    </div>
    <p data-answer="what">Een besluit over uw aanvraag.</p>
    <p data-answer="todo">Niets, als u het eens bent.</p>
    <p data-answer="when" data-deadline-weeks="6">Binnen 6 weken na de datum van de brief.</p>
    <p data-answer="if-nothing">Dan geldt het besluit.</p>
    <p data-answer="help" data-phone="14 0123">Een cliëntondersteuner helpt gratis.</p>
  </wegwijs-letter-explainer>`;

const note = (el: HTMLElement) =>
  el.querySelector<HTMLElement>('.wegwijs-letter-explainer__note[role="note"]');

describe('letter explainer: a machine-assisted translation', () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  it('says so in Arabic, right to left, as a note in its own language', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const el = await ready(await fixture<WegwijsLetterExplainer>(arabicLetter()));
    await waitUntil(() => note(el)?.textContent?.includes('الحاسوب'), 'the Arabic note', {
      timeout: 6000,
    });
    const p = note(el)!;
    expect(p.lang).to.equal('ar');
    expect(p.dir).to.equal('rtl');
    expect(p.textContent!.trim()).to.equal('هذه الترجمة صُنعت بمساعدة الحاسوب ولم تُراجع بعد.');
    await expect(el).to.be.accessible();
  });

  it('says nothing in Dutch, which is not marked', async function () {
    this.timeout(30000);
    await setPageLocale('nl', { remember: false });
    const el = await ready(await fixture<WegwijsLetterExplainer>(arabicLetter()));
    await waitUntil(() => el.querySelector('.wegwijs-letter-explainer__q'), 'answers shown');
    expect(note(el)).to.equal(null);
  });

  it('says only that the text is missing when Arabic is marked but the answers are Dutch', async function () {
    this.timeout(30000);
    await setPageLocale('ar', { remember: false });
    const el = await ready(await fixture<WegwijsLetterExplainer>(dutchLetter()));
    await waitUntil(
      () => el.querySelector('.wegwijs-letter-explainer__missing'),
      'missing notice',
      {
        timeout: 6000,
      },
    );
    expect(note(el)).to.equal(null);
  });
});
