import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { UI_LOCALES, directionOf } from '@wegwijs/core';
import { endonym } from '@wegwijs/core/locale/endonyms';

/**
 * Every widget in every interface language at once, for designers and translators. The
 * language is page-wide by design, so each language gets its own frame: the widget's story
 * rendered with that locale (which is also how the iframe embed mode works).
 */
const meta: Meta = {
  title: 'Languages/Every language at once',
  // Frames of other stories, which the quality gates check one by one.
  tags: ['composite'],
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

/**
 * Twelve frames that each boot Storybook's preview at once left the page blank for over 5 s
 * (#26). Each frame shows a waiting note at once and loads in turn, two at a time: the first
 * languages are there in about a second, and the others follow.
 */
const PARALLEL = 2;
function loadNext(list: Element | null): void {
  const next = list?.querySelector<HTMLIFrameElement>('iframe[data-src]');
  if (!next) return;
  const src = next.dataset['src']!;
  delete next.dataset['src'];
  next.removeAttribute('srcdoc');
  next.src = src;
}
function onFrameLoad(event: Event): void {
  const frame = event.currentTarget as HTMLIFrameElement;
  if (frame.hasAttribute('srcdoc')) {
    // the waiting note is in; the first frames start the queue
    const list = frame.closest('ul');
    const index = [...(list?.querySelectorAll('iframe') ?? [])].indexOf(frame);
    if (index < PARALLEL) loadNext(list);
    return;
  }
  loadNext(frame.closest('ul'));
}
const WAITING =
  '<p style="font:1rem/1.5 system-ui;color:#44445a;margin:1rem">Laden… · Loading…</p>';

function grid(storyId: string, widget: string, height: number) {
  return html`<ul
    style="list-style:none;margin:0;padding:1rem;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,26rem),1fr))"
  >
    ${UI_LOCALES.map(
      (code) =>
        html`<li>
          <h2
            style="font:600 1rem/1.4 system-ui;margin:0 0 .25rem"
            lang=${code}
            dir=${directionOf(code)}
          >
            ${endonym(code)} <span lang="en" dir="ltr">(${code})</span>
          </h2>
          <iframe
            title=${`${widget}: ${endonym(code)}`}
            srcdoc=${WAITING}
            data-src=${`iframe.html?id=${storyId}&viewMode=story&globals=locale:${code}`}
            @load=${onFrameLoad}
            style=${`inline-size:100%;block-size:${height}px;border:1px solid #8a8aa0`}
          ></iframe>
        </li>`,
    )}
  </ul>`;
}

export const StepGuide: Story = {
  name: 'Step guide',
  render: () => grid('widgets-step-guide--all-steps', 'Step guide', 640),
};
export const VideoExplainer: Story = {
  name: 'Video explainer',
  render: () => grid('widgets-video-explainer--five-languages', 'Video explainer', 560),
};
export const LetterExplainer: Story = {
  name: 'Letter explainer',
  render: () => grid('widgets-letter-explainer--wmo-decision', 'Letter explainer', 720),
};
export const ContactFinder: Story = {
  name: 'Contact finder',
  render: () => grid('widgets-contact-finder--voorbeeldstad', 'Contact finder', 720),
};
