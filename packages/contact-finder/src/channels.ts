import { safeUrl } from '@wegwijs/core';
import type { Location } from './types.js';

/** A Dutch or international number as wa.me wants it: country code, digits only. */
export function whatsappNumber(raw: string): string {
  const digits = raw.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits.slice(1);
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.startsWith('0')) return `31${digits.slice(1)}`;
  return digits;
}

/** A plain link to OpenStreetMap: a navigation the resident chooses, no tiles on our page. */
export function mapHref(l: Location): string | undefined {
  if (l.latitude !== undefined && l.longitude !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${l.latitude}&mlon=${l.longitude}#map=18/${l.latitude}/${l.longitude}`;
  }
  const q = [l.address_1, l.postal_code, l.city].filter(Boolean).join(', ');
  return safeUrl(`https://www.openstreetmap.org/search?query=${encodeURIComponent(q)}`);
}
