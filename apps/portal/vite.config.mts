/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const apiProxy = {
  '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: false },
};

// Run from the workspace root (`vite build -c apps/portal/vite.config.mts`) or from this folder:
// every path below is resolved against this file, not the working directory.
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: {
      '@trellis/domain': here('../../libs/domain/src/index.ts'),
      '@trellis/api-client': here('../../libs/api-client/src/index.ts'),
    },
  },
  build: {
    outDir: here('../../dist/apps/portal'),
    emptyOutDir: true,
    sourcemap: true,
    // Vendor code changes rarely: keep it in chunks of its own so app releases stay small.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion)[\\/]/ },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
          ],
        },
      },
    },
  },
  // `nx run portal:serve` proxies the API, started separately (`npm start` listens on 3000).
  server: { port: 4200, proxy: apiProxy },
  preview: { port: 4300, proxy: apiProxy },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['./src/testing/setup.ts'],
    // A page's first lazy import in a run can take seconds on two busy cores (see setup.ts):
    // a test gets room for that wait and its own steps.
    testTimeout: 30_000,
    css: false,
    restoreMocks: true,
  },
});
