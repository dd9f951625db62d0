/**
 * Where a version's video is: the editor's own files (the best first), or a YouTube or Vimeo
 * address whose service loads nothing until the resident consents. One fieldset of the video
 * form; the form keeps the content, this only renders and reports edits through its host.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import type { StudioProblem } from '../contract.js';
import { problemList } from './vtt-field.js';
import {
  sourceKind,
  vimeoId,
  withField,
  withSourceKind,
  withSources,
  youtubeId,
  type SourceKind,
  type Version,
} from './version-edits.js';

/** What the source fields need of the form. */
export interface SourceFieldsHost {
  /** The check's problems whose path is exactly this path. */
  problemsAt(path: string): StudioProblem[];
  /** Version `index` edited; `focus` (a selector) gets the focus after the update. */
  setVersion(index: number, version: Version, focus?: string): void;
}

export function sourceFields(host: SourceFieldsHost, index: number, version: Version) {
  const kind = sourceKind(version);
  const base = `versions.${index}`;
  const id = `versions-${index}`;
  const kinds: [SourceKind, string][] = [
    ['sources', msg('Eigen videobestanden (aanbevolen)', { id: 'studio-video-kind-files' })],
    ['youtube', msg('YouTube', { id: 'studio-video-kind-youtube' })],
    ['vimeo', msg('Vimeo', { id: 'studio-video-kind-vimeo' })],
  ];
  const sources = version.sources ?? [];
  const service = (key: 'youtube' | 'vimeo') => {
    const path = `${base}.${key}`;
    const problems = host.problemsAt(path);
    return html`<div class="field">
      <label for="${id}-${key}"
        >${
          key === 'youtube'
            ? msg('YouTube-adres of video-id', { id: 'studio-video-youtube' })
            : msg('Vimeo-adres of video-id', { id: 'studio-video-vimeo' })
        }</label
      >
      <p class="hint" id="${id}-${key}-hint">
        ${msg(
          'De widget laadt niets van deze dienst tot de bewoner daar toestemming voor geeft. Zet het voorplaatje op uw eigen website.',
          { id: 'studio-video-service-hint' },
        )}
      </p>
      <input
        id="${id}-${key}"
        type="text"
        dir="ltr"
        spellcheck="false"
        aria-describedby="${id}-${key}-hint${problems.length ? ` ${id}-${key}-problems` : ''}"
        aria-invalid=${problems.some((p) => p.severity === 'error') ? 'true' : nothing}
        .value=${version[key] ?? ''}
        @change=${(e: Event) => {
          const value = (e.target as HTMLInputElement).value;
          host.setVersion(
            index,
            withField(version, key, key === 'youtube' ? youtubeId(value) : vimeoId(value)),
          );
        }}
      />
      ${problemList(`${id}-${key}-problems`, problems)}
    </div>`;
  };
  return html`<fieldset>
    <legend>${msg('Waar staat de video?', { id: 'studio-video-where' })}</legend>
    <div class="choices">
      ${kinds.map(
        ([value, label]) =>
          html`<label class="choice"
            ><input
              type="radio"
              name="${id}-kind"
              .checked=${kind === value}
              @change=${() => host.setVersion(index, withSourceKind(version, value))}
            />${label}</label
          >`,
      )}
    </div>
    ${problemList(`${id}-source-problems`, [...host.problemsAt(`${base}.sources`)])}
    ${
      kind === 'sources'
        ? html`<p class="hint" id="${id}-sources-hint">
              ${msg(
                'Het adres van elk videobestand op uw website (mp4 of webm), het beste bestand eerst.',
                { id: 'studio-video-sources-hint' },
              )}
            </p>
            <ol class="sources">
              ${sources.map((source, j) => {
                const path = `${base}.sources.${j}.src`;
                const problems = host.problemsAt(path);
                return html`<li>
                  <label for="${id}-sources-${j}"
                    >${msg(str`Videobestand ${j + 1}`, { id: 'studio-video-source' })}</label
                  >
                  <input
                    id="${id}-sources-${j}"
                    type="text"
                    dir="ltr"
                    spellcheck="false"
                    aria-describedby="${id}-sources-hint${problems.length ? ` ${id}-sources-${j}-problems` : ''}"
                    aria-invalid=${problems.some((p) => p.severity === 'error') ? 'true' : nothing}
                    .value=${source.src}
                    @input=${(e: Event) =>
                      host.setVersion(
                        index,
                        withSources(
                          version,
                          sources.map((s, k) =>
                            k === j ? { ...s, src: (e.target as HTMLInputElement).value } : s,
                          ),
                        ),
                      )}
                  />
                  ${problemList(`${id}-sources-${j}-problems`, [
                    ...problems,
                    ...host.problemsAt(`${base}.sources.${j}.type`),
                  ])}
                  ${
                    sources.length > 1
                      ? html`<button
                          type="button"
                          class="secondary"
                          @click=${() =>
                            host.setVersion(
                              index,
                              withSources(
                                version,
                                sources.filter((_, k) => k !== j),
                              ),
                              `#${id}-add-source`,
                            )}
                        >
                          ${msg(str`Videobestand ${j + 1} weghalen`, {
                            id: 'studio-video-source-remove',
                          })}
                        </button>`
                      : nothing
                  }
                </li>`;
              })}
            </ol>
            <button
              type="button"
              class="secondary"
              id="${id}-add-source"
              @click=${() =>
                host.setVersion(
                  index,
                  withSources(version, [...sources, { src: '' }]),
                  `#${id}-sources-${sources.length}`,
                )}
            >
              ${msg('Nog een videobestand toevoegen', { id: 'studio-video-source-add' })}
            </button>`
        : service(kind)
    }
  </fieldset>`;
}
