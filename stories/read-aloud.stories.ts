import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@wegwijs/core/define';

const meta: Meta = {
  title: 'Core/Read aloud',
  component: 'wegwijs-read-aloud',
  args: {
    text: 'U kunt gratis hulp krijgen van een cliëntondersteuner.',
    textLang: 'nl',
    showSpeed: true,
  },
  render: (args) =>
    html`<p>
        Uses an on-device voice for the language when the browser has one; without a voice and
        without a recording the button is not shown.
      </p>
      <wegwijs-read-aloud
        text=${args.text}
        text-lang=${args.textLang}
        ?show-speed=${args.showSpeed}
      ></wegwijs-read-aloud>`,
};
export default meta;
type Story = StoryObj;

export const Dutch: Story = {};
export const Arabic: Story = {
  args: { text: 'يمكنك الحصول على مساعدة مجانية من مرشد للعملاء.', textLang: 'ar' },
  parameters: { locale: 'ar' },
};
export const RecordedAudio: Story = {
  name: 'Recorded audio (takes precedence)',
  render: () =>
    html`<wegwijs-read-aloud
      text="Bel de gemeente"
      text-lang="nl"
      audio="assets/bel-de-gemeente.mp3"
    ></wegwijs-read-aloud>`,
};
