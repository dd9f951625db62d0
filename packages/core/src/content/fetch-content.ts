/**
 * Fetch a content file with a timeout, an abort signal and a size cap, so a slow server,
 * a changed `src` or a 10 MB mistake never hangs a resident's phone.
 */
import { problem, type ContentProblem } from './content-problem.js';

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
  let resolved: string;
  try {
    resolved = new URL(url, document.baseURI).href;
  } catch {
    return { ok: false, problem: problem('network', `src "${url}" is not a valid address`) };
  }
  try {
    const response = await fetch(resolved, {
      signal,
      credentials: 'same-origin',
      headers: { Accept: options.accept ?? 'application/json' },
    });
    if (!response.ok) {
      return {
        ok: false,
        problem: problem(
          'http',
          `src "${url}" answered ${response.status} ${response.statusText}`.trim(),
        ),
      };
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      return { ok: false, problem: tooLarge(url, maxBytes) };
    }
    const text = await readCapped(response, maxBytes);
    if (text === undefined) return { ok: false, problem: tooLarge(url, maxBytes) };
    return { ok: true, text };
  } catch (error) {
    if (timeout.aborted) {
      return {
        ok: false,
        problem: problem('timeout', `src "${url}" did not answer within ${timeoutMs / 1000} s`),
      };
    }
    if (options.signal?.aborted) throw error; // superseded by a newer src: not a content problem
    return {
      ok: false,
      problem: problem('network', `src "${url}" could not be loaded (${(error as Error).message})`),
    };
  }
}

function tooLarge(url: string, maxBytes: number): ContentProblem {
  return problem('too-large', `src "${url}" is larger than ${(maxBytes / 1048576).toFixed(1)} MB`);
}

/** Parse JSON and say where it broke. */
export function parseJson(
  text: string,
  origin: string,
): { ok: true; value: unknown } | { ok: false; problem: ContentProblem } {
  if (!text.trim()) return { ok: false, problem: problem('empty', `${origin} is empty`) };
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return {
      ok: false,
      problem: problem('parse', `${origin} is not valid JSON: ${(error as Error).message}`),
    };
  }
}
