/** Escaping for the snippets Studio writes as text (never parsed into Studio's own page). */
export const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * The Wegwijs rich-text subset as HTML: **bold**, [link](https://…), "- " list lines, a blank
 * line between paragraphs. Only http(s), tel: and mailto: links become links.
 */
export function richTextToHtml(source: string, indent: string): string {
  const inline = (line: string) =>
    escapeText(line)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(
        /\[([^\]]+)\]\(((?:https?:|tel:|mailto:)[^)\s]+)\)/g,
        (_, text: string, href: string) => `<a href="${href.replace(/"/g, '&quot;')}">${text}</a>`,
      );
  const out: string[] = [];
  for (const block of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    let list: string[] = [];
    let para: string[] = [];
    const flush = () => {
      if (para.length) out.push(`${indent}<p>${para.map(inline).join(' ')}</p>`);
      if (list.length)
        out.push(
          `${indent}<ul>\n${list.map((i) => `${indent}  <li>${inline(i)}</li>`).join('\n')}\n${indent}</ul>`,
        );
      para = [];
      list = [];
    };
    for (const line of lines) {
      if (/^[-*•]\s+/.test(line)) {
        if (para.length) flush();
        list.push(line.replace(/^[-*•]\s+/, ''));
      } else {
        if (list.length) flush();
        para.push(line);
      }
    }
    flush();
  }
  return out.join('\n');
}
