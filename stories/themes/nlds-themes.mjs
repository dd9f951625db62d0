// The published NL Design System themes Wegwijs is tried with (dev dependencies only: their
// values never ship in Wegwijs code, not all of them are openly licensed). One list for
// Storybook's theme toolbar, the token-chain test, the theme gate and the screenshots of
// docs/theming.md. `css`: the package's theme file (custom properties on `className`).
export const NLDS_THEMES = [
  {
    id: 'voorbeeld',
    title: 'Voorbeeld (NL Design System)',
    package: '@nl-design-system-unstable/voorbeeld-design-tokens',
    css: 'dist/theme.css',
    className: 'voorbeeld-theme',
  },
  {
    id: 'utrecht',
    title: 'Gemeente Utrecht',
    package: '@utrecht/design-tokens',
    css: 'dist/theme.css',
    className: 'utrecht-theme',
  },
  {
    id: 'amsterdam',
    title: 'Gemeente Amsterdam',
    package: '@amsterdam/design-system-tokens',
    css: 'dist/index.theme.css',
    className: 'ams-theme',
  },
  {
    id: 'denhaag',
    title: 'Gemeente Den Haag',
    package: '@gemeente-denhaag/design-tokens-components',
    css: 'dist/theme/index.css',
    className: 'denhaag-theme',
  },
  {
    id: 'rotterdam',
    title: 'Gemeente Rotterdam',
    package: '@nl-design-system-unstable/rotterdam-design-tokens',
    css: 'dist/design-tokens.css',
    className: 'rotterdam-theme',
  },
];
