/**
 * The question set's content model (valibot): the one source for the widget, the
 * `@wegwijs/question-helper/check` entry, the CLI and the generated
 * `schema/question-helper.schema.json` (JSON Schema 2020-12, built by
 * packages/cli/scripts/build-schemas.mjs). Descriptions are for editors (the CDN build empties
 * them). Loaded lazily: only JSON content (inline or `src`) needs it; the editor's markup is
 * read into the same shape by `markup.ts`.
 *
 * One model, built with the rules of its reader: the check (`check.ts`) builds it with core's
 * strict rules (a text that is not empty, recordings, the finder's topics, every domain and
 * statement in full); the widget builds it with the rules it repairs (an empty language is left
 * out, an unknown topic is dropped with a warning, a bad domain or statement is skipped, not
 * the whole set). The strict rules stay out of the widget's first download (issue 23's budget).
 */
import * as v from 'valibot';
import { coded, safeUrl, type ContentProblem, type LocalizedText } from '@wegwijs/core';
import { LANGUAGE_CODE } from '@wegwijs/core/check/language-code';
import { localizedTextSchema, validate } from '@wegwijs/core/validation';
import { unknownKeys } from '@wegwijs/core/check/unknown-keys';
import { FINDER_TOPICS } from './topics.js';
import type { Domain, QuestionSet, Statement } from './types.js';

const d = v.description;

type Rule = v.GenericSchema;

/**
 * The question set with the given rules for its texts, recordings and topics. `item`: what the
 * lists hold (the widget passes `v.unknown()` and checks each domain and statement on its own);
 * without it, the lists hold the domains and statements of this model.
 */
export function questionSetModel<Text extends Rule, Audio extends Rule, Topic extends Rule>(
  text: Text,
  audio: Audio,
  topic: Topic,
  item?: v.UnknownSchema,
) {
  const id = v.pipe(
    v.string(),
    v.regex(/^[a-z0-9][a-z0-9-]*$/, 'schema-pattern'),
    d(
      'Vaste naam: kleine letters, cijfers en -. De kaart en "onthouden op deze telefoon" gebruiken die.',
    ),
  );
  const pictogram = v.optional(v.pipe(v.string(), d('Naam van een ingebouwd pictogram.')));
  const statement = v.object({
    id,
    text: v.pipe(
      text,
      d('Een gewone zin in de woorden van de bewoner: "Ik kan mijn rekeningen niet betalen."'),
    ),
    pictogram,
    audio: v.optional(audio),
  });
  const domain = v.object({
    id,
    label: v.pipe(text, d('Kort woord onder het pictogram: "Geld en schulden".')),
    pictogram,
    topic: v.optional(v.pipe(topic, d('Het onderwerp voor de contactzoeker.'))),
    letter: v.optional(
      v.pipe(v.boolean(), d('Gaat over een brief: de vraag naar de termijn biedt de link.')),
    ),
    link: v.optional(
      v.object({
        href: v.pipe(
          v.string(),
          d('http(s)-adres, bijvoorbeeld de pagina met de brievenuitlegger.'),
        ),
        label: text,
      }),
    ),
    statements: v.optional(
      v.pipe(
        v.array(item ?? statement),
        d(
          'De uitspraken van dit levensgebied. Niet in JSON Schema: dat elke id maar één keer voorkomt in het levensgebied (de controle van Wegwijs ziet het wel; de widget slaat de tweede over).',
        ),
      ),
    ),
  });
  const set = v.object({
    $schema: v.optional(v.string()),
    id: v.optional(
      v.pipe(v.string(), d('Naam van de set; daarmee onthoudt de telefoon de keuzes.')),
    ),
    lang: v.optional(v.pipe(v.string(), d('Taal van teksten zonder taalcode (standaard nl).'))),
    review: v.optional(
      v.pipe(v.record(v.string(), v.string()), d('Stand van de vertaling per taal.')),
    ),
    intro: v.optional(v.pipe(text, d('Een paar woorden vóór de levensgebieden.'))),
    domains: v.pipe(
      v.array(item ?? domain),
      v.minLength(1, 'schema-minItems'),
      d(
        'De levensgebieden. Niet in JSON Schema: dat elke id maar één keer voorkomt (de controle van Wegwijs ziet het wel; de widget slaat het tweede over).',
      ),
    ),
  });
  return { statement, domain, set };
}

/** The widget's reader: the model with the rules it repairs (see `checkQuestionSet`). */
const reader = questionSetModel(localizedTextSchema, localizedTextSchema, v.string(), v.unknown());

/**
 * Check a question set: a bad domain or statement is skipped (a warning naming it), a set
 * without any good domain is an error. Unsafe links and unknown topics are left out. Problems
 * have codes, worded in Dutch from core's lazily loaded message table (as in `wegwijs check`).
 */
export function checkQuestionSet(raw: unknown): { data?: QuestionSet; problems: ContentProblem[] } {
  const top = validate(reader.set, raw);
  if (!top.ok) return { problems: top.problems };
  const problems: ContentProblem[] = unknownKeys(reader.set, raw);
  // By code, path and parameters, as `wegwijs check` names them; worded when read, with what
  // the widget did about it (`note`) after the message.
  const warn = (
    path: string,
    code: string,
    params: Record<string, unknown> = {},
    error?: boolean,
    note?: string,
  ) =>
    problems.push(
      coded(error ? 'schema' : 'content', code, {
        path,
        params,
        severity: error ? 'error' : 'warning',
        note,
      }),
    );
  const skipped = (at: string, found: ContentProblem[], what: string) => {
    for (const p of found) {
      const path = p.path ? `${at}.${p.path}` : at;
      warn(path, p.checkCode ?? 'schema-type', p.params, false, `note-${what}-skipped`);
    }
  };
  /**
   * The text without its empty languages (spaces only count as empty), each named (code
   * `text-empty`, as in `wegwijs check`): a blank label would be a checkbox without words.
   * Undefined when it is empty in every language: the domain or statement is then skipped.
   */
  const filled = (text: LocalizedText, path: string, what?: 'domain' | 'statement') => {
    const entries = typeof text === 'string' ? [['', text]] : Object.entries(text);
    const kept = entries.filter(
      ([lang, words]) => /\S/.test(words!) && LANGUAGE_CODE.test(lang || 'nl'),
    );
    const skip = !kept.length && what ? `note-${what}-skipped` : undefined;
    // A key that is no language code ("dutch") is named too: no resident's language matches it.
    const odd = entries.filter(([lang]) => lang && !LANGUAGE_CODE.test(lang));
    for (const [lang] of odd) warn(`${path}.${lang}`, 'schema-language', {}, false, skip);
    // Nothing left to show: the domain or statement is skipped (named once).
    if (skip) return void (odd.length || warn(path, 'text-empty', {}, false, skip));
    for (const [lang, words] of entries)
      if (!/\S/.test(words!)) warn(lang ? `${path}.${lang}` : path, 'text-empty');
    if (kept.length) return typeof text === 'string' ? text : Object.fromEntries(kept);
  };
  const intro = top.data.intro === undefined ? undefined : filled(top.data.intro, 'intro');
  const domains: Domain[] = [];
  const domainIds = new Set<string>();
  top.data.domains.forEach((item, index) => {
    const at = `domains[${index}]`;
    const checked = validate(reader.domain, item);
    if (!checked.ok) return skipped(at, checked.problems, 'domain');
    problems.push(...unknownKeys(reader.domain, item, at));
    if (domainIds.has(checked.data.id))
      return warn(`${at}.id`, 'question-domain-twice', { id: checked.data.id });
    domainIds.add(checked.data.id);
    const label = filled(checked.data.label, `${at}.label`, 'domain');
    if (!label) return;
    const statements: Statement[] = [];
    const statementIds = new Set<string>();
    (checked.data.statements ?? []).forEach((s, i) => {
      const sat = `${at}.statements[${i}]`;
      const st = validate(reader.statement, s);
      if (!st.ok) return skipped(sat, st.problems, 'statement');
      problems.push(...unknownKeys(reader.statement, s, sat));
      if (statementIds.has(st.data.id))
        return warn(`${sat}.id`, 'question-statement-twice', { id: st.data.id });
      statementIds.add(st.data.id);
      const text = filled(st.data.text, `${sat}.text`, 'statement');
      if (text) statements.push({ ...st.data, text });
    });
    const domain: Domain = { ...checked.data, label, statements };
    if (domain.topic && !(FINDER_TOPICS as readonly string[]).includes(domain.topic)) {
      // As the check says it (`schema-enum`); the widget leaves the topic out.
      warn(`${at}.topic`, 'schema-enum', { allowed: FINDER_TOPICS }, false, 'note-left-out');
      delete domain.topic;
    }
    if (domain.link && !safeUrl(domain.link.href)) {
      warn(`${at}.link.href`, 'question-link');
      delete domain.link;
    }
    if (domain.link) {
      const words = filled(domain.link.label, `${at}.link.label`);
      if (words) domain.link = { ...domain.link, label: words };
      else delete domain.link; // a link without words
    }
    domains.push(domain);
  });
  if (domains.length === 0) {
    warn('domains', 'question-no-domain', {}, true);
    return { problems };
  }
  const set: QuestionSet & { $schema?: string } = { ...top.data, intro, domains };
  delete set.$schema;
  if (!set.intro) delete set.intro;
  return { data: set, problems };
}
