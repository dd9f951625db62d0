import { html, type PropertyValues } from 'lit';
import { WegwijsElement } from '@wegwijs/core/base/wegwijs-element';
import { trimWideMarkup } from '@wegwijs/core/content/markup-width';
import { shadowStyles } from './letter-explainer.styles.js';
import { letterCatalog } from './translations.js';
import { LetterView } from './letter-view.js';
import type { LetterEntry } from './view/letter-index.js';

/**
 * A municipal letter made understandable: five short answers at the top (what is this letter,
 * what must I do, before when, what if I do nothing, who can help), the letter itself with its
 * hard passages as numbered explanations that open in place, a deadline worked out from the
 * date on the resident's letter (with a calendar file made on the device), a glossary with
 * the Dutch term beside the reader's language, and read aloud with sentence highlighting.
 *
 * The letter stays in the light DOM (readable without JavaScript) and is enhanced in place.
 *
 * @tagname wegwijs-letter-explainer
 * @summary A municipal letter explained: five answers, deadline, explanations in place, glossary.
 * @slot - The editor's markup: a `[data-letter]` element with the letter (passages marked with
 *   `<mark data-explain="id">`, `<dfn>` or `data-term`), `[data-answer]` elements and
 *   `[data-explanation]` elements. Also the fallback when the content cannot be shown.
 * @slot wegwijs-top - Filled by the element: the five answers (light DOM, for read-aloud tools).
 * @slot wegwijs-letter - The letter (the editor's, moved here) or the image with regions.
 * @slot wegwijs-bottom - Filled by the element: all explanations in order, and the glossary.
 * @csspart base - The frame around the three slots.
 * @csspart editor-notice - Content problems, visible with `preview`.
 * @csspart fallback - The message shown to residents when the content cannot be shown.
 * @cssprop --wegwijs-primary-background - Buttons, numbers, open explanations.
 * @cssprop --wegwijs-surface - Background of answers and explanations.
 * @cssprop --wegwijs-warning-color - Deadline within 7 days or passed.
 * @cssprop --wegwijs-success-color - Deadline with plenty of time.
 * @fires wegwijs-explanation-toggle - When an explanation opens or closes.
 */
export class WegwijsLetterExplainer extends WegwijsElement {
  static override styles = [WegwijsElement.styles, shadowStyles];
  /** The package's UI strings, registered on connect. */
  protected static override translations = letterCatalog;
  // Declared statically, not with decorators: no decorator runtime in the up-front bundle.
  static override properties = {
    src: {},
    today: {},
    letterDate: { attribute: 'letter-date' },
    deadline: {},
    topic: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    allowRemoteVoices: { type: Boolean, attribute: 'allow-remote-voices' },
    synth: { attribute: false },
  };

  /** URL of the content JSON. */
  src?: string;
  /** Today as YYYY-MM-DD (stories and tests); the device's date when not set. */
  today?: string;
  /** The date on the resident's letter, YYYY-MM-DD; the resident can enter it. Never sent anywhere. */
  letterDate?: string;
  /**
   * `auto`: use the deadline found in the letter's text when the content has none. With
   * `preview`, a found deadline is proposed to the editor either way.
   */
  deadline?: string;
  /** Topic for the contact finder link (overrides the content's; default "letters"). */
  topic?: string;
  /** Level of the headings (2–6). */
  headingLevel = 2;
  /** Let read aloud use voices that send text to a server (off: privacy). */
  allowRemoteVoices = false;
  /** Injected speech engine (tests, or a host that wraps speech). */
  synth?: SpeechSynthesis;

  /**
   * Content loading, the light-DOM text and the tools. Private: tests observe the element
   * through its DOM, its events and the public members below.
   */
  readonly #view = new LetterView(this, this.localeController);

  /**
   * Resolves when the content is in and the letter is enhanced, with its glossary terms and
   * tools (loaded after the first render).
   */
  get ready(): Promise<void> {
    return this.#view.content.loaded.then(async () => {
      await this.updateComplete;
      await this.#view.enhanced;
    });
  }

  /** Loading state for tools that wait for widgets: `loaded` settles when the letter is ready. */
  get content(): { status: 'loading' | 'ready' | 'failed'; loaded: Promise<void> } {
    // `loaded` is read on demand: a test polling `status` creates no promise chains.
    const ready = () => this.ready;
    return {
      status: this.#view.content.status,
      get loaded() {
        return ready();
      },
    };
  }

  override connectedCallback(): void {
    // Before the shadow root exists: 5,000 list items cost seconds of layout on every change.
    trimWideMarkup(this);
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the controllers' update, so the content loads from `src` the first time.
    if (changed.has('src')) this.#view.content.setSrc(this.src);
  }

  override render() {
    const view = this.#view;
    if (view.content.status === 'loading') return html`<slot></slot>`;
    if (!view.data) {
      return html`${this.renderEditorNotice()}${this.renderFallback()}<slot
          name="wegwijs-letter"
        ></slot>`;
    }
    return html`${this.renderEditorNotice()}
      <div part="base">
        <slot name="wegwijs-top"></slot>
        <slot name="wegwijs-letter"></slot>
        <slot name="wegwijs-bottom"></slot>
      </div>`;
  }

  /** The numbered explanations, in reading order. */
  get entries(): LetterEntry[] {
    return this.#view.entries;
  }

  /** Opens or closes the explanation of a term button in the letter. */
  toggle(button: HTMLButtonElement, open?: boolean): void {
    this.#view.toggle(button, open);
  }

  /** The deadline for the current letter date and today, in the reader's language. */
  deadlineInfo() {
    return this.#view.deadlineInfo();
  }

  /** The calendar file (.ics text) for the deadline, made on the device. */
  calendarFile(options?: { uid?: string; stamp?: Date }): Promise<string | undefined> {
    return this.#view.calendarFile(options);
  }

  /** Reads the whole letter aloud (or stops), highlighting the sentence being read. */
  readLetter(): void {
    this.#view.readLetter();
  }
}
