// The step guide's form: add, move (by keyboard too), remove; problems next to their field;
// the other language beside the Dutch; readability of Dutch text; axe in Dutch and English.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Route } from '@wegwijs/step-guide';
import '../src/forms/step-guide/define.js';
import { CONTENT_CHANGE } from '../src/forms/contract.js';
import type { WegwijsStudioStepGuideForm } from '../src/forms/step-guide/step-guide-form.js';
import { setStudioLocale } from '../src/localization.js';

const route: Route = {
  steps: [
    { title: { nl: 'Een', ar: 'واحد' }, pictogram: 'phone' },
    { title: { nl: 'Twee' } },
    { title: { nl: 'Drie' }, text: { nl: 'U krijgt een beschikking van de gemeente.' } },
  ],
};

async function form(content: Route = route) {
  const el = await fixture<WegwijsStudioStepGuideForm>(
    html`<wegwijs-studio-step-guide-form
      .content=${content}
      .languages=${['nl', 'ar']}
      .problems=${[{ path: 'steps.1.title.ar', message: 'De Arabische titel ontbreekt.', severity: 'warning' }]}
    ></wegwijs-studio-step-guide-form>`,
  );
  // The form is controlled: like the shell, give it every content it emits.
  el.addEventListener(CONTENT_CHANGE, (e) => {
    el.content = (e as CustomEvent<{ content: Route }>).detail.content;
  });
  await el.updateComplete;
  return el;
}
const titles = (el: WegwijsStudioStepGuideForm) =>
  el.content.steps.map((s) => (s.title as Record<string, string>).nl);
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('step guide form', () => {
  it('moves a step up by keyboard and keeps the focus on the moved step', async () => {
    const el = await form();
    el.querySelector<HTMLButtonElement>('#step-2-up')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await frame();
    expect(titles(el)).to.deep.equal(['Een', 'Drie', 'Twee']);
    expect(document.activeElement?.id).to.match(/^step-1-(up|down)$/);
    expect(el.querySelector('.step-guide-form > [role="status"]')!.textContent).to.include(
      'Stap 3 is nu stap 2',
    );
  });

  it('removes a step and adds one, with the focus on the new title', async () => {
    const el = await form();
    el.querySelector<HTMLButtonElement>('#step-0-remove')!.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Twee', 'Drie']);
    el.querySelector<HTMLButtonElement>('#add-step')!.click();
    await el.updateComplete;
    await frame();
    expect(el.content.steps).to.have.length(3);
    expect(document.activeElement?.id).to.equal('steps.2.title-nl');
  });

  it('shows each problem at its field, and the Arabic beside the Dutch (rtl)', async () => {
    const el = await form();
    const ar = el.querySelector<HTMLInputElement>('[id="steps.1.title-ar"]')!;
    expect(ar.dir).to.equal('rtl');
    expect(ar.getAttribute('aria-describedby')).to.equal('steps.1.title-ar-problems');
    expect(el.querySelector('[id="steps.1.title-ar-problems"]')!.textContent).to.include(
      'ontbreekt',
    );
    expect(el.querySelector<HTMLInputElement>('[id="steps.0.title-ar"]')!.value).to.equal('واحد');
  });

  it('typing edits the content; Dutch text gets a readability note with glossary terms', async () => {
    const el = await form();
    const input = el.querySelector<HTMLInputElement>('[id="steps.1.title-nl"]')!;
    input.value = 'Twee!';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true })); // a native change must not break
    await el.updateComplete;
    expect(titles(el)[1]).to.equal('Twee!');
    const note = el.querySelector('[id="steps.2.text-nl-readability"]')!;
    expect(note.textContent).to.include('beschikking');
  });

  it('picks a pictogram by searching in Dutch', async function () {
    this.timeout(20000);
    const el = await form();
    const picker = el.querySelector('wegwijs-studio-pictogram-picker[path="steps.1.pictogram"]')!;
    picker.querySelector<HTMLButtonElement>('.picker-toggle')!.click();
    await (picker as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const search = picker.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'brief';
    search.dispatchEvent(new Event('input'));
    // The pictograms arrive in one lazy chunk.
    const find = () =>
      [...picker.querySelectorAll<HTMLButtonElement>('.picker-grid button')].find(
        (b) => b.textContent?.trim() === 'Brief',
      );
    const shown = () => picker.querySelectorAll('.picker-grid button').length;
    // Wait for the filtered grid, not just any grid: the unfiltered one also holds "Brief".
    for (let i = 0; i < 100 && !(find() && shown() < 6); i++)
      await new Promise((r) => setTimeout(r, 50));
    const choice = find();
    expect(shown()).to.be.below(6);
    expect(choice, 'a pictogram named Brief').to.exist;
    choice!.click();
    await el.updateComplete;
    expect(el.content.steps[1]!.pictogram).to.equal('letter');
  });

  it('a call button, a WhatsApp button and a "what to bring" list are made without JSON', async () => {
    const el = await form({ steps: [{ title: { nl: 'Een' } }] });
    el.querySelector<HTMLInputElement>('[name="steps.0.action-kind"][value="whatsapp"]')!.click();
    await el.updateComplete;
    const number = el.querySelector<HTMLInputElement>('[id="steps.0.action.whatsapp"]')!;
    number.value = '06 12345678';
    number.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.content.steps[0]!.action?.href).to.equal('https://wa.me/31612345678');
    el.querySelector<HTMLInputElement>('[name="steps.0.action-kind"][value="call"]')!.click();
    await el.updateComplete;
    expect(el.content.steps[0]!.action).to.have.property('phone');
    [...el.querySelectorAll<HTMLButtonElement>('fieldset.bring button')].at(-1)!.click();
    await el.updateComplete;
    expect(el.content.steps[0]!.bring).to.have.length(1);
  });

  it('passes axe in Dutch and in English', async function () {
    this.timeout(60000);
    const el = await form();
    await expect(el).to.be.accessible();
    await setStudioLocale('en');
    el.requestUpdate();
    el.querySelectorAll<HTMLElement & { requestUpdate?: () => void }>('*').forEach((c) =>
      c.requestUpdate?.(),
    );
    await el.updateComplete;
    await frame();
    expect(el.querySelector('#add-step')!.textContent!.trim()).to.equal('Add a step');
    await expect(el).to.be.accessible();
    await setStudioLocale('nl');
  });
});
