/**
 * The question set JSON, checked with valibot. Loaded lazily: only JSON content (inline or
 * `src`) needs it; the editor's markup is read into the same shape by `markup.ts`.
 * Kept in sync with `schema/question-helper.schema.json` by a test.
 */
import * as v from 'valibot';
import { problem, safeUrl, type ContentProblem, type LocalizedText } from '@wegwijs/core';
import { makeProblem, problemLine, problemMessage } from '@wegwijs/core/check/problem';
import { LANGUAGE_CODE } from '@wegwijs/core/check/language-code';
import { localizedTextSchema as text, validate } from '@wegwijs/core/validation';
import { FINDER_TOPICS } from './topics.js';
import type { Domain, QuestionSet, Statement } from './types.js';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'schema-pattern'));

export const statementSchema = v.object({
  id,
  text,
  pictogram: v.optional(v.string()),
  audio: v.optional(text),
});

export const domainSchema = v.object({
  id,
  label: text,
  pictogram: v.optional(v.string()),
  topic: v.optional(v.string()),
  letter: v.optional(v.boolean()),
  link: v.optional(v.object({ href: v.string(), label: text })),
  statements: v.optional(v.array(v.unknown())),
});

export const questionSetSchema = v.object({
  $schema: v.optional(v.string()),
  id: v.optional(v.string()),
  lang: v.optional(v.string()),
  review: v.optional(v.record(v.string(), v.string())),
  intro: v.optional(text),
  domains: v.pipe(v.array(v.unknown()), v.minLength(1, 'schema-minItems')),
});

/**
 * Check a question set: a bad domain or statement is skipped (a warning naming it), a set
 * without any good domain is an error. Unsafe links and unknown topics are left out. Problems
 * have codes, worded in Dutch from core's lazily loaded message table (as in `wegwijs check`).
 */
export function checkQuestionSet(raw: unknown): { data?: QuestionSet; problems: ContentProblem[] } {
  const top = validate(questionSetSchema, raw);
  if (!top.ok) return { problems: top.problems };
  const problems: ContentProblem[] = [];
  const warn = (path: string, code: string, params?: Record<string, unknown>, error?: boolean) =>
    problems.push(
      problem(error ? 'schema' : 'content', problemLine(makeProblem(code, path, params)), {
        path,
        severity: error ? 'error' : 'warning',
      }),
    );
  const skipped = (at: string, found: ContentProblem[], what: string) => {
    for (const p of found) {
      const path = p.path ? `${at}.${p.path}` : at;
      // `p.message` starts with its own path: the full path goes in front of the problem.
      const said = p.path ? p.message.slice(p.path.length + 2) : p.message;
      warn(path, `question-${what}-skipped`, { problem: said });
    }
  };
  /**
   * The text without its empty languages (spaces only count as empty), each named (code
   * `text-empty`, as in `wegwijs check`): a blank label would be a checkbox without words.
   * Undefined when it is empty in every language: the domain or statement is then skipped.
   */
  const filled = (text: LocalizedText, path: string, what?: 'domain' | 'statement') => {
    const entries = typeof text === 'string' ? [['', text]] : Object.entries(text);
    // A key that is no language code ("dutch") is named too: no resident's language matches it.
    for (const [lang] of entries)
      if (lang && !LANGUAGE_CODE.test(lang)) warn(`${path}.${lang}`, 'schema-language');
    const kept = entries.filter(
      ([lang, words]) => /\S/.test(words!) && LANGUAGE_CODE.test(lang || 'nl'),
    );
    if (!kept.length && what)
      return void warn(path, `question-${what}-skipped`, {
        problem: problemMessage('text-empty', {}),
      });
    for (const [lang, words] of entries)
      if (!/\S/.test(words!)) warn(lang ? `${path}.${lang}` : path, 'text-empty');
    if (kept.length) return typeof text === 'string' ? text : Object.fromEntries(kept);
  };
  const intro = top.data.intro === undefined ? undefined : filled(top.data.intro, 'intro');
  const domains: Domain[] = [];
  const domainIds = new Set<string>();
  top.data.domains.forEach((item, index) => {
    const at = `domains[${index}]`;
    const checked = validate(domainSchema, item);
    if (!checked.ok) return skipped(at, checked.problems, 'domain');
    if (domainIds.has(checked.data.id))
      return warn(`${at}.id`, 'question-domain-twice', { id: checked.data.id });
    domainIds.add(checked.data.id);
    const label = filled(checked.data.label, `${at}.label`, 'domain');
    if (!label) return;
    const statements: Statement[] = [];
    const statementIds = new Set<string>();
    (checked.data.statements ?? []).forEach((s, i) => {
      const sat = `${at}.statements[${i}]`;
      const st = validate(statementSchema, s);
      if (!st.ok) return skipped(sat, st.problems, 'statement');
      if (statementIds.has(st.data.id))
        return warn(`${sat}.id`, 'question-statement-twice', { id: st.data.id });
      statementIds.add(st.data.id);
      const text = filled(st.data.text, `${sat}.text`, 'statement');
      if (text) statements.push({ ...st.data, text });
    });
    const domain: Domain = { ...checked.data, label, statements };
    if (domain.topic && !(FINDER_TOPICS as readonly string[]).includes(domain.topic)) {
      warn(`${at}.topic`, 'question-topic', { allowed: FINDER_TOPICS });
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
