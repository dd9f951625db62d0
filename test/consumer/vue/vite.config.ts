import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // Vue leaves tags it does not own to the browser: the Wegwijs custom elements.
    vue({
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('wegwijs-') } },
    }),
  ],
});
