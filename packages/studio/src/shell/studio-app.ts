/**
 * Studio's shell: the widget choice, the draft (on this device only), the municipality profile,
 * the working languages, the widget's form, the live check, the preview and the snippet. The
 * form edits the content; the shell owns everything around it (see `../forms/contract.ts`).
 */
import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { msg } from '@wegwijs/core/locale/msg';
import type { Profile, WidgetCheck } from '@wegwijs/core/check';
import { CONTENT_CHANGE, type StudioProblem } from '../forms/contract.js';
import { FORMS, formFor, type FormEntry } from '../forms/registry.js';
import { readDraft, writeDraft } from '../drafts.js';
import { dottedPath } from '../checks/paths.js';
import { missingPerLanguage } from '../checks/missing.js';
import { setStudioLocale, storedStudioLocale, type StudioLocale } from '../localization.js';
import { DEFAULT_SETTINGS, type Draft, type Settings } from './state.js';
import { renderStart } from './start-panel.js';
import { renderProfile } from './profile-panel.js';
import { renderLanguages } from './languages-panel.js';
import { renderChecks } from './checks-panel.js';
import { postPreview, renderPreview } from './preview-panel.js';
import { renderOutput } from './output-panel.js';

@customElement('wegwijs-studio-app')
export class WegwijsStudioApp extends LitElement {
  @state() locale: StudioLocale = storedStudioLocale();
  @state() settings: Settings = { ...DEFAULT_SETTINGS, ...readDraft<Settings>('settings') };
  @state() profile: Profile = readDraft<Profile>('profile') ?? {};
  @state() draft: Draft = { content: undefined, languages: ['nl'] };
  @state() problems: StudioProblem[] = [];
  @state() missing = new Map<string, string[]>();
  @state() checked = false;
  /** Said by the live region: saved, imported, copied… */
  @state() notice = '';
  @state() formReady = false;
  check?: WidgetCheck;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    void setStudioLocale(this.locale).then(() => this.rerenderAll());
    void this.openWidget(this.settings.widget);
    this.addEventListener(CONTENT_CHANGE, (e) => {
      this.setContent((e as CustomEvent<{ content: unknown }>).detail.content);
    });
    window.addEventListener('message', this.onFrameMessage);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onFrameMessage);
  }

  /** The preview frame says it is ready, or how tall the widget is. */
  private onFrameMessage = (event: MessageEvent<{ type?: string; height?: number }>) => {
    const frame = this.querySelector<HTMLIFrameElement>('#preview-frame');
    if (event.origin !== location.origin || !frame || event.source !== frame.contentWindow) return;
    if (event.data?.type === 'wegwijs-studio:preview-ready') postPreview(this);
    if (
      event.data?.type === 'wegwijs-studio:preview-height' &&
      typeof event.data.height === 'number'
    )
      frame.style.blockSize = `${Math.min(Math.max(event.data.height, 200), 4000)}px`;
  };

  private previewTimer?: ReturnType<typeof setTimeout>;
  /** The preview follows when typing pauses: rebuilding the widget on every key is wasted. */
  protected override updated() {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => postPreview(this), 300);
  }

  get form(): FormEntry {
    return formFor(this.settings.widget);
  }

  async toggleLocale() {
    this.locale = this.locale === 'nl' ? 'en' : 'nl';
    await setStudioLocale(this.locale);
    this.rerenderAll();
  }

  /** Every element of Studio renders its strings again (they change only with a property). */
  private rerenderAll() {
    this.requestUpdate();
    for (const el of this.querySelectorAll<HTMLElement & { requestUpdate?: () => void }>('*'))
      el.requestUpdate?.();
  }

  setSettings(change: Partial<Settings>) {
    this.settings = { ...this.settings, ...change };
    writeDraft('settings', this.settings);
  }

  setProfile(profile: Profile) {
    this.profile = profile;
    writeDraft('profile', profile);
    this.runCheck();
  }

  /** Switch widget: its own draft (or a new one), never the previous widget's content. */
  async openWidget(widget: string) {
    const entry = formFor(widget);
    this.setSettings({ widget: entry.widget });
    this.formReady = false;
    const saved = readDraft<Draft>(`draft:${entry.widget}`);
    this.draft = saved ?? { content: entry.empty(), languages: ['nl'] };
    const [check] = await Promise.all([entry.check(), entry.load()]);
    if (this.settings.widget !== entry.widget) return;
    this.check = check;
    this.formReady = true;
    this.runCheck();
  }

  setContent(content: unknown, notice = '') {
    this.draft = { ...this.draft, content };
    this.save(notice);
    this.runCheck();
  }

  setLanguages(languages: string[]) {
    const list = ['nl', ...languages.filter((l) => l !== 'nl')];
    this.draft = { ...this.draft, languages: list };
    if (!list.includes(this.settings.previewLang)) this.setSettings({ previewLang: 'nl' });
    this.save();
    this.runCheck();
  }

  /** Start again from the OCO pack, the example or nothing (the languages follow the content). */
  start(content: unknown, notice: string) {
    const found = new Set<string>(this.form.versions?.languages(content) ?? ['nl']);
    for (const t of this.check?.texts(content) ?? [])
      if (typeof t.value === 'object') Object.keys(t.value).forEach((l) => found.add(l));
    this.draft = { content, languages: [...found] };
    this.setContent(content, notice);
  }

  private save(notice = '') {
    const ok = writeDraft(`draft:${this.settings.widget}`, this.draft);
    this.notice = ok
      ? notice || msg('Concept bewaard op dit apparaat.')
      : msg(
          'Het concept kon niet worden bewaard: de opslag van deze browser is vol of uitgeschakeld.',
        );
  }

  private timer?: ReturnType<typeof setTimeout>;
  /** The widget's own check; the summary in the live region waits until typing pauses. */
  runCheck() {
    if (!this.check) return;
    const result = this.check.check(this.draft.content, { profile: this.profile });
    this.problems = result.problems.map((p) => ({
      path: dottedPath(p.path),
      message: p.message,
      severity: p.severity,
    }));
    this.missing =
      this.form.versions?.missing(this.draft.content, this.draft.languages) ??
      missingPerLanguage(this.check.texts(this.draft.content), this.draft.languages);
    this.checked = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.checked = true), 600);
  }

  protected override render() {
    const entry = this.form;
    const Tag = entry.tag;
    return html`<a class="skip-link" href="#main">${msg('Naar de inhoud')}</a>
      <header class="studio-header">
        <p class="studio-name">Wegwijs Studio</p>
        <button
          type="button"
          class="locale-toggle"
          lang=${this.locale === 'nl' ? 'en' : 'nl'}
          @click=${() => this.toggleLocale()}
        >
          ${this.locale === 'nl' ? 'English' : 'Nederlands'}
        </button>
      </header>
      <main id="main" tabindex="-1">
        <h1>${msg('Inhoud maken voor Wegwijs')}</h1>
        <p class="intro">
          ${msg('Alles wat u hier doet, blijft in deze browser. Er gaat niets naar een server.')}
        </p>
        ${renderStart(this)} ${renderProfile(this)} ${renderLanguages(this)}
        <div class="workspace">
          <section class="panel" aria-labelledby="form-heading">
            <h2 id="form-heading">${msg('Inhoud bewerken')}: ${entry.label()}</h2>
            ${
              this.formReady
                ? html`${this.renderForm(Tag)}`
                : html`<p>${msg('Het formulier wordt geladen…')}</p>`
            }
          </section>
          <div class="beside">${renderChecks(this)} ${renderPreview(this)}</div>
        </div>
        ${renderOutput(this)}
      </main>
      <p class="visually-hidden" role="status" aria-live="polite">${this.notice}</p>`;
  }

  /** The form element of the widget, by its tag (a static html tag cannot hold a variable). */
  private renderForm(tag: string) {
    let el = this.querySelector<HTMLElement & Record<string, unknown>>(`#form-slot > ${tag}`);
    if (!el) el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
    el.content = this.draft.content;
    el.languages = this.draft.languages;
    el.problems = this.problems;
    return html`<div id="form-slot">${el}</div>`;
  }
}

export { FORMS };

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-studio-app': WegwijsStudioApp;
  }
}
