/**
 * The municipality profile, filled once: phone, address, walk-in hours, website, WhatsApp,
 * contact-finder page and response time (fields from core's `PROFILE_FIELDS`). Content refers
 * to a field as {{telefoon}}; texts that differ per language have a field per working language.
 */
import { html } from 'lit';
import { msg } from '@wegwijs/core/locale/msg';
import { PROFILE_FIELDS, type Profile, type ProfileField } from '@wegwijs/core/check';
import { dirOf, languageName } from './language-names.js';
import type { WegwijsStudioApp } from './studio-app.js';

const PER_LANGUAGE: readonly ProfileField[] = ['inlooptijden', 'reactietijd'];

const labels = (): Record<ProfileField, string> => ({
  telefoon: msg('Telefoonnummer'),
  adres: msg('Adres'),
  inlooptijden: msg('Inlooptijden'),
  website: msg('Website'),
  whatsapp: msg('WhatsApp-nummer'),
  contactpagina: msg('Pagina met de contactzoeker'),
  reactietijd: msg('Reactietijd (een belofte: alleen wat u waarmaakt)'),
});

export function renderProfile(app: WegwijsStudioApp) {
  const profile = app.profile;
  const set = (field: ProfileField, value: string, lang?: string) => {
    const next: Profile = { ...profile };
    if (lang) {
      const old = profile[field];
      const texts = { ...(typeof old === 'string' ? { nl: old } : old) };
      if (value) texts[lang] = value;
      else delete texts[lang];
      next[field] = texts;
    } else if (value) next[field] = value;
    else delete next[field];
    app.setProfile(next);
  };
  const valueOf = (field: ProfileField, lang?: string) => {
    const v = profile[field];
    if (typeof v === 'string') return !lang || lang === 'nl' ? v : '';
    return v?.[lang ?? 'nl'] ?? '';
  };
  const input = (field: ProfileField, lang?: string) => {
    const id = `profile-${field}${lang ? `-${lang}` : ''}`;
    return html`<div class="profile-field">
      <label for=${id}
        >${labels()[field]}${lang ? ` — ${languageName(lang)}` : ''}
        <code>{{${field}}}</code></label
      >
      <input
        id=${id}
        type=${field === 'telefoon' || field === 'whatsapp' ? 'tel' : 'text'}
        lang=${lang ?? 'nl'}
        dir=${lang ? dirOf(lang) : 'auto'}
        .value=${valueOf(field, lang)}
        @change=${(e: Event) => set(field, (e.target as HTMLInputElement).value.trim(), lang)}
      />
    </div>`;
  };
  return html`<section class="panel" aria-labelledby="profile-heading">
    <h2 id="profile-heading">${msg('Gemeenteprofiel')}</h2>
    <details>
      <summary>${msg('Gegevens van uw gemeente: één keer invullen, overal gebruikt')}</summary>
      <p class="hint">
        ${msg('Schrijf in een tekst {{telefoon}} en Studio vult het nummer uit het profiel in. Een zin met een leeg veld laat de widget weg.')}
      </p>
      <div class="profile-grid">
        ${PROFILE_FIELDS.map((field) =>
          PER_LANGUAGE.includes(field)
            ? app.draft.languages.map((lang) => input(field, lang))
            : input(field),
        )}
      </div>
      <button
        type="button"
        class="secondary"
        @click=${async () => {
          // The example profile of the fictional municipality, from the OCO content pack.
          const example = await import('../../../content-oco/profiel-voorbeeld.json');
          const rest: Profile & { $comment?: string } = { ...example.default };
          delete rest.$comment;
          app.setProfile(rest);
          app.notice = msg('Het voorbeeldprofiel van Voorbeeldstad is ingevuld.');
        }}
      >
        ${msg('Vul het voorbeeld van Voorbeeldstad in')}
      </button>
    </details>
  </section>`;
}
