/**
 * Contrast of custom colours (WCAG 1.4.3 text, 1.4.11 non-text). An editor's brand colour is
 * never used as given when it fails: the button text switches to dark or white, whichever reads
 * best, and a colour too light against the page is darkened until it passes. Every change is
 * reported, in Dutch, so the check never says "all fine" about unreadable buttons.
 */
export interface ThemeColours {
  primary: string;
  link: string;
}

export interface ThemeFix {
  /** The CSS custom properties to put on the widget. */
  tokens: [string, string][];
  /** What was changed and why (Dutch, for the editor). */
  notes: string[];
}

const PAGE = '#ffffff';
const LIGHT = '#ffffff';

export function parseHex(value: string): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

const toHex = (rgb: number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return 1;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Darken a colour step by step until it reaches `ratio` against `against`. */
function darkenUntil(colour: string, against: string, ratio: number): string {
  let rgb = parseHex(colour)!.map(Number);
  let out = toHex(rgb);
  for (let i = 0; i < 100 && contrast(out, against) < ratio; i++) {
    rgb = rgb.map((c) => c * 0.95);
    out = toHex(rgb);
  }
  return out;
}

export const ratioText = (n: number) => `${n.toFixed(1).replace('.', ',')}:1`;

/**
 * Check and fix custom colours; returns the tokens to use and the notes for the editor. The
 * widgets use the main colour in two ways: as the background of a button with white text, and
 * as the text and border of an outlined button on the white page. Both need 4.5:1 (1.4.3),
 * which also covers the 3:1 of the button's edge (1.4.11).
 */
export function fixTheme(colours: ThemeColours): ThemeFix {
  const notes: string[] = [];
  let primary = parseHex(colours.primary) ? toHex(parseHex(colours.primary)!) : '#0b57a4';
  let link = parseHex(colours.link) ? toHex(parseHex(colours.link)!) : '#0b57a4';
  if (!parseHex(colours.primary) || !parseHex(colours.link))
    notes.push('Geef een kleur als #6a1b7a (een # en zes tekens): Studio gebruikt nu blauw.');
  if (contrast(primary, LIGHT) < 4.5) {
    const fixed = darkenUntil(primary, LIGHT, 4.5);
    notes.push(
      `Hoofdkleur ${primary} met wit is slecht leesbaar (${ratioText(contrast(primary, LIGHT))}, nodig 4,5:1, WCAG 1.4.3 en 1.4.11): witte tekst op de knoppen en de kleur als tekst op de witte pagina. Studio gebruikt ${fixed} (${ratioText(contrast(fixed, LIGHT))}).`,
    );
    primary = fixed;
  }
  if (contrast(link, PAGE) < 4.5) {
    const fixed = darkenUntil(link, PAGE, 4.5);
    notes.push(
      `Linkkleur ${link} is slecht leesbaar op wit (${ratioText(contrast(link, PAGE))}, nodig 4,5:1): Studio gebruikt ${fixed}.`,
    );
    link = fixed;
  }
  return {
    tokens: [
      ['--wegwijs-primary-background', primary],
      ['--wegwijs-primary-color', LIGHT],
      ['--wegwijs-link-color', link],
    ],
    notes,
  };
}
