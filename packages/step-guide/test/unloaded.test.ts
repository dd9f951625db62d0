// A part of the guide's code that cannot load (network) is named in Dutch for the editor
// (issue 18, code step-unloaded). The failing chunk is made in a page of its own (see
// widgetWithout: an iframe whose import map sends the chunk's address to a 404).
import { expect, waitUntil } from '@open-wc/testing';
import { editorNotice, widgetWithout } from '../../core/test/helpers/widget-checks.js';

/** A page with the guide whose `chunk` (a path under ../src) answers 404. */
const guideWithout = (chunk: string, content: string) =>
  widgetWithout(
    'wegwijs-step-guide',
    new URL('../src/define.ts', import.meta.url),
    new URL(`../src/${chunk}`, import.meta.url),
    content,
  );

const DUTCH = 'een deel van het stappenplan kon niet worden geladen (netwerk?)';

describe('step guide: a part that could not load', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('names the view in Dutch when its code does not load; the markup stays', async () => {
    const el = await guideWithout('view/guide-view.ts', '<ol><li><h3>Bel ons</h3></li></ol>');
    const notice = () => editorNotice(el);
    await waitUntil(() => notice().includes(DUTCH), `notice: ${notice()}`, { timeout: 6000 });
    expect(notice()).not.to.contain('could not be loaded');
    expect(el.textContent).to.contain('Bel ons');
  });

  it('names the JSON schema in Dutch when its code does not load', async () => {
    const json = '<script type="application/json">{"steps":[{"title":"Bel ons"}]}</script>';
    const el = await guideWithout('schema.ts', json);
    const notice = () => editorNotice(el);
    await waitUntil(() => notice().includes(DUTCH), `notice: ${notice()}`, { timeout: 6000 });
    expect(notice()).not.to.contain('could not be loaded');
  });
});
