/**
 * JSON paths for editors: `steps[2].title`, `versions[0].captions.nl`. Plain ES module.
 */

/**
 * @param {Array<string | number>} segments
 * @returns {string}
 */
export function formatPath(segments) {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(root)';
}

/**
 * Turn a JSON Pointer ("#/steps/2/title" or "/steps/2/title") into path segments, using the
 * data to tell array indexes from object keys.
 * @param {string} pointer
 * @param {unknown} data
 * @returns {Array<string | number>}
 */
export function pointerToSegments(pointer, data) {
  const raw = pointer.replace(/^#/, '');
  if (raw === '' || raw === '/') return [];
  /** @type {Array<string | number>} */
  const out = [];
  let node = data;
  for (const part of raw.slice(1).split('/')) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(key)) {
      out.push(Number(key));
      node = node[Number(key)];
    } else {
      out.push(key);
      node =
        node && typeof node === 'object'
          ? /** @type {Record<string, unknown>} */ (node)[key]
          : undefined;
    }
  }
  return out;
}

/**
 * @param {unknown} data
 * @param {Array<string | number>} segments
 * @returns {unknown}
 */
export function valueAt(data, segments) {
  let node = data;
  for (const segment of segments) {
    if (!node || typeof node !== 'object') return undefined;
    node = /** @type {Record<string | number, unknown>} */ (node)[segment];
  }
  return node;
}

/**
 * Where a JSON text goes wrong: line and column (1-based) of the first character that is not
 * valid JSON, and what was found there. Use after JSON.parse has thrown (engines differ in
 * whether their message has a position).
 * @param {string} text
 * @returns {{ line: number, column: number, found: string }}
 */
export function jsonErrorPosition(text) {
  let i = 0;
  const fail = () => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(/** @type {string} */ (text[i]))) i++;
  };
  const literal = (/** @type {string} */ word) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail();
    i += /** @type {RegExpExecArray} */ (m)[0].length;
  };
  /** @returns {void} */
  const value = () => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else number();
  };
  let at = text.length;
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    ws();
    if (i < text.length) fail();
  } catch (offset) {
    at = typeof offset === 'number' ? offset : i;
  }
  const lines = text.slice(0, at).split('\n');
  const found = at >= text.length ? '' : (text.slice(at, at + 12).split('\n')[0] ?? '');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, found };
}
