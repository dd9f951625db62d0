import { fillPageProfile } from '@wegwijs/core/check/page-profile';
import { html, nothing, render, type PropertyValues } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import {
  ContentController,
  WegwijsElement,
  coded,
  readDeviceJson,
  type ContentProblem,
  writeDeviceJson,
} from '@wegwijs/core';
import { defineCoreElements } from '@wegwijs/core/define-lazy';
import type { Pictogram } from '@wegwijs/pictograms';
import { trimWideMarkup } from '@wegwijs/core/content/markup-width';
import { reportHeadingLevel } from '@wegwijs/core/content/heading-level';
import { questionHelperCatalog } from './translations.js';
import type { Answers, QuestionSet } from './types.js';
import type { QuestionHost } from './host.js';

/** "Remember on this phone" keeps the answers under `wegwijs:question-helper:<key>`; see docs. */
export const STORAGE_PREFIX = 'question-helper:';

/** The four steps: pick domains, pick statements, how to be helped, the card. */
export const STEPS = ['domains', 'statements', 'how', 'card'] as const;
export type StepName = (typeof STEPS)[number];

type View = typeof import('./view.js');
let viewModule: Promise<View> | undefined;
let count = 0;
/** By code: worded (in Dutch) when the editor reads it (its code if the table cannot load). */
const unloaded = async (): Promise<ContentProblem> => coded('content', 'question-unloaded');

export const emptyAnswers = (language: string): Answers => ({
  domains: [],
  statements: [],
  freeText: '',
  language,
  helpLanguage: 'none',
  supporter: 'any',
  deadline: 'unknown',
  deadlineDate: '',
});

/**
 * Help me ask: the resident picks life domains (pictograms with short labels), then plain
 * statements (each with a pictogram, read aloud), says how they want to be helped (language,
 * interpreter or key person, phone, WhatsApp, walk-in or home visit, a man or a woman, a
 * deadline), and gets a question card in two languages side by side: Dutch for the supporter,
 * their own language for themselves. The card can be shown full screen, printed, shared as
 * text or copied, and handed to a `<wegwijs-contact-finder>` on the page.
 * Nothing leaves the device unless the resident shares it; nothing is stored unless they
 * choose "remember on this phone".
 * Everything the resident reads is rendered into the light DOM (`<div slot="helper">`), so
 * read-aloud tools and browser translation reach it.
 *
 * @tagname wegwijs-question-helper
 * @summary Help me ask: pick, don't type; a two-language question card for the supporter.
 * @slot - The editor's markup: a `<ul>` of domains (a heading and a `<ul>` of statements each), and `<template lang="…">` translations.
 * @slot helper - Owned by the element: the rendered helper (light DOM).
 * @csspart editor-notice - Content problems, shown with `preview`.
 * @csspart fallback - The message shown when the content cannot be read.
 * @cssprop --wegwijs-primary-background - Buttons, chosen domains and statements.
 * @cssprop --wegwijs-border-color - Borders of choices and of the card.
 * @cssprop --wegwijs-surface - The card's background.
 * @fires wegwijs-question-handover - The resident asked to find a supporter (`detail.topics`, `detail.language`, `detail.answers`); cancelable.
 */
export class WegwijsQuestionHelper extends WegwijsElement {
  /** The package's UI strings, registered on connect. */
  protected static override translations = questionHelperCatalog;
  // Declared statically, not with decorators: no decorator runtime in the up-front bundle.
  static override properties = {
    src: {},
    finder: {},
    rememberKey: { attribute: 'remember-key' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    synth: { attribute: false },
    step: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    set: { state: true, attribute: false },
    remembered: { state: true, attribute: false },
    full: { state: true, attribute: false },
    said: { state: true, attribute: false },
    error: { state: true, attribute: false },
    view$: { state: true, attribute: false },
    broken: { state: true, attribute: false },
  };

  /** Address of a question set JSON file. */
  src?: string;
  /** The id of the `<wegwijs-contact-finder>` to hand the question to (default: the first on the page). */
  finder?: string;
  /** Names what "remember on this phone" stores (default: the set's `id`, else the page path). */
  rememberKey?: string;
  /** Heading level of the step titles (2–5); the card's headings are one and two below. */
  headingLevel = 2;
  /** A speech engine for read aloud (tests, hosts that wrap speech); default `speechSynthesis`. */
  synth?: SpeechSynthesis;

  private step = 0;
  private chosen: Answers = emptyAnswers('nl');
  /** The resident chose the card's language themselves (or it was remembered): it stays put. */
  private languagePicked = false;
  private set?: QuestionSet;
  private remembered = false;
  private full = false;
  private said = '';
  private error = '';
  private view$?: View;
  private broken = false;

  /** The content and its state: `status`, `data` (once valid), `problems`, `loaded` (a promise). */
  readonly content = new ContentController<QuestionSet>(this, {
    validate: (raw, origin) =>
      origin === 'markup'
        ? // The editor's markup reader: lazy, so that JSON content (the usual form) skips it.
          import('./markup.js')
            .then((m) => m.readMarkup(raw as Element))
            .catch(async () => ({ problems: [await unloaded()] }))
        : Promise.all([import('./schema.js'), fillPageProfile(raw)])
            .then(([m, filled]) => {
              // The municipality profile ({{telefoon}} …), filled in before the check.
              const checked = m.checkQuestionSet(filled.data);
              return { ...checked, problems: [...filled.problems, ...checked.problems] };
            })
            .catch(async () => ({ problems: [await unloaded()] })),
    fromMarkup: (host) => (host.querySelector(':scope > ul') ? host : undefined),
  });

  private readonly uid = `wqh${++count}`;
  private readonly pictograms = new Map<string, Pictogram | null>();
  private root?: HTMLElement;
  private loaded?: QuestionSet;
  /** An element id to focus after the next render. */
  private focusAfter = '';

  override connectedCallback(): void {
    // Before the shadow root exists: 5,000 list items cost seconds of layout on every change.
    trimWideMarkup(this);
    this.content.setSrc(this.src);
    super.connectedCallback();
    setTimeout(() => defineCoreElements().catch(() => undefined));
    (viewModule ??= import('./view.js')).then(
      (view) => {
        view.adoptStyles(this);
        this.view$ = view;
      },
      () => {
        this.broken = true;
        void unloaded().then((found) => this.reportProblems('view', [found]));
      },
    );
  }

  /** What the resident chose so far (change it with `setAnswers`). */
  get answers(): Readonly<Answers> {
    return this.chosen;
  }

  /** The name of the step shown. */
  get stepName(): StepName {
    return STEPS[this.step]!;
  }

  private get storageKey(): string {
    return STORAGE_PREFIX + (this.rememberKey ?? this.set?.id ?? location.pathname);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.content.setSrc(this.src);
    if (changed.has('headingLevel')) {
      reportHeadingLevel(this, 2, 5, 2);
    }
    const set = this.content.data;
    if (set !== this.loaded) {
      this.loaded = set;
      this.set = set;
      if (set) this.restore(set);
    }
    // Until the resident picks a language for the card, it is the page's: switching the page
    // to Arabic after load must not hand an Arabic reader a card in Dutch only.
    const pageLanguage = this.localeController.uiLocale;
    if (!this.languagePicked && this.chosen.language !== pageLanguage)
      this.chosen = { ...this.chosen, language: pageLanguage };
  }

  /** The heading level used (2–5). */
  private get level(): number {
    return this.headingLevel >= 2 && this.headingLevel <= 5 ? this.headingLevel : 2;
  }

  /** What the view may use of this element (see host.ts). */
  private readonly host: QuestionHost = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    return {
      get set() {
        return el.set;
      },
      get answers() {
        return el.chosen;
      },
      get step() {
        return el.step;
      },
      get stepName() {
        return el.stepName;
      },
      get remembered() {
        return el.remembered;
      },
      get full() {
        return el.full;
      },
      get said() {
        return el.said;
      },
      get error() {
        return el.error;
      },
      get uid() {
        return el.uid;
      },
      get level() {
        return el.level;
      },
      get finder() {
        return el.finder;
      },
      get synth() {
        return el.synth;
      },
      get pictograms() {
        return el.pictograms;
      },
      get localeInfo() {
        return el.localeController;
      },
      get updateComplete() {
        return el.updateComplete;
      },
      setAnswers: (changes) => el.setAnswers(changes),
      go: (step) => el.go(step),
      remember: (on) => el.remember(on),
      clear: () => el.clear(),
      say: (text) => {
        el.said = text;
      },
      showError: (text) => {
        el.error = text;
        if (text) el.focusAfter = `${el.uid}-err`;
      },
      setFull: (on) => {
        el.full = on;
      },
      querySelector: <E extends Element = Element>(selectors: string) =>
        el.querySelector<E>(selectors),
      getRootNode: () => el.getRootNode(),
      dispatchEvent: (event) => el.dispatchEvent(event),
      reportProblems: (source, problems) => el.reportProblems(source, problems),
      addController: (controller) => el.addController(controller),
      removeController: (controller) => el.removeController(controller),
      requestUpdate: () => el.requestUpdate(),
    };
  })();

  private restore(set: QuestionSet): void {
    const stored = readDeviceJson<Answers>(this.storageKey);
    const fresh = emptyAnswers(this.localeController.uiLocale);
    if (stored && typeof stored === 'object') {
      // Only ids the set still has: a municipality may have changed its content.
      const domains = new Set(set.domains.map((d) => d.id));
      const statements = new Set(
        set.domains.flatMap((d) => d.statements.map((s) => `${d.id}/${s.id}`)),
      );
      this.chosen = {
        ...fresh,
        ...stored,
        domains: (stored.domains ?? []).filter((id) => domains.has(id)),
        statements: (stored.statements ?? []).filter((id) => statements.has(id)),
      };
      this.remembered = true;
      this.languagePicked = typeof stored.language === 'string';
    } else this.chosen = fresh;
    setTimeout(() => {
      if (this.set === set)
        void import('./pictogram-loader.js').then(
          (p) => p.loadPictograms(this.host, set),
          () => undefined, // placeholders stay: the labels read fine without pictures
        );
    });
  }

  override render() {
    if (this.set && this.view$)
      return html`${this.renderEditorNotice()}<slot name="helper"></slot>`;
    const failed = this.content.status === 'failed' || this.broken;
    // JSON content (inline or src) leaves nothing to read while it loads: say so.
    const waiting = !failed && !this.querySelector(':scope > ul');
    return html`${this.renderEditorNotice()}${
      failed
        ? this.renderFallback()
        : html`${waiting ? html`<p role="status">${msg('Even geduld, de vragen worden geladen…')}</p>` : nothing}<slot
            ></slot>`
    }`;
  }

  protected override updated(): void {
    const view = this.view$;
    if (!this.set || !view) {
      if (this.root) render(nothing, this.root);
      return;
    }
    if (!this.root) {
      this.root = document.createElement('div');
      this.root.slot = 'helper';
      this.root.className = 'wegwijs-question-helper__helper';
      this.append(this.root);
    }
    render(view.renderHelper(this.host, this.set), this.root, { host: this });
    if (this.focusAfter) {
      this.root.querySelector<HTMLElement>(`[id="${this.focusAfter}"]`)?.focus();
      this.focusAfter = '';
    }
  }

  // ----- actions (the view calls them; hosts may too) -----

  /** Change the answers; stored on the device only when the resident chose to remember. */
  setAnswers(changes: Partial<Answers>): void {
    if ('language' in changes) this.languagePicked = true;
    this.chosen = { ...this.chosen, ...changes };
    if (this.remembered) writeDeviceJson(this.storageKey, this.chosen);
  }

  /** Go to a step (0–3) and move focus to its heading. */
  go(step: number): void {
    if (step < 0 || step >= STEPS.length) return;
    this.step = step;
    this.said = '';
    this.full = false;
    this.focusAfter = `${this.uid}-h`;
  }

  /** Keep the answers on this phone (or stop, and forget them). */
  remember(on: boolean): void {
    this.remembered = on;
    writeDeviceJson(this.storageKey, on ? this.chosen : undefined);
  }

  /** Forget everything chosen, on the screen and on this phone, and start again. */
  clear(): void {
    writeDeviceJson(this.storageKey, undefined);
    this.remembered = false;
    this.languagePicked = false;
    this.chosen = emptyAnswers(this.localeController.uiLocale);
    this.go(0);
  }
}
