/**
 * Dutch postcodes matched on the device. A postcode becomes a number so areas are ranges:
 * "1234AB" → 1234·676 + A·26 + B; "1234" covers 1234AA…1234ZZ; "1000-1099" covers the range.
 * Nothing is sent anywhere and no geocoding service is used.
 */
export type Range = readonly [number, number];

const LETTERS = 676;

function letters(pair: string): number {
  return (pair.charCodeAt(0) - 65) * 26 + (pair.charCodeAt(1) - 65);
}

/** One postcode (4 digits, or 4 digits + 2 letters; spaces and case ignored) as a range. */
export function parsePostcode(input: string): Range | undefined {
  const m = /^([1-9]\d{3})\s*([a-z]{2})?$/i.exec(input.trim());
  if (!m) return undefined;
  const base = Number(m[1]) * LETTERS;
  if (!m[2]) return [base, base + LETTERS - 1];
  const code = base + letters(m[2].toUpperCase());
  return [code, code];
}

/** An area: a postcode, or a range "1000-1099" / "1011AB-1011ZZ". Undefined for a name. */
export function parseArea(area: string): Range | undefined {
  const parts = area.split(/\s*[-–]\s*(?=[1-9])/);
  if (parts.length > 2) return undefined;
  const from = parsePostcode(parts[0] ?? '');
  if (!from) return undefined;
  if (parts.length === 1) return from;
  const to = parsePostcode(parts[1] ?? '');
  return to && to[1] >= from[0] ? [from[0], to[1]] : undefined;
}

/** What the resident typed: 'empty', a valid range, or 'invalid' (shown as a hint, not applied). */
export function readPostcodeInput(input: string): Range | 'empty' | 'invalid' {
  if (!input.trim()) return 'empty';
  // Arabic and Persian keyboards type ٩٩٠١ / ۹۹۰۱: the same digits
  const digits = input.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) =>
    String(d.charCodeAt(0) & 15),
  );
  return parsePostcode(digits) ?? 'invalid';
}
