/**
 * The letter explainer's view: a reactive controller that holds what the element shows and
 * does once its content is known. It is part of the element's own chunk (imported statically
 * by `letter-explainer.ts`); the rest loads in parts, each its own chunk: with the content the
 * schema check, the markup reader and what shapes the first view (the deadline, read aloud,
 * core's elements, the image mode: view/first-view.ts), after the first view the glossary and
 * the explanations' tips (see view/prepare.ts).
 *
 * The work is in view/: letter-index (marks and numbered explanations), prepare (placing
 * the letter, loading the tools) and light-templates (the light-DOM text).
 */
import { adoptLightStyles, lightStyleSheet } from '@wegwijs/core/light-dom/light-styles';
import { nothing, render, type ReactiveController, type TemplateResult } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import { ContentController } from '@wegwijs/core/content/content-controller';
import { resolveText } from '@wegwijs/core/content/localized-text';
import { primaryLanguage } from '@wegwijs/core/locale/locales';
import type { Pictogram } from '@wegwijs/pictograms';
import type { GlossaryLocale } from '@wegwijs/glossary';
import type { LetterContent } from './schema.js';
import type { FoundDeadline } from './deadline-text.js';
import { LETTER_SELECTOR, labelButton } from './letter-dom.js';
import { documentCss, usableCss } from './letter-explainer.styles.js';
import type { LetterHost, LocaleInfo } from './host.js';
import type { LetterReader } from './letter-reader.js';
import { LetterIndex, type LetterEntry, type Occurrence } from './view/letter-index.js';
import {
  bottomTemplate,
  contactFinderHref,
  entryTemplate,
  explain,
  heading,
  topTemplate,
} from './view/light-templates.js';
import { prepareLetter } from './view/prepare.js';
import { loadFirstView } from './view/first-view.js';

export type { LetterEntry, Occurrence };
export { glossBeside } from './view/light-templates.js';
export { questionText } from './view/questions.js';

let counter = 0;

/** Everything the element shows and does once its content is known. */
export class LetterView implements ReactiveController {
  /** The schema check: one chunk, fetched in parallel with the content. */
  private readonly checker = import('./validate.js');
  /** What shapes the first view (deadline, read aloud…), fetched in parallel with the content. */
  private readonly firstView = loadFirstView(this);

  readonly content = new ContentController<LetterContent>(this.host, {
    validate: async (raw, origin) => {
      // The markup reader is its own chunk too, fetched only for a letter given as markup, or
      // for the editor's letter beside JSON content: shown as it is, it goes through the
      // allowlist first (in place, before the explanations' buttons go in).
      const letter = this.host.querySelector(LETTER_SELECTOR);
      // The content is shown once the parts of its first view are in (view/first-view.ts).
      const [{ checkLetter }, markup] = await Promise.all([
        this.checker,
        origin === 'markup' || letter ? import('./markup.js') : undefined,
        this.firstView,
      ]);
      const dropped = letter && markup ? markup.allowlistLetter(this.host) : [];
      const checked = checkLetter(
        markup && origin === 'markup' ? markup.markupToContent(raw as HTMLElement) : raw,
      );
      // A letter given as an image shows it in its first view: only the content says so.
      if (checked.data?.image) await this.loadImage();
      return { ...checked, problems: [...checked.problems, ...dropped] };
    },
    // Here only whether there is markup; it is read once the reader's chunk is in.
    fromMarkup: (host) =>
      host.querySelector(`${LETTER_SELECTOR}, [data-answer]`) ? host : undefined,
  });

  /** The marks and their numbered explanations. */
  readonly index = new LetterIndex();
  /** Deadlines found in the letter's text, in reading order (after the first render). */
  foundDeadlines: FoundDeadline[] = [];
  /** Resolves when the letter has been enhanced, its glossary terms and tools loaded (tests). */
  enhanced: Promise<void> = Promise.resolve();

  /** The prefix of the ids in the light DOM. */
  readonly uid = `wle${++counter}`;
  /** The open image region (image mode), or -1. */
  openRegion = -1;
  // The parts loaded after the first view (view/prepare.ts).
  glossary?: typeof import('./letter-glossary.js');
  image?: typeof import('./letter-image.js');
  deadline?: typeof import('./letter-deadline.js');
  tips?: typeof import('./letter-tips.js');
  deadlineText?: typeof import('./deadline-text.js');
  speech?: typeof import('./letter-reader.js');
  /** The deadlines found in the letter, for editors (`preview` only). */
  proposal?: typeof import('./letter-proposal.js');
  private proposalLoad?: Promise<unknown>;
  /** The letter's own text (letter-text.ts), for the deadlines in it. */
  letterText?: (letter: Element) => string;
  reader?: LetterReader;
  readonly glossaryLocales = new Map<string, GlossaryLocale | null>();
  readonly pictograms = new Map<string, Pictogram>();
  preparedFor?: LetterContent;
  top?: HTMLElement;
  bottom?: HTMLElement;
  /** The letter in the light DOM (or the image's container). */
  letterEl?: HTMLElement;
  /** A letter built from the content (not the editor's), removed with the next content. */
  ownLetter?: HTMLElement;

  constructor(
    readonly host: LetterHost,
    /** The page locale (the element's locale controller). */
    readonly localeInfo: LocaleInfo,
  ) {
    host.addController(this);
    // If the chunk cannot load, the content check reports it; no unhandled rejection here.
    this.checker.catch(() => undefined);
  }

  hostConnected(): void {
    adoptLightStyles(this.host, lightStyleSheet(documentCss.cssText));
    adoptLightStyles(this.host, lightStyleSheet(usableCss.cssText, { layered: false }));
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.reader?.controller.stop();
  }

  get data(): LetterContent | undefined {
    return this.content.status === 'ready' ? this.content.data : undefined;
  }

  get contentLang(): string {
    return this.data?.lang ?? 'nl';
  }

  /** The numbered explanations, in reading order. */
  get entries(): LetterEntry[] {
    return this.index.entries;
  }

  get occurrences(): Map<HTMLButtonElement, Occurrence> {
    return this.index.occurrences;
  }

  hostUpdated(): void {
    const data = this.data;
    if (!data) return;
    if (this.preparedFor !== data) {
      this.preparedFor = data;
      this.enhanced = prepareLetter(this, data);
    }
    void this.loadGlossaryLocale();
    if (this.host.preview) void this.loadProposal();
    this.renderLight();
  }

  /** Number the explanations; in the final pass, report unknown marks to the editor. */
  buildIndex(data: LetterContent, final: boolean): void {
    const problems = this.index.build(data, this.letterEl, this.glossary, this.uid, (button) =>
      this.toggle(button),
    );
    // By code: worded when read (the element loads the message table only for them).
    if (final) this.host.reportProblems('letter', problems);
  }

  private async loadGlossaryLocale(): Promise<void> {
    const lang = primaryLanguage(this.localeInfo.locale);
    if (lang === 'nl' || this.glossaryLocales.has(lang) || !this.glossary) return;
    this.glossaryLocales.set(lang, null);
    try {
      this.glossaryLocales.set(lang, (await this.glossary.loadGlossaryLocale(lang)) ?? null);
    } catch {
      this.glossaryLocales.delete(lang);
    }
    this.host.requestUpdate();
  }

  // ——— Explanations in the letter ———

  /** Opens or closes the explanation of a term button (its code loads after the first render). */
  toggle(button: HTMLButtonElement, open?: boolean): void {
    if (this.tips) this.tips.toggle(this, button, open);
    else void this.loadTips().then((tips) => tips?.toggle(this, button, open));
  }

  /** The editors' proposal (with `preview`), rendered once it is in. */
  loadProposal(): Promise<unknown> {
    this.proposalLoad ??= import('./letter-proposal.js').then(
      (m) => {
        this.proposal = m;
        this.host.requestUpdate();
      },
      () => undefined,
    );
    return this.proposalLoad;
  }

  loadImage(): Promise<unknown> {
    return import('./letter-image.js').then(
      (m) => (this.image = m),
      () => undefined, // offline or blocked chunk: the rest of the letter is still shown
    );
  }

  loadTips(): Promise<typeof import('./letter-tips.js') | undefined> {
    return import('./letter-tips.js').then(
      (m) => (this.tips = m),
      () => undefined,
    );
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    this.tips?.onKeydown(this, event);
  };

  /** The explanation of an entry in the reader's language, the Dutch term kept beside it. */
  explain(entry: LetterEntry, locale?: string) {
    return explain(this, entry, locale);
  }

  entryTemplate(entry: LetterEntry, tag: 'span' | 'div' = 'span'): TemplateResult {
    return entryTemplate(this, entry, tag);
  }

  heading(text: string, level?: number, id?: string): TemplateResult {
    return heading(this, text, level, id);
  }

  contactFinderHref(target: string | undefined, data: LetterContent): string | undefined {
    return contactFinderHref(this, target, data);
  }

  // ——— The light-DOM text ———

  renderLight(): void {
    const data = this.data;
    if (!data || !this.top || !this.bottom) return;
    const { uiLocale, dir } = this.localeInfo;
    render(topTemplate(this, data), this.top, { host: this.host });
    render(bottomTemplate(this), this.bottom, { host: this.host });
    this.top.lang = this.bottom.lang = uiLocale;
    this.top.dir = this.bottom.dir = dir;
    if (data.image && this.letterEl)
      render(this.image?.imageTemplate(this, data) ?? nothing, this.letterEl, { host: this.host });
    for (const occurrence of this.occurrences.values()) {
      labelButton(occurrence.button, msg('uitleg'), occurrence.entry.n);
      this.tips?.renderTip(this, occurrence);
    }
    this.reader?.sync();
  }

  // ——— Deadline (loaded after the first render) ———

  /** The deadline residents see (the content's, or one found in the letter): see letter-deadline. */
  activeDeadline(data = this.data) {
    return data && this.deadline?.activeDeadline(this, data);
  }

  /** The deadline worked out for the current letter date and today. */
  deadlineInfo(data = this.data) {
    return data && this.deadline?.deadlineInfo(this, data);
  }

  /** The .ics text for the deadline (made on the device). */
  calendarFile(options: { uid?: string; stamp?: Date } = {}): Promise<string | undefined> {
    return this.deadline?.calendarFile(this, options) ?? Promise.resolve(undefined);
  }

  // ——— Read the letter aloud, with the sentence highlighted (loaded after the first render) ———

  /** Reads the whole letter (or stops reading it). */
  readLetter(): void {
    const image = this.data?.image;
    this.reader?.toggle(
      this.letterEl,
      this.contentLang,
      image?.regions.map((region) => ({
        text: resolveText(region.text, 'nl', this.contentLang)?.text ?? '',
        lang: this.contentLang,
      })),
    );
  }
}
