/**
 * Gives the main thread back to the browser (taps, scrolling, painting) and resumes in a new
 * task: `scheduler.yield()` where the browser has it (the rest keeps its place in line), else
 * `setTimeout`. Between the parts of a widget's work after its first view, so that no part is
 * one long task on a resident's phone (issue 23). The contact finder's slices
 * (contact-finder/src/slices.ts) do the same for long lists, with a channel of their own. No
 * state: the CDN build copies it into each widget file that uses it.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
