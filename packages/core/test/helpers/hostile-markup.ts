/**
 * The hostile corpus's very wide and very deep editor markup, built with DOM calls. Shared by
 * the core tests (what the cuts do) and packages/bench/limits (how long they take), so the two
 * measure the same input.
 */

/** A letter with 5,000 list items and a paragraph of 2,000 links. */
export function wideLetter(): { letter: HTMLElement; list: HTMLElement; links: HTMLElement } {
  const letter = document.createElement('div');
  const list = document.createElement('ul');
  for (let i = 0; i < 5_000; i++)
    list.append(Object.assign(document.createElement('li'), { textContent: `punt ${i}` }));
  const links = document.createElement('p');
  for (let i = 0; i < 2_000; i++) {
    const a = document.createElement('a');
    a.href = 'https://example.invalid/';
    a.textContent = 'link';
    links.append(a, ' ');
  }
  letter.append(list, links);
  return { letter, list, links };
}

/** A `<section>` with 10,000 nested elements (alternately `<b>` and `<div>`) and words at the bottom. */
export function deepMarkup(): HTMLElement {
  const top = document.createElement('section');
  let inner: Element = top;
  for (let i = 0; i < 10_000; i++) {
    const next = document.createElement(i % 2 ? 'div' : 'b');
    inner.append(next);
    inner = next;
  }
  inner.append('heel diep');
  return top;
}
