// Opening a content file: a route opens in the step guide's form; a CSV spreadsheet or broken
// JSON is named for what it is (issue 19 item 8: a CSV was refused as "Geen geldige JSON").
import { expect } from '@open-wc/testing';
import { readContentFile } from '../src/shell/content-file.js';

const file = (name: string, text: string) => new File([text], name);

describe('opening a content file', () => {
  it('a route opens in the step guide form', async () => {
    const result = await readContentFile(
      file('route.json', JSON.stringify({ steps: [{ title: 'Bel' }] })),
      'step-guide',
    );
    expect(result).to.deep.include({ ok: true, widget: 'step-guide' });
  });

  it('a CSV spreadsheet is called a CSV file, not bad JSON', async () => {
    const result = await readContentFile(
      file('contacten.csv', 'naam,telefoon\nAna,0612345678\n'),
      'step-guide',
    );
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.reason).to.match(/CSV-bestand/);
  });

  it('broken JSON says so, with the parser’s reason', async () => {
    const result = await readContentFile(file('route.json', '{"steps": ['), 'step-guide');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.reason).to.match(/geen geldige JSON/);
  });

  it('JSON of no known widget is not opened in a wrong form', async () => {
    const result = await readContentFile(file('x.json', '{"foo": 1}'), 'step-guide');
    expect(result.ok).to.equal(false);
  });
});
