import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@wegwijs/core/define';

const meta: Meta = {
  title: 'Core/Language switch',
  component: 'wegwijs-language-switch',
  args: { variant: 'select', languages: 'nl en ar tr fr pl uk' },
  argTypes: { variant: { control: 'inline-radio', options: ['select', 'buttons'] } },
  render: (args) =>
    html`<wegwijs-language-switch
      variant=${args.variant}
      languages=${args.languages}
    ></wegwijs-language-switch>`,
};
export default meta;
type Story = StoryObj;

export const Select: Story = {};
export const Buttons: Story = { args: { variant: 'buttons' } };
export const Arabic: Story = { parameters: { locale: 'ar' } };
export const ContentLanguages: Story = {
  name: 'Content languages beyond the UI (Tigrinya, Somali, Tamazight)',
  args: { variant: 'buttons', languages: 'nl ar ti so zgh pap' },
};
export const BadInput: Story = {
  name: 'Bad input (preview)',
  render: () =>
    html`<wegwijs-language-switch preview languages="nl ?? ar"></wegwijs-language-switch>`,
};
