import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setPageLocale, directionOf, UI_LOCALES } from '@wegwijs/core';
import { endonym } from '@wegwijs/core/language-switch';
import '@wegwijs/core/define';
import '../stories/themes/voorbeeldstad.css';
// Published NL Design System themes (dev dependencies; never bundled in Wegwijs code).
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/design-tokens/dist/theme.css';
import '@amsterdam/design-system-tokens/dist/index.theme.css';
import '@gemeente-denhaag/design-tokens-components/dist/theme/index.css';
import '@nl-design-system-unstable/rotterdam-design-tokens/dist/design-tokens.css';
import { NLDS_THEMES } from '../stories/themes/nlds-themes.mjs';
import { mergeManifests } from './manifests.js';

// Autodocs from the packages' Custom Elements Manifests (made by `npm run build`).
setCustomElementsManifest(
  mergeManifests(
    import.meta.glob('../packages/*/custom-elements.json', { eager: true, import: 'default' }),
  ),
);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (also sets the direction)',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        items: UI_LOCALES.map((code) => ({ value: code, title: `${endonym(code)} (${code})` })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme: our defaults, or a municipal NL Design System theme',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Wegwijs (standaard)' },
          { value: 'voorbeeldstad', title: 'Gemeente Voorbeeldstad (NL Design System)' },
          ...NLDS_THEMES.map(({ id, title }) => ({ value: id, title })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl', theme: 'default' },
  decorators: [
    (story, context) => {
      const locale =
        (context.parameters.locale as string | undefined) ?? (context.globals.locale as string);
      void setPageLocale(locale, { remember: false });
      document.documentElement.lang = locale;
      document.documentElement.dir = directionOf(locale);
      const theme =
        context.globals.theme === 'voorbeeldstad'
          ? 'voorbeeldstad-theme'
          : (NLDS_THEMES.find(({ id }) => id === context.globals.theme)?.className ?? '');
      return html`<main class=${theme} lang=${locale} dir=${directionOf(locale)}>${story()}</main>`;
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      test: 'error',
      options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    },
  },
};
export default preview;
