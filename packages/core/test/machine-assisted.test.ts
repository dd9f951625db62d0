import { expect } from '@open-wc/testing';
import { isMachineAssisted } from '../src/locale/machine-assisted.js';

// Both shapes the content models use (Studio's translation-review writes both).
describe('isMachineAssisted', () => {
  it('reads `review` (step guide, question helper): only "machine-assisted" counts', () => {
    const content = {
      review: { ar: 'machine-assisted', tr: 'reviewed', nl: 'written for Wegwijs (B1)' },
    };
    expect(isMachineAssisted(content, 'ar')).to.equal(true);
    expect(isMachineAssisted(content, 'ar-SA'), 'a regional code').to.equal(true);
    expect(isMachineAssisted(content, 'tr'), 'reviewed').to.equal(false);
    expect(isMachineAssisted(content, 'nl'), 'a note on the source').to.equal(false);
    expect(isMachineAssisted(content, 'fa'), 'not marked').to.equal(false);
  });

  it('reads `machineTranslated` (letter, video)', () => {
    const content = { machineTranslated: ['ar', 'ti-ER'] };
    expect(isMachineAssisted(content, 'ar')).to.equal(true);
    expect(isMachineAssisted(content, 'ti')).to.equal(true);
    expect(isMachineAssisted(content, 'nl')).to.equal(false);
    expect(isMachineAssisted(undefined, 'ar'), 'no content').to.equal(false);
  });
});

// One sentence, one set of translations: the widgets render core's note (machineAssistedNote),
// so no widget package keeps its own copy of the sentence in its XLIFF (the letter and the video
// did, with translations that could drift apart from core's).
describe('the machine-assisted sentence', () => {
  const SENTENCE = 'Deze vertaling is gemaakt met hulp van een computer en nog niet gecontroleerd.';
  const PACKAGES = [
    'core',
    'step-guide',
    'video-explainer',
    'letter-explainer',
    'contact-finder',
    'question-helper',
  ];

  it('is translated in core only', async () => {
    const holders: string[] = [];
    for (const name of PACKAGES) {
      const xliff = await (await fetch(`/packages/${name}/xliff/ar.xlf`)).text();
      if (xliff.includes(`<source>${SENTENCE}</source>`)) holders.push(name);
    }
    expect(holders).to.deep.equal(['core']);
  });
});
