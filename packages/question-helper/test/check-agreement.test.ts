// The widget's reader and its check (check.ts: the CLI, Studio, the JSON Schema) are built from
// the one content model (questionSetModel in schema.ts), the reader with the rules it repairs
// (lazy, repairs what it can), the check with core's strict rules. On the check's fixtures
// (packages/cli/test/fixtures/model), what the check accepts the widget shows without a word,
// and what the check rejects the widget names (it skips or repairs it). Unknown fields are the
// one difference: the widget ignores them silently, the check calls them typos.
import { expect } from '@open-wc/testing';
import { check } from '../src/check.js';
import { checkQuestionSet } from '../src/schema.js';
// @ts-expect-error a plain ES module of fixtures, without types
import * as fixtures from '../../cli/test/fixtures/model/question-helper.mjs';

const { valid, invalid, beyond } = fixtures as {
  valid: unknown[];
  invalid: [string, unknown][];
  beyond: [string, unknown, string][];
};

describe('question helper: the widget and its check agree', () => {
  it('what the check accepts, the widget shows without a problem', () => {
    for (const data of valid) {
      expect(check(data).ok, JSON.stringify(data)).to.equal(true);
      const read = checkQuestionSet(data);
      expect(read.problems, JSON.stringify(data)).to.deep.equal([]);
      expect(read.data, JSON.stringify(data)).to.not.equal(undefined);
    }
  });

  it('what the check rejects, the widget names (except unknown fields, which it ignores)', () => {
    let named = 0;
    for (const [why, data] of [...invalid, ...beyond]) {
      const own = check(data).problems.filter((p) => p.severity === 'error');
      expect(own, why).to.not.deep.equal([]);
      if (own.every((p) => p.code === 'schema-unknown')) continue;
      expect(checkQuestionSet(data).problems, why).to.not.deep.equal([]);
      named++;
    }
    expect(named).to.be.greaterThan(25);
  });
});
