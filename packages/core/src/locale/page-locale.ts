/**
 * The page-wide locale shared by every Wegwijs widget. It is any language the content may
 * provide (e.g. Tamazight); the UI strings use the closest UI locale, else Dutch.
 *
 * The first widget resolves it: its own `lang` attribute (the editor's explicit choice for
 * that widget) → the resident's stored choice → `<html lang>` → `navigator.languages` → nl.
 * The stored choice comes before `<html lang>` on purpose: a Dutch site always says
 * lang="nl", and a resident who chose Arabic on one page expects Arabic on the next.
 */
import { SOURCE_LOCALE, directionOf, matchUiLocale, normaliseLocale } from './locales.js';
import { activeUiLocale, onCatalogLoaded, setUiLocale } from './localization.js';
import { WegwijsLocaleChangeEvent } from './locale-change-event.js';
import { STORAGE_KEYS, readDevice, writeDevice } from '../storage/device-storage.js';

type Listener = () => void;
const listeners = new Set<Listener>();
let pageLocale: string | undefined;

function firstUsable(candidates: Iterable<string | null | undefined>): string | undefined {
  for (const candidate of candidates) {
    if (matchUiLocale(candidate)) return normaliseLocale(candidate);
  }
  return undefined;
}

/** The initial locale for a widget, by the documented order. */
export function resolveInitialLocale(widget?: Element): string {
  const own = normaliseLocale(widget?.getAttribute('lang'));
  if (own) return own;
  const stored = normaliseLocale(readDevice(STORAGE_KEYS.locale));
  if (stored) return stored;
  return (
    firstUsable([document.documentElement.lang]) ??
    firstUsable(globalThis.navigator?.languages ?? []) ??
    SOURCE_LOCALE
  );
}

export function getPageLocale(): string {
  return pageLocale ?? SOURCE_LOCALE;
}

export function getPageUiLocale(): string {
  return activeUiLocale();
}

export function getPageDir(): 'ltr' | 'rtl' {
  return directionOf(getPageLocale());
}

/** Called by each widget as it connects; only the first one decides. */
export function initPageLocale(widget: Element): void {
  listenOnce();
  if (pageLocale !== undefined) return;
  void applyLocale(resolveInitialLocale(widget), false);
}

/**
 * Set the locale for every Wegwijs widget on the page. `remember` stores it on the device
 * (the resident chose it); pass false for a locale set by code.
 */
export function setPageLocale(locale: string, options: { remember?: boolean } = {}): Promise<void> {
  const normalised = normaliseLocale(locale);
  if (!normalised) return Promise.reject(new RangeError(`Not a language code: "${locale}"`));
  if (options.remember ?? true) writeDevice(STORAGE_KEYS.locale, normalised);
  return applyLocale(normalised, true);
}

async function applyLocale(locale: string, announce: boolean): Promise<void> {
  pageLocale = locale;
  const ui = matchUiLocale(locale) ?? SOURCE_LOCALE;
  notify(); // content follows at once; UI strings follow when loaded
  await setUiLocale(ui);
  if (pageLocale !== locale) return; // a newer choice won
  notify();
  if (announce) {
    window.dispatchEvent(new WegwijsLocaleChangeEvent(locale, directionOf(locale), ui));
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** Subscribe to locale changes (also fired when late UI strings arrive). */
export function onPageLocaleChange(listener: Listener): () => void {
  listenOnce();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let listening = false;
/** Wired on first use, so importing this module has no side effects. */
function listenOnce(): void {
  if (listening) return;
  listening = true;
  onCatalogLoaded(notify);
  // Another Wegwijs bundle on the page changed the locale: follow it without echoing.
  window.addEventListener(WegwijsLocaleChangeEvent.eventName, (event: Event) => {
    const locale = (event as Partial<WegwijsLocaleChangeEvent>).locale;
    if (typeof locale === 'string' && locale !== pageLocale) void applyLocale(locale, false);
  });
}

/** For tests: forget the page locale so the next widget resolves it again. */
export function resetPageLocaleForTests(): void {
  pageLocale = undefined;
}
