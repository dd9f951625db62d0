/**
 * JSON.parse of a long contact list in slices (issue 23): one JSON.parse of 10,000 contacts
 * (3 MB) blocks a phone's main thread for a few hundred milliseconds, and it cannot pause.
 * So the text is read in two passes that can: a scan that finds the long arrays (the
 * `contacts` list) and cuts them at element boundaries every 64 kB, then one JSON.parse per
 * piece, yielding to the browser in between (slices.ts). The result equals JSON.parse(text);
 * text that is not valid JSON gets JSON.parse's own error, so the editor reads the same
 * message as before.
 */
import { runInSlices } from './slices.js';

/** Text up to this length is parsed at once (a few milliseconds on a phone). */
const AT_ONCE = 256 * 1024;
/** The length of one piece parsed at once. */
const PIECE = 64 * 1024;
/** Stands in for a long array in the outline parsed first; `\u0000` never occurs in content. */
const MARK = '\u0000wegwijs-long-array-';

/** JSON.parse(text), in slices that yield to the browser when the text is long. */
export function parseJsonInSlices(text: string, sliceMs?: number): Promise<unknown> {
  if (text.length <= AT_ONCE) return Promise.resolve(JSON.parse(text) as unknown);
  return runInSlices(jsonSteps(text), sliceMs);
}

/** A long array of the text: where it opens and closes, and where it is cut into pieces. */
interface LongArray {
  open: number;
  close: number;
  /** Positions of the commas between elements where a piece ends. */
  cuts: number[];
}

/** True when the quote at `at` is escaped (preceded by an odd number of backslashes). */
function escaped(text: string, at: number): boolean {
  let slashes = 0;
  while (text.charCodeAt(at - 1 - slashes) === 92) slashes++;
  return slashes % 2 === 1;
}

/** The parse, step by step: it may pause every 256 kB of scanning and after every piece. */
export function* jsonSteps(text: string): Generator<void, unknown> {
  try {
    const arrays = yield* findLongArrays(text);
    if (!arrays) return JSON.parse(text) as unknown;
    // The outline: the text with each long array replaced by a marker string.
    let outline = '';
    let last = 0;
    arrays.forEach((array, k) => {
      outline += `${text.slice(last, array.open)}${JSON.stringify(MARK + k)}`;
      last = array.close + 1;
    });
    const root = JSON.parse(outline + text.slice(last)) as unknown;
    const values: unknown[][] = [];
    for (const { open, close, cuts } of arrays) {
      const items: unknown[] = [];
      let from = open + 1;
      for (const to of [...cuts, close]) {
        yield;
        for (const item of JSON.parse(`[${text.slice(from, to)}]`) as unknown[]) items.push(item);
        from = to + 1;
      }
      values.push(items);
    }
    const markOf = (value: unknown) =>
      typeof value === 'string' && value.startsWith(MARK)
        ? values[Number(value.slice(MARK.length))]
        : undefined;
    if (markOf(root)) return markOf(root);
    if (root && typeof root === 'object')
      for (const [key, value] of Object.entries(root)) {
        const items = markOf(value);
        // defineProperty: a key named "__proto__" stays a plain key, as JSON.parse makes it.
        if (items)
          Object.defineProperty(root, key, {
            value: items,
            writable: true,
            enumerable: true,
            configurable: true,
          });
      }
    return root;
  } catch {
    // Not valid JSON (or a form the scan did not expect): JSON.parse's own verdict, at once.
    return JSON.parse(text) as unknown;
  }
}

/**
 * The arrays at the top of the text (the text itself, or a value of its top object) longer
 * than a piece, with their cuts; undefined when there is none or the brackets do not match.
 */
function* findLongArrays(text: string): Generator<void, LongArray[] | undefined> {
  const arrays: LongArray[] = [];
  let depth = 0;
  let current: (LongArray & { depth: number; pieceStart: number }) | undefined;
  let pauseAt = 1 << 18;
  for (let i = 0; i < text.length; i++) {
    if (i >= pauseAt) {
      yield;
      pauseAt = i + (1 << 18);
    }
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let end = text.indexOf('"', i + 1);
      while (end > 0 && escaped(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) return undefined;
      i = end;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (c === 91 && !current && depth <= 1)
        current = { open: i, close: -1, cuts: [], depth, pieceStart: i };
      depth++;
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      depth--;
      if (current && depth === current.depth) {
        const { open, cuts } = current;
        if (i - open > PIECE) arrays.push({ open, close: i, cuts });
        current = undefined;
      }
    } else if (c === 44 /* , */ && current && depth === current.depth + 1) {
      if (i - current.pieceStart > PIECE) {
        current.cuts.push(i);
        current.pieceStart = i;
      }
    }
  }
  return depth === 0 && arrays.length ? arrays : undefined;
}
