import { expect } from '@open-wc/testing';
import '@wegwijs/step-guide/define';
import { TEXT_FILES, getJson } from './helpers.js';

document.documentElement.lang = 'nl';

describe('content-oco: package exports', () => {
  it('exports the content folder and the schemas, without a build', async () => {
    const pkg = await getJson('/packages/content-oco/package.json');
    const exports = pkg['exports'] as Record<string, string>;
    const content = exports['./*'] ?? '';
    expect(content).to.equal('./content/*');
    expect(exports['./schema/*']).to.equal('./schema/*');
    expect(pkg['files']).to.include.members(['content', 'schema']);
    for (const file of [...TEXT_FILES, 'video-explainer-oco.json', 'captions/oco-nl.uk.vtt']) {
      const response = await fetch(`/packages/content-oco/${content.replace('*', file)}`);
      expect(response.ok, file).to.equal(true);
    }
  });
});
