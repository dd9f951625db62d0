/**
 * Gives the main thread back to the browser (taps, scrolling, painting) and resumes in a new
 * task: `scheduler.yield()` where the browser has it (the rest keeps its place in line), else
 * `setTimeout`. The letter explainer (view/next-task.ts) and the contact finder (slices.ts) do
 * the same for their work after the first view (issue 23).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
