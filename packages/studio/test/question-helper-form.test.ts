// The question helper's form: add, move (by keyboard too), remove domains and statements;
// a pictogram per item; problems of the widget's own check next to their field; the other
// language beside the Dutch; starting from the OCO set; axe in Dutch and English.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { UI_LOCALES } from '@wegwijs/core';
import type { QuestionSet } from '@wegwijs/question-helper';
import { questionHelperCheck } from '@wegwijs/question-helper/check';
import '../src/forms/question-helper/define.js';
import { CONTENT_CHANGE, type StudioProblem } from '../src/forms/contract.js';
import type { WegwijsStudioQuestionHelperForm } from '../src/forms/question-helper/question-helper-form.js';
import { dottedPath } from '../src/checks/paths.js';
import { setStudioLocale } from '../src/localization.js';

const set: QuestionSet = {
  lang: 'nl',
  domains: [
    {
      id: 'money',
      label: { nl: 'Geld', ar: 'المال' },
      pictogram: 'money',
      statements: [
        { id: 'bills', text: { nl: 'Ik kan mijn rekeningen niet betalen.' } },
        { id: 'debts', text: { nl: 'Ik heb schulden.' } },
      ],
    },
    {
      id: 'housing',
      label: { nl: 'Wonen' },
      statements: [{ id: 'repair', text: { nl: 'Mijn huis is kapot.' } }],
    },
    { id: 'health', label: { nl: 'Gezondheid' }, statements: [] },
  ],
};

/** The widget's own check, as the shell runs it. */
const problemsOf = (content: unknown): StudioProblem[] =>
  questionHelperCheck.check(content).problems.map((p) => ({
    path: dottedPath(p.path),
    message: p.message,
    severity: p.severity,
  }));

async function form(content: QuestionSet = set, languages = ['nl', 'ar']) {
  const el = await fixture<WegwijsStudioQuestionHelperForm>(
    html`<wegwijs-studio-question-helper-form
      .content=${content}
      .languages=${languages}
      .problems=${problemsOf(content)}
    ></wegwijs-studio-question-helper-form>`,
  );
  // Controlled, like in the shell: every emitted content comes back, with its check.
  el.addEventListener(CONTENT_CHANGE, (e) => {
    el.content = (e as CustomEvent<{ content: QuestionSet }>).detail.content;
    el.problems = problemsOf(el.content);
  });
  await el.updateComplete;
  return el;
}
const labels = (el: WegwijsStudioQuestionHelperForm) =>
  el.content.domains.map((d) => (d.label as Record<string, string>).nl);
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const byId = (el: Element, id: string) => el.querySelector<HTMLElement>(`[id="${id}"]`)!;

/** The OCO set as it ships (the test runner serves the repository). */
let oco: QuestionSet;
before(async () => {
  oco = await (await fetch('/packages/content-oco/content/question-helper-oco.json')).json();
});

describe('question helper form', () => {
  it('moves a domain up by keyboard and keeps the focus on the moved domain', async () => {
    const el = await form();
    byId(el, 'domain-2-up').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await frame();
    expect(labels(el)).to.deep.equal(['Geld', 'Gezondheid', 'Wonen']);
    expect(document.activeElement?.id).to.match(/^domain-1-(up|down)$/);
    expect(el.querySelector('.question-helper-form > [role="status"]')!.textContent).to.include(
      'Levensgebied 3 is nu levensgebied 2',
    );
  });

  it('moves a statement down by keyboard, removes one and adds one', async () => {
    const el = await form();
    byId(el, 'statement-0-0-down').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await frame();
    expect(el.content.domains[0]!.statements.map((s) => s.id)).to.deep.equal(['debts', 'bills']);
    expect(document.activeElement?.id).to.equal('statement-0-1-up');
    byId(el, 'statement-0-0-remove').click();
    await el.updateComplete;
    expect(el.content.domains[0]!.statements.map((s) => s.id)).to.deep.equal(['bills']);
    byId(el, 'add-statement-0').click();
    await el.updateComplete;
    await frame();
    const added = el.content.domains[0]!.statements[1]!;
    expect(added.id).to.match(/^[a-z0-9][a-z0-9-]*$/);
    expect(document.activeElement?.id).to.equal('domains.0.statements.1.text-nl');
  });

  it('adds a domain (focus on its label, a free id) and removes one', async () => {
    const el = await form();
    byId(el, 'add-domain').click();
    await el.updateComplete;
    await frame();
    expect(el.content.domains).to.have.length(4);
    expect(document.activeElement?.id).to.equal('domains.3.label-nl');
    expect(el.content.domains[3]!.id).to.equal('onderwerp-4');
    byId(el, 'domain-0-remove').click();
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Wonen', 'Gezondheid', '']);
  });

  it("shows the widget check's problems at their field, in Dutch", async () => {
    const broken = structuredClone(set);
    broken.domains[1]!.id = 'Wonen!';
    const el = await form(broken);
    const id = byId(el, 'domains.1.id') as HTMLInputElement;
    expect(id.getAttribute('aria-invalid')).to.equal('true');
    expect(id.getAttribute('aria-describedby')).to.include('domains.1.id-problems');
    expect(byId(el, 'domains.1.id-problems').textContent).to.match(/[a-z]/);
    // Typing a good id clears it.
    id.value = 'wonen';
    id.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.querySelector('[id="domains.1.id-problems"]')).to.equal(null);
  });

  it('shows the Arabic beside the Dutch (rtl), and each domain its topic and letter choice', async () => {
    const el = await form();
    const ar = byId(el, 'domains.0.label-ar') as HTMLInputElement;
    expect(ar.dir).to.equal('rtl');
    expect(ar.value).to.equal('المال');
    const topic = byId(el, 'domains.1.topic') as HTMLSelectElement;
    topic.value = 'housing';
    topic.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.content.domains[1]!.topic).to.equal('housing');
    (byId(el, 'domains.1.letter') as HTMLInputElement).click();
    await el.updateComplete;
    expect(el.content.domains[1]!.letter).to.equal(true);
  });

  it('picks a pictogram for a statement by searching in Dutch', async function () {
    this.timeout(20000);
    const el = await form();
    const picker = el.querySelector(
      'wegwijs-studio-pictogram-picker[path="domains.1.statements.0.pictogram"]',
    )!;
    picker.querySelector<HTMLButtonElement>('.picker-toggle')!.click();
    await (picker as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const search = picker.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'brief';
    search.dispatchEvent(new Event('input'));
    const find = () =>
      [...picker.querySelectorAll<HTMLButtonElement>('.picker-grid button')].find(
        (b) => b.textContent?.trim() === 'Brief',
      );
    const shown = () => picker.querySelectorAll('.picker-grid button').length;
    for (let i = 0; i < 100 && !(find() && shown() < 6); i++)
      await new Promise((r) => setTimeout(r, 50));
    find()!.click();
    await el.updateComplete;
    expect(el.content.domains[1]!.statements[0]!.pictogram).to.equal('letter');
  });

  it('opens the OCO set: every domain, all twelve languages, no error from the check', async function () {
    this.timeout(20000);
    const languages = [...UI_LOCALES];
    const el = await form(oco, languages);
    expect(el.querySelectorAll('.domain-card')).to.have.length(oco.domains.length);
    expect(el.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect((byId(el, 'domains.1.link.href') as HTMLInputElement).value).to.match(/^https:/);
    expect((byId(el, 'domains.0.label-so') as HTMLInputElement).value).to.not.equal('');
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
    expect(byId(el, 'add-domain').textContent!.trim()).to.not.equal('Levensgebied toevoegen');
    await expect(el).to.be.accessible();
    await setStudioLocale('nl');
  });
});
