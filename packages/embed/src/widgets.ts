/**
 * Which code defines which tag. Each entry is a separate chunk: a page downloads a widget's
 * code only when its tag appears. Literal import paths, so bundlers can split them. The step
 * guide comes with its view: fetched only for a page that shows a guide, it is needed at once.
 */
export const widgetLoaders: Record<string, () => Promise<unknown>> = {
  'wegwijs-step-guide': () => import('@wegwijs/step-guide/define-with-view'),
  'wegwijs-video-explainer': () => import('@wegwijs/video-explainer/define'),
  'wegwijs-letter-explainer': () => import('@wegwijs/letter-explainer/define'),
  'wegwijs-contact-finder': () => import('@wegwijs/contact-finder/define'),
  'wegwijs-question-helper': () => import('@wegwijs/question-helper/define'),
  'wegwijs-language-switch': () => import('@wegwijs/core/define'),
  'wegwijs-read-aloud': () => import('@wegwijs/core/define'),
};
