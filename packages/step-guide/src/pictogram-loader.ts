/**
 * The built-in pictograms, one lazy chunk each, loaded only for the steps that show them.
 * This module itself is loaded lazily too (it is not needed for the first render).
 *
 * The icons come from `@wegwijs/pictograms/registry` (one literal dynamic import per icon, the
 * one list of names), not the package index, which also brings the rendering helpers.
 */
import { coded } from '@wegwijs/core';
import type { Pictogram } from '@wegwijs/pictograms';
import { loadPictogram } from '@wegwijs/pictograms/registry';
import { nextTask } from '@wegwijs/core/net/next-task';
import type { GuideHost } from './host.js';
import type { Route } from './types.js';

/** The pictogram called `name`; `null` for a name that is not built in (or failed to load). */
async function loadIcon(name: string): Promise<Pictogram | null> {
  return (await loadPictogram(name)) ?? null;
}

/**
 * Load the built-in pictograms of a route into the guide; tells the editor about unknown names.
 * Each import starts in a task of its own: starting a module fetch costs the main thread about
 * 10 ms at 4× CPU, and the seven of the example route in one task were a long task of 71 ms on
 * the demo page (`node packages/bench/profile.mjs demo`). The downloads still run in parallel,
 * and the guide renders once, when all have arrived. `load`: another source of icons (tests).
 */
export async function loadPictograms(
  host: GuideHost,
  route: Route,
  load: (name: string) => Promise<Pictogram | null> = loadIcon,
): Promise<void> {
  const names = new Set(
    route.steps.map((s) => s.pictogram).filter((p): p is string => typeof p === 'string' && !!p),
  );
  const unknown: string[] = [];
  const loading: Promise<void>[] = [];
  for (const name of names) {
    if (loading.length) await nextTask();
    loading.push(
      load(name).then((icon) => {
        host.pictograms.set(name, icon);
        if (!icon) unknown.push(name);
      }),
    );
  }
  await Promise.all(loading);
  // By code: worded (in Dutch) when the editor reads it.
  host.reportProblems(
    'pictograms',
    unknown.map((name) =>
      coded('content', 'pictogram-unknown', { severity: 'warning', params: { name } }),
    ),
  );
}
