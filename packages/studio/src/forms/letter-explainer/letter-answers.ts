/**
 * The five questions a resident has about a letter, each answered in Dutch with the other
 * languages beside it, and which languages were translated with a machine's help.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { AnswerKey, LetterContent } from '@wegwijs/letter-explainer';
import { endonym } from '@wegwijs/core/locale/endonyms';
import { textFields, type TextFieldsHost } from './text-fields.js';

export interface AnswersHost extends TextFieldsHost {
  content: LetterContent;
  setAnswer(key: AnswerKey, lang: string, text: string): void;
  setMachineTranslated(lang: string, machine: boolean): void;
}

const QUESTIONS = (): { key: AnswerKey; label: string; required: boolean; hint?: string }[] => [
  {
    key: 'what',
    label: msg('Wat is dit voor brief?', { id: 'studio-letter-q-what' }),
    required: true,
  },
  { key: 'todo', label: msg('Wat moet ik doen?', { id: 'studio-letter-q-todo' }), required: true },
  {
    key: 'when',
    label: msg('Wanneer?', { id: 'studio-letter-q-when' }),
    required: false,
    hint: msg('De datum rekent de uitleg zelf uit met de termijn die u hierboven kiest.', {
      id: 'studio-letter-q-when-hint',
    }),
  },
  {
    key: 'ifNothing',
    label: msg('Wat gebeurt er als ik niets doe?', { id: 'studio-letter-q-if-nothing' }),
    required: true,
  },
  {
    key: 'help',
    label: msg('Wie kan mij helpen?', { id: 'studio-letter-q-help' }),
    required: true,
  },
];

export function letterAnswers(host: AnswersHost): TemplateResult {
  const others = host.languages.filter((lang) => lang !== 'nl');
  const machine = new Set(host.content.machineTranslated ?? []);
  return html`<section aria-labelledby="${host.uid}-answers">
    <h3 id="${host.uid}-answers">${msg('De vijf vragen', { id: 'studio-letter-answers' })}</h3>
    ${QUESTIONS().map((q) =>
      textFields(host, {
        path: `answers.${q.key}`,
        label: q.label,
        value: host.content.answers?.[q.key],
        required: q.required,
        multiline: true,
        hint: q.hint,
        onInput: (lang, text) => host.setAnswer(q.key, lang, text),
      }),
    )}
    ${
      others.length
        ? html`<fieldset class="choices">
            <legend>
              ${msg('Vertaald met hulp van een machine, nog niet nagekeken', {
                id: 'studio-letter-machine',
              })}
            </legend>
            ${others.map(
              (lang) =>
                html`<span class="choice">
                  <input
                    type="checkbox"
                    id="${host.uid}-machine-${lang}"
                    .checked=${machine.has(lang)}
                    @change=${(e: Event) =>
                      host.setMachineTranslated(lang, (e.target as HTMLInputElement).checked)}
                  /><label for="${host.uid}-machine-${lang}"
                    ><bdi lang=${lang}>${endonym(lang)}</bdi></label
                  >
                </span>`,
            )}
          </fieldset>`
        : ''
    }
  </section>`;
}
