/**
 * Share a link to the finder with its filters (#26): the device's share sheet (Web Share API)
 * when there is one, otherwise copy the link. Runs only when the resident taps "share";
 * nothing is sent anywhere by the widget itself.
 */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export async function shareLink(url: string, title: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (error) {
      // The resident closed the share sheet: not an error, say nothing.
      if ((error as Error)?.name === 'AbortError') return 'cancelled';
      // Not allowed here (e.g. in an iframe without permission): fall back to copying.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
