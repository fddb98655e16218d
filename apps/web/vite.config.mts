import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// `npm run web:dev`: hot reload on :5173, /api and /health forwarded to the API that `npm start` runs (API_URL to change it).
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // scripts/web-sizes.mjs reads it to report what each route loads.
    manifest: true,
    target: 'es2022',
  },
  server: { proxy: { '/api': api, '/health': api } },
});
