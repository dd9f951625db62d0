import { html, nothing, render, type PropertyValues } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import {
  ContentController,
  WegwijsElement,
  coded,
  readDeviceJson,
  writeDeviceJson,
} from '@wegwijs/core';
import { defineCoreElements } from '@wegwijs/core/define-lazy';
import { reportHeadingLevel } from '@wegwijs/core/content/heading-level';
import type { Pictogram } from '@wegwijs/pictograms';
import { WegwijsStepChangeEvent, WegwijsStepCheckEvent } from './events.js';
import { readMarkup } from './markup.js';
import { stepGuideCatalog } from './translations.js';
import type { Route, Step } from './types.js';
import type { GuideHost, View } from './host.js';

/** Checkmarks live under `wegwijs:step-guide:<key>` (a JSON list of step ids); see docs. */
export const STORAGE_PREFIX = 'step-guide:';

type GuideView = typeof import('./view/guide-view.js');

/**
 * The guide's rendering code and styles: loaded when the element connects, in parallel with
 * the content (the schema for JSON loads lazily too). The editor's markup stays visible until
 * both have arrived. Once it is here (or given up front by `define-with-view`), guides render in
 * the task they connect in: no paint of the editor's markup first, no wait.
 */
let viewModule: Promise<GuideView> | undefined;
let readyView: GuideView | undefined;

/**
 * Give the element its view up front (see `define-with-view.ts`). Kept, measured (issue 25):
 * without it, `define-with-view` importing the view statically is not enough, because
 * Chromium resolves `import()` of an already evaluated module in a later task: the guide then
 * rendered 0 of 7 steps within 50 microtasks (test/define-with-view.test.ts), so the editor's
 * markup is painted first. A bundler can fold that `import()` only inside one chunk; the
 * npm files (one module per source file) cannot.
 */
export function provideView(view: GuideView): void {
  readyView = view;
}

let count = 0;
/** By code: worded (in Dutch) when the editor reads it. */
const unloaded = () => coded('content', 'step-unloaded');

/**
 * A route as a few numbered steps, each with a pictogram, a short plain text and audio, in the
 * resident's language. Shows all steps (show/hide per step) or one step at a time.
 * The steps are rendered into the light DOM (a `<div slot="guide">` it owns), so read-aloud
 * tools and browser translation reach the text.
 *
 * @tagname wegwijs-step-guide
 * @summary Step-by-step route with pictograms, audio and checkmarks, in the resident's language.
 * @slot - The editor's markup: an `<ol>` of `<li>` steps, and `<template lang="…">` translations.
 * @slot guide - Owned by the element: the rendered guide (light DOM).
 * @csspart editor-notice - Content problems, shown with `preview`.
 * @csspart fallback - The message shown when the content cannot be read.
 * @cssprop --wegwijs-primary-background - Buttons, the current step, pictograms.
 * @cssprop --wegwijs-success-color - Steps that are done.
 * @cssprop --wegwijs-warning-color - Steps that need attention.
 * @cssprop --wegwijs-border-color - Number circles and the line between steps.
 * @cssprop --wegwijs-surface - The "what to bring" box.
 * @fires wegwijs-step-change - The resident went to another step (`detail.index`).
 * @fires wegwijs-step-check - The resident ticked or unticked a step (`detail.index`, `id`, `checked`).
 */
export class WegwijsStepGuide extends WegwijsElement {
  /** The package's UI strings, registered on connect. */
  protected static override translations = stepGuideCatalog;
  // Declared statically, not with decorators: no decorator runtime in the up-front bundle.
  static override properties = {
    src: {},
    view: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideLanguageSwitch: { type: Boolean, attribute: 'hide-language-switch' },
    print: { type: Boolean, reflect: true },
    progressKey: { attribute: 'progress-key' },
    chosenView: { state: true, attribute: false },
    route: { state: true, attribute: false },
    active: { state: true, attribute: false },
    open: { state: true, attribute: false },
    checked: { state: true, attribute: false },
    printing: { state: true, attribute: false },
    said: { state: true, attribute: false },
    view$: { state: true, attribute: false },
    broken: { state: true, attribute: false },
  };

  /** Address of a route JSON file. */
  src?: string;
  /** The view the guide starts in: `all` steps, or `one` step at a time. */
  view: 'all' | 'one' = 'all';
  /** Heading level of the step titles (2–6). */
  headingLevel = 3;
  /** Hide the language switch (shown when the content has more than one language). */
  hideLanguageSwitch = false;
  /** Show the print layout (everything open, no buttons). Printing does this by itself. */
  print = false;
  /** Names the checkmarks stored on the device (default: the route `id`, else the page path). */
  progressKey?: string;

  private chosenView?: View;
  private route?: Route;
  private active = 0;
  private open = new Set<number>();
  private checked = new Set<string>();
  private printing = false;
  private said = '';
  private view$?: GuideView;
  private broken = false;

  // The markup reader is up front: it is small, most editors use markup, and with the rich-text
  // code it shares with the view in the first download, the view's chunk needs nothing more.
  // The schema (valibot) loads lazily, in parallel with JSON content. When a chunk cannot load
  // (network), the resident gets the fallback message (and the markup).
  /** The content and its state: `status`, `data` (once valid), `problems`, `loaded` (a promise). */
  readonly content = new ContentController<Route>(this, {
    validate: (raw, origin) =>
      origin === 'markup'
        ? readMarkup(raw as Element)
        : import('./schema.js')
            .then((m) =>
              m.checkRoute(
                raw,
                origin === 'src' && this.src ? new URL(this.src, document.baseURI).href : undefined,
              ),
            )
            .catch(() => ({ problems: [unloaded()] })),
    fromMarkup: (host) => (host.querySelector(':scope > ol') ? host : undefined),
  });

  private readonly uid = `wsg${++count}`;
  private guide?: HTMLElement;
  private loaded?: Route;
  private readonly pictograms = new Map<string, Pictogram | null>();
  private focusAfter = -1;
  private readonly onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    // The print snapshot is taken right after beforeprint; some browsers (headless, some
    // embedded views) never send afterprint, which would leave the guide without buttons.
    if (this.printing) setTimeout(() => (this.printing = false), 1000);
  };

  override connectedCallback(): void {
    // Tell the loader about `src` before it starts, or it would first report "no content".
    this.content.setSrc(this.src);
    super.connectedCallback();
    // In a later task: starting a module fetch costs the main thread time the first render
    // needs (about 10 ms at 4× CPU each); the buttons upgrade when their code arrives anyway.
    // `define-with-view` (the CDN file) imports them up front instead: upgraded after the
    // first render, the language switch pushed the steps down (issue 23).
    setTimeout(() => defineCoreElements().catch(() => undefined));
    if (readyView) this.useView(readyView);
    else
      (viewModule ??= import('./view/guide-view.js')).then(
        (view) => this.useView((readyView = view)),
        () => {
          this.broken = true;
          this.reportProblems('view', [unloaded()]);
        },
      );
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  private useView(view: GuideView): void {
    view.adoptStyles(this);
    this.view$ = view;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  /** The view shown now (the resident's choice, else the `view` attribute). */
  get currentView(): 'all' | 'one' {
    return this.chosenView ?? (this.view === 'one' ? 'one' : 'all');
  }

  /** The index of the active step (`aria-current="step"`). */
  get activeStep(): number {
    return this.active;
  }

  /** What the view may use of this element (see host.ts). */
  private readonly host: GuideHost = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    return {
      get route() {
        return el.route;
      },
      get open() {
        return el.open;
      },
      get checked() {
        return el.checked;
      },
      get printing() {
        return el.printing;
      },
      get said() {
        return el.said;
      },
      get uid() {
        return el.uid;
      },
      get pictograms() {
        return el.pictograms;
      },
      get localeInfo() {
        return el.localeController;
      },
      get currentView() {
        return el.currentView;
      },
      get activeStep() {
        return el.activeStep;
      },
      get headingLevel() {
        return el.headingLevel;
      },
      get hideLanguageSwitch() {
        return el.hideLanguageSwitch;
      },
      get print() {
        return el.print;
      },
      stepId: (step, index) => el.stepId(step, index),
      getRootNode: () => el.getRootNode(),
      go: (index) => el.go(index),
      setView: (view, focus) => el.setView(view, focus),
      toggle: (index) => el.toggle(index),
      toggleAll: () => el.toggleAll(),
      setChecked: (index, checked) => el.setChecked(index, checked),
      resetProgress: () => el.resetProgress(),
      reportProblems: (source, problems) => el.reportProblems(source, problems),
      requestUpdate: () => el.requestUpdate(),
    };
  })();

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.content.setSrc(this.src);
    if (changed.has('headingLevel')) {
      reportHeadingLevel(this, 2, 6, 3);
    }
    const route = this.content.data;
    if (route !== this.loaded) {
      this.loaded = route;
      if (route) this.setRoute(route);
      else this.route = undefined;
    }
  }

  private get storageKey(): string {
    return STORAGE_PREFIX + (this.progressKey ?? this.route?.id ?? location.pathname);
  }

  private stepId(step: Step, index: number): string {
    return step.id ?? String(index);
  }

  private setRoute(route: Route): void {
    this.route = route;
    this.checked = new Set(readDeviceJson<string[]>(this.storageKey) ?? []);
    const current = route.steps.findIndex((s) => s.status === 'current');
    const todo = route.steps.findIndex(
      (s, i) => s.status !== 'done' && !this.checked.has(this.stepId(s, i)),
    );
    this.active = Math.max(current >= 0 ? current : todo, 0);
    this.open = new Set([this.active]);
    // After the first render, like the core elements above: neutral placeholders show meanwhile.
    setTimeout(() => {
      if (this.route === route)
        void import('./pictogram-loader.js').then(
          (p) => p.loadPictograms(this.host, route),
          () => undefined, // placeholders stay: the steps read fine without pictures
        );
    });
  }

  override render() {
    const ready = Boolean(this.route && this.view$);
    if (!ready && (this.content.status === 'failed' || this.broken))
      return html`${this.renderEditorNotice()}${this.renderFallback()}`;
    // One template while loading and once rendered: only the slot's name changes, from the
    // editor's markup (the default slot) to the rendered guide. Two templates cost the first
    // render two more template preparations and a swap of the shadow root's content.
    return html`${this.renderEditorNotice()}<slot name=${ready ? 'guide' : nothing}></slot>`;
  }

  protected override updated(): void {
    const view = this.view$;
    if (!this.route || !view) {
      if (this.guide) render(nothing, this.guide);
      return;
    }
    if (!this.guide) {
      this.guide = document.createElement('div');
      this.guide.slot = 'guide';
      this.guide.className = 'wegwijs-step-guide__guide';
      this.append(this.guide);
    }
    render(view.renderGuide(this.host, this.route), this.guide, { host: this });
    if (this.focusAfter >= 0) {
      this.guide.querySelector<HTMLElement>(`#${this.uid}-h${this.focusAfter}`)?.focus();
      this.focusAfter = -1;
    }
  }

  // ----- actions -----

  /** Show a view; `focus` moves focus to the active step's heading. */
  setView(view: View, focus = true): void {
    this.chosenView = view;
    if (focus) this.focusAfter = this.active;
  }

  /** Go to step `index` (one-step view: shows it, announces it and moves focus to it). */
  go(index: number): void {
    const steps = this.route?.steps.length ?? 0;
    if (index < 0 || index >= steps || index === this.active) return;
    this.active = index;
    this.open = new Set([...this.open, index]);
    this.focusAfter = index;
    this.dispatchEvent(new WegwijsStepChangeEvent(index));
  }

  private toggle(index: number): void {
    const open = new Set(this.open);
    if (!open.delete(index)) open.add(index);
    this.open = open;
  }

  private toggleAll(): void {
    const all = this.route?.steps.length ?? 0;
    this.open =
      this.open.size === all ? new Set() : new Set(Array.from({ length: all }, (_, i) => i));
  }

  /** Tick or untick a step; stored on the device. */
  setChecked(index: number, checked: boolean): void {
    const step = this.route?.steps[index];
    if (!step) return;
    const id = this.stepId(step, index);
    const next = new Set(this.checked);
    if (checked) next.add(id);
    else next.delete(id);
    this.checked = next;
    writeDeviceJson(this.storageKey, next.size ? [...next] : undefined);
    this.dispatchEvent(new WegwijsStepCheckEvent(index, id, checked));
  }

  /** Forget the checkmarks of this route on this device. */
  resetProgress(): void {
    this.checked = new Set();
    writeDeviceJson(this.storageKey, undefined);
    this.said = msg('Uw vinkjes zijn gewist.');
    this.focusAfter = this.currentView === 'one' ? this.active : 0;
  }
}
