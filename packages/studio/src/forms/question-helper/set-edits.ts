/**
 * Edits of a question set as pure functions: each returns a new set (the form never changes
 * the content it was given) in the shape of the question helper's content model. Ids are
 * required there (the card and "remember on this phone" use them), so a new domain or
 * statement gets a free one at once.
 */
import type { Domain, QuestionSet, Statement } from '@wegwijs/question-helper';

/** A free id `<base>-<n>` that no item in `taken` has. */
export function freeId(base: string, taken: readonly { id: string }[]): string {
  const ids = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (ids.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** An id as the model wants it (a-z, 0-9 and -): "Geld & schulden" → "geld-schulden". */
export function asId(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  const out = list.slice();
  if (to < 0 || to >= list.length) return out;
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

export const domainsOf = (set: QuestionSet | undefined): Domain[] =>
  Array.isArray(set?.domains) ? set.domains : [];

export const statementsOf = (domain: Domain): Statement[] =>
  Array.isArray(domain.statements) ? domain.statements : [];

export function withDomain(set: QuestionSet, index: number, domain: Domain): QuestionSet {
  const domains = domainsOf(set).slice();
  domains[index] = domain;
  return { ...set, domains };
}

export function addDomain(set: QuestionSet): QuestionSet {
  const domains = domainsOf(set);
  const id = freeId('onderwerp', domains);
  return {
    ...set,
    domains: [
      ...domains,
      { id, label: { nl: '' }, statements: [{ id: 'zin-1', text: { nl: '' } }] },
    ],
  };
}

export const removeDomain = (set: QuestionSet, index: number): QuestionSet => ({
  ...set,
  domains: domainsOf(set).filter((_, i) => i !== index),
});

export const moveDomain = (set: QuestionSet, index: number, by: -1 | 1): QuestionSet => ({
  ...set,
  domains: move(domainsOf(set), index, by),
});

export function addStatement(domain: Domain): Domain {
  const statements = statementsOf(domain);
  return {
    ...domain,
    statements: [...statements, { id: freeId('zin', statements), text: { nl: '' } }],
  };
}

export function withStatement(domain: Domain, index: number, statement: Statement): Domain {
  const statements = statementsOf(domain).slice();
  statements[index] = statement;
  return { ...domain, statements };
}

export const removeStatement = (domain: Domain, index: number): Domain => ({
  ...domain,
  statements: statementsOf(domain).filter((_, i) => i !== index),
});

export const moveStatement = (domain: Domain, index: number, by: -1 | 1): Domain => ({
  ...domain,
  statements: move(statementsOf(domain), index, by),
});

/** Set or clear an optional field (an empty value leaves it out of the file). */
export function withOptional<T extends object, K extends keyof T>(
  item: T,
  key: K,
  value: T[K] | '' | undefined,
): T {
  const next = { ...item };
  if (value === '' || value === undefined || value === false) delete next[key];
  else next[key] = value as T[K];
  return next;
}
