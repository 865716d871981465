// SPDX-License-Identifier: EUPL-1.2
// `npm run seed`: loads the example region into the configured store (embedded or Neo4j).
import { loadConfig } from '../server/config.ts';
import { createStore } from '../server/store/create-store.ts';
import { loadExampleRegion } from './load.ts';

const config = loadConfig();
const store = await createStore(config);
try {
  const result = await loadExampleRegion(store);
  console.log(`Voorbeeldregio geladen in ${store.kind}: ${result.created} nieuw, ${result.updated} bijgewerkt, ${result.unchanged} ongewijzigd.`);
} finally {
  await store.close();
}
