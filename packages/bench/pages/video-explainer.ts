import { definePlay } from './play.js';
import { markRendered } from './rendered.js';

markRendered(['wegwijs-video-explainer']);

// The facade's play control: a part named "play", else a button labelled play/afspelen, else
// the first button in the shadow root. Starting playback loads the full player lazily.
definePlay(() => {
  const root = document.querySelector('wegwijs-video-explainer')?.shadowRoot;
  const buttons = [...(root?.querySelectorAll<HTMLElement>('button, [role="button"]') ?? [])];
  const button =
    root?.querySelector<HTMLElement>('[part~="play"]') ??
    buttons.find((b) =>
      /play|afspelen|speel/i.test(`${b.getAttribute('aria-label') ?? ''} ${b.textContent ?? ''}`),
    ) ??
    buttons[0];
  button?.click();
});
