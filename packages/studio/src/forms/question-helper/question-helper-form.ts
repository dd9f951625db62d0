/**
 * The question helper's form (`<wegwijs-studio-question-helper-form>`, see `../contract.ts`):
 * the few words before the domains, and per life domain its label, pictogram, topic for the
 * contact finder, "about a letter" and link, and its plain statements (each with a pictogram).
 * Domains and statements are added, moved (buttons, so the keyboard can do it) and removed;
 * after a move the focus stays on a button of the item that moved. Light DOM, like the step
 * guide's form: the text fields and the pictogram picker are the same elements.
 */
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@wegwijs/core/locale/msg';
import {
  FINDER_TOPICS,
  type Domain,
  type QuestionSet,
  type Statement,
} from '@wegwijs/question-helper';
import { StudioContentChangeEvent, type StudioForm, type StudioProblem } from '../contract.js';
import { concerns } from '../../checks/paths.js';
import { topicLabel } from '../contact-finder/labels.js';
import '../text-field.js';
import { moveTools, ownProblems, pictogramField, plainInput } from './form-parts.js';
import {
  addDomain,
  addStatement,
  domainsOf,
  moveDomain,
  moveStatement,
  removeDomain,
  removeStatement,
  statementsOf,
  withDomain,
  withOptional,
  withStatement,
} from './set-edits.js';

type Change = CustomEvent<{ value: unknown }>;

/** Which of the two move buttons keeps the focus: the one that can still move the same way. */
const keep = (by: -1 | 1, to: number, last: number) =>
  by < 0 ? (to > 0 ? 'up' : 'down') : to < last ? 'down' : 'up';

export class WegwijsStudioQuestionHelperForm extends LitElement implements StudioForm<QuestionSet> {
  @property({ attribute: false }) content: QuestionSet = { domains: [] };
  @property({ attribute: false }) languages: string[] = ['nl'];
  @property({ attribute: false }) problems: StudioProblem[] = [];
  /** Said by the live region after a move, an addition or a removal. */
  private announcement = '';

  protected override createRenderRoot() {
    return this;
  }

  private get set(): QuestionSet {
    return { ...this.content, domains: domainsOf(this.content) };
  }

  private emit(set: QuestionSet, focus?: string) {
    this.dispatchEvent(new StudioContentChangeEvent(set));
    if (focus)
      void this.updateComplete.then(() =>
        requestAnimationFrame(() => this.querySelector<HTMLElement>(`[id="${focus}"]`)?.focus()),
      );
  }

  private setDomain(index: number, domain: Domain, focus?: string) {
    this.emit(withDomain(this.set, index, domain), focus);
  }

  private moveDomain(index: number, by: -1 | 1) {
    const to = index + by;
    this.announcement = msg(str`Levensgebied ${index + 1} is nu levensgebied ${to + 1}.`);
    const last = this.set.domains.length - 1;
    this.emit(moveDomain(this.set, index, by), `domain-${to}-${keep(by, to, last)}`);
  }

  private removeDomain(index: number) {
    this.announcement = msg(str`Levensgebied ${index + 1} is verwijderd.`);
    const left = this.set.domains.length - 1;
    this.emit(
      removeDomain(this.set, index),
      left ? `domain-${Math.min(index, left - 1)}-heading` : 'add-domain',
    );
  }

  private addDomain() {
    const n = this.set.domains.length;
    this.announcement = msg(str`Levensgebied ${n + 1} is toegevoegd.`);
    this.emit(addDomain(this.set), `domains.${n}.label-nl`);
  }

  private moveStatement(d: number, domain: Domain, index: number, by: -1 | 1) {
    const to = index + by;
    this.announcement = msg(str`Zin ${index + 1} is nu zin ${to + 1}.`);
    const last = statementsOf(domain).length - 1;
    this.setDomain(
      d,
      moveStatement(domain, index, by),
      `statement-${d}-${to}-${keep(by, to, last)}`,
    );
  }

  private removeStatement(d: number, domain: Domain, index: number) {
    this.announcement = msg(str`Zin ${index + 1} is verwijderd.`);
    const left = statementsOf(domain).length - 1;
    this.setDomain(
      d,
      removeStatement(domain, index),
      left ? `statement-${d}-${Math.min(index, left - 1)}-heading` : `add-statement-${d}`,
    );
  }

  private addStatement(d: number, domain: Domain) {
    const n = statementsOf(domain).length;
    this.announcement = msg(str`Zin ${n + 1} is toegevoegd.`);
    this.setDomain(d, addStatement(domain), `domains.${d}.statements.${n}.text-nl`);
  }

  private problemsAt(path: string) {
    return this.problems.filter((p) => concerns(p.path, path));
  }

  private renderStatement(d: number, domain: Domain, statement: Statement, index: number) {
    const path = `domains.${d}.statements.${index}`;
    const base = `statement-${d}-${index}`;
    const last = statementsOf(domain).length - 1;
    const set = (next: Statement, focus?: string) =>
      this.setDomain(d, withStatement(domain, index, next), focus);
    // A group, not a section: a landmark per statement would repeat "Zin 1" in every domain.
    return html`<li class="statement-card">
      <div role="group" aria-labelledby=${`${base}-heading`}>
        <h4 id=${`${base}-heading`} tabindex="-1">${msg(str`Zin ${index + 1}`)}</h4>
        ${ownProblems(this.problems, path)}
        ${moveTools(base, index + 1, index === last, index === 0, 'statement', {
          up: () => this.moveStatement(d, domain, index, -1),
          down: () => this.moveStatement(d, domain, index, 1),
          remove: () => this.removeStatement(d, domain, index),
        })}
        <wegwijs-studio-text-field
          label=${msg('Wat de bewoner zegt')}
          path=${`${path}.text`}
          required
          .value=${statement.text}
          .languages=${this.languages}
          .problems=${this.problemsAt(`${path}.text`)}
          @wegwijs-studio-text-change=${(e: Change) => set({ ...statement, text: e.detail.value as never })}
        ></wegwijs-studio-text-field>
        ${pictogramField(this.problems, `${path}.pictogram`, statement.pictogram, (name) =>
          set(withOptional(statement, 'pictogram', name)),
        )}
        <details class="advanced">
          <summary>${msg('Vaste naam van de zin')}</summary>
          ${plainInput(
            this.problems,
            `${path}.id`,
            msg('Vaste naam (id)'),
            statement.id ?? '',
            (id) => set({ ...statement, id }),
            msg(
              'Kleine letters, cijfers en streepjes. Verander hem liever niet meer: bewaarde keuzes van bewoners gebruiken hem.',
            ),
          )}
        </details>
      </div>
    </li>`;
  }

  private renderLink(d: number, domain: Domain) {
    const path = `domains.${d}.link`;
    const link = domain.link;
    return html`<fieldset class="domain-link">
      <legend>${msg('Link bij dit levensgebied (mag leeg blijven)')}</legend>
      ${plainInput(
        this.problems,
        `${path}.href`,
        msg('Adres van de pagina (https://…)'),
        link?.href ?? '',
        (href) =>
          this.setDomain(
            d,
            withOptional(
              domain,
              'link',
              href || link?.label ? { href, label: link?.label ?? { nl: '' } } : undefined,
            ),
          ),
        msg('Bijvoorbeeld de pagina met de uitleg bij een brief.'),
      )}
      ${
        link
          ? html`<wegwijs-studio-text-field
              label=${msg('Woorden van de link')}
              path=${`${path}.label`}
              .value=${link.label}
              .languages=${this.languages}
              .problems=${this.problemsAt(`${path}.label`)}
              @wegwijs-studio-text-change=${(e: Change) =>
                this.setDomain(d, { ...domain, link: { ...link, label: e.detail.value as never } })}
            ></wegwijs-studio-text-field>`
          : nothing
      }
    </fieldset>`;
  }

  private renderDomain(domain: Domain, index: number) {
    const path = `domains.${index}`;
    const base = `domain-${index}`;
    const last = this.set.domains.length - 1;
    const statements = statementsOf(domain);
    return html`<li class="step-card domain-card">
      <section aria-labelledby=${`${base}-heading`}>
        <h3 id=${`${base}-heading`} tabindex="-1">${msg(str`Levensgebied ${index + 1}`)}</h3>
        ${ownProblems(this.problems, path)}
        ${moveTools(base, index + 1, index === last, index === 0, 'domain', {
          up: () => this.moveDomain(index, -1),
          down: () => this.moveDomain(index, 1),
          remove: () => this.removeDomain(index),
        })}
        <wegwijs-studio-text-field
          label=${msg('Kort woord onder het pictogram')}
          path=${`${path}.label`}
          required
          .value=${domain.label}
          .languages=${this.languages}
          .problems=${this.problemsAt(`${path}.label`)}
          @wegwijs-studio-text-change=${(e: Change) => this.setDomain(index, { ...domain, label: e.detail.value as never })}
        ></wegwijs-studio-text-field>
        ${pictogramField(this.problems, `${path}.pictogram`, domain.pictogram, (name) =>
          this.setDomain(index, withOptional(domain, 'pictogram', name)),
        )}
        <label for=${`${path}.topic`}>${msg('Onderwerp voor de contactzoeker')}</label>
        <select
          id=${`${path}.topic`}
          @change=${(e: Event) =>
            this.setDomain(
              index,
              withOptional(domain, 'topic', (e.target as HTMLSelectElement).value),
            )}
        >
          <option value="" ?selected=${!domain.topic}>${msg('Geen onderwerp')}</option>
          ${FINDER_TOPICS.map(
            (t) =>
              html`<option value=${t} ?selected=${domain.topic === t}>${topicLabel(t)}</option>`,
          )}
        </select>
        ${ownProblems(this.problems, `${path}.topic`)}
        <label class="choice">
          <input
            type="checkbox"
            id=${`${path}.letter`}
            .checked=${Boolean(domain.letter)}
            @change=${(e: Event) =>
              this.setDomain(
                index,
                withOptional(domain, 'letter', (e.target as HTMLInputElement).checked),
              )}
          />${msg('Gaat over een brief: bij de vraag naar een termijn komt de link')}
        </label>
        ${this.renderLink(index, domain)}
        <details class="advanced">
          <summary>${msg('Vaste naam van het levensgebied')}</summary>
          ${plainInput(
            this.problems,
            `${path}.id`,
            msg('Vaste naam (id)'),
            domain.id ?? '',
            (id) => this.setDomain(index, { ...domain, id }),
            msg(
              'Kleine letters, cijfers en streepjes. Verander hem liever niet meer: bewaarde keuzes van bewoners gebruiken hem.',
            ),
          )}
        </details>
        <h4>${msg('Zinnen om te kiezen')}</h4>
        ${ownProblems(this.problems, `${path}.statements`)}
        <ol class="steps statements">
          ${statements.map((s, i) => this.renderStatement(index, domain, s, i))}
        </ol>
        <button
          type="button"
          class="secondary"
          id=${`add-statement-${index}`}
          @click=${() => this.addStatement(index, domain)}
        >
          ${msg(str`Zin toevoegen aan levensgebied ${index + 1}`)}
        </button>
      </section>
    </li>`;
  }

  protected override render() {
    const set = this.set;
    return html`<div class="form question-helper-form">
      <wegwijs-studio-text-field
        label=${msg('Een paar woorden vóór de levensgebieden')}
        path="intro"
        multiline
        readability
        .value=${set.intro}
        .languages=${this.languages}
        .problems=${this.problemsAt('intro')}
        @wegwijs-studio-text-change=${(e: Change) => this.emit({ ...set, intro: e.detail.value as never })}
      ></wegwijs-studio-text-field>
      <p class="hint">
        ${msg('Zeg dat hulp vragen gewoon is, dat de ondersteuner luistert en onafhankelijk is, en dat de bewoner zelf beslist.')}
      </p>
      ${ownProblems(this.problems, 'domains')}
      <ol class="steps domains">
        ${set.domains.map((domain, index) => this.renderDomain(domain, index))}
      </ol>
      <button type="button" id="add-domain" @click=${() => this.addDomain()}>
        ${msg('Levensgebied toevoegen')}
      </button>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
