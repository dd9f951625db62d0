/**
 * The contact list as an accessible data table: the name is each row's header, column headers
 * sort (a button with `aria-sort` on the header), and each row has its edit and remove buttons
 * (their names include the contact's name) and its problems. Wide: it scrolls inside a
 * focusable region, which WCAG 1.4.10 allows for data tables.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { endonym } from '@wegwijs/core/locale/endonyms';
import type { Contact } from '@wegwijs/contact-finder';
import { kindLabel, topicLabel } from './labels.js';
import type { PlacedProblem } from './problem-paths.js';

export type SortColumn = 'name' | 'kind' | 'languages' | 'topics';
export interface Sort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

export interface TableHost {
  uid: string;
  contacts: readonly Contact[];
  sort?: Sort;
  problemsOfRow(row: number): PlacedProblem[];
  sortBy(column: SortColumn): void;
  edit(row: number, trigger: HTMLElement): void;
  removeContact(row: number): void;
}

const sortText = (contact: Contact, column: SortColumn): string => {
  if (column === 'kind') return kindLabel(contact.kind);
  if (column === 'languages') return (contact.languages ?? []).map(endonym).join(', ');
  if (column === 'topics') return (contact.topics ?? []).map(topicLabel).join(', ');
  return contact.name ?? '';
};

/** The rows' indexes in `contacts`, in the order the table shows them. */
export function sortedRows(contacts: readonly Contact[], sort: Sort | undefined): number[] {
  const rows = contacts.map((_, i) => i);
  if (!sort) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows.sort(
    (a, b) =>
      sign *
      sortText(contacts[a]!, sort.column).localeCompare(sortText(contacts[b]!, sort.column), 'nl'),
  );
}

function header(host: TableHost, column: SortColumn, label: string): TemplateResult {
  const sorted = host.sort?.column === column ? host.sort.direction : undefined;
  return html`<th scope="col" aria-sort=${sorted ?? nothing}>
    <button type="button" class="sort" @click=${() => host.sortBy(column)}>
      ${label}<span aria-hidden="true"
        >${sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ' ↕'}</span
      >
    </button>
  </th>`;
}

const channels = (contact: Contact): string =>
  [
    contact.phones?.[0]?.number && msg('telefoon', { id: 'studio-cf-channel-phone' }),
    contact.whatsapp && 'WhatsApp',
    contact.email && msg('e-mail', { id: 'studio-cf-channel-email' }),
    contact.url && msg('website', { id: 'studio-cf-channel-website' }),
  ]
    .filter(Boolean)
    .join(', ');

function problemCell(problems: PlacedProblem[]): TemplateResult {
  if (!problems.length) return html`<td>${msg('In orde', { id: 'studio-cf-row-ok' })}</td>`;
  return html`<td>
    <ul class="problems">
      ${problems.map(
        (p) =>
          html`<li class=${p.severity}>
            <span class="visually-hidden"
              >${
                p.severity === 'error'
                  ? msg('Fout:', { id: 'studio-cf-error' })
                  : msg('Waarschuwing:', { id: 'studio-cf-warning' })
              }</span
            >
            ${p.message}
          </li>`,
      )}
    </ul>
  </td>`;
}

export function contactTable(host: TableHost): TemplateResult {
  const caption = `${host.uid}-caption`;
  const rows = sortedRows(host.contacts, host.sort);
  return html`<div class="table-scroll" role="region" aria-labelledby=${caption} tabindex="0">
    <table>
      <caption id=${caption}>
        ${msg(str`Contacten (${host.contacts.length})`, { id: 'studio-cf-table-caption' })}
      </caption>
      <thead>
        <tr>
          ${header(host, 'name', msg('Naam', { id: 'studio-cf-col-name' }))}
          ${header(host, 'kind', msg('Soort contact', { id: 'studio-cf-col-kind' }))}
          ${header(host, 'languages', msg('Talen', { id: 'studio-cf-col-languages' }))}
          ${header(host, 'topics', msg('Onderwerpen', { id: 'studio-cf-col-topics' }))}
          <th scope="col">${msg('Bereikbaar via', { id: 'studio-cf-col-channels' })}</th>
          <th scope="col">${msg('Controle', { id: 'studio-cf-col-check' })}</th>
          <th scope="col">${msg('Acties', { id: 'studio-cf-col-actions' })}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const contact = host.contacts[row]!;
          const name = contact.name?.trim() || msg('(nog geen naam)', { id: 'studio-cf-no-name' });
          return html`<tr data-row=${row}>
            <th scope="row">${name}</th>
            <td>${kindLabel(contact.kind)}</td>
            <td>
              ${(contact.languages ?? []).map(
                (code, i) => html`${i ? ', ' : ''}<bdi lang=${code}>${endonym(code)}</bdi>`,
              )}
            </td>
            <td>${(contact.topics ?? []).map(topicLabel).join(', ')}</td>
            <td>${channels(contact)}</td>
            ${problemCell(host.problemsOfRow(row))}
            <td class="actions">
              <button
                type="button"
                class="edit"
                @click=${(e: Event) => host.edit(row, e.currentTarget as HTMLElement)}
              >
                ${msg('Bewerken', { id: 'studio-cf-edit' })}<span class="visually-hidden">
                  ${name}</span
                >
              </button>
              <button type="button" class="remove" @click=${() => host.removeContact(row)}>
                ${msg('Verwijderen', { id: 'studio-cf-remove' })}<span class="visually-hidden">
                  ${name}</span
                >
              </button>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
