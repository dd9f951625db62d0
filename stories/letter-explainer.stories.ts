import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@wegwijs/letter-explainer/define';
import '@wegwijs/contact-finder/define';
import wmoUrl from '../packages/letter-explainer/examples/wmo-beschikking.json?url';
import invitationUrl from '../packages/letter-explainer/examples/keukentafelgesprek.json?url';
import reminderUrl from '../packages/letter-explainer/examples/aanmaning-belastingen.json?url';
import youthUrl from '../packages/letter-explainer/examples/jeugdhulp-besluit.json?url';
import assistanceUrl from '../packages/letter-explainer/examples/bijzondere-bijstand-gegevens.json?url';
import warrantUrl from '../packages/letter-explainer/examples/dwangbevel-belastingen.json?url';
import rentUrl from '../packages/letter-explainer/examples/huurachterstand-huurtoeslag.json?url';
import contactsUrl from './contact-finder/voorbeeldstad-contacts.json?url';
import imageContent from './letter-explainer/aanmaning-afbeelding.json';
import letterImageUrl from './letter-explainer/brief-aanmaning.svg?url&no-inline';

interface Args {
  src: string;
  today: string;
  letterDate: string;
  preview: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Letter explainer',
  component: 'wegwijs-letter-explainer',
  args: { src: wmoUrl, today: '2025-04-01', letterDate: '', preview: false },
  argTypes: {
    today: { control: 'text', description: 'Today as YYYY-MM-DD (for the deadline states)' },
    letterDate: { control: 'text', description: 'The date on the letter, YYYY-MM-DD' },
  },
  render: (args) =>
    html`<wegwijs-letter-explainer
      src=${args.src}
      today=${args.today || ''}
      letter-date=${args.letterDate || ''}
      ?preview=${args.preview}
    ></wegwijs-letter-explainer>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A Wmo decision granting help with housework, with an own contribution via the CAK. */
export const WmoDecision: Story = {
  name: 'Wmo decision (beschikking)',
  args: { letterDate: '2025-03-10' },
};

/** An invitation to a kitchen-table conversation: a fixed date. */
export const KitchenTableInvitation: Story = {
  name: 'Invitation: kitchen-table conversation',
  args: { src: invitationUrl, today: '2026-02-20' },
};

/** A reminder for unpaid municipal taxes, with the right to ask for remission. */
export const TaxReminder: Story = {
  name: 'Reminder: municipal taxes',
  args: { src: reminderUrl, today: '2025-05-01', letterDate: '2025-04-28' },
};

/**
 * Jeugdwet: a decision granting youth care. No marks by the editor: the glossary terms are
 * explained where they stand, and the deadline comes from the letter (`"deadline": { "auto": true }`).
 * Letter date 13 November 2026: six weeks end on Christmas Day, so the last day moves to 28 December.
 */
export const YouthCareDecision: Story = {
  name: 'Jeugdwet decision (deadline on Christmas Day)',
  args: { src: youthUrl, today: '2026-12-01', letterDate: '2026-11-13' },
};

/** Special assistance: the municipality asks for papers within 14 days (ends on a Saturday). */
export const SpecialAssistancePapers: Story = {
  name: 'Bijzondere bijstand: papers needed (deadline on a Saturday)',
  args: { src: assistanceUrl, today: '2026-03-10', letterDate: '2026-03-07' },
};

/** Debt collection: a distress warrant for unpaid municipal taxes. */
export const DistressWarrant: Story = {
  name: 'Dwangbevel (debt collection)',
  args: { src: warrantUrl, today: '2026-06-12', letterDate: '2026-06-11' },
};

/** Housing: rent arrears found early, with rent benefit and a fixed date. */
export const RentArrears: Story = {
  name: 'Rent arrears and rent benefit',
  args: { src: rentUrl, today: '2027-01-04' },
};

export const YouthCareArabic: Story = {
  name: 'Jeugdwet decision, Arabic (RTL)',
  args: { src: youthUrl, today: '2026-12-01', letterDate: '2026-11-13' },
  parameters: { locale: 'ar' },
};

export const DistressWarrantTigrinya: Story = {
  name: 'Dwangbevel, Tigrinya',
  args: { src: warrantUrl, today: '2026-06-12', letterDate: '2026-06-11' },
  parameters: { locale: 'ti' },
};

/**
 * For editors: with `preview`, a deadline found in the letter is proposed with its sentence.
 * "Gebruik deze termijn" applies it here; the JSON line makes it the content's own rule.
 */
export const DeadlineProposal: Story = {
  name: 'Preview: deadline found in the letter',
  render: () =>
    html`<wegwijs-letter-explainer preview today="2026-03-01" letter-date="2026-03-02">
      <div data-letter lang="nl">
        <p>Geachte mevrouw Haile,</p>
        <p>
          Voor uw aanvraag bijzondere bijstand hebben wij uw bankafschriften nodig. Stuur deze
          binnen 14 dagen na de dagtekening van deze brief.
        </p>
      </div>
      <p data-answer="what">Een brief over uw aanvraag. Er missen papieren.</p>
      <p data-answer="todo">Stuur uw bankafschriften.</p>
      <p data-answer="if-nothing">Dan kijkt de gemeente niet naar uw aanvraag.</p>
      <p data-answer="help">Bel ons als het niet lukt. Dan krijgt u vaak meer tijd.</p>
    </wegwijs-letter-explainer>`,
};

export const Arabic: Story = {
  name: 'Arabic (RTL)',
  args: { src: reminderUrl, today: '2025-05-01', letterDate: '2025-04-28' },
  parameters: { locale: 'ar' },
};

export const Turkish: Story = { args: { letterDate: '2025-03-10' }, parameters: { locale: 'tr' } };
export const Polish: Story = {
  args: { src: invitationUrl, today: '2026-02-20' },
  parameters: { locale: 'pl' },
};

export const DeadlinePlentyOfTime: Story = {
  name: 'Deadline: plenty of time',
  args: { today: '2025-03-12', letterDate: '2025-03-10' },
};
export const DeadlineWithin7Days: Story = {
  name: 'Deadline: within 7 days',
  args: { today: '2025-04-17', letterDate: '2025-03-10' },
};
/** The deadline has passed: who to call or visit now, and that a late objection can still work. */
export const DeadlinePassed: Story = {
  name: 'Deadline: passed, get help now',
  args: { today: '2025-05-02', letterDate: '2025-03-10' },
};
export const DeadlinePassedArabic: Story = {
  name: 'Deadline: passed, get help now (Arabic, RTL)',
  args: { today: '2025-05-02', letterDate: '2025-03-10' },
  parameters: { locale: 'ar' },
};
/** A letter the resident can object to (`"objection": true`): what an objection must contain. */
export const ObjectionSteps: Story = {
  name: 'Objection: what it must contain',
  args: { today: '2025-03-12', letterDate: '2025-03-10' },
};
export const DeadlineNoLetterDate: Story = {
  name: 'Deadline: resident enters the letter date',
  args: { today: '2025-04-01', letterDate: '' },
};

/** The letter as the editor pasted it (light DOM); it reads fine without JavaScript. */
export const Markup: Story = {
  name: 'Markup mode (letter in the page)',
  render: () =>
    html`<wegwijs-letter-explainer today="2025-04-01">
      <div data-letter lang="nl">
        <p>Geachte heer Kaya,</p>
        <p>
          Wij hebben uw <dfn data-term="aanvraag">aanvraag</dfn> bekeken. Dit is onze
          <dfn data-term="beschikking">beschikking</dfn>. U krijgt een
          <mark data-explain="voorziening">rolstoel in bruikleen</mark>.
        </p>
        <p>
          Niet eens met dit besluit? Maak dan <dfn>bezwaar</dfn>
          <mark data-explain="termijn">binnen zes weken na de datum van deze brief</mark>.
        </p>
      </div>
      <p data-answer="what">Een besluit: u krijgt een rolstoel.</p>
      <p data-answer="what" lang="en">A decision: you get a wheelchair.</p>
      <p data-answer="todo">Niets. De leverancier belt u voor een afspraak.</p>
      <p data-answer="todo" lang="en">Nothing. The supplier will call you for an appointment.</p>
      <p data-answer="when" data-deadline-weeks="6">
        Bezwaar maken kan tot 6 weken na de datum van de brief.
      </p>
      <p data-answer="when" lang="en">You can object until 6 weeks after the date of the letter.</p>
      <p data-answer="if-nothing">Dan krijgt u de rolstoel zoals in de brief staat.</p>
      <p data-answer="if-nothing" lang="en">Then you get the wheelchair as the letter says.</p>
      <p data-answer="help" data-phone="14 0123">Een cliëntondersteuner helpt u gratis.</p>
      <p data-answer="help" lang="en">A client support worker helps you for free.</p>
      <p data-explanation="voorziening">
        U leent de rolstoel van de gemeente. U hoeft hem niet te kopen.
      </p>
      <p data-explanation="voorziening" lang="en">
        You borrow the wheelchair from the municipality. You do not buy it.
      </p>
      <p data-explanation="termijn">U hebt 6 weken. U telt vanaf de datum bovenaan de brief.</p>
      <p data-explanation="termijn" lang="en">
        You have 6 weeks, counted from the date at the top of the letter.
      </p>
    </wegwijs-letter-explainer>`,
};

/** A scanned or designed letter: an image with numbered regions and their text. */
export const ImageWithRegions: Story = {
  name: 'Image mode (numbered regions)',
  render: () => {
    const content = { ...imageContent, image: { ...imageContent.image, src: letterImageUrl } };
    return html`<wegwijs-letter-explainer today="2025-05-01" letter-date="2025-04-28">
      <script type="application/json">
        ${JSON.stringify(content)}
      </script>
    </wegwijs-letter-explainer>`;
  },
};

/** Broken content: editors see what is wrong (with `preview`); residents get the letter as is. */
export const BrokenContent: Story = {
  name: 'Broken content (preview)',
  render: () =>
    html`<wegwijs-letter-explainer preview>
        <script type="application/json">
          { "answers": { "what": "Een besluit.", "todo": 3 }, "deadline": { "date": "2025-02-30" } }
        </script>
        <p>Geachte heer/mevrouw, dit is de brief zelf. Hij blijft leesbaar.</p>
      </wegwijs-letter-explainer>
      <wegwijs-letter-explainer preview>
        <div data-letter>
          <p>Een passage met een <mark data-explain="bestaat-niet">onbekende uitleg</mark>.</p>
        </div>
        <p data-answer="what">a</p>
        <p data-answer="todo">b</p>
        <p data-answer="if-nothing">c</p>
        <p data-answer="help">d</p>
      </wegwijs-letter-explainer>`,
};

/** A letter whose answers are only in Dutch, as an editor writes it first. */
const dutchOnlyLetter = html`<wegwijs-letter-explainer today="2025-04-01">
  <div data-letter lang="nl">
    <p>Wij hebben uw aanvraag bekeken. U krijgt een rolstoel in bruikleen.</p>
  </div>
  <p data-answer="what">Een besluit over uw aanvraag: u krijgt een rolstoel.</p>
  <p data-answer="todo">Niets, als u het eens bent met het besluit.</p>
  <p data-answer="when" data-deadline-weeks="6">
    Bezwaar kan binnen 6 weken na de datum van de brief.
  </p>
  <p data-answer="if-nothing">Dan geldt het besluit.</p>
  <p data-answer="help" data-phone="14 0123">Een cliëntondersteuner helpt u gratis.</p>
</wegwijs-letter-explainer>`;
/** The answers are not in Arabic: the explainer says so in Arabic, beside the Dutch answers. */
export const LanguageMissingArabic: Story = {
  name: 'Language missing: says so (Arabic, RTL)',
  parameters: { locale: 'ar' },
  render: () => dutchOnlyLetter,
};
/** The same in Tigrinya, with a contact finder on the page: a link to a key person who speaks it. */
export const LanguageMissingTigrinya: Story = {
  name: 'Language missing: offers a key person (Tigrinya)',
  parameters: { locale: 'ti' },
  render: () =>
    html`${dutchOnlyLetter}<wegwijs-contact-finder src=${contactsUrl}></wegwijs-contact-finder>`,
};
