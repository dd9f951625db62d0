/**
 * Fetching the later steps (later-steps.ts) once per page. The first screen (the intro, the
 * life domains, the privacy sentence) renders without them; the view asks for them once that
 * screen is complete (its pictograms are in: on a slow network they do not share it with this
 * code, the resident sees them first) and the browser is idle, so that the
 * resident's tap on "Next" does not wait for a round trip. A tap that comes first fetches them
 * at once; the step's heading is shown (and focused) meanwhile, its body follows when the code
 * arrives.
 */
import { coded } from '@wegwijs/core';
import { whenIdle } from '@wegwijs/core/net/when-idle';
import type { QuestionHost } from './host.js';

type LaterSteps = typeof import('./later-steps.js');

/** The later steps once loaded; `null` when they could not load (network). */
let loaded: LaterSteps | null | undefined;
let loading: Promise<void> | undefined;
/** Helpers on the page to re-render when the code arrives (or fails). */
const waiting = new Set<QuestionHost>();
/** Helpers that asked for the later steps at their first render already. */
const asked = new WeakSet<QuestionHost>();

/** The later steps: the module, `null` when it failed, `undefined` while not there yet. */
export const laterSteps = (): LaterSteps | null | undefined => loaded;

/** Fetch the later steps now (once); `h` re-renders when they arrive or fail. */
export function loadLaterSteps(h: QuestionHost): void {
  if (loaded !== undefined) return;
  waiting.add(h);
  loading ??= import('./later-steps.js').then(
    (module) => {
      loaded = module;
      for (const host of waiting) host.requestUpdate();
      waiting.clear();
    },
    () => {
      loaded = null;
      // The resident reads the project's fallback in the step; the editor reads why.
      for (const host of waiting)
        host.reportProblems('view', [coded('content', 'question-unloaded')]);
      for (const host of waiting) host.requestUpdate();
      waiting.clear();
    },
  );
}

/** Fetch the later steps when the browser is next idle (once the first screen is complete). */
export function loadLaterStepsSoon(h: QuestionHost): void {
  if (loaded !== undefined || asked.has(h)) return;
  asked.add(h);
  // Not skipped on Save-Data: every resident who uses the helper needs these steps, and the
  // bytes were part of the first download before.
  whenIdle(() => loadLaterSteps(h), 1000);
}
