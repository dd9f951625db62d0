/**
 * Styles for a widget's light-DOM content (the text read-aloud and translation tools must
 * reach): one constructable stylesheet per CSS text, adopted into the document or shadow root
 * that holds the widget — so a widget inside another component's shadow root is styled too.
 * Layered in `@layer wegwijs` by default, so the host's own styles win; `layered: false` for
 * the few rules that keep controls usable under aggressive host resets.
 */
const sheets = new Map<string, CSSStyleSheet>();

export function lightStyleSheet(cssText: string, { layered = true } = {}): CSSStyleSheet {
  const text = layered ? `@layer wegwijs{${cssText}}` : cssText;
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  return sheet;
}

/**
 * Adopt `sheet` once into the root holding `node`. Does nothing for a node that is not in a
 * page (removed before a lazy chunk arrived): the widget adopts again when it connects.
 */
export function adoptLightStyles(node: Node, sheet: CSSStyleSheet | undefined): void {
  if (!sheet || !node.isConnected) return;
  const root = node.getRootNode() as Document | ShadowRoot;
  if (!Array.isArray(root.adoptedStyleSheets) || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
