/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@wegwijs/step-guide/define';
import '@wegwijs/contact-finder/define';
import contactsUrl from './contact-finder/voorbeeldstad-contacts.json?url';

/** The OCO content pack (@wegwijs/content-oco), served as a municipality serves it (.storybook/main.ts). */
const routeUrl = 'content-oco/step-guide-oco.json';

interface Args {
  view: 'all' | 'one';
  headingLevel: number;
  hideLanguageSwitch: boolean;
  preview: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Step guide',
  component: 'wegwijs-step-guide',
  args: { view: 'all', headingLevel: 3, hideLanguageSwitch: false, preview: false },
  argTypes: {
    view: { control: 'inline-radio', options: ['all', 'one'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) =>
    html`<wegwijs-step-guide
      src=${routeUrl}
      view=${args.view}
      heading-level=${args.headingLevel}
      progress-key="storybook-oco"
      ?hide-language-switch=${args.hideLanguageSwitch}
      ?preview=${args.preview}
    ></wegwijs-step-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The OCO route from the content pack (`src`), all steps; the resident can switch view and
 * language. It starts from whom the resident already trusts: several doors (a key person or
 * volunteer, the GP or neighbourhood team, phone or WhatsApp, walking in), then what happens in
 * the first conversation. Placeholders such as [TELEFOONNUMMER] are the municipality's to fill in.
 */
export const AllSteps: Story = { name: 'All steps (OCO route, src JSON)' };

/** The same route in Tigrinya: no phone has a Tigrinya voice, so no read-aloud button is shown. */
export const Tigrinya: Story = { name: 'Tigrinya, several doors', parameters: { locale: 'ti' } };

/** The same route in Somali: no device voice either, so no read-aloud button. */
export const Somali: Story = { name: 'Somali, several doors', parameters: { locale: 'so' } };

/** Persian (RTL): phones have no Persian voice; each step plays a generated recording of the pack. */
export const Persian: Story = {
  name: 'Persian (RTL), generated audio',
  parameters: { locale: 'fa' },
};

/** Large pictogram, one sentence, big previous/next buttons; swipe works too. */
export const OneStepAtATime: Story = { name: 'One step at a time', args: { view: 'one' } };

export const Arabic: Story = { name: 'Arabic (RTL), all steps', parameters: { locale: 'ar' } };
export const ArabicOneStep: Story = {
  name: 'Arabic (RTL), one step at a time',
  args: { view: 'one' },
  parameters: { locale: 'ar' },
};
export const Turkish: Story = { name: 'Turkish', parameters: { locale: 'tr' } };
export const Polish: Story = {
  name: 'Polish, one step at a time',
  args: { view: 'one' },
  parameters: { locale: 'pl' },
};
export const English: Story = { name: 'English', parameters: { locale: 'en' } };

/** The print layout (as `@media print` and the browser's print event apply it): all open, no buttons. */
export const PrintPreview: Story = {
  name: 'Print preview',
  render: () => html`<wegwijs-step-guide print src=${routeUrl}></wegwijs-step-guide>`,
};

/** A municipal NL Design System theme (set through --utrecht-* tokens). */
export const MunicipalTheme: Story = {
  name: 'Municipal theme (Voorbeeldstad)',
  // Through the toolbar's theme, so the toolbar says what the story shows (#26).
  globals: { theme: 'voorbeeldstad' },
  render: () => html`<wegwijs-step-guide src=${routeUrl}></wegwijs-step-guide>`,
};

/** Statuses set by the municipality: done, current, needs attention; "and" between steps. */
export const Statuses: Story = {
  render: () =>
    html`<wegwijs-step-guide progress-key="storybook-statuses">
      <script type="application/json">
        ${JSON.stringify({
          steps: [
            { title: 'Aanvraag ingediend', pictogram: 'form', status: 'done' },
            {
              title: 'Gesprek met de gemeente',
              pictogram: 'conversation',
              status: 'current',
              next: 'and',
            },
            {
              title: 'Stuur uw loonstrook',
              text: 'We missen nog **uw loonstrook**. Stuur die binnen 2 weken.',
              pictogram: 'documents',
              status: 'attention',
            },
            { title: 'U krijgt een besluit', pictogram: 'letter' },
          ],
        })}
      </script>
    </wegwijs-step-guide>`,
};

const editorMarkup = html`<ol>
    <li data-pictogram="phone" data-id="bel" data-next="or">
      <h3>Bel de gemeente</h3>
      <p>Zeg: ik wil een cliëntondersteuner. De hulp is <strong>gratis</strong>.</p>
      <a data-action href="tel:0201234567" data-phone="020 123 45 67">Bel</a>
    </li>
    <li data-pictogram="walk-in" data-id="binnenlopen">
      <h3>Loop binnen</h3>
      <p>Kom naar het wijkteam. U hoeft geen afspraak te maken.</p>
    </li>
    <li data-pictogram="letter" data-id="brieven">
      <h3>Neem uw brieven mee</h3>
      <p>Dan lezen we ze samen.</p>
      <ul data-bring>
        <li>Brieven van de gemeente</li>
        <li>Uw ID-kaart of paspoort</li>
      </ul>
    </li>
  </ol>
  <template lang="ar">
    <ol>
      <li>
        <h3>اتصل بالبلدية</h3>
        <p>قل: أريد مرشدًا للعملاء. المساعدة <strong>مجانية</strong>.</p>
        <a data-action href="tel:0201234567">اتصل</a>
      </li>
      <li>
        <h3>تعال بدون موعد</h3>
        <p>تعال إلى فريق الحي. لا تحتاج إلى موعد.</p>
      </li>
      <li>
        <h3>أحضر رسائلك</h3>
        <p>ثم نقرأها معًا.</p>
        <ul data-bring>
          <li>رسائل من البلدية</li>
          <li>بطاقة هويتك أو جواز سفرك</li>
        </ul>
      </li>
    </ol>
  </template>`;

/** The editor's markup (an `<ol>`, Arabic in a `<template lang="ar">`), enhanced. */
export const EditorMarkup: Story = {
  name: 'Editor markup (enhanced)',
  render: () =>
    html`<wegwijs-step-guide progress-key="storybook-markup">${editorMarkup}</wegwijs-step-guide>`,
};

/**
 * The resident's language (Tigrinya) has no text in this guide: the guide says so in Tigrinya
 * and links to the contact finder on the page, filtered on Tigrinya (`#cf-lang=ti`).
 */
export const LanguageMissing: Story = {
  name: 'Language missing: offers a key person (Tigrinya)',
  parameters: { locale: 'ti' },
  render: () =>
    html`<wegwijs-step-guide progress-key="storybook-missing">${editorMarkup}</wegwijs-step-guide>
      <wegwijs-contact-finder src=${contactsUrl}></wegwijs-contact-finder>`,
};
/** The same in Turkish, without a contact finder on the page: the notice, no link. */
export const LanguageMissingTurkish: Story = {
  name: 'Language missing, no contact finder (Turkish)',
  parameters: { locale: 'tr' },
  render: () =>
    html`<wegwijs-step-guide progress-key="storybook-missing">${editorMarkup}</wegwijs-step-guide>`,
};

/** The same markup where the element is not defined: what residents get without JavaScript. */
export const WithoutJavaScript: Story = {
  name: 'Editor markup, JavaScript off',
  render: () =>
    html`<wegwijs-step-guide-not-defined>${editorMarkup}</wegwijs-step-guide-not-defined>`,
};

/** Broken content with `preview`: the editor sees what is wrong; residents still get the good steps. */
export const BrokenContent: Story = {
  name: 'Broken content (preview)',
  render: () =>
    html`<wegwijs-step-guide preview>
      <script type="application/json">
        ${JSON.stringify({
          steps: [
            { text: 'Deze stap heeft geen titel.' },
            {
              title: 'Bel ons',
              pictogram: 'telefon',
              action: { label: 'Bel', href: 'javascript:alert(1)' },
            },
            { title: '<img src=x onerror=alert(1)> wordt gewoon tekst', pictogram: 'question' },
          ],
        })}
      </script>
    </wegwijs-step-guide>`,
};

/** Content that cannot be loaded at all: the resident gets a short message. */
export const NotFound: Story = {
  name: 'Content not found (preview)',
  render: () => html`<wegwijs-step-guide preview src="does-not-exist.json"></wegwijs-step-guide>`,
};
