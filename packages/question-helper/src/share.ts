/**
 * Sharing the card as text. Nothing is sent anywhere by Wegwijs: the device's share sheet
 * (Web Share API), a WhatsApp link or the clipboard hand the text to an app the resident picks.
 */

export type ShareResult = 'shared' | 'cancelled' | 'unavailable';

/** Open the device's share sheet; `unavailable` when the browser has none (or refuses). */
export async function shareCard(title: string, text: string): Promise<ShareResult> {
  const data = { title, text };
  if (typeof navigator.share !== 'function' || navigator.canShare?.(data) === false)
    return 'unavailable';
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    // AbortError: the resident closed the sheet; anything else: the browser refused.
    return (error as DOMException)?.name === 'AbortError' ? 'cancelled' : 'unavailable';
  }
}

/** A link that opens WhatsApp with the text filled in (the resident picks whom to send it to). */
export function whatsappHref(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}

/** Copy text to the clipboard: the Clipboard API, else a hidden text field and `execCommand`. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}
