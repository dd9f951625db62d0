import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@wegwijs/contact-finder/define';
import jsonUrl from './contact-finder/voorbeeldstad-contacts.json?url';
import csvUrl from './contact-finder/voorbeeldstad-contacts.csv?url';
// The same deterministic generator as the benchmark (no large file committed).
import { generateContacts } from '../packages/contact-finder/scripts/generate.mjs';

const meta: Meta = {
  title: 'Widgets/Contact finder',
  component: 'wegwijs-contact-finder',
  args: { language: '', topic: '', postcode: '', 'page-size': 5 },
  render: (args) =>
    html`<wegwijs-contact-finder
      src=${jsonUrl}
      language=${args.language}
      topic=${args.topic}
      postcode=${args.postcode}
      page-size=${args['page-size']}
      no-hash
    ></wegwijs-contact-finder>`,
};
export default meta;
type Story = StoryObj;

export const Voorbeeldstad: Story = { name: 'Voorbeeldstad (JSON, 30 fictional contacts)' };

export const Csv: Story = {
  name: 'Spreadsheet export (CSV)',
  render: () =>
    html`<wegwijs-contact-finder src=${csvUrl} page-size="5" no-hash></wegwijs-contact-finder>`,
};

export const Preset: Story = {
  name: 'Preset: Arabic, letters (from the letter explainer)',
  args: { language: 'ar', topic: 'letters' },
};

export const Arabic: Story = { name: 'Arabic (RTL)', parameters: { locale: 'ar' } };

export const Turkish: Story = {
  name: 'Turkish',
  parameters: { locale: 'tr' },
  args: { language: 'tr' },
};

export const MunicipalTheme: Story = {
  name: 'Municipal theme (choose "Voorbeeldstad" in the toolbar)',
  globals: { theme: 'voorbeeldstad' },
};

export const EmptyResult: Story = {
  name: 'Nothing found: widen the search, general helpline',
  args: { language: 'so', topic: 'housing', postcode: '9901' },
};

export const OutsideArea: Story = {
  name: 'Postcode outside the municipality: what to do instead',
  args: { postcode: '1011 AB' },
};

export const OutsideAreaArabic: Story = {
  name: 'Postcode outside the municipality (Arabic, RTL)',
  args: { postcode: '1011' },
  parameters: { locale: 'ar' },
};

/** Friday 14:00: Fatima is closed today and opens again on Tuesday. */
const closedFriday = new Date('2026-03-06T13:00:00Z');
export const OpensNext: Story = {
  name: 'Closed now: "Gaat dinsdag open om 09:00"',
  render: () =>
    html`<wegwijs-contact-finder
      src=${jsonUrl}
      query="Fatima"
      .now=${closedFriday}
      no-hash
    ></wegwijs-contact-finder>`,
};

export const OpensNextArabic: Story = {
  ...OpensNext,
  name: 'Closed now (Arabic: weekday and time in Arabic)',
  parameters: { locale: 'ar' },
};

export const Share: Story = {
  name: 'Share the list or a contact (tap "Deel deze lijst": share sheet, or the link is copied)',
  args: { language: 'ar', topic: 'letters' },
};

export const Photos: Story = {
  name: 'Key persons with illustrated avatars (not real people), with alt text',
  args: { 'page-size': 6 },
};

export const Markup: Story = {
  name: 'Editor markup (readable without JavaScript)',
  render: () =>
    html`<wegwijs-contact-finder no-hash>
      <ul>
        <li
          data-kind="sleutelpersoon"
          data-languages="ar ber nl"
          data-topics="brieven geld"
          data-areas="9901-9903"
          data-hours="di,do 09:00-12:00"
          data-free="ja"
          data-confidential="ja"
        >
          <h3 data-field="name">Fatima El Amrani</h3>
          <p data-field="role">Sleutelpersoon Marokkaanse gemeenschap</p>
          <p data-field="organization">Stichting Samen Voorbeeldstad</p>
          <a data-field="phone" href="tel:0612341000">06-12341000</a>
        </li>
        <li
          data-kind="hulplijn"
          data-languages="tr ar nl"
          data-topics="eenzaamheid zorg"
          data-hours="ma-vr 10:00-16:00"
        >
          <h3 data-field="name">Ouderenlijn in eigen taal</h3>
          <p data-field="role">Telefoonlijn voor oudere migranten (fictief nummer)</p>
          <a data-field="phone" href="tel:09001234561">0900-1234561</a>
        </li>
      </ul>
    </wegwijs-contact-finder>`,
};

/** Content given as a Blob URL (made in the browser; no file, no request to a server). */
const blobUrl = (data: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

export const TenThousand: Story = {
  name: '10,000 generated contacts',
  render: () =>
    html`<wegwijs-contact-finder
      no-hash
      page-size="10"
      src=${blobUrl(generateContacts(10_000, 42))}
    ></wegwijs-contact-finder>`,
};

const broken = {
  contacts: [
    {
      name: 'Anouk de Vries',
      kind: 'client-supporter',
      languages: ['nl', 'en'],
      topics: ['care'],
      phones: [{ number: '06-12341777' }],
    },
    { name: 'Zonder soort', kind: 'vriend', languages: ['nl'], topics: [] },
    { name: 'Zonder taal', kind: 'volunteer', languages: [], topics: ['money'] },
    {
      name: 'Verkeerde tijd',
      kind: 'volunteer',
      languages: ['tr'],
      topics: [],
      schedules: [{ byday: 'ma', opens_at: '9', closes_at: '12:00' }],
    },
    {
      name: 'Onbekende wijk',
      kind: 'volunteer',
      languages: ['pl'],
      topics: ['work'],
      service_areas: ['Bovenstad'],
    },
  ],
};
export const BrokenData: Story = {
  name: 'Broken data (preview shows the editor message)',
  render: () =>
    html`<wegwijs-contact-finder preview no-hash src=${blobUrl(broken)}></wegwijs-contact-finder>`,
};

/**
 * The contacts' roles are in Dutch only: in Tigrinya the list says so in Tigrinya, and its
 * button shows only the people who speak Tigrinya.
 */
export const LanguageMissingTigrinya: Story = {
  name: 'Language missing: offers people who speak it (Tigrinya)',
  parameters: { locale: 'ti' },
};
/** The same in Arabic (RTL): the notice right to left, the Dutch roles left to right. */
export const LanguageMissingArabic: Story = {
  name: 'Language missing: says so (Arabic, RTL)',
  parameters: { locale: 'ar' },
};
