/**
 * Loads a widget's content, shared by all widgets, in this order:
 *   1. an inline `<script type="application/json">` child,
 *   2. the `src` URL (JSON by default; a widget may parse other formats, e.g. CSV),
 *   3. the editor's light-DOM markup (also the fallback when 1 or 2 fail).
 * Problems go to the host's editor report; the resident never gets a blank widget.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { coded, type ContentProblem } from './content-problem.js';
import { loadCheckMessages } from '../check/message-table.js';
import { fetchContent, parseJson, type FetchOptions } from './fetch-content.js';

export type ContentOrigin = 'inline' | 'src' | 'markup';
export type ContentStatus = 'loading' | 'ready' | 'failed';

export interface Validated<T> {
  data?: T;
  problems: ContentProblem[];
}

export interface ContentOptions<T> extends Omit<FetchOptions, 'signal'> {
  /**
   * Check raw data (from JSON or markup); may repair or skip parts and report them. May be
   * async, so a widget can load its schema code in parallel with its content instead of up front.
   */
  validate(raw: unknown, origin: ContentOrigin): Validated<T> | Promise<Validated<T>>;
  /** Read the editor's markup into raw data; undefined when the widget holds none. */
  fromMarkup?(host: HTMLElement): unknown;
  /** Turn a fetched file into raw data; JSON unless the widget knows better (CSV). */
  parseText?(text: string, url: string): Promise<Validated<unknown>> | Validated<unknown>;
}

export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  /** Takes the problems of a load and requests an update (as WegwijsElement does). */
  reportProblems(source: string, problems: readonly ContentProblem[]): void;
}

export class ContentController<T> implements ReactiveController {
  status: ContentStatus = 'loading';
  data?: T;
  origin?: ContentOrigin;
  problems: ContentProblem[] = [];
  /** Overrides the options' timeout (e.g. from a widget attribute). */
  timeoutMs?: number;
  /** Resolves when the current load has settled (tests and `updateComplete` users). */
  loaded: Promise<void> = Promise.resolve();

  private src: string | null | undefined;
  private abort?: AbortController;
  private started = false;
  private pending = false;

  constructor(
    private readonly host: ContentHost,
    private readonly options: ContentOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Start in the first update, after the host's willUpdate has passed its `src`.
    if (!this.started) {
      this.pending = true;
      this.host.requestUpdate();
    }
  }

  hostUpdate(): void {
    if (!this.pending) return;
    this.pending = false;
    this.load();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.started = false;
    this.pending = false;
  }

  /** Call from the host's `willUpdate` when `src` changed. */
  setSrc(src: string | null | undefined): void {
    if (src === this.src) return;
    this.src = src;
    if (this.started && this.host.isConnected) this.load();
  }

  reload(): void {
    this.load();
  }

  private load(): void {
    this.started = true;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'loading';
    this.host.requestUpdate();
    // A checker that throws (a bug) must not leave the widget on "loading": the editor hears
    // why, the resident gets the fallback.
    this.loaded = this.run(abort.signal).catch(async (error: unknown) => {
      const failed = coded('content', 'content-check-failed', { params: { error: String(error) } });
      await loadCheckMessages().catch(() => undefined);
      if (!abort.signal.aborted) this.settle({}, [failed]);
    });
  }

  private async run(signal: AbortSignal): Promise<void> {
    const problems: ContentProblem[] = [];
    let result: { data?: T; origin?: ContentOrigin } = {};

    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    if (inline) {
      const parsed = parseJson(inline.textContent ?? '', INLINE);
      if (parsed.ok) result = await this.check(parsed.value, 'inline', problems);
      else problems.push(parsed.problem);
    } else if (this.src) {
      const timeoutMs = this.timeoutMs ?? this.options.timeoutMs;
      const fetched = await fetchContent(this.src, { ...this.options, timeoutMs, signal });
      if (signal.aborted) return;
      if (fetched.ok) {
        const parsed = this.options.parseText
          ? await this.options.parseText(fetched.text, this.src)
          : toValidated(parseJson(fetched.text, `src "${this.src}"`));
        if (signal.aborted) return;
        problems.push(...parsed.problems);
        if (parsed.data !== undefined) result = await this.check(parsed.data, 'src', problems);
      } else {
        problems.push(fetched.problem);
      }
    }

    if (result.data === undefined && this.options.fromMarkup) {
      const raw = this.options.fromMarkup(this.host);
      if (raw !== undefined) result = await this.check(raw, 'markup', problems);
    }
    if (result.data === undefined && problems.length === 0)
      problems.push(coded('empty', 'content-none'));

    // Problems are worded when read, from a table loaded only now that there are some (a page
    // whose content is fine never downloads it): `loaded` resolves once they can be worded.
    if (problems.length) await loadCheckMessages().catch(() => undefined);
    if (signal.aborted) return; // a newer src took over while validating
    this.settle(result, problems);
  }

  private settle(result: { data?: T; origin?: ContentOrigin }, problems: ContentProblem[]): void {
    this.data = result.data;
    this.origin = result.origin;
    this.problems = problems;
    this.status = result.data === undefined ? 'failed' : 'ready';
    this.host.reportProblems('content', problems); // also renders the result
  }

  private async check(
    raw: unknown,
    origin: ContentOrigin,
    problems: ContentProblem[],
  ): Promise<{ data?: T; origin?: ContentOrigin }> {
    // Problems carry their code and are worded when read (the host loads the message table).
    const checked = await this.options.validate(raw, origin);
    problems.push(...checked.problems);
    return checked.data === undefined ? {} : { data: checked.data, origin };
  }
}

const INLINE = '<script type="application/json">';

function toValidated(parsed: ReturnType<typeof parseJson>): Validated<unknown> {
  return parsed.ok ? { data: parsed.value, problems: [] } : { problems: [parsed.problem] };
}
