import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

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
  async viteFinal(viteConfig) {
    // Stories run from the packages' TypeScript sources (the "source" export condition).
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['source', ...defaultClientConditions],
    };
    return viteConfig;
  },
};
export default config;
