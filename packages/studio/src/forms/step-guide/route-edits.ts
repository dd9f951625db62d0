/**
 * Edits of a route as pure functions: each returns a new route (the form never changes the
 * content it was given) in the shape of the step guide's content model.
 */
import type { Route, Step, StepAction } from '@wegwijs/step-guide';

export type ActionKind = 'none' | 'call' | 'whatsapp' | 'link';

const WHATSAPP = 'https://wa.me/';

export function withStep(route: Route, index: number, step: Step): Route {
  const steps = route.steps.slice();
  steps[index] = step;
  return { ...route, steps };
}

export function addStep(route: Route): Route {
  return { ...route, steps: [...route.steps, { title: { nl: '' } }] };
}

export function removeStep(route: Route, index: number): Route {
  return { ...route, steps: route.steps.filter((_, i) => i !== index) };
}

export function moveStep(route: Route, index: number, by: -1 | 1): Route {
  const to = index + by;
  if (to < 0 || to >= route.steps.length) return route;
  const steps = route.steps.slice();
  [steps[index], steps[to]] = [steps[to]!, steps[index]!];
  return { ...route, steps };
}

export function actionKind(action: StepAction | undefined): ActionKind {
  if (!action) return 'none';
  if (action.phone !== undefined) return 'call';
  if (action.href?.startsWith(WHATSAPP)) return 'whatsapp';
  return 'link';
}

/** A Dutch mobile number as WhatsApp's address: 06 12345678 → https://wa.me/31612345678. */
export function whatsappHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '').replace(/^\+/, '');
  const international = digits.startsWith('00')
    ? digits.slice(2)
    : digits.startsWith('0')
      ? `31${digits.slice(1)}`
      : digits;
  return `${WHATSAPP}${international}`;
}

export const whatsappNumber = (href: string | undefined) =>
  href?.startsWith(WHATSAPP) ? `+${href.slice(WHATSAPP.length)}` : '';

export function withActionKind(step: Step, kind: ActionKind): Step {
  const next: Step = { ...step };
  const label = step.action?.label;
  if (kind === 'none') delete next.action;
  else if (kind === 'call') next.action = { label, phone: step.action?.phone ?? '' };
  else if (kind === 'whatsapp') next.action = { label, href: WHATSAPP };
  else next.action = { label, href: 'https://' };
  return next;
}
