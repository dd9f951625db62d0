/**
 * The question helper form's building blocks: a field's own problems, a plain one-line input,
 * the pictogram picker with its problems, and the move/remove buttons of a domain or statement.
 * Functions of what they show; the form keeps the content and the problems.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import type { StudioProblem } from '../contract.js';
import '../step-guide/pictogram-picker.js';

type Change = CustomEvent<{ value: unknown }>;

export function ownProblems(problems: StudioProblem[], path: string, id = `${path}-problems`) {
  const here = problems.filter((p) => p.path === path);
  return here.length
    ? html`<ul class="problems" id=${id}>
        ${here.map((p) => html`<li class=${p.severity}>${p.message}</li>`)}
      </ul>`
    : nothing;
}

/** A plain one-line input (ids, the link's address) with its problems beside it. */
export function plainInput(
  problems: StudioProblem[],
  path: string,
  label: string,
  value: string,
  set: (v: string) => void,
  hint?: string,
) {
  const errors = problems.filter((p) => p.path === path);
  const described = [hint ? `${path}-hint` : '', errors.length ? `${path}-problems` : '']
    .filter(Boolean)
    .join(' ');
  return html`<label for=${path}>${label}</label>
    ${hint ? html`<p class="hint" id=${`${path}-hint`}>${hint}</p>` : nothing}
    <input
      id=${path}
      type="text"
      dir="ltr"
      autocomplete="off"
      spellcheck="false"
      .value=${value}
      aria-invalid=${errors.some((p) => p.severity === 'error') ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
    />
    ${ownProblems(problems, path)}`;
}

export function pictogramField(
  problems: StudioProblem[],
  path: string,
  value: string | undefined,
  set: (name: string) => void,
) {
  return html`<wegwijs-studio-pictogram-picker
      path=${path}
      .value=${value ?? ''}
      @wegwijs-studio-pictogram-change=${(e: Change) => set(e.detail.value as string)}
    ></wegwijs-studio-pictogram-picker>
    ${ownProblems(problems, path)}`;
}

/** Move up, move down and remove, for a domain or a statement. */
export function moveTools(
  base: string,
  n: number,
  last: boolean,
  first: boolean,
  what: 'domain' | 'statement',
  on: {
    up: () => void;
    down: () => void;
    remove: () => void;
  },
) {
  const [up, down, remove] =
    what === 'domain'
      ? [
          msg(str`Levensgebied ${n} omhoog`),
          msg(str`Levensgebied ${n} omlaag`),
          msg(str`Levensgebied ${n} verwijderen`),
        ]
      : [msg(str`Zin ${n} omhoog`), msg(str`Zin ${n} omlaag`), msg(str`Zin ${n} verwijderen`)];
  return html`<div class="step-tools">
    <button type="button" class="secondary" id=${`${base}-up`} ?disabled=${first} @click=${on.up}>
      ${up}
    </button>
    <button
      type="button"
      class="secondary"
      id=${`${base}-down`}
      ?disabled=${last}
      @click=${on.down}
    >
      ${down}
    </button>
    <button
      type="button"
      class="danger"
      id=${`${base}-remove`}
      ?disabled=${what === 'domain' && first && last}
      @click=${on.remove}
    >
      ${remove}
    </button>
  </div>`;
}
