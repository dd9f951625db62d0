// The interface strings of every package, read from the XLIFF files: what a resident should see
// in each language, and the Dutch source strings that must not show up in another language.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './site.mjs';

const decode = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every trans-unit of every package for one locale: { id, source, target, pkg }. */
export function units(locale) {
  const out = [];
  for (const pkg of readdirSync(join(repo, 'packages'))) {
    const file = join(repo, 'packages', pkg, 'xliff', `${locale}.xlf`);
    if (!existsSync(file)) continue;
    const xml = readFileSync(file, 'utf8');
    for (const [, id, body] of xml.matchAll(
      /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g,
    )) {
      const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1];
      const target = body.match(/<target[^>]*>([\s\S]*?)<\/target>/)?.[1];
      if (source === undefined) continue;
      out.push({
        id,
        pkg,
        source: decode(source),
        target: target === undefined ? undefined : decode(target),
      });
    }
  }
  return out;
}

const plain = (text) => !/<x |<ph|\{/.test(text);

/**
 * For a locale other than Dutch: the Dutch strings that the locale translates differently
 * (placeholders left out; short or shared words such as "WhatsApp" are not telling), and the
 * translated strings that prove the interface is in that language.
 */
export function uiStrings(locale) {
  const dutch = new Set();
  const translated = new Set();
  for (const { source, target } of units(locale)) {
    if (target === undefined || !plain(source) || !plain(target)) continue;
    const s = source.trim();
    const t = target.trim();
    if (s === t) continue;
    if (s.length >= 5) dutch.add(s);
    if (t.length >= 3) translated.add(t);
  }
  // A Dutch word may also be a translation elsewhere (rare); it then proves nothing.
  for (const t of translated) dutch.delete(t);
  return { dutch: [...dutch], translated: [...translated] };
}

/** The interface text for a Dutch source string in `locale` (the source itself for nl). */
export function t(locale, source, pkg) {
  if (locale === 'nl') return source;
  const unit = units(locale).find((u) => u.source === source && (!pkg || u.pkg === pkg));
  if (!unit?.target) throw new Error(`no ${locale} translation of "${source}"`);
  return unit.target;
}
