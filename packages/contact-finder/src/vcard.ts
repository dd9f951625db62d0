/** A contact card (vCard 4.0, RFC 6350), made on the device. */
import { resolveText, telHref } from '@wegwijs/core';
import type { Contact } from './types.js';
import { whatsappNumber } from './channels.js';

const esc = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 sequence. */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

export function toVCard(c: Contact, locale: string): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${esc(c.name)}`,
    `KIND:${c.kind === 'team' || c.kind === 'helpline' ? 'org' : 'individual'}`,
  ];
  if (c.organization) lines.push(`ORG:${esc(c.organization.name)}`);
  const role = resolveText(c.role, locale);
  if (role) lines.push(`TITLE:${esc(role.text)}`);
  for (const p of c.phones ?? []) {
    const tel = telHref(p.number);
    if (tel) lines.push(`TEL;VALUE=uri;TYPE=voice:${tel}`);
  }
  if (c.whatsapp) lines.push(`IMPP:https://wa.me/${whatsappNumber(c.whatsapp)}`);
  if (c.email) lines.push(`EMAIL:${esc(c.email)}`);
  if (c.url) lines.push(`URL:${c.url}`);
  const l = c.location;
  if (l)
    lines.push(
      `ADR;TYPE=work:;;${esc(l.address_1)};${esc(l.city ?? '')};;${esc(l.postal_code ?? '')};Nederland`,
    );
  c.languages.forEach((code, i) => lines.push(`LANG;PREF=${i + 1}:${code}`));
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Offer the card as a download (a Blob URL, revoked afterwards). */
export function downloadVCard(c: Contact, locale: string): void {
  const url = URL.createObjectURL(
    new Blob([toVCard(c, locale)], { type: 'text/vcard;charset=utf-8' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = `${c.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'contact'}.vcf`;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
