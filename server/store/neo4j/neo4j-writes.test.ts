// SPDX-License-Identifier: EUPL-1.2
// Which statements the Neo4j primitives send, checked offline against a transaction that only
// records them: a bulk write goes as a few UNWIND statements, in order (neo4j review C8). What
// the statements do on a server is the store contract's business (NEO4J_URI).
import type { ManagedTransaction } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { buildKnooppunt, buildOverdracht, TEST_AUDIT_SLEUTEL } from '../../../test/builders.ts';
import { AuditKeten } from '../audit-keten.ts';
import type { Row } from '../write-protocol.ts';
import { Neo4jWrites } from './neo4j-writes.ts';
import { STATEMENTS } from './statements.ts';

const NAMES = new Map(Object.entries(STATEMENTS).map(([name, s]) => [s.cypher, name]));
const at = new Date('2026-11-22T10:00:00.000Z');

/** A transaction that records each statement; `answer` gives the records a statement returns. */
function recording(answer: (name: string, params: Record<string, unknown>) => object[] = () => []) {
  const sent: { name: string; params: Record<string, unknown> }[] = [];
  const tx = {
    run: async (cypher: string, params: Record<string, unknown>) => {
      const name = NAMES.get(cypher) ?? 'onbekend';
      sent.push({ name, params });
      const records = answer(name, params).map((r) => ({
        get: (key: string) => (r as Record<string, unknown>)[key],
        toObject: () => r,
      }));
      return { records, summary: { counters: { updates: () => ({ nodesCreated: 1 }) } } };
    },
  } as unknown as ManagedTransaction;
  return {
    sent,
    writes: new Neo4jWrites(tx, new AuditKeten({ auditSleutel: TEST_AUDIT_SLEUTEL }), 'v1'),
  };
}

const row = (
  id: string,
  nieuw: boolean,
  gegevens: Row['gegevens'] = buildKnooppunt({ naam: id }),
): Row => ({
  id,
  versie: nieuw ? 1 : 2,
  gegevens,
  uniek: id,
  nieuw,
});
const rowsOf = (params: Record<string, unknown>) =>
  (params['rows'] as { id: string }[]).map((r) => r.id);

describe('the Neo4j write primitives', () => {
  it('write many objects as UNWIND statements of at most 1000 rows, creates and updates in their order', async () => {
    const { sent, writes } = recording();
    const rows = [
      ...Array.from({ length: 2500 }, (_, i) => row(`k${i}`, true)),
      row('u1', false),
      row('u2', false),
      row('k-na', true),
    ];
    await writes.put('knooppunt', rows, at);
    expect(sent.map((s) => [s.name, (s.params['rows'] as unknown[]).length])).toEqual([
      ['createKnooppunten', 1000],
      ['createKnooppunten', 1000],
      ['createKnooppunten', 500],
      ['updateKnooppunten', 2],
      ['createKnooppunten', 1],
    ]);
    expect(rowsOf(sent[3]!.params)).toEqual(['u1', 'u2']);
    // Each row carries its relations by id, for the statement's subqueries.
    expect(sent[0]!.params['rows']).toContainEqual(
      expect.objectContaining({
        id: 'k0',
        regioId: 'regio-a',
        themas: [expect.objectContaining({ id: 'thema-a' })],
      }),
    );
  });

  it('moves the routes whose ends changed, and updates the others in place', async () => {
    const { sent, writes } = recording((name) =>
      name === 'updateOverdrachten' ? [{ id: 'o1' }] : [],
    );
    await writes.put(
      'overdracht',
      [row('o1', false, buildOverdracht('a', 'b')), row('o2', false, buildOverdracht('a', 'c'))],
      at,
    );
    expect(sent.map((s) => [s.name, rowsOf(s.params)])).toEqual([
      ['updateOverdrachten', ['o1', 'o2']],
      ['moveOverdrachten', ['o2']],
    ]);
  });

  it('asks for versions, missing references and key holders in chunks, and joins the answers', async () => {
    const { sent, writes } = recording((name, params) => {
      const ids = (params['ids'] ?? []) as string[];
      if (name === 'lockKnooppunten')
        return ids.filter((id) => id !== 'k7').map((id) => ({ id, versie: 3 }));
      if (name === 'missingThemas') return [{ missing: ids.filter((id) => id.endsWith('1')) }];
      return [];
    });
    const ids = Array.from({ length: 1500 }, (_, i) => `k${i}`);
    const versions = await writes.versions('knooppunt', ids);
    expect([versions.size, versions.has('k7'), versions.get('k8')]).toEqual([1499, false, 3]);
    const missing = await writes.missing('thema', ids);
    expect(missing).toHaveLength(150);
    expect(sent.map((s) => s.name)).toEqual([
      'lockKnooppunten',
      'lockKnooppunten',
      'missingThemas',
      'missingThemas',
    ]);
  });

  it('refuses to commit a write whose audit record and subject nodes were not all created', async () => {
    const { writes } = recording();
    const record = new AuditKeten({ auditSleutel: TEST_AUDIT_SLEUTEL }).volgende(null, at, {
      actie: 'MAKEN',
      actorId: 'systeem',
      actorNaam: 'Systeem',
      herkomst: 'intern',
      object: null,
      resultaat: 'GELUKT',
      melding: null,
      wijzigingen: [],
      knooppuntIds: [],
    });
    await writes.appendAudit(record);
    expect(writes.appended).toBe(record);
    // One subject node per knooppunt is expected besides the record: the recorder made only one.
    await expect(writes.appendAudit({ ...record, knooppuntIds: ['a'] })).rejects.toThrow(
      /auditspoor/,
    );
  });
});
