/**
 * Filters in the URL hash, so a link can be shared: #cf-lang=ar&cf-topic=letters&cf-open=1.
 * Other keys in the hash are kept. Postcode and free text are not written by default: the
 * host page's scripts can read the hash, and a postcode says where someone lives.
 */
import type { Filters } from './types.js';

const KEYS = {
  language: 'cf-lang',
  topic: 'cf-topic',
  openNow: 'cf-open',
  postcode: 'cf-pc',
  query: 'cf-q',
} as const;
export type SharedFilter = keyof typeof KEYS;

function params(): URLSearchParams {
  const hash = location.hash.slice(1);
  return new URLSearchParams(hash.includes('=') ? hash : '');
}

export function readHash(): Partial<Filters> {
  const p = params();
  const out: Partial<Filters> = {};
  for (const key of ['language', 'topic', 'postcode', 'query'] as const) {
    const value = p.get(KEYS[key]);
    if (value !== null) out[key] = value;
  }
  if (p.has(KEYS.openNow)) out.openNow = p.get(KEYS.openNow) === '1';
  return out;
}

function hashFor(filters: Filters, shared: readonly SharedFilter[]): string {
  const p = params();
  for (const key of shared) {
    const value = filters[key];
    if (value === true) p.set(KEYS[key], '1');
    else if (value) p.set(KEYS[key], String(value));
    else p.delete(KEYS[key]);
  }
  return p.toString();
}

/** This page's address with these filters in the hash: the link the share button hands on. */
export function shareUrl(filters: Filters, shared: readonly SharedFilter[]): string {
  const hash = hashFor(filters, shared);
  return `${location.origin}${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
}

export function writeHash(filters: Filters, shared: readonly SharedFilter[]): void {
  const hash = hashFor(filters, shared);
  if (hash === location.hash.slice(1)) return;
  if (!hash && !location.hash.includes('cf-')) return;
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`,
  );
}
