/**
 * The interactive transcript. It is content, so it lives in the page's light DOM (read-aloud
 * tools and browser translation skip shadow roots): rendered with lit `render()` into a
 * container the widget owns and slots into its layout, styled by one document-adopted
 * constructable stylesheet scoped by tag inside `@layer wegwijs` (works under a strict CSP).
 */
import { adoptLightStyles, lightStyleSheet } from '@wegwijs/core/light-dom/light-styles';
import { css, html, nothing, unsafeCSS } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import { formatTime, type Cue } from './vtt.js';

export { formatTime };

export interface TranscriptGroup {
  title?: string;
  cues: Cue[];
}

export interface TranscriptView {
  id: string;
  level: number;
  /** UI language and direction (for the tools). */
  uiLang: string;
  dir: string;
  /** Language and direction of the text. */
  lang: string;
  textDir: string;
  groups: TranscriptGroup[];
  /** A separate transcript (rich text) instead of cues. */
  text?: string;
  current?: Cue;
  query: string;
  /** Clicking a cue seeks there (false for YouTube/Vimeo versions). */
  seekable: boolean;
  onSeek(cue: Cue): void;
  onSearch(query: string): void;
  onDownload(): void;
  /** Render again (a separate transcript's renderer has arrived). */
  refresh(): void;
}

type RichText = typeof import('@wegwijs/core/content/rich-text');
let richText: RichText | null | undefined;
let richTextLoad: Promise<unknown> | undefined;

/**
 * A separate transcript is rich text. Its renderer is a chunk of its own, loaded only for a
 * version that has such a text (most use the captions); offline, the text shows as it is.
 */
function renderText(text: string, refresh: () => void) {
  if (richText) return richText.renderRichText(text);
  if (richText === null) return text;
  // Renders while the chunk is on its way wait for the same load (one request, one refresh).
  richTextLoad ??= import('@wegwijs/core/content/rich-text')
    .then(
      (module) => (richText = module),
      () => (richText = null),
    )
    .then(refresh);
  return nothing;
}

function highlight(text: string, query: string) {
  if (!query) return text;
  const parts: unknown[] = [];
  const lower = text.toLocaleLowerCase();
  const q = query.toLocaleLowerCase();
  let at = 0;
  for (let found = lower.indexOf(q); found >= 0; found = lower.indexOf(q, at)) {
    parts.push(text.slice(at, found), html`<mark>${text.slice(found, found + q.length)}</mark>`);
    at = found + q.length;
  }
  parts.push(text.slice(at));
  return parts;
}

export function transcriptTemplate(view: TranscriptView) {
  const q = view.query.trim();
  const matches = (cue: Cue) => !q || cue.text.toLocaleLowerCase().includes(q.toLocaleLowerCase());
  const count = view.groups.reduce((n, g) => n + g.cues.filter(matches).length, 0);
  const level = Math.min(6, view.level);
  return html`<section aria-labelledby="${view.id}-h" lang=${view.uiLang} dir=${view.dir}>
    <div role="heading" aria-level=${level} id="${view.id}-h" class="wegwijs-video-explainer__h">
      ${msg('Uitgeschreven tekst')}
    </div>
    ${
      view.text
        ? nothing
        : html`<div class="wegwijs-video-explainer__tools">
            <label for="${view.id}-q">${msg('Zoek in de tekst')}</label>
            <input
              id="${view.id}-q"
              type="search"
              .value=${view.query}
              @input=${(e: Event) => view.onSearch((e.target as HTMLInputElement).value)}
            />
            <p role="status" class="wegwijs-video-explainer__count">
              ${q ? msg(str`Gevonden: ${count}`) : nothing}
            </p>
          </div>`
    }
    <div class="wegwijs-video-explainer__text" lang=${view.lang} dir=${view.textDir}>
      ${
        view.text
          ? renderText(view.text, view.refresh)
          : view.groups.map(
              (group) =>
                html`${
                    group.title && (!q || group.cues.some(matches))
                      ? html`<div
                          role="heading"
                          aria-level=${Math.min(6, level + 1)}
                          class="wegwijs-video-explainer__ch"
                        >
                          ${group.title}
                        </div>`
                      : nothing
                  }
                  <ol>
                    ${group.cues.filter(matches).map((cue) => {
                      const current = cue === view.current;
                      const content = html`<span class="wegwijs-video-explainer__time" dir="ltr"
                          >${formatTime(cue.start)}</span
                        >
                        <span>${highlight(cue.text, q)}</span>`;
                      return html`<li>
                        ${
                          view.seekable
                            ? html`<button
                                type="button"
                                class=${current ? 'wegwijs-video-explainer__cue wegwijs-video-explainer__now' : 'wegwijs-video-explainer__cue'}
                                aria-current=${current ? 'true' : 'false'}
                                data-start=${cue.start}
                                @click=${() => view.onSeek(cue)}
                              >
                                ${content}
                              </button>`
                            : html`<span
                                class=${current ? 'wegwijs-video-explainer__cue wegwijs-video-explainer__now' : 'wegwijs-video-explainer__cue'}
                                >${content}</span
                              >`
                        }
                      </li>`;
                    })}
                  </ol>`,
            )
      }
    </div>
    <button type="button" class="wegwijs-video-explainer__download" @click=${view.onDownload}>
      ${msg('Tekst downloaden')}
    </button>
  </section>`;
}

/** The transcript as plain text (for the download), made on the device. */
export function transcriptText(title: string, groups: TranscriptGroup[]): string {
  const lines = [title];
  for (const group of groups) {
    lines.push('');
    if (group.title) lines.push(group.title, '');
    for (const cue of group.cues) lines.push(`[${formatTime(cue.start)}] ${cue.text}`);
  }
  return lines.join('\n') + '\n';
}

/** Save text as a file: a Blob URL made on the device, nothing is sent anywhere. */
export function download(text: string, name: string, parent: HTMLElement): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** What scopes the transcript's rules: the container the widget owns (a trusted constant). */
const scope = unsafeCSS('wegwijs-video-explainer > .wegwijs-video-explainer__transcript');
/**
 * Adopt the transcript's styles once into the document or shadow root holding the player
 * (scoped by tag, in `@layer wegwijs`).
 */
export function adoptTranscriptStyles(host: Element): void {
  adoptLightStyles(host, lightStyleSheet(transcriptCss.cssText));
}

// The tokens (--_*) are inherited from the host, whose shadow root sets them on :host.
const transcriptCss = css`
  ${scope} {
    display: block;
    margin-block-start: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_color);
    font-family: var(--_font);
    line-height: 1.5;
  }
  ${scope}[hidden] {
    display: none;
  }
  ${scope} * {
    box-sizing: border-box;
  }
  ${scope} .wegwijs-video-explainer__h {
    font-weight: 700;
    font-size: 1.125em;
  }
  ${scope} .wegwijs-video-explainer__ch {
    font-weight: 700;
    margin-block: 0.75rem 0.25rem;
  }
  ${scope} .wegwijs-video-explainer__tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  ${scope} input,
  ${scope} button {
    font: inherit;
    color: inherit;
    min-block-size: var(--_target);
    border-radius: var(--_radius);
    border: 2px solid var(--_border);
    background: var(--_background);
    padding-inline: 0.5rem;
  }
  ${scope} .wegwijs-video-explainer__count {
    margin: 0;
  }
  ${scope} .wegwijs-video-explainer__text {
    max-block-size: 24rem;
    overflow-y: auto;
  }
  ${scope} ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ${scope} .wegwijs-video-explainer__cue {
    display: flex;
    gap: 0.75rem;
    inline-size: 100%;
    text-align: start;
    border-color: transparent;
    padding: 0.25rem 0.5rem;
    cursor: pointer;
  }
  ${scope} span.wegwijs-video-explainer__cue {
    cursor: auto;
  }
  ${scope} .wegwijs-video-explainer__cue:hover {
    border-color: var(--_border);
  }
  ${scope} .wegwijs-video-explainer__now {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  ${scope} .wegwijs-video-explainer__time {
    font-variant-numeric: tabular-nums;
    min-inline-size: 3.5ch;
    white-space: nowrap;
  }
  ${scope} mark {
    background: #ffdd00;
    color: #000;
  }
  ${scope} .wegwijs-video-explainer__download {
    margin-block-start: 0.75rem;
    cursor: pointer;
  }
  ${scope} :focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus-color);
    outline-offset: var(--_focus-offset);
    box-shadow: 0 0 0 calc(var(--_focus-offset) + var(--_focus-width) + 2px) var(--_focus-halo);
  }
  @media (forced-colors: active) {
    ${scope} .wegwijs-video-explainer__now {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    ${scope} :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
