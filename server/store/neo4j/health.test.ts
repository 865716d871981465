// SPDX-License-Identifier: EUPL-1.2
// Runs without a Neo4j server: with Neo4j unreachable, /healthz must answer in time (review C10:
// it took 30.9 s, so a load balancer's probe timed out instead of seeing 503).
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_AUDIT_SLEUTEL } from '../../../test/builders.ts';
import { HEALTH_MS, Neo4jStore } from './neo4j-store.ts';

const options = {
  user: 'neo4j',
  password: 'x',
  database: 'neo4j',
  auditSleutel: TEST_AUDIT_SLEUTEL,
};
// A port that accepts connections and never answers: the slow case (a closed port fails at once).
const zwijgend: Server = createServer(() => {}).listen(0);
afterAll(() => zwijgend.close());

describe('Neo4j health without a server', () => {
  it.each([
    ['a closed port', () => 'bolt://127.0.0.1:1'],
    [
      'a port that never answers',
      () => `bolt://127.0.0.1:${(zwijgend.address() as AddressInfo).port}`,
    ],
  ])(
    'reports %s as unhealthy within the health limit',
    async (_naam, uri) => {
      const store = new Neo4jStore({ ...options, uri: uri() });
      const health = await store.health();
      await store.close();
      expect(health).toEqual({ ok: false, store: 'neo4j', detail: 'Neo4j is niet bereikbaar' });
      // A probe's own time limit: well under the 30 s a retried read took, well over HEALTH_MS.
    },
    5 * HEALTH_MS,
  );
});
