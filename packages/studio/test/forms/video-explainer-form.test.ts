// The video form, as an editor uses it: a Dutch video, then an Arabic version added by keyboard
// with its own caption file loaded from the computer (checked at once by the widget's WebVTT
// reader); a broken caption file gives Dutch problems with line and cue next to its field; the
// content passes the video explainer's own check and the checker (`wegwijs check`'s library);
// the markup snippet is read back by the widget's own markup reader; axe in Dutch and English.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setPageLocale } from '@wegwijs/core';
import { setUiLocale } from '@wegwijs/core/locale/localization';
import { check } from '@wegwijs/video-explainer/check';
import { readMarkup, type WegwijsVideoExplainer } from '@wegwijs/video-explainer';
import '@wegwijs/video-explainer/define';
import { checkContent } from '@wegwijs/cli';
import '../../src/localization.js';
import '../../src/forms/video-explainer/define.js';
import type { WegwijsStudioVideoExplainerForm } from '../../src/forms/video-explainer/define.js';
import type { VideoContent } from '../../src/forms/video-explainer/version-edits.js';
import { missingVideoParts } from '../../src/forms/video-explainer/version-edits.js';
import { captionText } from '../../src/forms/video-explainer/caption-files.js';
import { videoExplainerMarkup } from '../../src/output/video-explainer-markup.js';
import { CONTENT_CHANGE } from '../../src/forms/contract.js';
import { dottedPath } from '../../src/checks/paths.js';
import { readContentFile } from '../../src/shell/content-file.js';
import { FORMS } from '../../src/forms/registry.js';

const MEDIA = '/packages/video-explainer/media';
const SITE = `${location.origin}/wegwijs/`;
const DUTCH: VideoContent = {
  versions: [
    {
      lang: 'nl',
      title: 'Wat is onafhankelijke cliëntondersteuning?',
      sources: [{ src: `${MEDIA}/oco-nl.mp4` }],
      poster: `${MEDIA}/oco-nl.jpg`,
      captions: [{ src: `${MEDIA}/oco-nl.vtt` }],
    },
  ],
};
const BROKEN = `WEBVTT

1
00:00:01.000 --> 00:00:04.000
Een cliëntondersteuner helpt u.

2
00:00:05.000 --> 00:00:04.500
Het is gratis.

00:06.000 -> 00:08.000
U beslist zelf.
`;

afterEach(async () => {
  document.documentElement.lang = 'nl';
  await setUiLocale('nl');
  localStorage.clear();
});

async function form(content: VideoContent = DUTCH, languages = ['nl', 'ar']) {
  const el = await fixture<WegwijsStudioVideoExplainerForm>(
    html`<wegwijs-studio-video-explainer-form
      .languages=${languages}
      .content=${content}
    ></wegwijs-studio-video-explainer-form>`,
  );
  // The shell's part: every change is checked with the widget's own check.
  const shell = (next: VideoContent) => {
    el.content = next;
    el.problems = check(next).problems.map((p) => ({ ...p, path: dottedPath(p.path) }));
  };
  el.addEventListener(CONTENT_CHANGE, (e) =>
    shell((e as CustomEvent<{ content: VideoContent }>).detail.content),
  );
  shell(content);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector)!;

async function typeInto(el: WegwijsStudioVideoExplainerForm, selector: string, text: string) {
  const field = $<HTMLInputElement>(el, selector);
  field.value = text;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Focuses an element by tabbing to it (fails if the keyboard cannot reach it). */
async function tabTo(target: HTMLElement) {
  for (let i = 0; i < 300; i++) {
    await sendKeys({ press: 'Tab' });
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active === target) return;
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

const activeIn = (el: Element) => el.shadowRoot!.activeElement;

/** A file chosen in a file input, as the browser's file dialog would. */
async function chooseFile(input: HTMLInputElement, name: string, text: string) {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'text/vtt' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** Adds the Arabic version with the demo's Arabic caption file, by keyboard where it can. */
async function addArabic(el: WegwijsStudioVideoExplainerForm) {
  await tabTo($(el, '#add-ar'));
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => activeIn(el)?.id === 'versions-1-title', 'focus on the new title');
  await sendKeys({ type: 'ما هو الدعم المستقل للعملاء؟' });
  await typeInto(el, '#versions-1-sources-0', `${MEDIA}/oco-ar.mp4`);
  $<HTMLButtonElement>(el, '#versions-1-add-caption').click();
  await el.updateComplete;
  await waitUntil(() => activeIn(el)?.id === 'versions-1-captions-0', 'focus on the new caption');
  const vtt = await (await fetch(`${MEDIA}/oco-ar.vtt`)).text();
  await chooseFile($(el, '#versions-1-captions-0-file'), 'oco-ar.vtt', vtt);
  await waitUntil(() => el.content.versions[1]?.captions?.[0]?.src === 'oco-ar.vtt');
  await el.updateComplete;
  // The file goes next to the other media on the site: the editor fills in its address.
  await typeInto(el, '#versions-1-captions-0', `${MEDIA}/oco-ar.vtt`);
  return vtt;
}

describe('<wegwijs-studio-video-explainer-form>', function () {
  // Real keystrokes, the real widget and axe: slow on a busy machine.
  this.timeout(40000);

  it('shows the Dutch video first and a card for each working language without a video', async () => {
    const el = await form(
      { versions: [{ ...DUTCH.versions[0]!, lang: 'tr' }, DUTCH.versions[0]!] },
      ['nl', 'ar', 'tr'],
    );
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('section.version')];
    expect(cards.map((c) => c.dataset.lang ?? 'missing')).to.deep.equal(['nl', 'tr', 'missing']);
    expect(cards[2]!.textContent).to.contain('العربية');
    expect(cards[2]!.textContent).to.contain('Nog geen video in deze taal.');
  });

  it('adds an Arabic version with a caption file, checked the moment it is loaded', async () => {
    const el = await form();
    const vtt = await addArabic(el);
    const arabic = el.content.versions[1]!;
    expect(arabic).to.deep.equal({
      lang: 'ar',
      title: 'ما هو الدعم المستقل للعملاء؟',
      sources: [{ src: `${MEDIA}/oco-ar.mp4` }],
      captions: [{ src: `${MEDIA}/oco-ar.vtt` }],
    });
    // The title is typed right to left, in Arabic.
    const title = $<HTMLInputElement>(el, '#versions-1-title');
    expect([title.lang, title.dir]).to.deep.equal(['ar', 'rtl']);
    const cues = vtt.split('-->').length - 1;
    expect($(el, '#versions-1-captions-0-vtt').textContent!.trim()).to.equal(
      `Het bestand is in orde: ${cues} ondertitel(s).`,
    );
    expect(check(el.content).problems).to.deep.equal([]);
    // The file text is kept on this device, beside the draft, for the check after a reload.
    expect(captionText('ar:captions:0')).to.equal(vtt);
  });

  it('says in Dutch what is wrong with a broken caption file, with line and cue, at its field', async () => {
    const el = await form();
    $<HTMLButtonElement>(el, '#versions-0-add-caption').click();
    await el.updateComplete;
    const paste = $<HTMLTextAreaElement>(el, '#versions-0-captions-1-text');
    paste.value = BROKEN;
    paste.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const report = $(el, '#versions-0-captions-1-vtt');
    const lines = [...report.querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(lines).to.deep.equal([
      'Regel 8 (ondertitel 2): de ondertitel eindigt (00:00:04.500) vóór of op het moment dat hij begint (00:00:05.000)',
      'Regel 12 (ondertitel 3): verwacht een tijdregel zoals "00:00:01.000 --> 00:00:04.000" (na "00:06.000 -> 00:08.000")',
    ]);
    // The address field of that caption file points at the report; the other caption's not.
    const address = $<HTMLInputElement>(el, '#versions-0-captions-1');
    expect(address.getAttribute('aria-describedby')).to.contain('versions-0-captions-1-vtt');
    expect($(el, '#versions-0-captions-0').getAttribute('aria-describedby')).not.to.contain('vtt');
    // The empty address is the check's problem, at the same field.
    expect($(el, '#versions-0-captions-1-problems').textContent).to.contain('te kort');
    expect(address.getAttribute('aria-invalid')).to.equal('true');
  });

  it('refuses a file that is no WebVTT at all', async () => {
    const el = await form();
    await chooseFile(
      $(el, '#versions-0-captions-0-file'),
      'ondertitels.srt',
      '1\n00:00:01,000 --> 00:00:02,000\nHallo\n',
    );
    await waitUntil(() => el.shadowRoot!.querySelector('#versions-0-captions-0-vtt'));
    await el.updateComplete;
    expect($(el, '#versions-0-captions-0-vtt').textContent).to.contain(
      'Dit is geen WebVTT-bestand: de widget kan het niet gebruiken.',
    );
    expect($(el, '#versions-0-captions-0-vtt').textContent).to.contain('Regel 1:');
    expect($(el, '#versions-0-captions-0').getAttribute('aria-invalid')).to.equal('true');
    // The address the editor already gave is kept.
    expect(el.content.versions[0]!.captions![0]!.src).to.equal(`${MEDIA}/oco-nl.vtt`);
  });

  it('switches a version to YouTube behind consent, takes a pasted link and shows a wrong id at its field', async () => {
    const el = await form();
    const youtube = [
      ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="versions-0-kind"]'),
    ][1]!;
    youtube.click();
    await el.updateComplete;
    expect(el.content.versions[0]!.sources).to.equal(undefined);
    await typeInto(el, '#versions-0-youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3');
    expect(el.content.versions[0]!.youtube).to.equal('dQw4w9WgXcQ');
    expect(check(el.content).ok).to.equal(true);
    await typeInto(el, '#versions-0-youtube', 'abc');
    expect($(el, '#versions-0-youtube-problems').textContent).to.contain(
      'geen YouTube-video-id (11 tekens)',
    );
    expect($(el, '#versions-0-youtube').getAttribute('aria-invalid')).to.equal('true');
  });

  it('marks a version as machine-assisted with a checkbox, and unmarks it (issue #19, item 2)', async () => {
    const arabic = { ...DUTCH.versions[0]!, lang: 'ar', title: 'ما هو الدعم المستقل للعملاء؟' };
    const el = await form({ versions: [DUTCH.versions[0]!, arabic] });
    // Dutch is the source: only the other versions can be marked.
    expect(el.shadowRoot!.querySelector('#versions-0-machine')).to.equal(null);
    const box = $<HTMLInputElement>(el, '#versions-1-machine');
    expect(box.labels![0]!.textContent).to.contain('Vertaald met hulp van een machine');
    box.click();
    await el.updateComplete;
    expect(el.content.machineTranslated).to.deep.equal(['ar']);
    expect(check(el.content).problems).to.deep.equal([]);
    expect($<HTMLInputElement>(el, '#versions-1-machine').checked).to.equal(true);
    // The markup snippet (the default output) keeps the mark: the widget's reader finds it.
    const host = document.createElement('div');
    const parsed = new DOMParser().parseFromString(
      `<div>${videoExplainerMarkup(el.content)}</div>`,
      'text/html',
    );
    host.append(...parsed.body.firstElementChild!.childNodes);
    expect((readMarkup(host) as VideoContent).machineTranslated).to.deep.equal(['ar']);
    $<HTMLInputElement>(el, '#versions-1-machine').click();
    await el.updateComplete;
    expect('machineTranslated' in el.content).to.equal(false);
    // Removing a marked version takes its mark with it.
    $<HTMLInputElement>(el, '#versions-1-machine').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#versions-1-remove').click();
    await el.updateComplete;
    expect(el.content).to.deep.equal(DUTCH);
  });

  it("warns at the poster field when the poster is on a video service's servers", async () => {
    const el = await form();
    await typeInto(el, '#versions-0-poster', 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg');
    expect($(el, '#versions-0-poster-problems').textContent).to.contain(
      'staat bij een videodienst: zet het voorplaatje op uw eigen website',
    );
    await typeInto(el, '#versions-0-poster', `${MEDIA}/oco-nl.jpg`);
    expect(el.shadowRoot!.querySelector('#versions-0-poster-problems')).to.equal(null);
  });

  it('lists what each language lacks compared with the Dutch video', () => {
    const content: VideoContent = {
      versions: [
        { ...DUTCH.versions[0]!, chapters: 'h.vtt' },
        { lang: 'ar', title: '', sources: [{ src: 'a.mp4' }], captions: [{ src: 'a.vtt' }] },
      ],
    };
    const missing = missingVideoParts(content, ['nl', 'ar', 'tr'], 'geen video');
    expect(Object.fromEntries(missing)).to.deep.equal({
      ar: ['versions.1.title', 'versions.1.poster', 'versions.1.chapters'],
      tr: ['geen video'],
    });
  });

  it('makes content that passes the checker, and markup the widget reads back', async () => {
    const el = await form();
    const vtt = await addArabic(el);
    const content = el.content;
    // `wegwijs check` (its library, with the browser's file access): the files the editor
    // uploads next to the content file are there, the caption file is the one Studio checked.
    const url = new URL('video-explainer.json', SITE);
    const report = await checkContent(
      { url, text: JSON.stringify(content), rootUrl: new URL('/', location.origin), lang: 'nl' },
      {
        exists: async () => true,
        readText: async (file: URL) => (await fetch(file)).text(),
      },
    );
    expect(report.widget).to.equal('video-explainer');
    const problems = report.checks.flatMap((c) => c.problems);
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    // Both caption files were read and checked by the checker too.
    const captions = report.checks.find((c) => c.id === 'captions');
    expect(captions?.status).to.equal('ok');
    expect(captions?.info?.files).to.equal(2);
    expect(report.ok).to.equal(true);
    expect(vtt).to.contain('WEBVTT');

    // The markup snippet, read by the widget's own markup reader, is the same content.
    const host = document.createElement('div');
    const parsed = new DOMParser().parseFromString(
      `<div>${videoExplainerMarkup(content)}</div>`,
      'text/html',
    );
    host.append(...parsed.body.firstElementChild!.childNodes);
    const read = readMarkup(host) as VideoContent;
    expect(check(read).problems).to.deep.equal([]);
    expect(
      read.versions.map((v) => [v.lang, v.title, v.sources?.[0]?.src, v.captions?.[0]?.src]),
    ).to.deep.equal(
      content.versions.map((v) => [v.lang, v.title, v.sources?.[0]?.src, v.captions?.[0]?.src]),
    );

    // And the real widget shows both languages from it.
    await setPageLocale('nl', { remember: false });
    const widget = document.createElement('wegwijs-video-explainer') as WegwijsVideoExplainer;
    widget.append(...host.childNodes);
    await fixture(html`<div>${widget}</div>`);
    await widget.content.loaded;
    await widget.updateComplete;
    const options = [
      ...widget.shadowRoot!.querySelectorAll<HTMLOptionElement>('select[part=language] option'),
    ].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['Nederlands', 'العربية']);
  });

  it('opens a downloaded video file in the video form, from any form; OCO and example start valid', async () => {
    const text = JSON.stringify(DUTCH);
    const result = await readContentFile(new File([text], 'video.json'), 'step-guide');
    expect(result).to.deep.include({ ok: true, widget: 'video-explainer' });
    const entry = FORMS.find((f) => f.widget === 'video-explainer')!;
    // The files the registry starts from (the test server serves JSON as data, not modules).
    const [oco, example] = await Promise.all(
      [
        '/packages/content-oco/content/video-explainer-oco.json',
        '/packages/video-explainer/examples/oco-explainer.json',
      ].map(async (url) => (await fetch(url)).json()),
    );
    for (const start of [oco, example]) expect(check(start).problems).to.deep.equal([]);
    // The OCO content's languages are its versions' languages, Dutch first.
    expect(entry.versions!.languages(oco)).to.deep.equal(['nl', 'ar', 'tr', 'fr', 'pl']);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`passes axe (${lang}), with problems and a caption report shown`, async () => {
      await setUiLocale(lang);
      document.documentElement.lang = lang;
      const el = await form({ versions: [{ ...DUTCH.versions[0]!, title: '' }] }, ['nl', 'ar']);
      const paste = $<HTMLTextAreaElement>(el, '#versions-0-captions-0-text');
      paste.value = BROKEN;
      paste.dispatchEvent(new Event('input'));
      await el.updateComplete;
      if (lang === 'en') expect($(el, 'legend').textContent).to.contain('Where is the video');
      await expect(el).to.be.accessible();
    });
  }
});
