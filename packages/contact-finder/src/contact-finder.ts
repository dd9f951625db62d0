import { defineCoreElements } from '@wegwijs/core/define-lazy';
import { adoptStyles, html, nothing, render, type PropertyValues } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import { ContentController, WegwijsElement } from '@wegwijs/core';
import type { Pictogram } from '@wegwijs/pictograms';
import { WegwijsContactFilterEvent } from './filter-event.js';
import type { ContactIndex, IndexResult } from './index/contact-index.js';
import { contactFinderCatalog } from './translations.js';
import type { ContactFinderHost } from './host.js';
import type { Contact, Directory, Filters } from './types.js';

type Data = typeof import('./data.js');
type SharedFilter = import('./hash-state.js').SharedFilter;
let data: Promise<Data> | undefined;
/** The lazy part (validation, index, form, cards), requested once per page. */
const loadData = () => (data ??= import('./data.js'));
/**
 * Cards new to the result list are added a few at a time (issue 23): as many as fit in this
 * many milliseconds per frame, each frame after the last was drawn, so no task both builds and
 * lays out ten cards on a slow phone (see updated()).
 */
const CARDS_MS = 8;

let uid = 0;

/**
 * Find a client supporter, key person, volunteer, neighbourhood team or helpline who speaks
 * your language, for your neighbourhood and topic, and see how to reach them.
 *
 * @tagname wegwijs-contact-finder
 * @summary A contact finder that filters by language spoken, topic, postcode (on the device), free text and "open now".
 *
 * @slot - The editor's list of contacts (`<ul>` of `<li data-…>`), readable without JavaScript; also the fallback.
 * @slot results - Owned by the widget: the result list is rendered here, in the light DOM, so read-aloud and translation tools reach it.
 *
 * @csspart base - The wrapper.
 * @csspart filters - The search form.
 * @csspart editor-notice - Content problems, shown with `preview`.
 * @csspart fallback - Shown to residents when no contact could be loaded.
 *
 * @cssprop --wegwijs-primary-background - Accent colour (buttons, chosen topic).
 * @cssprop --wegwijs-surface - Background of the search form.
 * @cssprop --wegwijs-border-color - Borders of fields and contact cards.
 * @cssprop --wegwijs-success-color - "Open now".
 *
 * @fires wegwijs-contact-filter - The filters changed: `filters` and `total`.
 */
export class WegwijsContactFinder extends WegwijsElement {
  // the form's own styles arrive with the form (lazy chunk), see connectedCallback
  static override styles = WegwijsElement.styles;
  /** The package's UI strings, registered on connect. */
  protected static override translations = contactFinderCatalog;
  // Declared statically, not with decorators: no decorator runtime in the up-front bundle.
  static override properties = {
    src: {},
    language: {},
    topic: {},
    postcode: {},
    query: {},
    openNow: { type: Boolean, attribute: 'open-now' },
    pageSize: { type: Number, attribute: 'page-size' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    holidays: {},
    share: {},
    noHash: { type: Boolean, attribute: 'no-hash' },
    now: { attribute: false },
    filters: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    shared: { state: true, attribute: false },
  };

  /** A JSON file (the documented schema) or a CSV spreadsheet export. */
  src?: string;
  /** Preset: a language code (e.g. `ar`). */
  language = '';
  /**
   * Preset: a topic id: money, care, youth, housing, work, health, letters, loneliness; or
   * several separated by spaces (contacts with any of them), as `<wegwijs-question-helper>`
   * sets it when it hands a question over.
   */
  topic = '';
  /** Preset: a postcode (4 digits, or 4 digits and 2 letters). */
  postcode = '';
  /** Preset: a search word. */
  query = '';
  /** Preset: only contacts that are open now. */
  openNow = false;
  /** Contacts shown at once; "Show more" adds as many. */
  pageSize = 10;
  /** Heading level of each contact's name (2–5). */
  headingLevel = 3;
  /** Extra closed dates for every walk-in desk, e.g. "2026-04-27 2026-12-25". */
  holidays = '';
  /** Which filters are written to the URL hash for sharing: any of language topic open postcode query. */
  share = 'language topic open';
  /** Do not read or write the URL hash. */
  noHash = false;
  /** A fixed clock (tests, previews); otherwise the device's time. */
  now?: Date;

  private filters: Filters = {
    language: '',
    topic: '',
    postcode: '',
    query: '',
    openNow: false,
  };
  private shown = 10;
  private announcement = '';
  /** What was just shared: 'list' or a contact's card id, and how (the visible confirmation). */
  private shared?: { key: string; outcome: 'copied' | 'failed'; url: string };

  /** The content and its state: `status`, `data` (once valid), `problems`, `loaded` (a promise). */
  readonly content = new ContentController<Directory>(this, {
    // valibot and the schema load in parallel with the content (lazy data chunk)
    validate: async (raw, origin) =>
      (await loadData()).check(
        raw,
        origin === 'src' && this.src ? new URL(this.src, document.baseURI).href : undefined,
      ),
    // the host itself: its markup is read in the lazy chunk
    fromMarkup: (host) =>
      host.querySelector(':scope > ul > li, :scope > ol > li') ? host : undefined,
    parseText: async (text, url) => (await loadData()).parseText(text, url),
  });

  /** The search index (built once per content load). */
  index?: ContactIndex;
  /** The valid contacts, once loaded and checked. */
  directory?: Directory;
  private failed = false;
  private hashRead = false;
  private lib?: Data;
  private result?: IndexResult;
  private indexed?: unknown;
  private holidaysIndexed = '';
  private readonly results = document.createElement('div');
  private readonly uid = `wcf${++uid}`;
  private pictograms = new Map<string, Pictogram>();
  private announceTimer?: ReturnType<typeof setTimeout>;
  private clockTimer?: ReturnType<typeof setInterval>;
  private focusAfterUpdate?: string;
  /** Cards in the result list now; the rest of the shown contacts are being added. */
  private built = 0;
  /** This update's cards, made once (see ContactFinderHost.cards). */
  private cards: unknown[] = [];
  /** The result list as of the last update, while its cards are being added. */
  private listView?: ContactFinderHost;
  /** Adding the cards of the last update (see CARDS_MS). */
  private adding?: Promise<void>;
  /** Building the index of the content. */
  private indexing?: Promise<void>;
  /** A link on this page set the filters (e.g. the letter's "find help"): show the result. */
  private readonly onHash = () => {
    if (this.applyHash()) {
      this.scrollIntoView({ block: 'start' });
      this.focusAfterUpdate = `${this.uid}-count`;
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.results.slot = 'results';
    this.results.className = 'wegwijs-contact-finder__results';
    if (this.results.parentNode !== this) this.append(this.results);
    void loadData().then(async (lib) => {
      this.lib = lib;
      const root = this.renderRoot as ShadowRoot;
      const { elementStyles } = this.constructor as typeof WegwijsContactFinder;
      adoptStyles(root, [...elementStyles, lib.styles]);
      if (!this.hashRead) {
        this.hashRead = true;
        this.applyHash();
      }
      lib.adoptLightStyles(this, lib.resultsSheet());
      this.requestUpdate();
      if (this.pictograms.size === 0) {
        // One update when all have arrived, not one per pictogram: each update renders the
        // form and the result list again (issue 23: long tasks on a slow phone). Asked for in
        // a task of their own: eight imports are not nothing on a slow phone, and the place
        // of each pictogram is kept until it comes.
        await lib.yieldToMain();
        void Promise.allSettled(
          lib.TOPICS.map((topic) =>
            lib.loadTopicPictogram(topic).then((p) => {
              if (p) this.pictograms.set(topic, p);
            }),
          ),
        ).then(() => this.requestUpdate());
      }
    });
    window.addEventListener('hashchange', this.onHash);
    void defineCoreElements().catch(() => undefined); // the read-aloud buttons of the contacts
    this.clockTimer = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    clearInterval(this.clockTimer);
    clearTimeout(this.announceTimer);
  }

  /** An update is complete once its content is indexed and its cards are all in the list. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.indexing || this.adding) {
      await (this.indexing ?? this.adding);
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  /** Resolves when content is loaded, checked, indexed and rendered (tests, hosts). */
  async whenReady(): Promise<void> {
    await this.updateComplete;
    await this.content.loaded;
    await loadData();
    await this.updateComplete;
    await this.updateComplete;
  }

  private get clock() {
    return this.lib!.dutchClock(this.now ?? new Date());
  }

  /** Returns true when the hash set filters. */
  private applyHash(): boolean {
    if (this.noHash || !this.lib) return false; // read once the lazy chunk is here (nothing to filter before)
    const fromHash = this.lib.readHash();
    if (!Object.keys(fromHash).length) return false;
    this.setFilters(fromHash, false);
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.content.setSrc(this.src);
    const presets = ['language', 'topic', 'postcode', 'query', 'openNow'] as const;
    const changedPresets = presets.filter((key) => changed.has(key));
    if (changedPresets.length) {
      const next = { ...this.filters };
      for (const key of changedPresets) (next as Record<string, unknown>)[key] = this[key];
      this.filters = next;
    }
    if (!this.hasUpdated) this.shown = this.pageSize;
    const raw = this.content.data;
    const lib = this.lib;
    if (lib && raw && (raw !== this.indexed || this.holidays !== this.holidaysIndexed)) {
      const holidays = this.holidays.split(/[\s,]+/).filter(Boolean);
      this.indexed = raw;
      this.holidaysIndexed = this.holidays;
      // Indexed in slices that yield to the browser (no long task, issue 23), then shown.
      const indexing = lib
        .indexInSlices(raw, holidays, this.localeController.uiLocale)
        .then(({ index, problems }) => {
          if (this.indexed !== raw) return; // other content arrived meanwhile
          this.index = index;
          this.directory = raw;
          // By code: worded when read (the element loads the message table only for them).
          this.reportProblems('contacts', problems);
          this.announce(0);
          this.requestUpdate();
        })
        .finally(() => {
          if (this.indexing === indexing) this.indexing = undefined;
        });
      this.indexing = indexing;
    }
    this.failed = this.content.status === 'failed';
    if (this.index && !this.failed) this.result = this.index.filter(this.query_());
  }

  private query_() {
    const f = this.filters;
    const postcode = this.lib!.readPostcodeInput(f.postcode);
    return {
      language: f.language,
      topic: f.topic,
      query: f.query,
      postcode: typeof postcode === 'string' ? undefined : postcode,
      openAt: f.openNow ? this.clock : undefined,
    };
  }

  private setFilters(changes: Partial<Filters>, user = true): void {
    this.filters = { ...this.filters, ...changes };
    this.shown = this.pageSize;
    if (user) this.announce();
    this.shared = undefined;
    if (!this.noHash) this.lib?.writeHash(this.filters, this.sharedKeys());
    void this.updateComplete.then(() =>
      this.dispatchEvent(new WegwijsContactFilterEvent(this.filters, this.result?.ids.length ?? 0)),
    );
  }

  /** The number found, said politely once typing pauses. */
  private announce(delay = 600): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.announceText();
    }, delay);
  }

  private countText(): string {
    return this.lib?.countText(this.result?.ids.length ?? 0) ?? '';
  }

  /** What is announced: the count, after "not in our municipality" when that applies. */
  private announceText(): string {
    const count = this.countText();
    return this.outside() ? `${this.lib!.outsideText()} ${count}` : count;
  }

  /** A valid postcode outside the municipality's area (#26). */
  private outside(): boolean {
    if (!this.lib || !this.index) return false;
    const postcode = this.lib.readPostcodeInput(this.filters.postcode);
    return typeof postcode !== 'string' && !this.index.inArea(postcode);
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    const name = target.name as keyof Filters;
    if (!name) return;
    this.setFilters({ [name]: target.type === 'checkbox' ? target.checked : target.value });
  }

  private widen(changes: Partial<Filters>): void {
    this.setFilters(changes);
    this.focusAfterUpdate = `${this.uid}-count`;
  }

  private showMore(): void {
    this.focusAfterUpdate = `${this.uid}-c${this.shown}`;
    this.shown += this.pageSize;
  }

  /**
   * Shares the filtered list (the filters named in `share`) or one contact (found by its
   * name): the share sheet, or the link copied with a visible and announced confirmation.
   */
  private async shareFilters(key: string, contact?: Contact): Promise<void> {
    const lib = this.lib!;
    const url = contact
      ? lib.shareUrl({ ...this.filters, query: contact.name }, ['query'])
      : lib.shareUrl(this.filters, this.sharedKeys());
    const { shareLink } = await import('./share.js');
    const outcome = await shareLink(url, contact?.name ?? document.title);
    if (outcome === 'copied' || outcome === 'failed') {
      this.shared = { key, outcome, url };
      this.announcement = outcome === 'copied' ? lib.copiedText() : '';
    }
  }

  private sharedKeys(): SharedFilter[] {
    return this.share.split(/\s+/).map((k) => (k === 'open' ? 'openNow' : k)) as SharedFilter[];
  }

  private async saveCard(contact: Contact): Promise<void> {
    const { downloadVCard } = await import('./vcard.js');
    downloadVCard(contact, this.localeController.locale);
  }

  /** What the lazy views may use (see host.ts); undefined until contacts are loaded and indexed. */
  private view(): ContactFinderHost | undefined {
    const { index, result, lib } = this;
    if (!index || !result || !lib || this.failed) return undefined;
    return {
      id: this.uid,
      filters: this.filters,
      index,
      result,
      helpline: this.directory?.helpline,
      pictograms: this.pictograms,
      shown: this.shown,
      built: this.built,
      cards: this.cards,
      level: Math.min(5, Math.max(2, this.headingLevel)),
      localeInfo: this.localeController,
      clock: this.clock,
      count: this.countText(),
      outside: this.outside(),
      onInput: (event: Event) => this.onInput(event),
      widen: (changes: Partial<Filters>) => this.widen(changes),
      showMore: () => this.showMore(),
      saveCard: (contact: Contact) => void this.saveCard(contact),
      shared: this.shared,
      onShare: (key: string, contact?: Contact) => void this.shareFilters(key, contact),
    };
  }

  override render() {
    const { uiLocale, dir } = this.localeController;
    const view = this.view();
    return html`${this.renderEditorNotice()}
      <div part="base" lang=${uiLocale} dir=${dir}>
        ${
          this.failed
            ? this.renderFallback()
            : view
              ? this.lib!.renderForm(view)
              : html`<p>${msg('Contacten laden…')}</p>`
        }
        <div class="visually-hidden" role="status">${this.announcement}</div>
        <slot name="results"></slot>
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Cards already in the list are updated where they are; new ones come in later frames,
    // except the first after cards already shown (the one "show more" moves the focus to). A
    // first list so comes a frame after the form, in tasks of its own.
    this.cards = [];
    let view = this.view();
    this.built = Math.min(this.listed(view), this.built && this.built + 1);
    if (view) view = { ...view, built: this.built };
    this.listView = view;
    this.renderList(view);
    if (this.focusAfterUpdate) {
      this.results.querySelector<HTMLElement>(`[id="${this.focusAfterUpdate}"]`)?.focus();
      this.focusAfterUpdate = undefined;
    }
    if (view && this.built < this.listed(view)) this.adding ??= this.addCards();
  }

  /** How many cards the list shows when complete. */
  private listed(view: ContactFinderHost | undefined): number {
    return view ? Math.min(view.shown, view.result.ids.length) : 0;
  }

  private renderList(view: ContactFinderHost | undefined): void {
    render(view ? this.lib!.renderResults(view) : nothing, this.results, { host: this });
  }

  /** Adds the cards still missing, a slice per frame, to the list of the latest update. */
  private async addCards(): Promise<void> {
    try {
      for (;;) {
        await this.lib!.afterNextFrame();
        const view = this.listView;
        if (!view || !this.isConnected || this.built >= this.listed(view)) return;
        const start = performance.now();
        do this.renderList({ ...view, built: ++this.built });
        while (this.built < this.listed(view) && performance.now() - start < CARDS_MS);
      }
    } finally {
      this.adding = undefined;
    }
  }
}
