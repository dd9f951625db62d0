/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@wegwijs/question-helper/define';
import '@wegwijs/contact-finder/define';
import type { Answers, WegwijsQuestionHelper } from '@wegwijs/question-helper';
import setUrl from '../packages/content-oco/content/question-helper-oco.json?url';
import contactsUrl from './contact-finder/voorbeeldstad-contacts.json?url';
/** A question set written in Dutch only (an editor's first version). */
import dutchSetUrl from './question-helper/dutch-only-set.json?url';

interface Args {
  headingLevel: number;
  preview: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Question helper',
  component: 'wegwijs-question-helper',
  args: { headingLevel: 2, preview: false },
  argTypes: { headingLevel: { control: { type: 'number', min: 2, max: 5 } } },
  render: (args) =>
    html`<wegwijs-question-helper
      src=${setUrl}
      heading-level=${args.headingLevel}
      remember-key="storybook"
      ?preview=${args.preview}
    ></wegwijs-question-helper>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The default set of @wegwijs/content-oco (`src` JSON): ten life domains as pictograms. */
export const Domains: Story = { name: 'Pick life domains (OCO set, src JSON)' };
export const Arabic: Story = { name: 'Arabic (RTL)', parameters: { locale: 'ar' } };
export const Turkish: Story = { name: 'Turkish', parameters: { locale: 'tr' } };

const answers: Partial<Answers> = {
  domains: ['money', 'letter'],
  statements: ['money/bills', 'money/debts', 'letter/understand'],
  freeText: 'Ik durf het niet goed te vragen.',
  helpLanguage: 'key-person',
  channel: 'whatsapp',
  supporter: 'woman',
  deadline: 'yes',
  deadlineDate: '2027-01-12',
};

/** Opens the helper at `step` with the answers above, once its content is there. */
function at(step: number, id: string, language?: string) {
  setTimeout(async () => {
    await customElements.whenDefined('wegwijs-question-helper');
    const el = document.getElementById(id) as WegwijsQuestionHelper | null;
    if (!el) return;
    await el.updateComplete;
    await el.content.loaded;
    el.setAnswers({ ...answers, language: language ?? el.answers.language });
    el.go(step);
  });
}

export const Statements: Story = {
  name: 'Plain statements, read aloud',
  render: () => {
    at(1, 'qh-statements');
    return html`<wegwijs-question-helper
      id="qh-statements"
      src=${setUrl}
    ></wegwijs-question-helper>`;
  },
};

export const How: Story = {
  name: 'How to be helped (Arabic)',
  parameters: { locale: 'ar' },
  render: () => {
    at(2, 'qh-how');
    return html`<wegwijs-question-helper id="qh-how" src=${setUrl}></wegwijs-question-helper>`;
  },
};

/** The card: Dutch for the supporter, Arabic for the resident, side by side. */
export const CardArabic: Story = {
  name: 'Question card: Dutch and Arabic',
  parameters: { locale: 'ar' },
  render: () => {
    at(3, 'qh-card-ar', 'ar');
    return html`<wegwijs-question-helper id="qh-card-ar" src=${setUrl}></wegwijs-question-helper>`;
  },
};

export const CardTurkish: Story = {
  name: 'Question card: Dutch and Turkish',
  parameters: { locale: 'tr' },
  render: () => {
    at(3, 'qh-card-tr', 'tr');
    return html`<wegwijs-question-helper id="qh-card-tr" src=${setUrl}></wegwijs-question-helper>`;
  },
};

/** "Find someone who can help you" sets the finder's language and topics. */
export const WithContactFinder: Story = {
  name: 'Hand the card to the contact finder',
  parameters: { locale: 'ar' },
  render: () => {
    at(3, 'qh-finder', 'ar');
    return html`<wegwijs-question-helper id="qh-finder" src=${setUrl}></wegwijs-question-helper>
      <wegwijs-contact-finder src=${contactsUrl} no-hash page-size="5"></wegwijs-contact-finder>`;
  },
};

export const Markup: Story = {
  name: 'Editor markup (readable without JavaScript)',
  render: () =>
    html`<wegwijs-question-helper>
      <p>Hulp vragen is heel gewoon. De ondersteuner luistert en oordeelt niet.</p>
      <ul>
        <li data-id="money" data-pictogram="money" data-topic="money">
          <h3>Geld en schulden</h3>
          <ul>
            <li data-id="bills" data-pictogram="debts">Ik kan mijn rekeningen niet betalen.</li>
            <li data-id="debts" data-pictogram="debts">
              Ik heb schulden en weet niet wat ik moet doen.
            </li>
          </ul>
        </li>
        <li data-id="letter" data-pictogram="letter" data-topic="letters" data-letter>
          <h3>Een brief die ik niet begrijp</h3>
          <a data-link href="https://wegwijs.example/brief-uitleggen">Laat de brief uitleggen</a>
          <ul>
            <li data-id="understand" data-pictogram="letter">
              Ik heb een brief gekregen die ik niet begrijp.
            </li>
          </ul>
        </li>
      </ul>
    </wegwijs-question-helper>`,
};

const blobUrl = (data: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

export const BrokenData: Story = {
  name: 'Broken data (preview shows the editor message)',
  render: () =>
    html`<wegwijs-question-helper
      preview
      src=${blobUrl({
        domains: [
          { id: 'money', label: 'Geld', topic: 'belasting', statements: [{ id: 'a' }] },
          { id: 'Geen id!', label: 'Fout' },
        ],
      })}
    ></wegwijs-question-helper>`,
};

export const Unreadable: Story = {
  name: 'Unreadable content (fallback for the resident)',
  args: { preview: true },
  render: (args) =>
    html`<wegwijs-question-helper ?preview=${args.preview}>
      <script type="application/json">
        { "domains": [] }
      </script>
    </wegwijs-question-helper>`,
};

/** The set is not in Arabic: the helper says so in Arabic, beside the Dutch texts. */
export const LanguageMissingArabic: Story = {
  name: 'Language missing: says so (Arabic, RTL)',
  parameters: { locale: 'ar' },
  render: () =>
    html`<wegwijs-question-helper
      src=${dutchSetUrl}
      remember-key="storybook-missing"
    ></wegwijs-question-helper>`,
};
/** The same in Tigrinya, with a contact finder on the page: a link to a key person. */
export const LanguageMissingTigrinya: Story = {
  name: 'Language missing: offers a key person (Tigrinya)',
  parameters: { locale: 'ti' },
  render: () =>
    html`<wegwijs-question-helper
        src=${dutchSetUrl}
        remember-key="storybook-missing"
      ></wegwijs-question-helper>
      <wegwijs-contact-finder src=${contactsUrl}></wegwijs-contact-finder>`,
};
