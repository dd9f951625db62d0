import { expect } from '@open-wc/testing';
import { nodeAt, segments } from '../src/letter-text.js';

// Glossary marking and read-aloud look up the text node of a character once per term or
// sentence: a binary search, so a paragraph of 2,000 links (4,000 text nodes) stays linear.
describe('letter text: the text node of a character', () => {
  it('finds the node that holds each character, in a paragraph of 4,000 text nodes', () => {
    const letter = document.createElement('div');
    const p = document.createElement('p');
    for (let i = 0; i < 2_000; i++) {
      const a = document.createElement('a');
      a.textContent = `link${i}`;
      p.append(a, ' ');
    }
    letter.append(p);
    const [segment] = segments(letter);
    expect(segment!.nodes.length).to.equal(4_000);
    for (const index of [0, 4, 5, 6, 1234, segment!.text.length - 1]) {
      const linear = [...segment!.nodes].reverse().find((n) => n.start <= index);
      expect(nodeAt(segment!, index)).to.equal(linear);
    }
    // Every 7th character against the linear answer. Its time (the binary search) is a bench
    // figure, not a limit here: packages/bench/limits.mjs.
    const nodes = segment!.nodes;
    let k = 0;
    for (let i = 0; i < segment!.text.length; i += 7) {
      while (k + 1 < nodes.length && nodes[k + 1]!.start <= i) k++;
      expect(nodeAt(segment!, i)).to.equal(nodes[k]);
    }
  });
});
