// Custom colours: never unreadable buttons (issue 19 item 8: #ffd400 gave white on yellow and
// the check said "Alles in orde").
import { expect } from '@open-wc/testing';
import { contrast, fixTheme } from '../src/theme/contrast.js';

const token = (tokens: [string, string][], name: string) =>
  tokens.find(([k]) => k === name)?.[1] ?? '';

describe('custom colours and their contrast', () => {
  it('#ffd400 is changed so that white text and text on white both reach 4.5:1, and says so', () => {
    const fix = fixTheme({ primary: '#ffd400', link: '#0b57a4' });
    const primary = token(fix.tokens, '--wegwijs-primary-background');
    const on = token(fix.tokens, '--wegwijs-primary-color');
    expect(primary).to.not.equal('#ffd400');
    expect(contrast(primary, on)).to.be.at.least(4.5);
    expect(contrast(primary, '#ffffff')).to.be.at.least(4.5);
    expect(fix.notes.join(' ')).to.match(/#ffd400.*slecht leesbaar/);
  });

  it('a good colour is kept as it is, without notes', () => {
    const fix = fixTheme({ primary: '#6a1b7a', link: '#6a1b7a' });
    expect(token(fix.tokens, '--wegwijs-primary-background')).to.equal('#6a1b7a');
    expect(fix.notes).to.deep.equal([]);
  });

  it('a light link colour is darkened to 4.5:1 on white', () => {
    const fix = fixTheme({ primary: '#0b57a4', link: '#7fb2ff' });
    expect(contrast(token(fix.tokens, '--wegwijs-link-color'), '#ffffff')).to.be.at.least(4.5);
    expect(fix.notes).to.have.length(1);
  });

  it('no colour at all is not accepted silently', () => {
    const fix = fixTheme({ primary: 'geel', link: '#0b57a4' });
    expect(fix.notes[0]).to.match(/#6a1b7a/);
  });

  it('contrast follows WCAG: black on white is 21:1', () => {
    expect(contrast('#000', '#fff')).to.be.closeTo(21, 0.01);
  });
});
