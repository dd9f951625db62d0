import { expect } from '@open-wc/testing';
import { glossBeside } from '../src/letter-view.js';

// "CAK (CAK (devlet ödeme kurumu))" in Turkish and English (#26 defect 7).
describe('the translated term beside the Dutch one', () => {
  it('gives only what a translation adds to the Dutch term', () => {
    expect(glossBeside('CAK', 'CAK (devlet ödeme kurumu)')).to.equal('devlet ödeme kurumu');
    expect(glossBeside('CAK', 'CAK (government payment office)')).to.equal(
      'government payment office',
    );
    expect(glossBeside('CAK', 'CAK')).to.equal(undefined);
    expect(glossBeside('beschikking', 'karar yazısı')).to.equal('karar yazısı');
  });
});
