import {
  LitElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { msg } from '../locale/msg.js';
import { baseStyles } from './wegwijs-element.styles.js';
import { defineElement } from './define-element.js';
import { LocaleController } from '../locale/locale-controller.js';
import { registerCatalog, type CatalogLoader } from '../locale/localization.js';
import { coreCatalog } from '../locale/translations.js';
import type { ContentProblem } from '../content/content-problem.js';
import { VERSION } from '../version.js';
import { flattenDeepMarkup } from '../content/markup-depth.js';
import { loadCheckMessages } from '../check/message-table.js';

/**
 * The base of every Wegwijs widget: safe `define()`, the page-wide locale, the editor's
 * problem report (console always; visible with `preview`) and the resident's fallback.
 */
export class WegwijsElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;
  // Static declarations instead of decorators: no decorator runtime in the up-front bundle.
  static override properties: PropertyDeclarations = { preview: { type: Boolean, reflect: true } };
  /** The Wegwijs version of this element (two copies on one page: the first one stays). */
  static readonly version: string = VERSION;
  /** The package's UI strings; subclasses set their own. */
  protected static translations?: CatalogLoader;

  /** Register this element under `tag`, unless a Wegwijs copy already did. */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  /** Shows content problems visibly inside the widget, for editors checking a page. */
  preview = false;

  protected readonly localeController = new LocaleController(this);
  private readonly problemsBySource = new Map<string, readonly ContentProblem[]>();
  private readonly reported = new Set<string>();

  override connectedCallback(): void {
    flattenDeepMarkup(this);
    registerCatalog(coreCatalog);
    const translations = (this.constructor as typeof WegwijsElement).translations;
    if (translations) registerCatalog(translations);
    super.connectedCallback();
  }

  /** Everything wrong with this widget's input, from every source. */
  get problems(): ContentProblem[] {
    return [...this.problemsBySource.values()].flat();
  }

  /**
   * Replace the problems from one source (e.g. 'content'); each is logged once. Problems carry
   * a code and are worded when read: the message table loads now, only because there is a
   * problem (a page whose content is fine never downloads it), and the notice renders again.
   */
  reportProblems(source: string, problems: readonly ContentProblem[]): void {
    this.problemsBySource.set(source, problems);
    const log = () => {
      for (const { message, severity } of problems) {
        const key = `${source}\u0000${message}`;
        if (this.reported.has(key)) continue;
        this.reported.add(key);
        (severity === 'error' ? console.error : console.warn)(`[${this.localName}] ${message}`);
      }
      this.requestUpdate();
    };
    this.requestUpdate();
    if (problems.length) void loadCheckMessages().then(log, log);
  }

  /** The visible notice for editors (only with `preview`). */
  protected renderEditorNotice(): TemplateResult | typeof nothing {
    const problems = this.problems;
    if (!this.preview || problems.length === 0) return nothing;
    return html`<div class="editor-notice" part="editor-notice" role="note">
      <strong>${msg('Melding voor de redacteur')}</strong>
      <ul>
        ${problems.map(
          (p) =>
            html`<li lang=${p.lang ?? 'nl'} dir="ltr">
              <span>${p.message}</span>${p.checkCode ? html` <code>${p.checkCode}</code>` : nothing}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** What a resident sees when content failed: a short message and the editor's markup. */
  protected renderFallback(): TemplateResult {
    return html`<div class="fallback" part="fallback" role="status">
        <p>
          ${msg(
            'Deze informatie kan nu niet worden getoond. Probeer het later opnieuw, of neem contact op met de gemeente.',
          )}
        </p>
      </div>
      <slot></slot>`;
  }
}
