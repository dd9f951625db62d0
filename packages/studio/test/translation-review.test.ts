// Machine-assisted or reviewed, per language, in the field each widget's own schema has:
// `review` (step guide, question helper) or `machineTranslated` (letter, video).
import { expect } from '@open-wc/testing';
import { stepGuideCheck } from '@wegwijs/step-guide/check';
import { questionHelperCheck } from '@wegwijs/question-helper/check';
import { letterExplainerCheck } from '@wegwijs/letter-explainer/check';
import { videoExplainerCheck } from '@wegwijs/video-explainer/check';
import { contactFinderCheck } from '@wegwijs/contact-finder/check';
import { reviewFieldOf, reviewState, withReviewState } from '../src/shell/translation-review.js';

describe('translation review per language', () => {
  it('finds the field in each widget’s own schema', () => {
    expect(reviewFieldOf(stepGuideCheck.schema)).to.equal('review');
    expect(reviewFieldOf(questionHelperCheck.schema)).to.equal('review');
    expect(reviewFieldOf(letterExplainerCheck.schema)).to.equal('machineTranslated');
    expect(reviewFieldOf(videoExplainerCheck.schema)).to.equal('machineTranslated');
    expect(reviewFieldOf(contactFinderCheck.schema)).to.equal(undefined);
  });

  it('reads and writes `review`', () => {
    const content = { steps: [], review: { ar: 'machine-assisted' } };
    expect(reviewState(content, 'review', 'ar')).to.equal('machine-assisted');
    const next = withReviewState(content, 'review', 'ar', 'reviewed');
    expect(next).to.deep.equal({ steps: [], review: { ar: 'reviewed' } });
    expect(reviewState(next, 'review', 'ar')).to.equal('reviewed');
  });

  it('reads and writes `machineTranslated`, leaving no empty list', () => {
    const letter = { answers: {}, machineTranslated: ['ar', 'tr'] };
    expect(reviewState(letter, 'machineTranslated', 'ar')).to.equal('machine-assisted');
    expect(reviewState(letter, 'machineTranslated', 'en')).to.equal('reviewed');
    const ar = withReviewState(letter, 'machineTranslated', 'ar', 'reviewed');
    expect(ar.machineTranslated).to.deep.equal(['tr']);
    const none = withReviewState(ar, 'machineTranslated', 'tr', 'reviewed');
    expect('machineTranslated' in none).to.equal(false);
    const en = withReviewState(none, 'machineTranslated', 'en', 'machine-assisted');
    expect(en).to.deep.equal({ answers: {}, machineTranslated: ['en'] });
  });
});
