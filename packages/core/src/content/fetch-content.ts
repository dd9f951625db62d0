/**
 * Fetch a content file with a timeout, an abort signal and a size cap, so a slow server,
 * a changed `src` or a 10 MB mistake never hangs a resident's phone.
 */
import { coded, type ContentProblem } from './content-problem.js';
import { takePrefetched } from './prefetch.js';

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  accept?: string;
}

export type FetchResult = { ok: true; text: string } | { ok: false; problem: ContentProblem };

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export async function fetchContent(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const mb = (maxBytes / 1048576).toFixed(1);
  let failed: [ContentProblem['code'], string, Record<string, unknown>?];
  let resolved = '';
  try {
    resolved = new URL(url, document.baseURI).href;
    const accept = options.accept ?? 'application/json';
    // The CDN loader may have started this very request already (prefetch.ts).
    const response = await (takePrefetched(resolved, accept, signal) ??
      fetch(resolved, { signal, credentials: 'same-origin', headers: { Accept: accept } }));
    const declared = Number(response.headers.get('content-length') ?? 0);
    const text = !response.ok || declared > maxBytes ? '' : await readCapped(response, maxBytes);
    if (!response.ok) failed = ['http', 'content-http', { status: response.status }];
    else if (text === undefined || declared > maxBytes)
      failed = ['too-large', 'content-too-large', { mb }];
    else return { ok: true, text };
  } catch (error) {
    if (options.signal?.aborted && !timeout.aborted) throw error; // superseded by a newer src
    failed = timeout.aborted
      ? ['timeout', 'content-timeout', { seconds: timeoutMs / 1000 }]
      : ['network', resolved ? 'content-network' : 'content-address'];
  }
  // By its code, worded (in Dutch) when the editor reads it.
  const [kind, code, params] = failed;
  return { ok: false, problem: coded(kind, code, { params: { src: url, ...params } }) };
}

/** Parse JSON and say where it broke (line and column; worded in Dutch when read). */
export function parseJson(
  text: string,
  origin: string,
): { ok: true; value: unknown } | { ok: false; problem: ContentProblem } {
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim())
    return {
      ok: false,
      problem: coded('empty', 'content-empty', { params: { origin } }),
    };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const at = Number(/position (\d+)/.exec(String(error))?.[1] ?? source.length);
    const lines = source.slice(0, at).split(/\r\n|\r|\n/);
    const params = { origin, line: lines.length, column: lines[lines.length - 1]!.length + 1 };
    return {
      ok: false,
      problem: coded('parse', 'content-json', { params }),
    };
  }
}
