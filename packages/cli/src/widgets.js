/**
 * The widgets' own content checks (`@wegwijs/<widget>/check`): the one place where content
 * rules live. The CLI, the snippet builder and the tests call these; nothing here repeats them.
 */
import * as stepGuide from '@wegwijs/step-guide/check';
import * as videoExplainer from '@wegwijs/video-explainer/check';
import * as letterExplainer from '@wegwijs/letter-explainer/check';
import * as contactFinder from '@wegwijs/contact-finder/check';
import * as questionHelper from '@wegwijs/question-helper/check';

/** @type {Record<string, { check: Function, validate: Function, texts: Function, shape: readonly string[], widget: string }>} */
export const CHECKS = {
  'step-guide': stepGuide,
  'video-explainer': videoExplainer,
  'letter-explainer': letterExplainer,
  'contact-finder': contactFinder,
  'question-helper': questionHelper,
};

/** The contact finder's spreadsheet check (the same column table as the widget's reader). */
export const checkContactsCsv = contactFinder.checkCsv;
