import { expect } from '@open-wc/testing';
import { parseJsonInSlices } from '../src/json-slices.js';
import { validateDirectory, validateDirectoryInSlices } from '../src/schema.js';
import { check, indexInSlices } from '../src/data.js';
import './helpers/papaparse.js';
import { csvSteps, papaparse, parseContactsCsv } from '../src/csv.js';
import { runAtOnce } from '../src/slices.js';
import { generateContacts, toCsv } from '../scripts/generate.mjs';
import { JSON_SRC } from './helpers/finder.js';

/** Runs `work` with a scheduler.yield that counts the slices (every pause yields with 0 ms). */
async function counting<T>(work: () => Promise<T>): Promise<{ value: T; yields: number }> {
  let yields = 0;
  const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
  Object.defineProperty(globalThis, 'scheduler', {
    configurable: true,
    value: { yield: () => ((yields += 1), Promise.resolve()) },
  });
  try {
    return { value: await work(), yields };
  } finally {
    if (own) Object.defineProperty(globalThis, 'scheduler', own);
    else delete (globalThis as { scheduler?: unknown }).scheduler;
  }
}

describe('a long contact list in slices (no long task)', () => {
  const directory = generateContacts(3_000, 11);
  const text = JSON.stringify(directory);

  it('parses a long file in pieces, to what JSON.parse gives', async () => {
    expect(text.length, 'longer than one piece').to.be.above(300_000);
    const { value, yields } = await counting(() => parseJsonInSlices(text, 0));
    expect(value).to.deep.equal(JSON.parse(text));
    expect(yields, 'slices').to.be.at.least(Math.floor(text.length / (64 * 1024)));
  });

  it('parses a top-level list, brackets and quotes inside strings, and "__proto__"', async () => {
    const tricky = generateContacts(2_000, 3).contacts.map((c: object, i: number) => ({
      ...c,
      description: `say "[hi]", {ok}, \\ ${i} \\"`,
    }));
    const list = JSON.stringify(tricky);
    expect(await parseJsonInSlices(list, 0)).to.deep.equal(tricky);
    const withProto = `{"__proto__": ${list}, "contacts": ${list}}`;
    const parsed = (await parseJsonInSlices(withProto, 0)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).to.equal(Object.prototype);
    expect(parsed).to.deep.equal(JSON.parse(withProto));
  });

  it('gives JSON.parse own error for a broken long file', async () => {
    const broken = text.replace('"name":', '"name"');
    let expected = '';
    try {
      JSON.parse(broken);
    } catch (error) {
      expected = (error as Error).message;
    }
    let message = '';
    await parseJsonInSlices(broken, 0).catch((error: Error) => (message = error.message));
    expect(expected).to.not.equal('');
    expect(message).to.equal(expected);
  });

  it('checks a long list in slices, with the same contacts and problems as at once', async () => {
    const raw = JSON.parse(text) as { contacts: Record<string, unknown>[] };
    raw.contacts[5]!.kind = 'nobody';
    const whole = validateDirectory(raw);
    const { value, yields } = await counting(() => validateDirectoryInSlices(raw, 0));
    expect(value).to.deep.equal(whole);
    expect(value.problems.map((p) => p.path)).to.deep.equal(['contacts[5].kind']);
    expect(yields, 'slices').to.be.at.least(3_000 / 32 - 1);
    // The widget's own check takes the sliced path above 1,000 contacts (at once it yields
    // never): it looks for profile fields 250 contacts at a time, then checks in slices of
    // 8 ms, of which a fast machine may need only one; so count the profile's slices only.
    const checked = await counting(() => check(raw));
    expect(checked.value.data?.contacts).to.have.length(2_999);
    expect(checked.yields, 'slices in the widget check').to.be.at.least(3_000 / 250 - 1);
  });
});

describe('a long spreadsheet in slices (no long task)', () => {
  it('reads it in pieces of whole lines, to what one parse gives', async () => {
    const columns = ['name', 'kind', 'languages', 'topics', 'phone', 'areas', 'hours'];
    const csv = toCsv(generateContacts(4_000, 5), columns) as string;
    // A quoted cell with a line end, a semicolon and a quote, where a piece could be cut.
    const lines = csv.split('\n');
    lines[1500] = lines[1500]!.replace(/^[^;]*/, '"Naam met\nregel; en ""quote"""');
    const text = lines.join('\n');
    expect(text.length, 'longer than one piece').to.be.above(256 * 1024);
    const Papa = await papaparse.load();
    const whole = runAtOnce(csvSteps(Papa, text.replace(/^\uFEFF/, ''), Infinity));
    const { value, yields } = await counting(() => parseContactsCsv(text));
    expect(value).to.deep.equal(whole);
    expect(value.problems).to.deep.equal([]);
    expect((value.data as { contacts: { name: string }[] }).contacts).to.have.length(4_000);
    expect((value.data as { contacts: { name: string }[] }).contacts[1499]!.name).to.equal(
      'Naam met\nregel; en "quote"',
    );
    expect(yields, 'slices').to.be.at.least(Math.floor(text.length / (64 * 1024)));
  });
});

describe('a short contact list in slices too (issue 23: a slow phone)', () => {
  /** Every pause point yields: a clock that moves 10 ms per look, as on a slow phone. */
  async function slowPhone<T>(work: () => Promise<T>) {
    const own = Object.getOwnPropertyDescriptor(performance, 'now');
    let t = 0;
    Object.defineProperty(performance, 'now', { configurable: true, value: () => (t += 10) });
    try {
      return await counting(work);
    } finally {
      if (own) Object.defineProperty(performance, 'now', own);
      else delete (performance as { now?: unknown }).now;
    }
  }

  it('checks, makes the formatters and indexes the 30 example contacts in many tasks', async () => {
    const raw = (await (await fetch(JSON_SRC)).json()) as { contacts: unknown[] };
    expect(raw.contacts).to.have.length(30);
    const checked = await slowPhone(() => check(raw));
    expect(checked.value.data?.contacts).to.have.length(30);
    expect(checked.yields, 'pauses in the check: every 4 contacts').to.be.at.least(30 / 4 - 1);
    const built = await slowPhone(() => indexInSlices(checked.value.data!, [], 'nl'));
    expect(built.value.index.contacts).to.have.length(30);
    // Two around the Intl formatters, one after the public holidays, one every 8 contacts.
    expect(built.yields, 'pauses in the index').to.be.at.least(2 + 1 + 3);
  });
});
