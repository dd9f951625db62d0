/**
 * Everything Wegwijs keeps on the device goes through here: namespaced localStorage keys,
 * never cookies. Private mode, a full quota or a blocked storage falls back to memory for
 * this page, so a widget keeps working.
 */
const PREFIX = 'wegwijs:';
const memory = new Map<string, string>();

/** The keys Wegwijs may write (documented in docs/privacy.md; checked by the privacy tests). */
export const STORAGE_KEYS = {
  locale: 'locale',
  speechRate: 'speech-rate',
} as const;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readDevice(key: string): string | undefined {
  const full = PREFIX + key;
  try {
    const value = storage()?.getItem(full);
    if (value !== null && value !== undefined) return value;
  } catch {
    /* storage blocked: use the in-memory copy */
  }
  return memory.get(full);
}

export function writeDevice(key: string, value: string | undefined): void {
  const full = PREFIX + key;
  if (value === undefined) memory.delete(full);
  else memory.set(full, value);
  try {
    if (value === undefined) storage()?.removeItem(full);
    else storage()?.setItem(full, value);
  } catch {
    /* quota exceeded or storage blocked: the in-memory copy serves this page */
  }
}

export function readDeviceJson<T>(key: string): T | undefined {
  const raw = readDevice(key);
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export function writeDeviceJson(key: string, value: unknown): void {
  writeDevice(key, value === undefined ? undefined : JSON.stringify(value));
}
