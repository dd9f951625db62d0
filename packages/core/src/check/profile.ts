/**
 * The municipality profile: the facts every widget's content needs (phone, address, walk-in
 * hours, website, WhatsApp, the contact-finder page), filled in once and used in every
 * language. Content refers to a fact as {{telefoon}}; the check calls an unfilled fact an
 * error, and the widget never shows it raw: the sentence (or the button) is left out.
 */
import * as v from 'valibot';
import { LANGUAGE_CODE } from './rules.js';
import { joinPath, makeProblem, type CheckOptions, type CheckProblem } from './problem.js';

/** The profile's fields, with the Dutch names editors write between {{ }}. */
export const PROFILE_FIELDS = [
  'telefoon',
  'adres',
  'inlooptijden',
  'website',
  'whatsapp',
  'contactpagina',
  // A promise the municipality must check ("binnen een week"): a text per language.
  'reactietijd',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileValue = string | Readonly<Record<string, string>>;
export type Profile = Partial<Record<ProfileField, ProfileValue>>;

const value = v.union([
  v.string(),
  v.record(v.pipe(v.string(), v.regex(LANGUAGE_CODE)), v.string()),
]);
export const profileSchema = v.object({
  $schema: v.optional(v.string()),
  $comment: v.optional(v.string()),
  ...Object.fromEntries(PROFILE_FIELDS.map((field) => [field, v.optional(value)])),
});

const TOKEN = /\{\{\s*([\w-]+)\s*\}\}/g;
/** Placeholders of the old content packs, such as [TELEFOONNUMMER]: never for residents. */
const OLD_PLACEHOLDER = /\[[A-Z]{4,}\]/g;
/** The same without the global flag, for `test` (a global regex keeps its position between calls). */
const HAS_OLD_PLACEHOLDER = /\[[A-Z]{4,}\]/;

function filled(profile: Profile | undefined, field: string, lang: string): string | undefined {
  const entry = profile?.[field as ProfileField];
  const text =
    typeof entry === 'string'
      ? entry
      : entry
        ? (entry[lang] ?? entry[lang.split('-')[0] ?? ''] ?? entry.nl ?? Object.values(entry)[0])
        : undefined;
  return text?.trim() ? text.trim() : undefined;
}

/** Every {{field}} and old placeholder in the content that the profile does not fill. */
export function profileProblems(
  data: unknown,
  profile: Profile | undefined,
  options: CheckOptions = {},
): CheckProblem[] {
  const out: CheckProblem[] = [];
  const walk = (node: unknown, keys: (string | number)[], lang: string) => {
    if (typeof node === 'string') {
      for (const [, field] of node.matchAll(TOKEN)) {
        const name = field ?? '';
        if (!(PROFILE_FIELDS as readonly string[]).includes(name))
          out.push(
            makeProblem(
              'profile-unknown',
              joinPath(keys),
              { field: name, allowed: [...PROFILE_FIELDS] },
              options,
            ),
          );
        else if (!filled(profile, name, lang))
          out.push(makeProblem('profile-missing', joinPath(keys), { field: name }, options));
      }
      for (const [placeholder] of node.matchAll(OLD_PLACEHOLDER))
        out.push(makeProblem('placeholder-left', joinPath(keys), { placeholder }, options));
    } else if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...keys, i], lang));
    else if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) {
        if (key.startsWith('$')) continue; // $schema, $comment: for editors, not residents
        walk(
          child,
          [...keys, key],
          LANGUAGE_CODE.test(key) && typeof child === 'string' ? key : lang,
        );
      }
  };
  walk(data, [], 'nl');
  return out;
}

/** Sentences end at . ! ? or the Arabic question mark, followed by a space. */
const SENTENCE = /(?<=[.!?؟])\s+/;

/**
 * Fill one string. A string that is only a field (a phone number field) becomes undefined when
 * the field is empty; in a text, the sentences with an empty field are left out.
 */
export function fillText(
  text: string,
  profile: Profile | undefined,
  lang = 'nl',
): string | undefined {
  if (!text.includes('{{') && !HAS_OLD_PLACEHOLDER.test(text)) return text;
  const replace = (part: string) => {
    let missing = HAS_OLD_PLACEHOLDER.test(part);
    const out = part.replace(TOKEN, (_, field: string) => {
      const found = filled(profile, field, lang);
      if (found === undefined) missing = true;
      return found ?? '';
    });
    return missing ? undefined : out;
  };
  if (/^\s*\{\{[^}]*\}\}\s*$/.test(text)) return replace(text);
  const kept = text
    .split(SENTENCE)
    .map(replace)
    .filter((s): s is string => s !== undefined);
  return kept.length ? kept.join(' ') : undefined;
}

/** A value without spaces (`{{telefoon}}`, `tel:{{telefoon}}`, `{{website}}/hulp`): a number or an address, not a sentence. */
const isValue = (text: string) => !/\s/.test(text.trim());
/**
 * The content with the profile filled in, for residents. Only what needs an unfilled field is
 * left out, never more:
 * - in a text, the sentences with an empty field; a text left without a sentence is removed;
 * - a value that is only a field or an address with one (`{{telefoon}}`, `{{website}}/hulp`)
 *   takes the small object it belongs to along (a phone entry, a link, a photo, an address):
 *   that object is the button, and a button without a number or address cannot work;
 * - a list or an object emptied this way is removed too (`phones: [{…}]` → no `phones`).
 * The top of the content, its own properties and the items of its lists (a contact, a domain,
 * a step, the letter's answers) are never removed whole: they lose only the field. Without
 * this, a contact with an unfilled phone entry or address failed the widget's check and
 * disappeared for residents altogether.
 */
export function applyProfile<T>(data: T, profile: Profile | undefined): T {
  /** `kept`: the node is the content, one of its properties, or an item of one of its lists. */
  const walk = (node: unknown, lang: string, level: number, kept: boolean): unknown => {
    if (typeof node === 'string') return fillText(node, profile, lang);
    if (Array.isArray(node)) {
      const out = node
        .map((child) => walk(child, lang, level + 1, level <= 1))
        .filter((child) => child !== undefined);
      return !kept && node.length > 0 && out.length === 0 ? undefined : out;
    }
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      let lostValue = false;
      let lost = false;
      for (const [key, child] of Object.entries(node)) {
        if (key.startsWith('$')) {
          out[key] = child;
          continue;
        }
        const childLang = LANGUAGE_CODE.test(key) && typeof child === 'string' ? key : lang;
        const next = walk(child, childLang, level + 1, level === 0);
        if (next !== undefined) out[key] = next;
        else if (child !== undefined) {
          lost = true;
          if (typeof child === 'string' && isValue(child)) lostValue = true;
        }
      }
      if (!kept && lost) {
        if (lostValue) return undefined;
        if (!Object.keys(out).some((key) => !key.startsWith('$'))) return undefined;
      }
      return out;
    }
    return node;
  };
  return walk(data, 'nl', 0, true) as T;
}

/**
 * The profile of the page: a `<script type="application/json" data-wegwijs-profile>` block,
 * and `data-wegwijs-<field>` attributes on `<html>` (which win, being the more specific).
 */
export function pageProfile(doc: Document | undefined = globalThis.document): Profile | undefined {
  if (!doc) return undefined;
  let profile: Profile = {};
  const script = doc.querySelector('script[type="application/json"][data-wegwijs-profile]');
  if (script?.textContent) {
    try {
      const parsed = v.safeParse(profileSchema, JSON.parse(script.textContent));
      if (parsed.success) profile = { ...(parsed.output as Profile) };
    } catch {
      // A broken profile block fills nothing: the sentences that need it are left out.
    }
  }
  for (const field of PROFILE_FIELDS) {
    const attribute = doc.documentElement.getAttribute(`data-wegwijs-${field}`);
    if (attribute?.trim()) profile[field] = attribute.trim();
  }
  return Object.keys(profile).length ? profile : undefined;
}
