// The loader warms the date field for a widget whose first view has one (warm-date.ts).
import { expect } from '@open-wc/testing';
import { warmDateField } from '../src/warm-date.js';

describe('warming the date field', () => {
  it('makes one date input, in a task of its own, only for a widget with a date field', async () => {
    const made: string[] = [];
    const create = document.createElement.bind(document);
    const spy = (tag: string, options?: ElementCreationOptions) => {
      const element = create(tag, options);
      if (element instanceof HTMLInputElement) {
        // The type is set after creation: read it once the task has run.
        queueMicrotask(() => made.push(element.type));
      }
      return element;
    };
    document.createElement = spy as typeof document.createElement;
    try {
      warmDateField('wegwijs-step-guide');
      warmDateField('wegwijs-letter-explainer');
      expect(made.length, 'not in the scan’s task').to.equal(0);
      await new Promise((resolve) => setTimeout(resolve));
      await new Promise((resolve) => setTimeout(resolve));
      warmDateField('wegwijs-letter-explainer');
      await new Promise((resolve) => setTimeout(resolve));
      expect(made.join(' ')).to.equal('date');
    } finally {
      document.createElement = create;
    }
  });
});
