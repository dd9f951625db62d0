/** Translated labels for kinds and topics (called at render time, so they follow the locale). */
import { msg } from '@wegwijs/core/locale/msg';
import { svg, type SVGTemplateResult } from 'lit';
import type { Pictogram } from '@wegwijs/pictograms';
import type { Kind, Topic } from './types.js';

/** The kinds' Dutch names, as editors write them in a role (see roleWithoutKind). */
export const DUTCH_KIND: Record<Kind, string> = {
  'client-supporter': 'Cliëntondersteuner',
  'key-person': 'Sleutelpersoon',
  volunteer: 'Vrijwilliger',
  team: 'Buurtteam',
  helpline: 'Hulplijn',
};

export function kindLabel(kind: Kind): string {
  switch (kind) {
    case 'client-supporter':
      return msg('Cliëntondersteuner');
    case 'key-person':
      return msg('Sleutelpersoon');
    case 'volunteer':
      return msg('Vrijwilliger');
    case 'team':
      return msg('Buurtteam');
    default:
      return msg('Hulplijn');
  }
}

export function topicLabel(topic: Topic): string {
  switch (topic) {
    case 'money':
      return msg('Geld en schulden');
    case 'care':
      return msg('Zorg en hulp');
    case 'youth':
      return msg('Jeugd en gezin');
    case 'housing':
      return msg('Wonen');
    case 'work':
      return msg('Werk en inkomen');
    case 'health':
      return msg('Gezondheid');
    case 'letters':
      return msg('Brieven en formulieren');
    default:
      return msg('Eenzaamheid');
  }
}

/**
 * The pictogram shown with each topic: one lazy chunk each, imported by path so the pictogram
 * index (which re-exports every icon) is not pulled in up front.
 */
const TOPIC_PICTOGRAMS: Record<Topic, () => Promise<Pictogram>> = {
  money: () => import('@wegwijs/pictograms/icons/money').then((m) => m.money),
  care: () => import('@wegwijs/pictograms/icons/care').then((m) => m.care),
  youth: () => import('@wegwijs/pictograms/icons/family').then((m) => m.family),
  housing: () => import('@wegwijs/pictograms/icons/house').then((m) => m.house),
  work: () => import('@wegwijs/pictograms/icons/work').then((m) => m.work),
  health: () => import('@wegwijs/pictograms/icons/health').then((m) => m.health),
  letters: () => import('@wegwijs/pictograms/icons/letter').then((m) => m.letter),
  loneliness: () => import('@wegwijs/pictograms/icons/loneliness').then((m) => m.loneliness),
};

export function loadTopicPictogram(topic: Topic): Promise<Pictogram | undefined> {
  return TOPIC_PICTOGRAMS[topic]().catch(() => undefined);
}

/** A decorative pictogram (the topic's word is next to it). */
export function topicPictogram(p: Pictogram | undefined): SVGTemplateResult {
  return svg`<svg viewBox="0 0 48 48" aria-hidden="true" focusable="false">${p?.body}</svg>`;
}
