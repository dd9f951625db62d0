import { expect, fixture, html } from '@open-wc/testing';
import type { WegwijsStepGuide } from '@wegwijs/step-guide';
import '@wegwijs/step-guide/define';
import { BASE, PLACEHOLDERS, getText, STEPS, rendered, openAll } from './helpers.js';

document.documentElement.lang = 'nl';

describe('content-oco: the step guide reads the pack with its own validator', () => {
  const src = `${BASE}step-guide-oco.json`;

  it('without a profile: 10 steps, no raw {{field}}, sentences and the call button left out', async () => {
    const el = await fixture<WegwijsStepGuide>(
      html`<wegwijs-step-guide preview src=${src}></wegwijs-step-guide>`,
    );
    await rendered(el);
    await openAll(el);
    expect(el.content.status).to.equal('ready');
    expect(el.content.data?.steps).to.have.length(STEPS);
    // A resident never sees an unfilled field, nor a button that calls no number.
    expect(el.textContent).not.to.match(/\{\{|\[[A-Z]{4,}\]/);
    expect(el.textContent).not.to.include('Bel .');
    expect(el.querySelector('a[href^="tel:"]')).to.equal(null);
    const steps = el.content.data!.steps;
    const call = steps.findIndex((s) => s.id === 'call-or-message');
    const walkIn = steps.findIndex((s) => s.id === 'walk-in');
    const first = steps.findIndex((s) => s.id === 'first-conversation');
    expect(steps[call]?.action).to.equal(undefined);
    // The sentences without a field stay: the step still says what to do.
    expect((steps[walkIn]?.text as Record<string, string>)['nl']).not.to.equal('');
    // The preview names every unfilled field (all six), in Dutch.
    const paths = el.problems.map((p) => p.path);
    expect(paths).to.include(`steps[${call}].action.phone`);
    expect(paths).to.include(`steps[${walkIn}].text.nl`);
    expect(paths).to.include(`steps[${first}].text.ar`);
    for (const p of el.problems) expect(p.message).to.match(/is niet ingevuld/);
    for (const field of PLACEHOLDERS)
      expect(
        el.problems.some((p) => p.message.includes(field)),
        field,
      ).to.equal(true);
  });

  it('with the profile on the page (<html data-wegwijs-…>), it loads without any problem', async () => {
    const root = document.documentElement;
    const profile = {
      telefoon: '020 123 45 67',
      whatsapp: '06 12 34 56 78',
      adres: 'Stationsplein 1',
      inlooptijden: 'di 9:00-12:00',
      reactietijd: 'een week',
      website: 'voorbeeldstad.nl/oco',
    };
    for (const [field, value] of Object.entries(profile))
      root.setAttribute(`data-wegwijs-${field}`, value);
    try {
      const el = await fixture<WegwijsStepGuide>(
        html`<wegwijs-step-guide preview src=${src}></wegwijs-step-guide>`,
      );
      await rendered(el);
      await openAll(el);
      expect(el.content.status).to.equal('ready');
      expect(el.problems).to.deep.equal([]);
      expect(el.textContent).not.to.match(/\{\{|\[[A-Z]{4,}\]/);
      const steps = el.content.data!.steps;
      const walkIn = steps.find((s) => s.id === 'walk-in')?.text as Record<string, string>;
      expect(walkIn['nl']).to.include('Stationsplein 1');
      expect(walkIn['ar']).to.include('Stationsplein 1');
      expect(el.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:0201234567');
      expect(steps.find((s) => s.id === 'call-or-message')?.action?.phone).to.equal(
        '020 123 45 67',
      );
    } finally {
      for (const field of Object.keys(profile)) root.removeAttribute(`data-wegwijs-${field}`);
    }
  });

  it('pasted inline, with the example profile as a JSON block, it loads without any problem', async () => {
    // The example profile fills every field, per language where a language needs its own words.
    const block = document.createElement('script');
    block.type = 'application/json';
    block.dataset['wegwijsProfile'] = '';
    block.textContent = await getText('/packages/content-oco/profiel-voorbeeld.json');
    document.body.append(block);
    try {
      // Inline content, as an editor pastes it: <script type="application/json"> inside the tag.
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = await getText(src);
      const guide = document.createElement('wegwijs-step-guide');
      guide.preview = true;
      guide.append(script);
      const el = await fixture<WegwijsStepGuide>(html`${guide}`);
      await rendered(el);
      await openAll(el);
      expect(el.content.status).to.equal('ready');
      expect(el.problems).to.deep.equal([]);
      // What residents see: the steps (the pasted JSON itself stays in its <script>).
      const shown = [...el.querySelectorAll('.wegwijs-step-guide__step')]
        .map((step) => step.textContent)
        .join(' ');
      expect(shown).to.include('binnen een week');
      expect(shown).not.to.match(/\{\{|\[[A-Z]{4,}\]/);
      expect(el.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:0201234567');
      const steps = el.content.data!.steps;
      const first = steps.find((s) => s.id === 'first-conversation')?.text as Record<
        string,
        string
      >;
      expect(first['nl']).to.include('binnen een week');
      expect(first['pl']).to.include('w ciągu tygodnia');
      expect(first['fr']).to.include('dans un délai de sept jours');
      const call = steps.find((s) => s.id === 'call-or-message')?.text as Record<string, string>;
      expect(call['nl']).to.include('06 12345678');
    } finally {
      block.remove();
    }
  });
});
