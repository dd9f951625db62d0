/**
 * The preview frame: the real widget (the built package, the code residents get) with the
 * content the shell sends, in the chosen language and theme. Its own frame, so the widget's
 * language and page-wide settings never touch Studio's interface.
 */
import { setPageLocale } from '@wegwijs/core';
import type { PreviewMessage } from './messages.js';

const widgets: Record<string, () => Promise<unknown>> = {
  'step-guide': () => import('@wegwijs/step-guide/define'),
  'contact-finder': () => import('@wegwijs/contact-finder/define'),
  'letter-explainer': () => import('@wegwijs/letter-explainer/define'),
  'question-helper': () => import('@wegwijs/question-helper/define'),
  'video-explainer': () => import('@wegwijs/video-explainer/define'),
};

const stage = document.querySelector<HTMLElement>('#stage')!;

async function show(message: PreviewMessage) {
  await widgets[message.widget]?.();
  document.body.classList.toggle('voorbeeldstad', message.theme === 'site');
  // The profile block the widgets read ({{telefoon}} and the like).
  document.querySelector('script[data-wegwijs-profile]')?.remove();
  const profile = document.createElement('script');
  profile.type = 'application/json';
  profile.dataset.wegwijsProfile = '';
  profile.textContent = JSON.stringify(message.profile);
  document.head.append(profile);
  await setPageLocale(message.lang, { remember: false });
  const widget = document.createElement(`wegwijs-${message.widget}`);
  widget.setAttribute('preview', '');
  for (const [name, value] of message.theme === 'custom' ? message.tokens : [])
    widget.style.setProperty(name, value);
  const json = document.createElement('script');
  json.type = 'application/json';
  json.textContent = JSON.stringify(message.content);
  widget.append(json);
  stage.replaceChildren(widget);
}

let queue = Promise.resolve();
window.addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  if (event.origin !== location.origin || event.source !== window.parent) return;
  if (event.data?.type !== 'wegwijs-studio:preview') return;
  queue = queue.then(() => show(event.data)).catch((error: unknown) => console.error(error));
});
window.parent.postMessage({ type: 'wegwijs-studio:preview-ready' }, location.origin);
// The shell sizes the frame to the widget, so the preview has one scroll bar (the page's).
new ResizeObserver(() =>
  window.parent.postMessage(
    {
      type: 'wegwijs-studio:preview-height',
      height: Math.ceil(document.documentElement.scrollHeight),
    },
    location.origin,
  ),
).observe(document.body);
