/**
 * Long work in slices that give the main thread back to the browser in between, so a list of
 * 10,000 or 100,000 contacts never freezes a resident's phone (taps, scrolling) while it is
 * read, checked and indexed (issue 23: no task over 50 ms).
 *
 * The work is written once, as a generator that says where it may pause (`yield`); it runs
 * either at once (short lists, tests) or in slices of a few milliseconds each.
 */

type Scheduler = { yield?: () => Promise<void> };

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Gives the main thread back to the browser (input, rendering) and resumes soon after:
 * `scheduler.yield()` where the browser has it (the rest of the work keeps its place in line),
 * else a message to ourselves (unlike `setTimeout(0)`, never clamped to 4 ms when nested).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined')
    return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(undefined);
  });
}

/** Runs the work to its end in one go (a short list: no pause is worth its cost). */
export function runAtOnce<T>(work: Generator<unknown, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the work in slices of about `sliceMs` each (8 ms: well under the 50 ms of a long
 * task, even on a phone four times slower than the machine that measured it), yielding to the
 * browser between them. `sliceMs` 0 yields at every pause (tests).
 */
export async function runInSlices<T>(work: Generator<unknown, T>, sliceMs = 8): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() - start >= sliceMs) {
      await yieldToMain();
      start = performance.now();
    }
  }
}

/**
 * Resolves once the browser has drawn the next frame (its style and layout included), so that
 * work after it is laid out in a frame of its own; after 100 ms at the latest (a hidden page
 * draws no frames).
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
