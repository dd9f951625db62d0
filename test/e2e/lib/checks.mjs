// What every journey checks on what a resident sees, inside `scope` (a CSS selector of the
// page's light DOM, e.g. a section): run in the page, entering open shadow roots.
import { uiStrings } from './ui-strings.mjs';

/** Visible text pieces, interactive targets and overflowing boxes under scope. */
async function survey(page, scope) {
  return page.evaluate((scope) => {
    const roots = [...document.querySelectorAll(scope)];
    const all = [];
    const visit = (node) => {
      for (const child of node.children ?? []) {
        all.push(child);
        if (child.shadowRoot) visit(child.shadowRoot);
        if (child.localName === 'template' || child.localName === 'script') continue;
        visit(child);
      }
    };
    for (const root of roots) {
      all.push(root);
      visit(root);
    }
    const parentOf = (el) => el.parentElement ?? el.getRootNode().host ?? null;
    const visible = (el) => {
      if (!el.checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true })) return false;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) return false;
      // visually hidden (screen-reader only) text is not what a resident sees
      for (let n = el; n; n = parentOf(n)) {
        const s = getComputedStyle(n);
        if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') return false;
      }
      return true;
    };
    const clippedByScroller = (el) => {
      for (let n = parentOf(el); n; n = parentOf(n)) {
        const s = getComputedStyle(n);
        if (/(auto|scroll|hidden|clip)/.test(s.overflowX)) return true;
      }
      return false;
    };
    const describe = (el) => {
      const text = (el.getAttribute('aria-label') || el.textContent || '')
        .trim()
        .replace(/\s+/g, ' ');
      return `${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}("${text.slice(0, 40)}")`;
    };
    // A word, a phone number or a time broken over two lines ("Gezondhei/d", "020 123 45/67").
    const TOKEN = /\+?\d[\d -]{4,}\d|\d+:\d\d|[^\s\-–—/]+/g;
    const broken = (textNode) => {
      const out = [];
      for (const match of textNode.textContent.matchAll(TOKEN)) {
        const token = match[0];
        if (token.length < 2 || token.length > 24 || /[@/]/.test(token)) continue;
        const range = document.createRange();
        range.setStart(textNode, match.index);
        range.setEnd(textNode, match.index + token.length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
        if (rects.length < 2) continue;
        const first = rects[0];
        if (rects.some((r) => r.top > first.bottom - 2)) out.push(token);
      }
      return out;
    };
    const texts = [];
    const breaks = [];
    const targets = [];
    const overflow = [];
    const width = document.documentElement.clientWidth;
    for (const el of all) {
      if (!visible(el)) continue;
      // text shown by this element itself (its own text nodes), and labels it carries
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent.trim())
        .filter(Boolean)
        .join(' ');
      if (own) texts.push(own);
      for (const node of el.childNodes)
        if (node.nodeType === Node.TEXT_NODE && node.textContent.trim())
          for (const token of broken(node)) breaks.push(`"${token}" in ${describe(el)}`);
      if (el.localName !== 'slot' && el.textContent.trim())
        texts.push(el.textContent.trim().replace(/\s+/g, ' '));
      for (const attr of ['aria-label', 'placeholder', 'title', 'alt'])
        if (el.getAttribute(attr)) texts.push(el.getAttribute(attr).trim());
      const r = el.getBoundingClientRect();
      if ((r.right > width + 1 || r.left < -1) && !clippedByScroller(el))
        overflow.push(
          `${describe(el)} spans ${Math.round(r.left)}…${Math.round(r.right)} of ${width}`,
        );
      const interactive =
        el.matches(
          'a[href], button, select, textarea, summary, input:not([type=hidden]), [role=button]',
        ) && !el.matches('[disabled], [inert] *');
      if (interactive) {
        // A checkbox or radio inside its label: the label is the target.
        const label = el.matches('input[type=checkbox], input[type=radio]')
          ? el.closest('label')
          : null;
        const box = (label ?? el).getBoundingClientRect();
        // A link inside a sentence is exempt (WCAG 2.5.8 "inline").
        const parentText = parentOf(el)?.textContent?.trim().length ?? 0;
        const inline =
          el.localName === 'a' &&
          getComputedStyle(el).display === 'inline' &&
          parentText > el.textContent.trim().length + 25;
        targets.push({
          what: describe(el),
          width: Math.round(box.width * 10) / 10,
          height: Math.round(box.height * 10) / 10,
          inline,
        });
      }
    }
    return {
      texts,
      breaks,
      targets,
      overflow,
      pageWidth: document.documentElement.scrollWidth,
      width,
    };
  }, scope);
}

/**
 * The checks of every journey. Returns a list of problems (empty when all is well).
 * `locale`: the chosen language; `mainActions`: locators that must be ≥ 44 × 44 px.
 */
export async function residentSees(page, { scope, locale, mainActions = [] }) {
  const problems = [];
  const seen = await survey(page, scope);
  if (seen.pageWidth > seen.width + 1)
    problems.push(
      `the page scrolls sideways: ${seen.pageWidth} px wide in a ${seen.width} px viewport`,
    );
  for (const b of seen.breaks.slice(0, 5)) problems.push(`broken over two lines: ${b}`);
  for (const o of seen.overflow.slice(0, 5)) problems.push(`overflows the viewport: ${o}`);
  for (const t of seen.targets) {
    if (t.inline) continue;
    if (t.width < 24 || t.height < 24)
      problems.push(`tap target under 24 px: ${t.what} is ${t.width} × ${t.height}`);
  }
  for (const action of mainActions) {
    const box = await action.boundingBox();
    const what = await action.evaluate(
      (el) =>
        `${el.localName}("${(el.getAttribute('aria-label') || el.textContent).trim().replace(/\s+/g, ' ').slice(0, 40)}")`,
    );
    if (!box) problems.push(`main action not visible: ${what}`);
    else if (box.height < 44 - 0.5 || box.width < 44 - 0.5)
      problems.push(
        `main action under 44 px: ${what} is ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`,
      );
  }
  if (locale !== 'nl') {
    const { dutch, translated } = uiStrings(locale);
    const texts = new Set(seen.texts);
    const leftDutch = dutch.filter((s) => texts.has(s));
    for (const s of leftDutch.slice(0, 5))
      problems.push(`Dutch interface text in ${locale}: "${s}"`);
    const shown = seen.texts.join('\n');
    if (!translated.some((t) => shown.includes(t)))
      problems.push(`no interface text in ${locale} under ${scope}`);
  }
  return problems;
}
