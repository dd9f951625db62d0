import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import type { WegwijsVideoExplainer } from '../src/video-explainer.js';
import { MEDIA } from './helpers.js';

declare global {
  interface Window {
    __ve?: number;
  }
}

/** A widget on the editor's markup, built without Lit (so handlers stay plain attributes). */
async function fromMarkup(markup: string, preview = true): Promise<WegwijsVideoExplainer> {
  const source = document.createElement('template');
  source.innerHTML = `<wegwijs-video-explainer${preview ? ' preview' : ''}>${markup}</wegwijs-video-explainer>`;
  const wrapper = document.createElement('div');
  wrapper.append(source.content);
  const el = (await fixture(wrapper)).firstElementChild as WegwijsVideoExplainer;
  await el.content.loaded;
  await el.updateComplete;
  return el;
}

// Issue 27: what the video explainer will not show of the editor's markup is named in
// `preview`, in Dutch, through the same allowlist as the step guide and the letter.
describe('video explainer: editor markup through the allowlist', () => {
  it('reports dropped markup in Dutch with `preview`; the video itself is data', async () => {
    window.__ve = undefined;
    const el =
      await fromMarkup(`<video controls preload="none" lang="nl" title="Uitleg" onplay="window.__ve=1">
        <source src="${MEDIA}/oco-nl.mp4" type="video/mp4">
        <track kind="captions" src="${MEDIA}/oco-nl.vtt" srclang="nl" label="Nederlands"></video>
      <p>Uitleg <a href="javascript:window.__ve=2">hier</a><script>window.__ve=3</script></p>
      <object data="javascript:window.__ve=4"></object>`);
    expect(el.content.origin).to.equal('markup');
    const report = el.problems.find((p) => p.message.includes('niet getoond uit uw HTML'));
    expect(report?.lang).to.equal('nl');
    expect(report?.message)
      .to.match(/^video: /)
      .and.to.contain('onplay-attribuut')
      .and.to.contain('link naar "javascript:window.__ve=2"')
      .and.to.contain('<script>')
      .and.to.contain('<object>');
    // controls, preload, title, <source>, <track>: the widget reads them, nothing is dropped
    expect(report?.message).not.to.contain('<video>').and.not.to.contain('controls');
    expect(el.shadowRoot!.querySelector('[part~="editor-notice"]')?.textContent).to.contain(
      'niet getoond uit uw HTML',
    );
  });

  it('clean markup has no report', async () => {
    const el =
      await fromMarkup(`<video controls preload="none" lang="nl" title="Uitleg" poster="${MEDIA}/oco-nl.jpg">
        <source src="${MEDIA}/oco-nl.mp4" type="video/mp4"></video>
      <p><a href="${MEDIA}/oco-nl.mp4">Download de video</a></p>`);
    expect(el.problems.map((p) => p.message).join('\n')).not.to.contain('niet getoond');
  });
});
