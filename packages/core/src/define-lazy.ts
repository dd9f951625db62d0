/**
 * Registers core's elements (language switch, read-aloud button) from a separate chunk.
 * Widgets call this when they connect instead of importing '@wegwijs/core/define', so the
 * buttons' code does not weigh on the widget's first download; the tags upgrade when it arrives.
 */
let loading: Promise<unknown> | undefined;

export function defineCoreElements(): Promise<unknown> {
  loading ??= import('./define.js');
  return loading;
}
