import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@wegwijs/video-explainer/define';
import '@wegwijs/contact-finder/define';
import nlMp4 from '../packages/video-explainer/media/oco-nl.mp4?url&no-inline';
import nlWebm from '../packages/video-explainer/media/oco-nl.webm?url&no-inline';
import nlJpg from '../packages/video-explainer/media/oco-nl.jpg?url&no-inline';
import nlVtt from '../packages/video-explainer/media/oco-nl.vtt?url&no-inline';
import nlEnVtt from '../packages/video-explainer/media/oco-nl.en.vtt?url&no-inline';
import nlChapters from '../packages/video-explainer/media/oco-nl.chapters.vtt?url&no-inline';
import nlDescriptions from '../packages/video-explainer/media/oco-nl.descriptions.vtt?url&no-inline';
import nlSign from '../packages/video-explainer/media/oco-nl.sign.mp4?url&no-inline';
import arMp4 from '../packages/video-explainer/media/oco-ar.mp4?url&no-inline';
import arWebm from '../packages/video-explainer/media/oco-ar.webm?url&no-inline';
import arJpg from '../packages/video-explainer/media/oco-ar.jpg?url&no-inline';
import arVtt from '../packages/video-explainer/media/oco-ar.vtt?url&no-inline';
import arChapters from '../packages/video-explainer/media/oco-ar.chapters.vtt?url&no-inline';
import trMp4 from '../packages/video-explainer/media/oco-tr.mp4?url&no-inline';
import trWebm from '../packages/video-explainer/media/oco-tr.webm?url&no-inline';
import trJpg from '../packages/video-explainer/media/oco-tr.jpg?url&no-inline';
import trVtt from '../packages/video-explainer/media/oco-tr.vtt?url&no-inline';
import trChapters from '../packages/video-explainer/media/oco-tr.chapters.vtt?url&no-inline';
import frMp4 from '../packages/video-explainer/media/oco-fr.mp4?url&no-inline';
import frWebm from '../packages/video-explainer/media/oco-fr.webm?url&no-inline';
import frJpg from '../packages/video-explainer/media/oco-fr.jpg?url&no-inline';
import frVtt from '../packages/video-explainer/media/oco-fr.vtt?url&no-inline';
import frChapters from '../packages/video-explainer/media/oco-fr.chapters.vtt?url&no-inline';
import plMp4 from '../packages/video-explainer/media/oco-pl.mp4?url&no-inline';
import plWebm from '../packages/video-explainer/media/oco-pl.webm?url&no-inline';
import plJpg from '../packages/video-explainer/media/oco-pl.jpg?url&no-inline';
import plVtt from '../packages/video-explainer/media/oco-pl.vtt?url&no-inline';
import plChapters from '../packages/video-explainer/media/oco-pl.chapters.vtt?url&no-inline';
import contactsUrl from './contact-finder/voorbeeldstad-contacts.json?url';
import brokenVtt from '../packages/video-explainer/media/broken.vtt?url&no-inline';

const media = {
  nl: [nlWebm, nlMp4, nlJpg, nlVtt, nlChapters, 'Wat is onafhankelijke cliëntondersteuning?'],
  ar: [arWebm, arMp4, arJpg, arVtt, arChapters, 'ما هي المرافقة المستقلة؟'],
  tr: [trWebm, trMp4, trJpg, trVtt, trChapters, 'Bağımsız danışmanlık nedir?'],
  fr: [frWebm, frMp4, frJpg, frVtt, frChapters, "Qu'est-ce que l'accompagnement indépendant ?"],
  pl: [plWebm, plMp4, plJpg, plVtt, plChapters, 'Czym jest niezależne doradztwo dla klientów?'],
} as const;

const version = (lang: keyof typeof media) => {
  const [webm, mp4, poster, captions, chapters, title] = media[lang];
  return {
    lang,
    title,
    sources: [
      { src: webm, type: 'video/webm' },
      { src: mp4, type: 'video/mp4' },
    ],
    poster,
    captions: [{ src: captions, lang }],
    chapters,
    download: mp4,
  };
};

/** The OCO explainer in five languages; Dutch also has English subtitles, an audio description and a sign-language window. */
const oco = {
  versions: [
    {
      ...version('nl'),
      captions: [
        { src: nlVtt, lang: 'nl' },
        { src: nlEnVtt, lang: 'en', label: 'English' },
      ],
      descriptions: nlDescriptions,
      signLanguage: nlSign,
    },
    version('ar'),
    version('tr'),
    version('fr'),
    version('pl'),
  ],
};

const inline = (content: unknown) => JSON.stringify(content);

const note = html`<p>
  <small
    >Demo media: synthetic voice, translations not reviewed. The sign-language window shows a
    <strong>placeholder</strong>, not sign language (see media/README.md).</small
  >
</p>`;

const meta: Meta = {
  title: 'Widgets/Video explainer',
  component: 'wegwijs-video-explainer',
  args: { mode: 'full', transcript: false, preview: false },
  argTypes: {
    mode: { control: 'inline-radio', options: ['full', 'simple'] },
  },
  render: (args) =>
    html`${note}<wegwijs-video-explainer
        mode=${args.mode}
        ?transcript=${args.transcript}
        ?preview=${args.preview}
        ><script type="application/json">
          ${inline(oco)}
        </script></wegwijs-video-explainer
      >`,
};
export default meta;
type Story = StoryObj;

/** Five language versions behind one language switch (endonyms). Nothing but the facade loads before the first interaction. */
export const FiveLanguages: Story = { name: 'OCO explainer, five languages' };

/** Dutch video with Dutch captions and English subtitles: choose the caption language under Instellingen. */
export const TwoCaptionLanguages: Story = {
  name: 'Captions in two languages',
  args: { transcript: true },
  render: (args) =>
    html`${note}<wegwijs-video-explainer ?transcript=${args.transcript}
        ><script type="application/json">
          ${inline({ versions: [oco.versions[0]] })}
        </script></wegwijs-video-explainer
      >`,
};

/** The interactive transcript in the light DOM: click a sentence to go there; search; download. */
export const TranscriptOpen: Story = { name: 'Transcript open', args: { transcript: true } };

/** A few large labelled buttons for residents who read little. */
export const SimpleMode: Story = { name: 'Simple mode', args: { mode: 'simple' } };

/** Arabic: labels right to left, the timeline and times left to right. */
export const Rtl: Story = {
  name: 'Arabic (RTL)',
  args: { transcript: true },
  parameters: { locale: 'ar' },
};

/** With a municipal NL Design System theme (the tokens are read at runtime). */
export const MunicipalTheme: Story = {
  name: 'Municipal theme',
  // Through the toolbar's theme, so the toolbar says what the story shows (#26).
  globals: { theme: 'voorbeeldstad' },
  render: () =>
    html`${note}<wegwijs-video-explainer
        ><script type="application/json">
          ${inline(oco)}
        </script></wegwijs-video-explainer
      >`,
};

/** A YouTube version (fake id): nothing loads from Google before the resident presses play. */
export const YouTubeBehindConsent: Story = {
  name: 'YouTube behind consent',
  render: () =>
    html`<wegwijs-video-explainer
      ><script type="application/json">
        ${inline({
          versions: [
            {
              lang: 'nl',
              title: 'Wat is onafhankelijke cliëntondersteuning?',
              youtube: 'AAAAAAAAAAA',
              poster: nlJpg,
              captions: [{ src: nlVtt, lang: 'nl' }],
              chapters: nlChapters,
            },
            version('tr'),
          ],
        })}
      </script></wegwijs-video-explainer
    >`,
};

/** Broken captions and a missing video, with `preview`: the editor sees the exact errors, the resident a short message, the transcript and a download link. */
export const BrokenWithPreview: Story = {
  name: 'Broken source (preview)',
  render: () =>
    html`<wegwijs-video-explainer preview
      ><script type="application/json">
        ${inline({
          versions: [
            {
              ...version('nl'),
              sources: [{ src: '/missing/oco-nl.mp4', type: 'video/mp4' }],
              captions: [{ src: brokenVtt, lang: 'nl' }],
              chapters: '/missing/oco-nl.chapters.vtt',
              download: '/missing/oco-nl.mp4',
            },
          ],
        })}
      </script></wegwijs-video-explainer
    >`,
};

/** The editor's markup, watchable without JavaScript; the widget reads it. */
export const EditorMarkup: Story = {
  name: 'From editor markup',
  render: () =>
    html`<wegwijs-video-explainer>
      <video controls preload="none" playsinline lang="nl" title=${media.nl[5]} poster=${nlJpg}>
        <source src=${nlWebm} type="video/webm" />
        <source src=${nlMp4} type="video/mp4" />
        <track kind="captions" src=${nlVtt} srclang="nl" label="Nederlands" default />
        <track kind="subtitles" src=${nlEnVtt} srclang="en" label="English" />
        <track kind="chapters" src=${nlChapters} srclang="nl" />
      </video>
      <p lang="nl"><a href=${nlMp4}>Download de video (MP4)</a></p>
      <video controls preload="none" playsinline lang="ar" title=${media.ar[5]} poster=${arJpg}>
        <source src=${arWebm} type="video/webm" />
        <source src=${arMp4} type="video/mp4" />
        <track kind="captions" src=${arVtt} srclang="ar" label="العربية" default />
        <track kind="chapters" src=${arChapters} srclang="ar" />
      </video>
      <p lang="ar" dir="rtl"><a href=${arMp4}>تنزيل الفيديو (MP4)</a></p>
    </wegwijs-video-explainer>`,
};

/** Without an Arabic version: the explainer says so in Arabic (its own lang and dir) and plays Dutch. */
export const LanguageMissingArabic: Story = {
  name: 'Language missing: says so (Arabic, RTL)',
  parameters: { locale: 'ar' },
  render: () =>
    html`<wegwijs-video-explainer
      ><script type="application/json">
        ${inline({ versions: oco.versions.filter((v) => v.lang !== 'ar') })}
      </script></wegwijs-video-explainer
    >`,
};
/** No Tigrinya version: the notice in Tigrinya links to the contact finder below, filtered on Tigrinya. */
export const LanguageMissingTigrinya: Story = {
  name: 'Language missing: offers a key person (Tigrinya)',
  parameters: { locale: 'ti' },
  render: () =>
    html`<wegwijs-video-explainer
        ><script type="application/json">
          ${inline(oco)}
        </script></wegwijs-video-explainer
      >
      <wegwijs-contact-finder src=${contactsUrl}></wegwijs-contact-finder>`,
};
