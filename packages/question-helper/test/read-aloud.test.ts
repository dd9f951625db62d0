import { expect, html } from '@open-wc/testing';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { SET_URL, helperFor } from './helpers.js';

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

/** A speech engine double (as in core's read-aloud tests). */
class FakeSynth extends EventTarget {
  spoken: SpeechSynthesisUtterance[] = [];
  getVoices() {
    return [
      { name: 'Local Arabic', lang: 'ar-EG', localService: true, default: false },
      { name: 'Xander', lang: 'nl-NL', localService: true, default: true },
    ] as SpeechSynthesisVoice[];
  }
  speak(utterance: SpeechSynthesisUtterance) {
    this.spoken.push(utterance);
  }
  cancel() {}
  pause() {}
  resume() {}
}

describe('read aloud', () => {
  it('reads each statement aloud in its own language, with an on-device voice', async () => {
    await setPageLocale('ar', { remember: false });
    const synth = new FakeSynth();
    const { el } = await helperFor(
      html`<wegwijs-question-helper
        src=${SET_URL}
        .synth=${synth as unknown as SpeechSynthesis}
      ></wegwijs-question-helper>`,
    );
    el.setAnswers({ domains: ['money'] });
    el.go(1);
    await el.updateComplete;
    const buttons = [
      ...el.querySelectorAll<HTMLButtonElement>(
        '.wegwijs-question-helper__statements .wegwijs-question-helper__read',
      ),
    ];
    expect(buttons).to.have.length(3);
    const described = el.querySelector(`[id="${buttons[0]!.getAttribute('aria-describedby')}"]`)!;
    expect(described.textContent).to.equal('لا أستطيع دفع فواتيري.');
    buttons[0]!.click();
    expect(synth.spoken.map((u) => [u.text, u.lang])).to.deep.equal([
      ['لا أستطيع دفع فواتيري.', 'ar-EG'],
    ]);
  });

  it('shows no read-aloud button when there is neither a recording nor a voice', async () => {
    const { el } = await helperFor(
      html`<wegwijs-question-helper
        src=${SET_URL}
        .synth=${{ getVoices: () => [], addEventListener() {}, removeEventListener() {} } as unknown as SpeechSynthesis}
      ></wegwijs-question-helper>`,
    );
    el.setAnswers({ domains: ['money'] });
    el.go(1);
    await el.updateComplete;
    expect(el.querySelectorAll('.wegwijs-question-helper__read')).to.have.length(0);
  });
});
