/**
 * `<wegwijs-studio-contact-finder-form>`: the contact list (`<wegwijs-contact-finder>`'s
 * content) as a table: add, edit (in a dialog), remove, sort; the spreadsheet (CSV) in and out
 * with the widget's own reader and writer; the check's problems beside their row and field.
 * See `../contract.ts` for the properties and the event.
 *
 * @fires wegwijs-studio-content-change - On every edit, with the new contact list.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Contact, Directory } from '@wegwijs/contact-finder';
import { StudioContentChangeEvent, type StudioForm, type StudioProblem } from '../contract.js';
import { styles } from './contact-finder-form.styles.js';
import { formControlStyles } from '../form-controls.styles.js';
import { contactTable, type Sort, type SortColumn } from './contact-table.js';
import { contactEditor } from './contact-editor.js';
import { contactOf, draftOf, newContact, type Draft } from './contact-draft.js';
import { download } from '../../download.js';
import {
  exportCsv,
  importCsv,
  loadSpreadsheetCheck,
  spreadsheetProblems,
  type CsvExport,
} from './csv-transfer.js';
import { placeProblem, type PlacedProblem } from './problem-paths.js';

let instances = 0;

export class WegwijsStudioContactFinderForm extends LitElement implements StudioForm<Directory> {
  static override styles = [formControlStyles, styles];
  static override properties = {
    content: { attribute: false },
    languages: { attribute: false },
    problems: { attribute: false },
    sort: { state: true },
    editing: { state: true },
    draft: { state: true },
    status: { state: true },
    notes: { state: true },
    exported: { state: true },
  };

  content: Directory = { contacts: [] };
  languages: string[] = ['nl'];
  problems: StudioProblem[] = [];

  readonly uid = `wsf-cf-${++instances}`;
  sort?: Sort;
  /** The row in the dialog, and the draft of its fields as typed. */
  editing?: number;
  draft: Draft = {};
  /** A short message about the last action (polite live region). */
  private status = '';
  /** What the last import could not take. */
  private notes: StudioProblem[] = [];
  /** The last export, with what the spreadsheet could not hold. */
  private exported?: CsvExport;
  private removed?: { contact: Contact; row: number };
  private trigger?: HTMLElement;
  private placed: PlacedProblem[] = [];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadSpreadsheetCheck().then(() => this.requestUpdate('content'));
  }

  get contacts(): readonly Contact[] {
    return this.content?.contacts ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('problems') || changed.has('content')) {
      const own = this.problems ?? [];
      // The spreadsheet's own rule, unless the shell already reports it (it may check the CSV).
      const csv = spreadsheetProblems(this.content).filter(
        (p) => !own.some((o) => o.path === p.path && o.message === p.message),
      );
      this.placed = [...own, ...csv].map(placeProblem);
    }
  }

  problemsOfRow(row: number): PlacedProblem[] {
    return this.placed.filter((p) => p.row === row);
  }

  problemsOfField(column: string): PlacedProblem[] {
    return this.placed.filter(
      (p) => p.row === this.editing && p.row !== undefined && p.column === column,
    );
  }

  private change(content: Directory): void {
    this.content = content;
    this.dispatchEvent(new StudioContentChangeEvent<Directory>(content));
  }

  private setContacts(contacts: Contact[]): void {
    this.change({ ...this.content, contacts });
  }

  sortBy(column: SortColumn): void {
    const direction =
      this.sort?.column === column && this.sort.direction === 'ascending'
        ? 'descending'
        : 'ascending';
    this.sort = { column, direction };
  }

  edit(row: number, trigger?: HTMLElement): void {
    this.trigger = trigger;
    this.editing = row;
    this.draft = draftOf(this.contacts[row]!);
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('dialog input, dialog select')?.focus();
    });
  }

  setField(column: string, value: string): void {
    if (this.editing === undefined) return;
    this.draft = { ...this.draft, [column]: value };
    const contacts = [...this.contacts];
    contacts[this.editing] = contactOf(this.draft, contacts[this.editing]!);
    this.setContacts(contacts);
  }

  private closed(): void {
    const row = this.editing;
    this.editing = undefined;
    const name = row === undefined ? '' : (this.contacts[row]?.name ?? '');
    this.status = msg(str`Contact ${name} bewaard.`, { id: 'studio-cf-saved' });
    // Back to the edit button of the contact that was edited, found by its row in the list:
    // the button that opened the dialog may now belong to another contact (a renamed contact
    // moves in a table sorted by name, and the rows reuse their buttons) or, for a new
    // contact, be "Contact toevoegen".
    void this.updateComplete.then(() => {
      const back =
        this.renderRoot.querySelector<HTMLElement>(`tr[data-row="${row}"] button.edit`) ??
        (this.trigger?.isConnected ? this.trigger : undefined);
      back?.focus();
    });
  }

  add(trigger?: HTMLElement): void {
    this.setContacts([...this.contacts, newContact()]);
    this.edit(this.contacts.length - 1, trigger);
  }

  removeContact(row: number): void {
    const contact = this.contacts[row]!;
    this.removed = { contact, row };
    this.setContacts(this.contacts.filter((_, i) => i !== row));
    this.status = msg(str`${contact.name || '…'} is verwijderd.`, { id: 'studio-cf-removed' });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('button.undo')?.focus(),
    );
  }

  private undo(): void {
    if (!this.removed) return;
    const { contact, row } = this.removed;
    this.removed = undefined;
    const contacts = [...this.contacts];
    contacts.splice(row, 0, contact);
    this.setContacts(contacts);
    this.status = msg(str`${contact.name || '…'} staat weer in de lijst.`, {
      id: 'studio-cf-restored',
    });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`tr[data-row="${row}"] button.edit`)?.focus(),
    );
  }

  /** Reads a spreadsheet export (CSV text) into the list, replacing its contacts. */
  async importCsv(text: string): Promise<void> {
    const { contacts, notes } = await importCsv(text);
    this.notes = notes;
    this.removed = undefined;
    this.exported = undefined;
    this.setContacts(contacts);
    this.status = msg(str`${contacts.length} contacten gelezen uit het CSV-bestand.`, {
      id: 'studio-cf-imported',
    });
  }

  /** The list as the spreadsheet the widget reads (also offered as a download). */
  exportCsv(): CsvExport {
    this.exported = exportCsv(this.content);
    return this.exported;
  }

  private async fileChosen(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.importCsv(await file.text());
    input.value = '';
  }

  private async pasted(): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${this.uid}-paste`);
    if (area?.value.trim()) await this.importCsv(area.value);
  }

  private downloadCsv(): void {
    download('contacten.csv', this.exportCsv().text, 'text/csv;charset=utf-8');
    this.status = msg('Het CSV-bestand contacten.csv is gemaakt.', { id: 'studio-cf-exported' });
  }

  private toolbar() {
    return html`<div class="toolbar">
        <button
          type="button"
          class="add"
          @click=${(e: Event) => this.add(e.currentTarget as HTMLElement)}
        >
          ${msg('Contact toevoegen', { id: 'studio-cf-add' })}
        </button>
        <label for="${this.uid}-file"
          >${msg('CSV-bestand inlezen', { id: 'studio-cf-import-file' })}</label
        >
        <input
          id="${this.uid}-file"
          type="file"
          accept=".csv,text/csv"
          @change=${this.fileChosen}
        />
        <button type="button" class="export" @click=${this.downloadCsv}>
          ${msg('Exporteren als CSV', { id: 'studio-cf-export' })}
        </button>
      </div>
      <details>
        <summary>
          ${msg('CSV plakken in plaats van een bestand kiezen', { id: 'studio-cf-paste-summary' })}
        </summary>
        <label for="${this.uid}-paste"
          >${msg('Inhoud van het CSV-bestand', { id: 'studio-cf-paste-label' })}</label
        >
        <textarea id="${this.uid}-paste" rows="5" dir="ltr"></textarea>
        <button type="button" class="read-pasted" @click=${this.pasted}>
          ${msg('Geplakte CSV inlezen', { id: 'studio-cf-paste-read' })}
        </button>
      </details>`;
  }

  private messages() {
    const lost = this.exported?.lost ?? [];
    return html`<div class="status" role="status">
        ${this.status}${
          this.removed
            ? html` <button type="button" class="undo" @click=${this.undo}>
                ${msg('Ongedaan maken', { id: 'studio-cf-undo' })}
              </button>`
            : nothing
        }
      </div>
      ${
        this.notes.length
          ? html`<div class="notes">
              <p>${msg('Bij het inlezen:', { id: 'studio-cf-import-notes' })}</p>
              <ul class="problems">
                ${this.notes.map((n) => html`<li class=${n.severity}>${n.path ? `${n.path}: ` : ''}${n.message}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        lost.length
          ? html`<div class="notes lost">
              <p>
                ${msg(
                  'Deze gegevens passen niet in een spreadsheet en staan alleen in het JSON-bestand:',
                  { id: 'studio-cf-export-lost' },
                )}
              </p>
              <ul>
                ${lost.map((l) => html`<li>${l.path}: ${l.what}</li>`)}
              </ul>
            </div>`
          : nothing
      }`;
  }

  private listProblems() {
    const general = this.placed.filter((p) => p.row === undefined);
    return general.length
      ? html`<ul class="problems">
          ${general.map((p) => html`<li class=${p.severity}>${p.path ? `${p.path}: ` : ''}${p.message}</li>`)}
        </ul>`
      : nothing;
  }

  protected override render() {
    return html`${this.toolbar()} ${this.messages()} ${this.listProblems()}
      ${
        this.contacts.length
          ? contactTable(this)
          : html`<p>
              ${msg('Nog geen contacten. Voeg er een toe of lees een CSV-bestand in.', { id: 'studio-cf-empty' })}
            </p>`
      }
      <dialog aria-labelledby="${this.uid}-dialog-title" @close=${this.closed}>
        ${
          this.editing !== undefined && this.contacts[this.editing]
            ? html`${contactEditor(this)}
                <div class="dialog-actions">
                  <button
                    type="button"
                    class="done"
                    @click=${() => this.renderRoot.querySelector('dialog')?.close()}
                  >
                    ${msg('Klaar', { id: 'studio-cf-done' })}
                  </button>
                </div>`
            : nothing
        }
      </dialog>`;
  }
}
