// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  root: 'client',
  // Printed pages name the version they were made with (client/shared/titelblok.ts).
  define: { __VERSIE__: JSON.stringify(version) },
  // Cytoscape is about 0.5 MB minified; one chunk is fine for a tool used on the desktop.
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        kaart: 'client/index.html',
        routekaart: 'client/routekaart.html',
        casus: 'client/casus.html',
        organisatie: 'client/organisatie.html',
        bestuurder: 'client/bestuurder.html',
        aanmelden: 'client/aanmelden.html',
        bewerken: 'client/bewerken.html',
        beheer: 'client/beheer.html',
        audit: 'client/audit.html',
        over: 'client/over.html',
        privacy: 'client/privacy.html',
        toegankelijkheid: 'client/toegankelijkheid.html',
      },
    },
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/auth': 'http://localhost:4000',
      '/healthz': 'http://localhost:4000',
    },
  },
});
