import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { setPageLocale } from '../src/index.js';
import { pickVoice, type WegwijsReadAloud } from '../src/read-aloud.js';

/** A speech engine double with real events, so the controller's flow is exercised end to end. */
class FakeSynth extends EventTarget {
  spoken: SpeechSynthesisUtterance[] = [];
  paused = false;
  constructor(private readonly voices: Partial<SpeechSynthesisVoice>[]) {
    super();
  }
  getVoices() {
    return this.voices as SpeechSynthesisVoice[];
  }
  speak(utterance: SpeechSynthesisUtterance) {
    this.spoken.push(utterance);
  }
  finish() {
    this.spoken.at(-1)?.dispatchEvent(new Event('end'));
  }
  cancel() {}
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
}

const voices = [
  { name: 'Remote Arabic', lang: 'ar-SA', localService: false, default: false },
  { name: 'Xander', lang: 'nl-NL', localService: true, default: true },
  { name: 'Local Arabic', lang: 'ar-EG', localService: true, default: false },
];

describe('read aloud', () => {
  it('prefers on-device voices and refuses remote ones unless allowed', () => {
    const list = voices as SpeechSynthesisVoice[];
    expect(pickVoice(list, 'ar')?.name).to.equal('Local Arabic');
    expect(pickVoice(list, 'nl-BE')?.name).to.equal('Xander');
    expect(pickVoice([list[0]!], 'ar')).to.equal(undefined);
    expect(pickVoice([list[0]!], 'ar', { allowRemote: true })?.name).to.equal('Remote Arabic');
    expect(pickVoice(list, 'tr')).to.equal(undefined);
  });

  it('says so when there is no voice for the language, and which languages it can read', async () => {
    const el = (await fixture(
      html`<wegwijs-read-aloud
        .synth=${new FakeSynth(voices) as unknown as SpeechSynthesis}
        text="ሰላም"
        text-lang="ti"
      ></wegwijs-read-aloud>`,
    )) as WegwijsReadAloud;
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    // #26: it disappeared without a word (nearly always for Tigrinya).
    const note = el.shadowRoot!.querySelector('[part="no-voice"]')!;
    expect(note, 'a note').to.exist;
    expect(note.textContent).to.contain('ትግርኛ');
    expect(note.textContent).to.contain('Nederlands').and.contain('العربية');
  });

  it('stays empty while the device has no voices at all', async () => {
    const el = (await fixture(
      html`<wegwijs-read-aloud
        .synth=${new FakeSynth([]) as unknown as SpeechSynthesis}
        text="Merhaba"
        text-lang="tr"
      ></wegwijs-read-aloud>`,
    )) as WegwijsReadAloud;
    expect(el.shadowRoot!.querySelector('button, p')).to.equal(null);
  });

  it('speaks with the chosen voice, pauses, resumes and stops', async () => {
    await setPageLocale('nl', { remember: false });
    const synth = new FakeSynth(voices);
    const el = (await fixture(
      html`<wegwijs-read-aloud
        .synth=${synth as unknown as SpeechSynthesis}
        text="Bel de gemeente"
        text-lang="nl"
      ></wegwijs-read-aloud>`,
    )) as WegwijsReadAloud;
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent?.trim()).to.equal('Lees voor');
    button.click();
    await el.updateComplete;
    expect(synth.spoken[0]?.text).to.equal('Bel de gemeente');
    expect(synth.spoken[0]?.lang).to.equal('nl-NL');
    expect(el.state).to.equal('playing');
    expect(button.textContent?.trim()).to.equal('Pauzeer');
    button.click();
    await el.updateComplete;
    expect(synth.paused).to.equal(true);
    expect(button.textContent?.trim()).to.equal('Verder voorlezen');
    button.click();
    await el.updateComplete;
    expect(synth.paused).to.equal(false);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=stop]')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    await expect(el).to.be.accessible();
  });

  it('reads several items in order', async () => {
    const synth = new FakeSynth(voices);
    const el = (await fixture(
      html`<wegwijs-read-aloud
        .synth=${synth as unknown as SpeechSynthesis}
        .items=${[
          { text: 'Een', lang: 'nl' },
          { text: 'اثنان', lang: 'ar' },
        ]}
      ></wegwijs-read-aloud>`,
    )) as WegwijsReadAloud;
    el.toggle();
    expect(synth.spoken.map((u) => u.text)).to.deep.equal(['Een']);
    synth.finish();
    expect(synth.spoken.map((u) => u.lang)).to.deep.equal(['nl-NL', 'ar-EG']);
    synth.finish();
    await el.updateComplete;
    expect(el.state).to.equal('idle');
  });

  it('shows the button for a recorded file even without a voice, and plays it first', async () => {
    const synth = new FakeSynth([]);
    const el = (await fixture(
      html`<wegwijs-read-aloud
        .synth=${synth as unknown as SpeechSynthesis}
        text="ትግርኛ"
        text-lang="ti"
        audio="/packages/core/test/fixtures/bel-de-gemeente.mp3"
      ></wegwijs-read-aloud>`,
    )) as WegwijsReadAloud;
    expect(el.shadowRoot!.querySelector('button')).to.exist;
    el.toggle();
    await el.updateComplete;
    expect(el.state).to.equal('playing');
    expect(synth.spoken).to.have.length(0);
    el.stop();
  });

  it('falls back to a voice when the recording cannot be played', async () => {
    const synth = new FakeSynth(voices);
    const el = (await fixture(
      html`<wegwijs-read-aloud
        .synth=${synth as unknown as SpeechSynthesis}
        text="Bel de gemeente"
        text-lang="nl"
        audio="/__fault/status/404"
      ></wegwijs-read-aloud>`,
    )) as WegwijsReadAloud;
    el.toggle();
    await waitUntil(() => synth.spoken.length === 1, 'the voice takes over', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(synth.spoken).to.have.length(1);
    expect(synth.spoken[0]?.text).to.equal('Bel de gemeente');
  });

  it('remembers the speed on the device', async () => {
    const el = (await fixture(
      html`<wegwijs-read-aloud
        show-speed
        .synth=${new FakeSynth(voices) as unknown as SpeechSynthesis}
        text="x"
        text-lang="nl"
      ></wegwijs-read-aloud>`,
    )) as WegwijsReadAloud;
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = '0.75';
    select.dispatchEvent(new Event('change'));
    expect(localStorage.getItem('wegwijs:speech-rate')).to.equal('0.75');
  });
});
