/**
 * `<wegwijs-studio-letter-explainer-form>`: the letter explainer's content without JSON. The
 * editor pastes the letter; the form marks the glossary terms (`@wegwijs/glossary`) and the
 * deadlines (the widget's own deadline reader) it finds, and the editor confirms or removes
 * each; then the five answers, Dutch first with the other languages beside it. The content
 * it emits is the widget's content model (valid per `@wegwijs/letter-explainer/check` once
 * the required answers are filled). See `../contract.ts`.
 *
 * @fires wegwijs-studio-content-change - On every edit, with the new letter content.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { AnswerKey, LetterContent } from '@wegwijs/letter-explainer';
import { findDeadlines, type FoundDeadline } from '@wegwijs/letter-explainer/deadline-text';
import { StudioContentChangeEvent, type StudioForm, type StudioProblem } from '../contract.js';
import { styles } from './letter-explainer-form.styles.js';
import { formControlStyles } from '../form-controls.styles.js';
import { foundTerms, plainText, type FoundTerm } from './letter-marks.js';
import {
  confirmedTerms,
  isChosenDeadline,
  letterTextOf,
  removedTerms,
  termChoice,
  withDeadline,
  withLetter,
  type Choice,
} from './letter-state.js';
import { letterFindings } from './letter-findings.js';
import { letterAnswers } from './letter-answers.js';
import { textFields } from './text-fields.js';
import { withText } from './localized.js';

let instances = 0;

/** Nothing answered yet: the check names each missing answer (and an empty one, `letter-answer-empty`). */
const EMPTY = { answers: {} } as LetterContent;

/** `answers.what.0` and `answers[what]` both become `answers.what`; `letter[2]` stays. */
const dotted = (path: string) => path.replace(/\["?([\w-]+)"?\]/g, '.$1').replace(/^\./, '');

export class WegwijsStudioLetterExplainerForm
  extends LitElement
  implements StudioForm<LetterContent>
{
  static override styles = [formControlStyles, styles];
  static override properties = {
    content: { attribute: false },
    languages: { attribute: false },
    problems: { attribute: false },
    text: { state: true },
    dismissed: { state: true },
  };

  content: LetterContent = EMPTY;
  languages: string[] = ['nl'];
  problems: StudioProblem[] = [];

  readonly uid = `wsf-letter-${++instances}`;
  /** The letter as the editor typed it (the content holds it as marked paragraphs). */
  text = '';
  plain = '';
  terms: FoundTerm[] = [];
  deadlines: FoundDeadline[] = [];
  /** Found deadlines the editor said not to use (not part of the content). */
  private dismissed = new Set<string>();
  /** The content this form last emitted: another one comes from the shell (a draft, a file). */
  private emitted?: LetterContent;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content') && this.content !== this.emitted) {
      this.content ??= EMPTY;
      this.text = letterTextOf(this.content);
    }
    if (changed.has('content') || changed.has('text')) {
      this.plain = plainText(this.text);
      this.terms = foundTerms(this.plain);
      this.deadlines = findDeadlines(this.plain);
    }
  }

  problemsAt(path: string): StudioProblem[] {
    return (this.problems ?? []).filter((p) => dotted(p.path) === path);
  }

  private change(content: LetterContent): void {
    this.emitted = content;
    this.content = content;
    this.dispatchEvent(new StudioContentChangeEvent<LetterContent>(content));
  }

  termChoice(id: string): Choice {
    return termChoice(this.content, id);
  }

  chooseTerm(id: string, choice: Choice): void {
    const confirmed = confirmedTerms(this.content);
    const removed = removedTerms(this.content);
    confirmed.delete(id);
    removed.delete(id);
    if (choice === 'confirmed') confirmed.add(id);
    if (choice === 'removed') removed.add(id);
    this.change(withLetter(this.content, this.text, confirmed, removed));
  }

  private keyOf = (found: FoundDeadline) => `${found.index}|${found.phrase}`;

  deadlineChoice(found: FoundDeadline): Choice {
    if (isChosenDeadline(this.content, found)) return 'confirmed';
    return this.dismissed.has(this.keyOf(found)) ? 'removed' : 'open';
  }

  /** The deadline's calendar title as typed, kept when the deadline is dropped: using it again brings it back. */
  private keptDeadlineLabel?: NonNullable<LetterContent['deadline']>['label'];

  chooseDeadline(found: FoundDeadline, choice: Choice): void {
    const dismissed = new Set(this.dismissed);
    dismissed.delete(this.keyOf(found));
    if (choice === 'removed') dismissed.add(this.keyOf(found));
    this.dismissed = dismissed;
    if (choice === 'confirmed')
      this.change(withDeadline(this.content, found, this.keptDeadlineLabel));
    else if (isChosenDeadline(this.content, found)) {
      this.keptDeadlineLabel = this.content.deadline?.label ?? this.keptDeadlineLabel;
      this.change(withDeadline(this.content, undefined));
    }
  }

  private letterInput(e: Event): void {
    this.text = (e.target as HTMLTextAreaElement).value;
    this.change(
      withLetter(this.content, this.text, confirmedTerms(this.content), removedTerms(this.content)),
    );
  }

  setAnswer(key: AnswerKey, lang: string, text: string): void {
    const answers = { ...this.content.answers } as Record<string, unknown>;
    const value = withText(this.content.answers?.[key], lang, text);
    // An emptied answer is taken out, so the check names it as missing.
    if (value === undefined) delete answers[key];
    else answers[key] = value;
    this.change({ ...this.content, answers: answers as LetterContent['answers'] });
  }

  setMachineTranslated(lang: string, machine: boolean): void {
    const langs = new Set(this.content.machineTranslated ?? []);
    if (machine) langs.add(lang);
    else langs.delete(lang);
    const next: LetterContent = { ...this.content, machineTranslated: [...langs] };
    if (!langs.size) delete next.machineTranslated;
    this.change(next);
  }

  private setObjection(objection: boolean): void {
    const next: LetterContent = { ...this.content, objection };
    if (!objection) delete next.objection;
    this.change(next);
  }

  private setTitle(lang: string, text: string): void {
    const next = { ...this.content, title: withText(this.content.title, lang, text) };
    if (next.title === undefined) delete next.title;
    this.change(next);
  }

  private setDeadlineLabel(lang: string, text: string): void {
    if (!this.content.deadline) return;
    const deadline = {
      ...this.content.deadline,
      label: withText(this.content.deadline.label, lang, text),
    };
    if (deadline.label === undefined) delete deadline.label;
    this.change({ ...this.content, deadline });
  }

  /** Problems no field shows (the file as a whole, the image, the help…). */
  private otherProblems() {
    const shown =
      /^(answers\.\w+(\.[\w-]+)?|title(\.[\w-]+)?|deadline(\.label)?(\.[\w-]+)?|letter(\.\d+)?)$/;
    const rest = (this.problems ?? []).filter((p) => !shown.test(dotted(p.path)));
    return rest.length
      ? html`<ul class="problems">
          ${rest.map((p) => html`<li class=${p.severity}>${p.path ? `${p.path}: ` : ''}${p.message}</li>`)}
        </ul>`
      : nothing;
  }

  private letterField() {
    const id = `${this.uid}-letter`;
    const problems = (this.problems ?? []).filter((p) => /^letter(\.\d+)?$/.test(dotted(p.path)));
    const deadlineProblems = this.problemsAt('deadline');
    return html`<div class="field">
        <label for=${id}>${msg('Tekst van de brief', { id: 'studio-letter-text' })}</label>
        <p class="hint" id="${id}-hint">
          ${msg('Plak de tekst van de brief. Laat een witregel tussen de alinea’s.', {
            id: 'studio-letter-text-hint',
          })}
        </p>
        <textarea
          id=${id}
          class="letter"
          lang="nl"
          dir="ltr"
          aria-describedby="${id}-hint${problems.length ? ` ${id}-problems` : ''}"
          .value=${this.text}
          @input=${this.letterInput}
        ></textarea>
        ${
          problems.length
            ? html`<ul class="problems" id="${id}-problems">
                ${problems.map((p) => html`<li class=${p.severity}>${p.message}</li>`)}
              </ul>`
            : nothing
        }
      </div>
      ${letterFindings(this)}
      ${
        deadlineProblems.length
          ? html`<ul class="problems">
              ${deadlineProblems.map((p) => html`<li class=${p.severity}>${p.message}</li>`)}
            </ul>`
          : nothing
      }
      ${
        this.content.deadline
          ? textFields(this, {
              path: 'deadline.label',
              label: msg('Wat moet er voor die datum klaar zijn?', {
                id: 'studio-letter-deadline-label',
              }),
              value: this.content.deadline.label,
              hint: msg('Bijvoorbeeld: Bezwaar maken. Dit wordt de titel in de agenda.', {
                id: 'studio-letter-deadline-label-hint',
              }),
              onInput: (lang, text) => this.setDeadlineLabel(lang, text),
            })
          : nothing
      }
      <div class="choice">
        <input
          type="checkbox"
          id="${this.uid}-objection"
          aria-describedby="${this.uid}-objection-hint"
          .checked=${!!this.content.objection}
          @change=${(e: Event) => this.setObjection((e.target as HTMLInputElement).checked)}
        /><label for="${this.uid}-objection"
          >${msg('Tegen deze brief kan de inwoner bezwaar maken', { id: 'studio-letter-objection' })}</label
        >
      </div>
      <p class="hint" id="${this.uid}-objection-hint">
        ${msg('De uitleg toont dan in stappen wat er in een bezwaar moet staan.', {
          id: 'studio-letter-objection-hint',
        })}
      </p>`;
  }

  protected override render() {
    return html`${this.otherProblems()}
      <section aria-labelledby="${this.uid}-letter-heading">
        <h3 id="${this.uid}-letter-heading">${msg('De brief', { id: 'studio-letter-heading' })}</h3>
        ${textFields(this, {
          path: 'title',
          label: msg('Titel', { id: 'studio-letter-title' }),
          value: this.content.title,
          onInput: (lang, text) => this.setTitle(lang, text),
        })}
        ${this.letterField()}
      </section>
      ${letterAnswers(this)}`;
  }
}
