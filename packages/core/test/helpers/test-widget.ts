// A minimal real widget built on core, the way every Wegwijs widget is: used to test the base
// class, the content loader and the page-wide locale without depending on a widget package.
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import * as v from 'valibot';
import {
  ContentController,
  WegwijsElement,
  resolveText,
  type ContentOrigin,
} from '../../src/index.js';
import { localizedTextSchema, validate } from '../../src/validation.js';

const schema = v.object({
  title: localizedTextSchema,
  steps: v.array(v.object({ title: localizedTextSchema })),
});
export type TestContent = v.InferOutput<typeof schema>;

export class TestWidget extends WegwijsElement {
  @property() src?: string;
  @property({ type: Number, attribute: 'timeout' }) timeout = 10_000;

  readonly content: ContentController<TestContent> = new ContentController<TestContent>(this, {
    validate: (raw: unknown) => validate(schema, raw),
    fromMarkup: (host) => {
      const heading = host.querySelector(':scope > h2');
      if (!heading) return undefined;
      return {
        title: heading.textContent?.trim(),
        steps: [...host.querySelectorAll(':scope > ol > li')].map((li) => ({
          title: li.textContent?.trim(),
        })),
      };
    },
  });

  lastOrigin?: ContentOrigin;

  protected override willUpdate(): void {
    this.content.timeoutMs = this.timeout;
    this.content.setSrc(this.src);
  }

  override render() {
    const { locale, uiLocale, dir } = this.localeController;
    const data = this.content.data;
    if (this.content.status === 'loading') return html`<p>…</p>`;
    if (!data) return html`${this.renderEditorNotice()}${this.renderFallback()}`;
    const title = resolveText(data.title, locale);
    return html`${this.renderEditorNotice()}
      <div part="base" lang=${uiLocale} dir=${dir}>
        <h2 lang=${title?.lang ?? ''} dir=${title?.dir ?? 'ltr'}>${title?.text}</h2>
        <ol>
          ${data.steps.map((step) => {
            const text = resolveText(step.title, locale);
            return html`<li lang=${text?.lang ?? ''} dir=${text?.dir ?? 'ltr'}>${text?.text}</li>`;
          })}
        </ol>
      </div>`;
  }
}
TestWidget.define('test-widget');

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}

export async function settled(widget: TestWidget): Promise<void> {
  await widget.updateComplete;
  await widget.content.loaded;
  await widget.updateComplete;
}
