import { expect } from '@open-wc/testing';
import { checkRoute } from '../src/schema.js';
import { check } from '../src/check.js';

const load = (path: string) =>
  fetch(path).then((r) => r.json() as Promise<Record<string, unknown>>);

// The JSON Schema file is generated from the same valibot schema; that the two accept and reject
// the same content is tested with a real validator (Ajv) in packages/cli/test/model-agreement.test.js.
describe('route schema', () => {
  it('accepts the example OCO route, in the widget and in the check', async () => {
    const route = await load('/packages/step-guide/examples/oco-route.json');
    const checked = checkRoute(route);
    expect(checked.problems).to.deep.equal([]);
    expect(checked.data!.steps).to.have.length(7);
    expect(route['review']).to.deep.include({ ar: 'machine-assisted' });
    expect(check(route).ok).to.equal(true);
  });

  it('rejects bad routes with a Dutch message naming the place', () => {
    const bad: [unknown, string][] = [
      [{ steps: [] }, 'steps'],
      [{ steps: 'nee' }, 'steps'],
      [{ title: 3, steps: [{ title: 'A' }] }, 'title'],
      [{ steps: [{ title: { nl: 5 } }] }, 'steps[0].title.nl'],
      [{ steps: [{ title: 'A', next: 'maybe' }] }, 'steps[0].next'],
      [{ steps: [{ title: 'A', bring: 'brieven' }] }, 'steps[0].bring'],
      [{ steps: [{ titel: 'A' }] }, 'steps[0].titel'],
      [{ steps: [{ title: 'A', action: { phone: '06-1234' } }] }, 'steps[0].action.phone'],
    ];
    for (const [route, path] of bad) {
      const result = check(route);
      expect(result.ok, JSON.stringify(route)).to.equal(false);
      expect(result.problems.map((p) => p.path)).to.include(path);
      expect(checkRoute(route).problems.length, JSON.stringify(route)).to.be.greaterThan(0);
    }
    expect(check({ steps: [{ titel: 'A' }] }).problems.map((p) => p.message)).to.include(
      'onbekend veld (tikfout?)',
    );
    expect(check({ steps: [] }, { lang: 'en' }).problems[0]?.message).to.equal(
      'too few items (at least 1)',
    );
  });

  it('fills the municipality profile; an empty field leaves its sentence out, never shows it raw', () => {
    const route = {
      steps: [
        {
          title: 'Bel',
          text: {
            nl: 'Bel {{telefoon}}. Het is gratis.',
            ar: 'اتصل على {{telefoon}}. المساعدة مجانية.',
          },
          action: { label: 'Bel', phone: '{{telefoon}}' },
        },
      ],
    };
    const empty = checkRoute(route, undefined, undefined);
    expect(empty.data!.steps[0]!.text).to.deep.equal({
      nl: 'Het is gratis.',
      ar: 'المساعدة مجانية.',
    });
    expect(empty.data!.steps[0]!.action).to.equal(undefined);
    const filled = checkRoute(route, undefined, { telefoon: '020 123 4567' });
    expect(filled.data!.steps[0]!.text).to.deep.equal({
      nl: 'Bel 020 123 4567. Het is gratis.',
      ar: 'اتصل على 020 123 4567. المساعدة مجانية.',
    });
    expect(filled.data!.steps[0]!.action?.phone).to.equal('020 123 4567');
    expect(check(route).problems.map((p) => p.code)).to.deep.equal([
      'profile-missing',
      'profile-missing',
      'profile-missing',
    ]);
    expect(check(route, { profile: { telefoon: '020 123 4567' } }).ok).to.equal(true);
  });

  it('resolves relative audio against the JSON file it came from, not the page', () => {
    const base = 'https://example.org/packs/oco/step-guide.json';
    const route = {
      steps: [
        { title: 'a', audio: { fa: 'audio/fa/a.mp3', nl: 'https://cdn.example/nl.mp3' } },
        { title: 'b', audio: 'audio/b.mp3' },
      ],
    };
    const [first, second] = checkRoute(route, base).data!.steps;
    expect(first!.audio).to.deep.equal({
      fa: 'https://example.org/packs/oco/audio/fa/a.mp3',
      nl: 'https://cdn.example/nl.mp3',
    });
    expect(second!.audio).to.equal('https://example.org/packs/oco/audio/b.mp3');
    // Inline content or markup has no file of its own: the page is the base, as before.
    expect(checkRoute(route).data!.steps[0]!.audio).to.deep.equal(route.steps[0]!.audio);
  });
});
