import type { SVGTemplateResult } from 'lit';

/**
 * One pictogram: the inner SVG content for a `0 0 48 48` viewBox plus default alt texts.
 *
 * The body uses only `currentColor` (or `none`) for fill and stroke, so it follows the text
 * colour and works in forced-colors mode. It has no ids, no `<style>` and no scripts.
 */
export interface Pictogram {
  /** Kebab-case name, the key in the registry (`home-visit`). */
  name: string;
  /** Inner SVG content for `viewBox="0 0 48 48"`. */
  body: SVGTemplateResult;
  /**
   * Default alt text per language (primary subtag): nl, en, ar, tr, fr, pl, uk, bg, ro, fa, ti,
   * so. Short plain nouns or phrases; editors can override them per use.
   */
  alt: Record<string, string>;
  /** True when the picture has a direction (walking, vehicle, speech-bubble tail, writing). */
  mirrorInRtl?: boolean;
}

/** Languages every pictogram carries an alt text for. */
export const PICTOGRAM_LOCALES = [
  'nl',
  'en',
  'ar',
  'tr',
  'fr',
  'pl',
  'uk',
  'bg',
  'ro',
  'fa',
  'ti',
  'so',
] as const;
