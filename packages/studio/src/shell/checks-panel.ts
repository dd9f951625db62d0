/**
 * The check of the content by the widget's own check (the same as `npx wegwijs check`), in
 * Dutch. The summary is a live region (announced when typing pauses); each problem has a
 * button that moves the focus to its field. The form shows the same problems at the fields.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import type { WegwijsStudioApp } from './studio-app.js';

/**
 * The field of a problem: its own id, its Dutch input, or the first field inside it; in the
 * page (the step guide's form) or in a form's shadow root, where ids use dashes
 * (`versions.0.title` → `versions-0-title`, possibly after a prefix of the form's own).
 */
export function fieldFor(path: string): HTMLElement | null {
  const escaped = CSS.escape(path);
  const inPage =
    document.getElementById(path) ??
    document.getElementById(`${path}-nl`) ??
    document.querySelector<HTMLElement>(`[id^="${escaped}."], [id^="${escaped}-"]`);
  if (inPage) return inPage;
  const dashed = CSS.escape(path.replace(/[.[\]]+/g, '-').replace(/-$/, ''));
  for (const host of document.querySelectorAll('#main *')) {
    const root = host.shadowRoot;
    const field = root?.querySelector<HTMLElement>(
      `[id="${dashed}"], [id$="-${dashed}"], [id="${dashed}-nl"], [id^="${dashed}-"]`,
    );
    if (field) return field;
  }
  return null;
}

export function renderChecks(app: WegwijsStudioApp) {
  const errors = app.problems.filter((p) => p.severity === 'error').length;
  const warnings = app.problems.length - errors;
  const summary =
    errors + warnings === 0
      ? msg('Geen fouten en geen waarschuwingen.')
      : msg(str`${errors} fouten, ${warnings} waarschuwingen.`);
  return html`<section class="panel" aria-labelledby="checks-heading">
    <h2 id="checks-heading">${msg('Controle')}</h2>
    <p role="status" class=${errors ? 'summary bad' : 'summary good'}>
      ${app.checked ? summary : nothing}
    </p>
    ${
      app.problems.length
        ? html`<ul class="problem-list">
            ${app.problems.map(
              (p) =>
                html`<li class=${p.severity}>
                  <span class="severity"
                    >${p.severity === 'error' ? msg('Fout') : msg('Waarschuwing')}:</span
                  >
                  <span class="message">${p.message}</span>
                  ${
                    p.path
                      ? html`<button
                          type="button"
                          class="link-button"
                          @click=${() => fieldFor(p.path)?.focus()}
                        >
                          ${msg('Naar het veld')}
                        </button>`
                      : nothing
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </section>`;
}
