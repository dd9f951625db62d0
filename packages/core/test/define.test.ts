import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { VERSION, WegwijsElement, defineElement } from '../src/index.js';

describe('define()', () => {
  it('registers a tag once and skips the same version silently', () => {
    class First extends WegwijsElement {}
    First.define('wegwijs-define-a');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Again extends WegwijsElement {}
      Again.define('wegwijs-define-a');
      First.define('wegwijs-define-a');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('wegwijs-define-a')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, and does not crash, when another version got there first', () => {
    class Old extends LitElement {
      static version = '0.0.1';
    }
    defineElement('wegwijs-define-b', Old);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class New extends WegwijsElement {}
      expect(() => New.define('wegwijs-define-b')).not.to.throw();
      expect(() => New.define('wegwijs-define-b')).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('already defined by Wegwijs 0.0.1');
    expect(customElements.get('wegwijs-define-b')).to.equal(Old);
  });

  it('keeps VERSION equal to the package version', async () => {
    const manifest = await (await fetch('/packages/core/package.json')).json();
    expect(VERSION).to.equal(manifest.version);
  });
});
