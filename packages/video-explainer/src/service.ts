// The notice before a YouTube or Vimeo version, and its iframe after the resident agreed.
// Loaded only when such a version is shown; nothing comes from the service before consent.
import { css, html, nothing } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import type { VideoVersion } from './content.js';
import { WegwijsVideoConsentEvent } from './events.js';
import type { VideoHooks, VideoHost, VideoService } from './host.js';
import { PLAY_ICON } from './play-icon.js';

/**
 * The notice over the (self-hosted) poster; added to the shadow root with this module. The
 * poster is dimmed by the notice's own backdrop, not by its opacity: an element with opacity
 * below 1 is painted above its unpositioned siblings and took every tap and click meant for
 * the play button (issue #26). The notice is positioned above it, and the poster ignores the
 * pointer either way.
 */
export const serviceStyles = css`
  .poster {
    object-fit: cover;
    pointer-events: none;
  }
  .consent {
    position: relative;
    z-index: 1;
    background: rgb(0 0 0 / 0.72);
    color: #fff;
    display: grid;
    place-content: center;
    text-align: center;
  }
  .consent > * {
    place-self: center;
    max-inline-size: 36em;
    margin: 0.5em;
  }
`;

const NAMES = { youtube: 'YouTube', vimeo: 'Vimeo' } as const;

export function renderService(
  host: VideoHost,
  hooks: VideoHooks,
  version: VideoVersion,
  service: VideoService,
) {
  const name = NAMES[service];
  if (hooks.consented.has(service)) {
    const lang = encodeURIComponent(version.lang);
    const src =
      service === 'youtube'
        ? `https://www.youtube-nocookie.com/embed/${version.youtube}?autoplay=1&playsinline=1&rel=0&cc_load_policy=1&hl=${lang}&cc_lang_pref=${lang}`
        : `https://player.vimeo.com/video/${version.vimeo}?dnt=1&autoplay=1&texttrack=${lang}`;
    return html`<iframe
      src=${src}
      title=${version.title || name}
      allow="autoplay; fullscreen; encrypted-media"
      allowfullscreen
      referrerpolicy="strict-origin-when-cross-origin"
    ></iframe>`;
  }
  const agree = () => {
    hooks.consented.add(service);
    host.dispatchEvent(new WegwijsVideoConsentEvent(service));
    hooks.start();
  };
  return html`${version.poster ? html`<img class="poster" src=${version.poster} alt="" />` : nothing}
    <div class="consent" part="consent">
      <p>
        ${msg(
          str`Deze video staat bij ${name}. Als u op afspelen drukt, kan ${name} zien dat u de video bekijkt.`,
        )}
      </p>
      <button type="button" class="play" part="play-button" @click=${agree}>
        ${PLAY_ICON}<span>${msg(str`Afspelen via ${name}`)}</span>
      </button>
    </div>`;
}
