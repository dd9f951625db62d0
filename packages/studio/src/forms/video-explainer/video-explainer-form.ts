/**
 * `<wegwijs-studio-video-explainer-form>`: the video explainer's content without JSON (see
 * `../contract.ts`). One card per language version, Dutch first and the other working
 * languages beside it: title, where the video is (own files, or YouTube or Vimeo, which the
 * widget loads only after the resident agrees), poster, captions, chapters, audio description,
 * transcript, sign language and download. Caption files are checked the moment they are added,
 * by the widget's own WebVTT reader. The content it emits is the widget's content model,
 * checked by `@wegwijs/video-explainer/check`.
 *
 * @fires wegwijs-studio-content-change - On every edit, with the new video content.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@wegwijs/core/locale/msg';
import { directionOf, UI_LOCALES } from '@wegwijs/core';
import { checkVideoContent } from '@wegwijs/video-explainer';
import { StudioContentChangeEvent, type StudioForm, type StudioProblem } from '../contract.js';
import { formControlStyles } from '../form-controls.styles.js';
import { dottedPath } from '../../checks/paths.js';
import { endonym } from '@wegwijs/core/locale/endonyms';
import { languageName } from '../../shell/language-names.js';
import { styles } from './video-explainer-form.styles.js';
import { captionText, keepCaptionText } from './caption-files.js';
import { problemList, vttField } from './vtt-field.js';
import { sourceFields, type SourceFieldsHost } from './source-fields.js';
import { captionFields, type CaptionFieldsHost } from './caption-fields.js';
import {
  addVersion,
  removeVersion as withoutVersion,
  versionsInOrder,
  versionsOf,
  withCaptions,
  withField,
  withMachineTranslated,
  withVersion,
  type Caption,
  type Version,
  type VideoContent,
} from './version-edits.js';

const EMPTY: VideoContent = { versions: [] };

export class WegwijsStudioVideoExplainerForm
  extends LitElement
  implements StudioForm<VideoContent>, SourceFieldsHost, CaptionFieldsHost
{
  static override styles = [formControlStyles, styles];
  static override properties = {
    content: { attribute: false },
    languages: { attribute: false },
    problems: { attribute: false },
    announcement: { state: true },
  };

  content: VideoContent = EMPTY;
  languages: string[] = ['nl'];
  problems: StudioProblem[] = [];
  /** Said by the live region after adding or removing a version or a caption file. */
  announcement = '';
  /** Caption texts the editor added in this session (also kept on the device). */
  private vttTexts = new Map<string, string>();

  /** The widget's own refusals beyond the schema (a poster on YouTube's servers, an address
   * that is not http(s)): warnings the player gives too, shown at their field. */
  private refused: StudioProblem[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content')) {
      this.content ??= EMPTY;
      this.refused = checkVideoContent(this.content, document.baseURI)
        .filter((p) => p.code === 'content' && p.path && p.message.startsWith(`${p.path}: "`))
        .map((p) => ({
          path: dottedPath(p.path),
          message: p.message.slice(p.path!.length + 2),
          severity: p.severity === 'error' ? 'error' : 'warning',
        }));
    }
  }

  problemsAt(path: string): StudioProblem[] {
    return [...(this.problems ?? []), ...this.refused].filter((p) => dottedPath(p.path) === path);
  }

  vttText(key: string): string | undefined {
    if (!this.vttTexts.has(key)) {
      const kept = captionText(key);
      if (kept !== undefined) this.vttTexts.set(key, kept);
    }
    return this.vttTexts.get(key);
  }

  /** A caption file added: kept and checked; its name becomes the address if none was set. */
  setVttText(key: string, text: string, name?: string): void {
    this.vttTexts.set(key, text);
    keepCaptionText(key, text);
    const [lang, kind, at] = key.split(':');
    const index = versionsOf(this.content).findIndex((v) => v.lang === lang);
    const version = versionsOf(this.content)[index];
    if (name && version) {
      if (kind === 'captions') {
        const captions = [...(version.captions ?? [])];
        const j = Number(at);
        if (captions[j] && !captions[j].src) {
          captions[j] = { ...captions[j], src: name };
          this.change(withVersion(this.content, index, withCaptions(version, captions)));
          return;
        }
      } else if ((kind === 'chapters' || kind === 'descriptions') && !version[kind]) {
        this.change(withVersion(this.content, index, withField(version, kind, name)));
        return;
      }
    }
    this.requestUpdate();
  }

  private change(content: VideoContent, focus?: string): void {
    this.content = content;
    this.dispatchEvent(new StudioContentChangeEvent<VideoContent>(content));
    if (focus)
      void this.updateComplete.then(() =>
        requestAnimationFrame(() => this.shadowRoot?.querySelector<HTMLElement>(focus)?.focus()),
      );
  }

  setVersion(index: number, version: Version, focus?: string): void {
    this.change(withVersion(this.content, index, version), focus);
  }

  private add(lang: string): void {
    const index = versionsOf(this.content).length;
    this.announcement = msg(str`Video toegevoegd: ${languageName(lang)}.`, {
      id: 'studio-video-added',
    });
    this.change(addVersion(this.content, lang), `#versions-${index}-title`);
  }

  private removeVersion(index: number): void {
    const lang = versionsOf(this.content)[index]?.lang ?? '';
    this.announcement = msg(str`Video verwijderd: ${languageName(lang)}.`, {
      id: 'studio-video-removed',
    });
    this.change(withoutVersion(this.content, index), this.focusAfterRemoving(index, lang));
  }

  /**
   * Where the focus goes when version `index` is taken out: its place in the form, not the top.
   * A working language gets its "add a video" card there; another language leaves the card
   * before it (or after it, for the first) in the shown order.
   */
  private focusAfterRemoving(index: number, lang: string): string {
    if (lang && this.languages.includes(lang)) return `#add-${lang}`;
    const shown = versionsInOrder(this.content, this.languages);
    const at = shown.findIndex((v) => v.index === index);
    const near = shown[at - 1] ?? shown[at + 1];
    if (!near) return '#intro';
    return `#versions-${near.index > index ? near.index - 1 : near.index}-heading`;
  }

  setCaptions(index: number, version: Version, captions: Caption[], focus?: string) {
    this.setVersion(index, withCaptions(version, captions), focus);
  }

  /** Caption j taken out: the texts kept for the ones after it move up with them. */
  removeCaption(index: number, version: Version, j: number) {
    const captions = version.captions ?? [];
    for (let k = j; k < captions.length; k++) {
      const next = this.vttText(`${version.lang}:captions:${k + 1}`) ?? '';
      this.vttTexts.set(`${version.lang}:captions:${k}`, next);
      keepCaptionText(`${version.lang}:captions:${k}`, next);
    }
    this.announcement = msg(str`Ondertitels ${j + 1} zijn weggehaald.`, {
      id: 'studio-video-caption-removed',
    });
    this.setCaptions(
      index,
      version,
      captions.filter((_, k) => k !== j),
      `#versions-${index}-add-caption`,
    );
  }

  private input(index: number, version: Version, key: keyof Version, hint?: string) {
    const path = `versions.${index}.${key}`;
    const id = path.replace(/\./g, '-');
    const problems = this.problemsAt(path);
    const label: Record<string, string> = {
      title: msg('Titel van de video', { id: 'studio-video-title' }),
      poster: msg('Voorplaatje (adres van een afbeelding)', { id: 'studio-video-poster' }),
      signLanguage: msg('Video met gebarentaal (adres)', { id: 'studio-video-sign' }),
      download: msg('Video om te downloaden (adres)', { id: 'studio-video-download' }),
    };
    const text = key === 'title';
    const describedBy =
      [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : '']
        .filter(Boolean)
        .join(' ') || nothing;
    return html`<div class="field">
      <label for=${id}
        >${label[key]}${
          text
            ? html` <span class="required"
                >${msg('(verplicht)', { id: 'studio-video-required' })}</span
              >`
            : nothing
        }</label
      >
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <input
        id=${id}
        type="text"
        lang=${text ? version.lang : nothing}
        dir=${text ? directionOf(version.lang) : 'ltr'}
        spellcheck=${text ? 'true' : 'false'}
        aria-describedby=${describedBy}
        aria-invalid=${problems.some((p) => p.severity === 'error') ? 'true' : nothing}
        .value=${String(version[key] ?? '')}
        @input=${(e: Event) =>
          this.setVersion(index, withField(version, key, (e.target as HTMLInputElement).value))}
      />
      ${problemList(`${id}-problems`, problems)}
    </div>`;
  }

  private renderTranscript(index: number, version: Version) {
    const path = `versions.${index}.transcript`;
    const id = path.replace(/\./g, '-');
    const problems = this.problemsAt(path);
    return html`<div class="field">
      <label for=${id}
        >${msg('Uitgeschreven tekst (niet verplicht)', { id: 'studio-video-transcript' })}</label
      >
      <p class="hint" id="${id}-hint">
        ${msg(
          'Leeg gelaten maakt de widget de tekst uit de ondertitels. Let op: een eigen uitgeschreven tekst komt alleen mee in een inhoudsbestand, niet in de code met de inhoud erin.',
          { id: 'studio-video-transcript-hint' },
        )}
      </p>
      <textarea
        id=${id}
        rows="4"
        lang=${version.lang}
        dir=${directionOf(version.lang)}
        aria-describedby="${id}-hint${problems.length ? ` ${id}-problems` : ''}"
        .value=${version.transcript ?? ''}
        @input=${(e: Event) =>
          this.setVersion(
            index,
            withField(version, 'transcript', (e.target as HTMLTextAreaElement).value),
          )}
      ></textarea>
      ${problemList(`${id}-problems`, problems)}
    </div>`;
  }

  /** Dutch is the source; every other version can be marked as not yet checked by a person. */
  private renderMachine(index: number, version: Version) {
    if (version.lang === 'nl') return nothing;
    const id = `versions-${index}-machine`;
    return html`<div class="field">
      <span class="choice"
        ><input
          type="checkbox"
          id=${id}
          aria-describedby="${id}-hint"
          .checked=${(this.content.machineTranslated ?? []).includes(version.lang)}
          @change=${(e: Event) =>
            this.change(
              withMachineTranslated(
                this.content,
                version.lang,
                (e.target as HTMLInputElement).checked,
              ),
            )}
        /><label for=${id}
          >${msg('Vertaald met hulp van een machine, nog niet nagekeken', {
            id: 'studio-video-machine',
          })}</label
        ></span
      >
      <p class="hint" id="${id}-hint">
        ${msg('De widget zegt dit dan ook tegen de bewoner.', { id: 'studio-video-machine-hint' })}
      </p>
    </div>`;
  }

  private renderVersion(version: Version, index: number) {
    const id = `versions-${index}`;
    const trackFile = (kind: 'chapters' | 'descriptions', label: string) =>
      vttField(this, {
        key: `${version.lang}:${kind}`,
        path: `versions.${index}.${kind}`,
        id: `${id}-${kind}`,
        label,
        address: version[kind] ?? '',
        onAddress: (value) => this.setVersion(index, withField(version, kind, value)),
      });
    return html`<section class="version" aria-labelledby="${id}-heading" data-lang=${version.lang}>
      <h3 id="${id}-heading" tabindex="-1">
        ${msg('Video', { id: 'studio-video-heading' })}:
        <bdi lang=${version.lang}>${endonym(version.lang)}</bdi> (${version.lang})
      </h3>
      ${problemList(`${id}-problems`, [
        ...this.problemsAt(`versions.${index}`),
        ...this.problemsAt(`versions.${index}.lang`),
      ])}
      <div class="field">
        <label for="${id}-lang">${msg('Taal van deze video', { id: 'studio-video-lang' })}</label>
        <select
          id="${id}-lang"
          @change=${(e: Event) =>
            // A new language can move the card (Dutch first, then the working languages): the
            // focus follows it, or the next arrow key would change another version.
            this.setVersion(
              index,
              { ...version, lang: (e.target as HTMLSelectElement).value },
              `#${id}-lang`,
            )}
        >
          ${[...new Set([...UI_LOCALES, version.lang])].map(
            (lang) =>
              html`<option value=${lang} ?selected=${lang === version.lang}>
                ${languageName(lang)}
              </option>`,
          )}
        </select>
      </div>
      ${this.input(index, version, 'title')} ${this.renderMachine(index, version)}
      ${sourceFields(this, index, version)}
      ${this.input(
        index,
        version,
        'poster',
        msg(
          'Een afbeelding op uw eigen website, bijvoorbeeld https://www.voorbeeldstad.nl/video/uitleg.jpg.',
          {
            id: 'studio-video-poster-hint',
          },
        ),
      )}
      ${captionFields(this, index, version)}
      <fieldset>
        <legend>
          ${msg('Hoofdstukken en beschrijving van het beeld', { id: 'studio-video-tracks' })}
        </legend>
        ${trackFile('chapters', msg('Hoofdstukken (niet verplicht)', { id: 'studio-video-chapters' }))}
        ${trackFile(
          'descriptions',
          msg('Audiobeschrijving: wat er in beeld gebeurt, voorgelezen (niet verplicht)', {
            id: 'studio-video-descriptions',
          }),
        )}
      </fieldset>
      ${this.renderTranscript(index, version)}
      <details class="more">
        <summary>${msg('Gebarentaal en downloaden', { id: 'studio-video-more' })}</summary>
        ${this.input(index, version, 'signLanguage')} ${this.input(index, version, 'download')}
      </details>
      <button
        type="button"
        class="danger"
        id="${id}-remove"
        ?disabled=${versionsOf(this.content).length < 2}
        @click=${() => this.removeVersion(index)}
      >
        ${msg(str`Video verwijderen: ${languageName(version.lang)}`, {
          id: 'studio-video-remove',
        })}
      </button>
    </section>`;
  }

  /** A working language without a version: a card that says so and adds one. */
  private renderMissing(lang: string) {
    return html`<section class="version missing" aria-labelledby="missing-${lang}-heading">
      <h3 id="missing-${lang}-heading">
        ${msg('Video', { id: 'studio-video-heading' })}:
        <bdi lang=${lang}>${endonym(lang)}</bdi> (${lang})
      </h3>
      <p>${msg('Nog geen video in deze taal.', { id: 'studio-video-none' })}</p>
      <button type="button" id="add-${lang}" @click=${() => this.add(lang)}>
        ${msg(str`Video toevoegen: ${languageName(lang)}`, { id: 'studio-video-add' })}
      </button>
    </section>`;
  }

  /** Problems no field shows (the file as a whole, a field Studio has no control for). */
  private otherProblems() {
    const shown =
      /^versions\.\d+(\.(lang|title|poster|chapters|descriptions|transcript|signLanguage|download|youtube|vimeo|sources(\.\d+\.(src|type))?|captions\.\d+\.(src|lang)))?$/;
    const rest = (this.problems ?? []).filter((p) => !shown.test(dottedPath(p.path)));
    return problemList(
      'other-problems',
      rest.map((p) => ({ ...p, message: `${p.path ? `${p.path}: ` : ''}${p.message}` })),
    );
  }

  protected override render() {
    const ordered = versionsInOrder(this.content, this.languages);
    const have = new Set(versionsOf(this.content).map((v) => v.lang));
    const missing = ['nl', ...this.languages.filter((l) => l !== 'nl')].filter((l) => !have.has(l));
    return html`<p class="hint" id="intro" tabindex="-1">
        ${msg(
          'Eén video per taal, elk met eigen ondertitels. De bewoner kiest de taal in de widget.',
          { id: 'studio-video-intro' },
        )}
      </p>
      ${this.otherProblems()}
      <div class="versions">
        ${repeat(
          ordered,
          ({ index }) => index,
          ({ version, index }) => this.renderVersion(version, index),
        )}
        ${missing.map((lang) => this.renderMissing(lang))}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }
}
