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
