// Text defects a resident saw on the demo (#26 defect 7).
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { endonym } from '@wegwijs/core/language-switch';
import { roleWithoutKind } from '../src/view/contact-card.js';
import { formatList } from '../src/list-format.js';
import '../src/define.js';
import type { WegwijsContactFinder } from '../src/contact-finder.js';

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

  it('has a read-aloud button per contact (#26 defect 8)', async () => {
    const el = await fixture<WegwijsContactFinder>(
      html`<wegwijs-contact-finder
        src="/packages/contact-finder/examples/voorbeeldstad-contacts.json"
      ></wegwijs-contact-finder>`,
    );
    await el.whenReady();
    const first = el.querySelector('article')!;
    const reader = first.querySelector('wegwijs-read-aloud') as
      (HTMLElement & { items: { text: string }[] }) | null;
    expect(reader, 'a read-aloud element').to.exist;
    expect(reader!.items[0]!.text).to.contain(first.querySelector('h3')!.textContent!.trim());
  });

  it('puts an icon on every call, WhatsApp, e-mail, website and map link (#26)', async () => {
    const el = await fixture<WegwijsContactFinder>(
      html`<wegwijs-contact-finder
        src="/packages/contact-finder/examples/voorbeeldstad-contacts.json"
      ></wegwijs-contact-finder>`,
    );
    await el.whenReady();
    const links = [...el.querySelectorAll('article a')];
    expect(links.length).to.be.greaterThan(10);
    const bare = links.filter((a) => !a.querySelector(':scope > svg[aria-hidden="true"]'));
    expect(bare.map((a) => a.getAttribute('href'))).to.deep.equal([]);
  });
});
