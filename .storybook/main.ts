import type { StorybookConfig } from '@storybook/web-components-vite';
import { storybookVite } from '../packages/tools/lib/storybook-vite.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [
    { from: '../stories/assets', to: '/assets' },
    // The OCO content pack as a municipality serves it: JSON with its audio/ and captions/ next
    // to it (relative addresses resolve against the JSON file).
    { from: '../packages/content-oco/content', to: '/content-oco' },
    // The contact finder's demo avatars (illustrations, not real people).
    { from: '../packages/contact-finder/examples/avatars', to: '/contact-finder/avatars' },
  ],
  // Stories run from the packages' TypeScript sources (the "source" export condition), except
  // in the quality gates' build: WEGWIJS_SHIPPED_PACKAGES names the folder with the unpacked
  // tarballs, and @wegwijs/* comes from there, bundled with the CDN build's options.
  viteFinal: (viteConfig) => storybookVite(viteConfig, process.env.WEGWIJS_SHIPPED_PACKAGES),
};
export default config;
