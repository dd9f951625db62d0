/**
 * Optional script for the parent page: fits each `<iframe data-wegwijs>` to its content, and
 * passes the resident's language choice on the host page to the iframes (#26: the iframe kept
 * its fixed `lang` parameter). A height is believed only from that iframe's own window and
 * origin; the language is sent only to that iframe's origin.
 */
import { LOCALE_MESSAGE, isResizeMessage } from './messages.js';

function originOf(iframe: HTMLIFrameElement): string | undefined {
  try {
    return new URL(iframe.src, document.baseURI).origin;
  } catch {
    return undefined;
  }
}

export function handleResizeMessage(event: MessageEvent): boolean {
  if (!isResizeMessage(event.data)) return false;
  for (const iframe of document.querySelectorAll<HTMLIFrameElement>('iframe[data-wegwijs]')) {
    if (event.source !== iframe.contentWindow) continue;
    if (event.origin !== originOf(iframe)) return false;
    iframe.style.height = `${event.data.height}px`;
    return true;
  }
  return false;
}

/** The language the resident chose on this page: a Wegwijs switch, else a change of `<html lang>`. */
let chosen: string | undefined;
try {
  chosen = localStorage.getItem('wegwijs:locale') ?? undefined;
} catch {
  chosen = undefined;
}

function sendLocale(iframe: HTMLIFrameElement): void {
  const origin = originOf(iframe);
  if (!chosen || !origin || !iframe.contentWindow) return;
  iframe.contentWindow.postMessage({ type: LOCALE_MESSAGE, locale: chosen }, origin);
}

export function sendLocaleToIframes(locale: string): void {
  chosen = locale;
  for (const iframe of document.querySelectorAll<HTMLIFrameElement>('iframe[data-wegwijs]'))
    sendLocale(iframe);
}

window.addEventListener('message', handleResizeMessage);
// A Wegwijs language switch on this page (its event is dispatched on window).
window.addEventListener('wegwijs-locale-change', (event) => {
  const locale = (event as Event & { locale?: unknown }).locale;
  if (typeof locale === 'string') sendLocaleToIframes(locale);
});
// The host's own language switch that sets <html lang>.
new MutationObserver(() => {
  const lang = document.documentElement.lang;
  if (lang && lang !== chosen) sendLocaleToIframes(lang);
}).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
// An iframe that loads (or reloads) after the choice gets it too. `load` does not bubble; it
// passes the document in the capture phase.
document.addEventListener(
  'load',
  (event) => {
    const target = event.target as Element;
    if (target instanceof HTMLIFrameElement && target.matches('[data-wegwijs]')) sendLocale(target);
  },
  true,
);
