// Text defects a resident saw on the demo (#26 defect 7).
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { endonym } from '@wegwijs/core/language-switch';
import { roleWithoutKind } from '../src/render-contact.js';
import { formatList } from '../src/list-format.js';

const rendered = async (template: unknown) => {
  const el = await fixture<HTMLParagraphElement>(html`<p></p>`);
  render(template, el);
  return el.textContent!.replace(/<!--.*?-->/g, '');
};

describe('text a resident reads in a contact', () => {
  it('does not repeat the kind in the role', () => {
    expect(roleWithoutKind('Sleutelpersoon Marokkaanse gemeenschap', 'key-person')).to.equal(
      'Marokkaanse gemeenschap',
    );
    expect(roleWithoutKind('Cliëntondersteuner', 'client-supporter')).to.equal(undefined);
    expect(
      roleWithoutKind({ nl: 'Cliëntondersteuner', tr: 'Danışman' }, 'client-supporter'),
    ).to.deep.equal({ tr: 'Danışman' });
    expect(roleWithoutKind('Voor alle vragen', 'helpline')).to.equal('Voor alle vragen');
  });

  it('lists in the interface language (Arabic comma, not a Latin one)', async () => {
    const arabic = await rendered(formatList(['أ', 'ب', 'ج'], 'ar'));
    expect(arabic).to.contain('،').and.not.contain(','); // CLDR's own pattern: أ، وب، وج
    expect(await rendered(formatList(['a', 'b'], 'nl'))).to.equal('a, b');
  });

  it('names Dari in Dari, not as Persian', () => {
    expect(endonym('prs')).to.equal('دری');
    expect(endonym('fa')).to.equal('فارسی');
  });

  it('spells the demo e-mail of Ayşe Yılmaz with its i', async () => {
    const data = (await (
      await fetch('/packages/contact-finder/examples/voorbeeldstad-contacts.json')
    ).json()) as { contacts: { name: string; email?: string }[] };
    const ayse = data.contacts.find((c) => c.name === 'Ayşe Yılmaz')!;
    expect(ayse.email).to.equal('ayse.yilmaz@voorbeeld.example');
  });
});
