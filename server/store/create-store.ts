// SPDX-License-Identifier: EUPL-1.2
// Chooses the adapter: Neo4j when NEO4J_URI is set, the embedded store otherwise.
import type { Config } from '../config.ts';
import { EmbeddedStore } from './embedded/embedded-store.ts';
import { Neo4jStore } from './neo4j/neo4j-store.ts';
import type { Store } from './port.ts';

export async function createStore(config: Config): Promise<Store> {
  const store: Store =
    config.NEO4J_URI !== undefined
      ? new Neo4jStore({ uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD ?? '', database: config.NEO4J_DATABASE })
      : new EmbeddedStore(config.DATA_DIR);
  await store.init();
  return store;
}
