/**
 * Which code defines which tag. Each entry is a separate chunk: a page downloads a widget's
 * code only when its tag appears. Literal import paths, so bundlers can split them.
 */
export const widgetLoaders: Record<string, () => Promise<unknown>> = {
  'wegwijs-step-guide': () => import('@wegwijs/step-guide/define'),
  'wegwijs-video-explainer': () => import('@wegwijs/video-explainer/define'),
  'wegwijs-letter-explainer': () => import('@wegwijs/letter-explainer/define'),
  'wegwijs-contact-finder': () => import('@wegwijs/contact-finder/define'),
  'wegwijs-language-switch': () => import('@wegwijs/core/define'),
  'wegwijs-read-aloud': () => import('@wegwijs/core/define'),
};
