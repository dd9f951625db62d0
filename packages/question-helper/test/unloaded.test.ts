// A part of the question helper's code that cannot load (network) is named in Dutch for the
// editor (issue 18, code question-unloaded). The failing chunk is made in a page of its own (see
// widgetWithout: an iframe whose import map sends the chunk's address to a 404).
import { expect, waitUntil } from '@open-wc/testing';
import { editorNotice, widgetWithout } from '../../core/test/helpers/widget-checks.js';

/** A page with the helper whose `chunk` (a file in ../src) answers 404. */
const helperWithout = (chunk: string, content: string) =>
  widgetWithout(
    'wegwijs-question-helper',
    new URL('../src/define.ts', import.meta.url),
    new URL(`../src/${chunk}`, import.meta.url),
    content,
  );

const DUTCH = 'een deel van de vraaghulp kon niet worden geladen (netwerk?)';

describe('question helper: a part that could not load', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('names the view in Dutch when its code does not load', async () => {
    const json =
      '<script type="application/json">{"domains":[{"id":"geld","label":"Geld"}]}</script>';
    const el = await helperWithout('view.ts', json);
    const notice = () => editorNotice(el);
    await waitUntil(() => notice().includes(DUTCH), `notice: ${notice()}`, { timeout: 6000 });
    expect(notice()).not.to.contain('could not be loaded');
  });

  it('shows the fallback in the step when the later steps do not load, and Back still works', async () => {
    const json =
      '<script type="application/json">{"domains":[{"id":"geld","label":"Geld","statements":[{"id":"a","text":"Ik kan mijn rekeningen niet betalen."}]}]}</script>';
    const el = await helperWithout('later-steps.ts', json);
    const notice = () => editorNotice(el);
    // Fetched after the first render (no tap): the editor reads why at once.
    await waitUntil(() => notice().includes(DUTCH), `notice: ${notice()}`, { timeout: 6000 });
    el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__domain')!.click();
    await waitUntil(() => el.querySelector('[aria-pressed="true"]'));
    el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__next')!.click();
    const wait = () => el.querySelector('.wegwijs-question-helper__wait');
    await waitUntil(
      () => wait()?.getAttribute('aria-busy') === 'false',
      'the fallback in the step',
    );
    expect(wait()!.getAttribute('role')).to.equal('status');
    expect(wait()!.textContent).to.contain('Deze informatie kan nu niet worden getoond.');
    const heading = el.querySelector('.wegwijs-question-helper__title')!;
    expect(el.ownerDocument.activeElement).to.equal(heading);
    el.querySelector<HTMLButtonElement>('.wegwijs-question-helper__back')!.click();
    await waitUntil(
      () => el.querySelector('.wegwijs-question-helper__domain'),
      'back to the domains',
    );
  });
});
