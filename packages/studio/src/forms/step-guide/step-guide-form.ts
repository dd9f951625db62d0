/**
 * The step guide's form (`<wegwijs-studio-step-guide-form>`, see `../contract.ts`): the route's
 * title, and per step its title, text, pictogram, "what to bring" list, action button (call,
 * WhatsApp, link) and relation to the next step. Steps are added, moved (buttons, so the
 * keyboard can do it) and removed; after a move the focus stays on the button that moved it.
 */
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@wegwijs/core/locale/msg';
import type { Route, Step } from '@wegwijs/step-guide';
import { StudioContentChangeEvent, type StudioForm, type StudioProblem } from '../contract.js';
import { concerns } from '../../checks/paths.js';
import '../text-field.js';
import './pictogram-picker.js';
import {
  actionKind,
  addStep,
  moveStep,
  removeStep,
  whatsappHref,
  whatsappNumber,
  withActionKind,
  withStep,
  type ActionKind,
} from './route-edits.js';

type Change = CustomEvent<{ value: unknown }>;

export class WegwijsStudioStepGuideForm extends LitElement implements StudioForm<Route> {
  @property({ attribute: false }) content: Route = { steps: [] };
  @property({ attribute: false }) languages: string[] = ['nl'];
  @property({ attribute: false }) problems: StudioProblem[] = [];
  /** Said by the live region after a move or removal. */
  private announcement = '';
  /**
   * A WhatsApp number as typed, while its field has the focus: the content keeps the wa.me
   * address, and showing that back as "+31…" under the caret at every key garbled the number
   * ("0031 6…" became "+31031 6…"). Shown normalised once the field is left.
   */
  private typing = new Map<string, string>();

  protected override createRenderRoot() {
    return this;
  }

  private emit(route: Route, focus?: string) {
    this.dispatchEvent(new StudioContentChangeEvent(route));
    if (focus)
      void this.updateComplete.then(() =>
        requestAnimationFrame(() => this.querySelector<HTMLElement>(focus)?.focus()),
      );
  }

  private get steps(): Step[] {
    return Array.isArray(this.content?.steps) ? this.content.steps : [];
  }

  private setStep(index: number, step: Step, focus?: string) {
    this.emit(withStep({ ...this.content, steps: this.steps }, index, step), focus);
  }

  private field(index: number, step: Step, key: 'title' | 'text') {
    return (e: Change) => this.setStep(index, { ...step, [key]: e.detail.value });
  }

  private move(index: number, by: -1 | 1) {
    const to = index + by;
    this.announcement = msg(str`Stap ${index + 1} is nu stap ${to + 1}.`);
    const which =
      by < 0 && to > 0
        ? 'up'
        : by > 0 && to < this.steps.length - 1
          ? 'down'
          : by < 0
            ? 'down'
            : 'up';
    this.emit(moveStep({ ...this.content, steps: this.steps }, index, by), `#step-${to}-${which}`);
  }

  private deleteStep(index: number) {
    this.announcement = msg(str`Stap ${index + 1} is verwijderd.`);
    const left = this.steps.length - 1;
    this.emit(
      removeStep({ ...this.content, steps: this.steps }, index),
      left ? `#step-${Math.min(index, left - 1)}-heading` : '#add-step',
    );
  }

  private add() {
    this.announcement = msg(str`Stap ${this.steps.length + 1} is toegevoegd.`);
    this.emit(
      addStep({ ...this.content, steps: this.steps }),
      `#steps\\.${this.steps.length}\\.title-nl`,
    );
  }

  private problemsAt(path: string) {
    return this.problems.filter((p) => concerns(p.path, path));
  }

  private ownProblems(path: string) {
    const here = this.problems.filter((p) => p.path === path);
    return here.length
      ? html`<ul class="problems">
          ${here.map((p) => html`<li class=${p.severity}>${p.message}</li>`)}
        </ul>`
      : nothing;
  }

  private renderAction(index: number, step: Step) {
    const kind = actionKind(step.action);
    const base = `steps.${index}.action`;
    const kinds: [ActionKind, string][] = [
      ['none', msg('Geen knop')],
      ['call', msg('Bellen')],
      ['whatsapp', msg('WhatsApp')],
      ['link', msg('Link naar een website')],
    ];
    const action = step.action ?? {};
    return html`<fieldset class="action">
      <legend>${msg('Knop: wat kan de bewoner nu doen?')}</legend>
      <div class="choices">
        ${kinds.map(
          ([value, label]) =>
            html`<label class="choice"
              ><input
                type="radio"
                name=${`${base}-kind`}
                .value=${value}
                .checked=${kind === value}
                @change=${() => this.setStep(index, withActionKind(step, value))}
              />${label}</label
            >`,
        )}
      </div>
      ${
        kind === 'none'
          ? nothing
          : html`<wegwijs-studio-text-field
                label=${msg('Woorden op de knop')}
                path=${`${base}.label`}
                .value=${action.label}
                .languages=${this.languages}
                .problems=${this.problemsAt(`${base}.label`)}
                @wegwijs-studio-text-change=${(e: Change) =>
                  this.setStep(index, {
                    ...step,
                    action: { ...action, label: e.detail.value as never },
                  })}
              ></wegwijs-studio-text-field>
              ${
                kind === 'call'
                  ? html`<label for=${`${base}.phone`}>${msg('Telefoonnummer')}</label>
                      <p class="hint" id=${`${base}.phone-hint`}>
                        ${msg('Bijvoorbeeld 020 123 45 67, of {{telefoon}} voor het nummer uit het gemeenteprofiel.')}
                      </p>
                      <input
                        id=${`${base}.phone`}
                        type="tel"
                        dir="ltr"
                        autocomplete="off"
                        aria-describedby=${`${base}.phone-hint`}
                        .value=${action.phone ?? ''}
                        @input=${(e: Event) =>
                          this.setStep(index, {
                            ...step,
                            action: { ...action, phone: (e.target as HTMLInputElement).value },
                          })}
                      />
                      ${this.ownProblems(`${base}.phone`)}`
                  : kind === 'whatsapp'
                    ? html`<label for=${`${base}.whatsapp`}>${msg('WhatsApp-nummer')}</label>
                        <input
                          id=${`${base}.whatsapp`}
                          type="tel"
                          dir="ltr"
                          .value=${this.typing.get(`${base}.whatsapp`) ?? whatsappNumber(action.href)}
                          @input=${(e: Event) => {
                            const typed = (e.target as HTMLInputElement).value;
                            this.typing.set(`${base}.whatsapp`, typed);
                            this.setStep(index, {
                              ...step,
                              action: { ...action, href: whatsappHref(typed) },
                            });
                          }}
                          @blur=${() => {
                            this.typing.delete(`${base}.whatsapp`);
                            this.requestUpdate();
                          }}
                        />
                        ${this.ownProblems(`${base}.href`)}`
                    : html`<label for=${`${base}.href`}
                          >${msg('Adres van de website (https://…)')}</label
                        >
                        <input
                          id=${`${base}.href`}
                          type="url"
                          dir="ltr"
                          .value=${action.href ?? ''}
                          @input=${(e: Event) =>
                            this.setStep(index, {
                              ...step,
                              action: { ...action, href: (e.target as HTMLInputElement).value },
                            })}
                        />
                        ${this.ownProblems(`${base}.href`)}`
              }`
      }
    </fieldset>`;
  }

  private renderBring(index: number, step: Step) {
    const bring = step.bring ?? [];
    const base = `steps-${index}-bring`;
    const set = (list: Step['bring'], focus?: string) => {
      const next = { ...step, bring: list };
      if (!list?.length) delete next.bring;
      this.setStep(index, next, focus);
    };
    // The removed ding's button is gone: the focus goes to the one now in its place, else to
    // the one before it, else to "Ding toevoegen" (never to <body>, where a keyboard user
    // would have to start again from the top of the page).
    const remove = (i: number) => {
      this.announcement = msg(str`Ding ${i + 1} is weggehaald.`);
      const left = bring.length - 1;
      set(
        bring.filter((_, j) => j !== i),
        left ? `#${base}-${Math.min(i, left - 1)}-remove` : `#${base}-add`,
      );
    };
    // A new ding: the focus goes to its Dutch field, ready to type (as for a new step).
    const add = () => {
      this.announcement = msg(str`Ding ${bring.length + 1} is toegevoegd.`);
      set([...bring, { nl: '' }], `[id="steps.${index}.bring.${bring.length}-nl"]`);
    };
    return html`<fieldset class="bring">
      <legend>${msg('Wat neemt de bewoner mee?')}</legend>
      ${bring.length ? nothing : html`<p class="hint">${msg('Nog niets: voeg een ding toe als dat nodig is.')}</p>`}
      <ol class="bring-list">
        ${bring.map(
          (item, i) =>
            html`<li>
              <wegwijs-studio-text-field
                label=${msg(str`Ding ${i + 1}`)}
                path=${`steps.${index}.bring.${i}`}
                .value=${item}
                .languages=${this.languages}
                .problems=${this.problemsAt(`steps.${index}.bring.${i}`)}
                @wegwijs-studio-text-change=${(e: Change) => set(bring.map((b, j) => (j === i ? (e.detail.value as never) : b)))}
              ></wegwijs-studio-text-field>
              <button
                type="button"
                class="secondary"
                id=${`${base}-${i}-remove`}
                @click=${() => remove(i)}
              >
                ${msg(str`Ding ${i + 1} weghalen`)}
              </button>
            </li>`,
        )}
      </ol>
      <button type="button" class="secondary" id=${`${base}-add`} @click=${add}>
        ${msg('Ding toevoegen')}
      </button>
    </fieldset>`;
  }

  private renderStep(step: Step, index: number) {
    const n = index + 1;
    const last = this.steps.length - 1;
    return html`<li class="step-card">
      <section aria-labelledby=${`step-${index}-heading`}>
        <h3 id=${`step-${index}-heading`} tabindex="-1">${msg(str`Stap ${n}`)}</h3>
        ${this.ownProblems(`steps.${index}`)}
        <div class="step-tools">
          <button
            type="button"
            class="secondary"
            id=${`step-${index}-up`}
            ?disabled=${index === 0}
            @click=${() => this.move(index, -1)}
          >
            ${msg(str`Stap ${n} omhoog`)}
          </button>
          <button
            type="button"
            class="secondary"
            id=${`step-${index}-down`}
            ?disabled=${index === last}
            @click=${() => this.move(index, 1)}
          >
            ${msg(str`Stap ${n} omlaag`)}
          </button>
          <button
            type="button"
            class="danger"
            id=${`step-${index}-remove`}
            ?disabled=${last === 0}
            @click=${() => this.deleteStep(index)}
          >
            ${msg(str`Stap ${n} verwijderen`)}
          </button>
        </div>
        <wegwijs-studio-text-field
          label=${msg('Titel van de stap')}
          path=${`steps.${index}.title`}
          required
          .value=${step.title}
          .languages=${this.languages}
          .problems=${this.problemsAt(`steps.${index}.title`)}
          @wegwijs-studio-text-change=${this.field(index, step, 'title')}
        ></wegwijs-studio-text-field>
        <wegwijs-studio-text-field
          label=${msg('Uitleg')}
          path=${`steps.${index}.text`}
          multiline
          readability
          .value=${step.text}
          .languages=${this.languages}
          .problems=${this.problemsAt(`steps.${index}.text`)}
          @wegwijs-studio-text-change=${this.field(index, step, 'text')}
        ></wegwijs-studio-text-field>
        <wegwijs-studio-pictogram-picker
          path=${`steps.${index}.pictogram`}
          .value=${typeof step.pictogram === 'string' ? step.pictogram : ''}
          @wegwijs-studio-pictogram-change=${(e: Change) => {
            const next: Step = { ...step };
            const value = e.detail.value as string;
            if (value) next.pictogram = value;
            else delete next.pictogram;
            this.setStep(index, next);
          }}
        ></wegwijs-studio-pictogram-picker>
        ${this.ownProblems(`steps.${index}.pictogram`)} ${this.renderBring(index, step)}
        ${this.renderAction(index, step)}
        ${
          index < last
            ? html`<label for=${`steps.${index}.next`}
                  >${msg('Verband met de volgende stap')}</label
                >
                <select
                  id=${`steps.${index}.next`}
                  @change=${(e: Event) => {
                    const value = (e.target as HTMLSelectElement).value;
                    const next = { ...step, next: value as Step['next'] };
                    if (!value) delete next.next;
                    this.setStep(index, next);
                  }}
                >
                  <option value="" ?selected=${!step.next}>
                    ${msg('Daarna komt de volgende stap')}
                  </option>
                  <option value="and" ?selected=${step.next === 'and'}>
                    ${msg('En: doe ook de volgende stap')}
                  </option>
                  <option value="or" ?selected=${step.next === 'or'}>
                    ${msg('Of: kies deze stap of de volgende')}
                  </option>
                </select>`
            : nothing
        }
      </section>
    </li>`;
  }

  protected override render() {
    return html`<div class="form step-guide-form">
      <wegwijs-studio-text-field
        label=${msg('Naam van het stappenplan')}
        path="title"
        .value=${this.content?.title}
        .languages=${this.languages}
        .problems=${this.problemsAt('title')}
        @wegwijs-studio-text-change=${(e: Change) => this.emit({ ...this.content, steps: this.steps, title: e.detail.value as never })}
      ></wegwijs-studio-text-field>
      ${this.ownProblems('steps')}
      <ol class="steps">
        ${this.steps.map((step, index) => this.renderStep(step, index))}
      </ol>
      <button type="button" id="add-step" @click=${() => this.add()}>
        ${msg('Stap toevoegen')}
      </button>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
