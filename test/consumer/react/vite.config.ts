// No @vitejs/plugin-react: Vite compiles TSX itself (Oxc, React's automatic JSX runtime).
import { defineConfig } from 'vite';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
});
