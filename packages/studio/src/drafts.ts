/**
 * Drafts on the device: the content of each widget, the municipality profile and the settings
 * are kept in localStorage of this browser only. Nothing is sent anywhere.
 */
const PREFIX = 'wegwijs-studio:';

export function readDraft<T>(name: string): T | undefined {
  try {
    const text = localStorage.getItem(PREFIX + name);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Save; false when the browser refuses (full or private mode), so the editor can be told. */
export function writeDraft(name: string, value: unknown): boolean {
  try {
    localStorage.setItem(PREFIX + name, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(name: string): void {
  try {
    localStorage.removeItem(PREFIX + name);
  } catch {
    // nothing stored
  }
}
