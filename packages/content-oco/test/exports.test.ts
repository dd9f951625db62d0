import { expect } from '@open-wc/testing';
import '@wegwijs/step-guide/define';

document.documentElement.lang = 'nl';
const TEXT_FILES = ['step-guide-oco.json', 'video-script-oco.json', 'contact-finder-intro.json'];

type Json = Record<string, unknown>;
const getText = async (url: string) => {
  const response = await fetch(url);
  expect(response.ok, `${url} is served`).to.equal(true);
  return response.text();
};
const getJson = async (url: string) => JSON.parse(await getText(url)) as Json;

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
