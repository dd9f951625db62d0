/**
 * Links in content may only go to http(s), tel: and mailto:. Anything else —
 * `javascript:`, `data:`, `vbscript:`, obfuscated variants — is refused.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'tel:', 'mailto:']);

export function safeUrl(raw: string | null | undefined, base?: string): string | undefined {
  if (!raw) return undefined;
  // Browsers ignore control characters and whitespace inside a scheme; so do we, before parsing.
  const cleaned = raw.replace(
    /[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g,
    '',
  );
  if (!cleaned) return undefined;
  let url: URL;
  try {
    url = new URL(cleaned, base ?? globalThis.document?.baseURI);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** For media and images: same-page-safe http(s) only (no data:, blob: or javascript:). */
export function safeMediaUrl(raw: string | null | undefined, base?: string): string | undefined {
  const url = safeUrl(raw, base);
  return url && /^https?:/.test(url) ? url : undefined;
}

/** A phone number as a `tel:` href: digits and a leading +, nothing else. */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace('+', '').length >= 3 ? `tel:${digits}` : undefined;
}
