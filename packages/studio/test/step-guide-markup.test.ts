// Markup mode: what Studio writes is what the step guide's own markup reader reads back
// (packages/step-guide/src/markup.ts), in every language, with the profile filled in.
import { expect } from '@open-wc/testing';
import { readMarkup, type Route } from '@wegwijs/step-guide';
import { stepGuideMarkup } from '../src/output/step-guide-markup.js';

const route: Route = {
  steps: [
    {
      id: 'bel',
      pictogram: 'phone',
      title: { nl: 'Bel de gemeente', ar: 'اتصل بالبلدية' },
      text: { nl: 'Dat is **gratis**.\n\n- Zeg uw naam\n- Zeg <wat> u wilt', ar: 'هذا **مجاني**.' },
      action: { label: { nl: 'Bel', ar: 'اتصل' }, phone: '{{telefoon}}' },
      next: 'or',
    },
    {
      title: { nl: 'Neem mee', ar: 'أحضر' },
      bring: [{ nl: 'Uw brieven', ar: 'رسائلك' }],
    },
  ],
};

function read(markup: string) {
  const host = document.createElement('div');
  // The test parses the snippet the way a browser parses the CMS page.
  host.append(document.createRange().createContextualFragment(markup));
  return readMarkup(host);
}

describe('step guide markup from Studio', () => {
  it('reads back the same steps, languages, pictogram, action and list', () => {
    const html = stepGuideMarkup(route, ['nl', 'ar'], { telefoon: '020 123 45 67' });
    const { data, problems } = read(html);
    expect(problems).to.deep.equal([]);
    const [first, second] = data!.steps;
    expect(first!.title).to.deep.equal({ nl: 'Bel de gemeente', ar: 'اتصل بالبلدية' });
    expect(first!.pictogram).to.equal('phone');
    expect(first!.next).to.equal('or');
    expect(first!.action?.phone).to.equal('020 123 45 67');
    expect(first!.action?.label).to.deep.equal({ nl: 'Bel', ar: 'اتصل' });
    expect(String((first!.text as Record<string, string>).nl)).to.include('**gratis**');
    expect(String((first!.text as Record<string, string>).nl)).to.include('<wat>');
    expect(second!.bring).to.deep.equal([{ nl: 'Uw brieven', ar: 'رسائلك' }]);
  });

  it('escapes text: a < in content never becomes markup', () => {
    const html = stepGuideMarkup(route, ['nl'], {});
    expect(html).to.include('Zeg &lt;wat&gt; u wilt');
    expect(html).to.not.include('<wat>');
  });

  it('an Arabic template is right to left', () => {
    expect(stepGuideMarkup(route, ['nl', 'ar'])).to.include(
      '<template lang="ar">\n    <ol dir="rtl">',
    );
  });
});
