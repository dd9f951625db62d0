/**
 * The three snippets an editor can paste into a CMS, each with the loader's script tag and its
 * `integrity` (from the CDN build that ships):
 * - markup (default): the content as HTML inside the tag, readable without JavaScript;
 * - src: the tag points at a content file the editor uploads (Studio offers the file);
 * - iframe: for a CMS that strips scripts; the content address must be absolute (https), as
 *   the iframe page lives on another origin and would resolve a relative one against itself.
 */
import { msg } from '@wegwijs/core/locale/msg';
import { EMBED_VERSION, IFRAME_INTEGRITY, LOADER_INTEGRITY } from '../generated/loader.js';
import { escapeAttribute as attr } from './html.js';

export type SnippetMode = 'markup' | 'src' | 'iframe';
export const DEFAULT_CDN = `https://cdn.jsdelivr.net/npm/@wegwijs/embed@${EMBED_VERSION}/dist/cdn/`;

export interface SnippetInput {
  mode: SnippetMode;
  widget: string;
  /** Folder of the Wegwijs CDN files (jsDelivr, or the municipality's own server). */
  cdn: string;
  /** Where the editor puts the content file (src and iframe mode). */
  contentUrl: string;
  /** The inner markup (markup mode). */
  markup: string;
  /** Theme tokens for the tag (custom colours, already contrast-checked). */
  tokens: [string, string][];
  /** The title of the iframe (what a screen reader announces). */
  title: string;
}

export type SnippetResult = { ok: true; code: string } | { ok: false; reason: string };

const folder = (cdn: string) => (cdn.endsWith('/') ? cdn : `${cdn}/`);

function absoluteHttps(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function makeSnippet(input: SnippetInput): SnippetResult {
  const cdn = folder(input.cdn.trim() || DEFAULT_CDN);
  if (!absoluteHttps(cdn))
    return {
      ok: false,
      reason: msg('Het adres van de Wegwijs-bestanden moet met https:// beginnen.'),
    };
  const tag = `wegwijs-${input.widget}`;
  const style = input.tokens.length
    ? ` style="${attr(input.tokens.map(([k, v]) => `${k}: ${v}`).join('; '))}"`
    : '';
  if (input.mode === 'iframe') {
    const content = absoluteHttps(input.contentUrl.trim());
    if (!content)
      return {
        ok: false,
        reason: msg(
          'Een iframe heeft het volledige adres van het inhoudsbestand nodig (https://…): een kort adres werkt niet vanaf een andere site.',
        ),
      };
    // The page with the iframe is on the municipality's site, where the file is too: the
    // iframe tells only that origin its height (not every page that might frame it).
    const params = new URLSearchParams({
      widget: input.widget,
      src: content.href,
      parent: content.origin,
    });
    for (const [k, v] of input.tokens) params.set(k, v);
    return {
      ok: true,
      code: `<iframe data-wegwijs title="${attr(input.title)}" src="${attr(`${cdn}embed.html?${params}`)}" style="inline-size:100%;border:0" loading="lazy"></iframe>
<script type="module" src="${attr(cdn)}wegwijs-iframe.js" integrity="${IFRAME_INTEGRITY}" crossorigin="anonymous"></script>`,
    };
  }
  const script = `<script type="module" src="${attr(cdn)}wegwijs.js" integrity="${LOADER_INTEGRITY}" crossorigin="anonymous"></script>`;
  if (input.mode === 'src') {
    const src = input.contentUrl.trim();
    if (!src) return { ok: false, reason: msg('Vul in waar u het inhoudsbestand op uw site zet.') };
    return { ok: true, code: `${script}\n<${tag} src="${attr(src)}"${style}></${tag}>` };
  }
  return { ok: true, code: `${script}\n<${tag}${style}>\n${input.markup}\n</${tag}>` };
}
