/**
 * Optional script for the parent page: fits each `<iframe data-wegwijs>` to its content.
 * A height is believed only from that iframe's own window and origin.
 */
import { isResizeMessage } from './messages.js';

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

window.addEventListener('message', handleResizeMessage);
