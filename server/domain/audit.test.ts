// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainRecord, veldWijzigingen, verifyChain, writeEntry, type AuditRecord } from './audit.ts';

const entry = (id: string) =>
  writeEntry({ at: new Date(), context: { actorId: 'a1', actorNaam: 'Anna', herkomst: '192.0.2.1' } }, 'WIJZIGEN', [
    { kind: 'deelname', id, voor: { knooppuntId: 'k1', rol: 'ADVISEUR' }, na: { knooppuntId: 'k1', rol: 'VASTE_DEELNEMER' } },
  ]);

function chain(n: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (let i = 0; i < n; i++) records.push(chainRecord(records.at(-1) ?? null, new Date(Date.UTC(2026, 10, 22, 10, i)), entry(`d${i}`)));
  return records;
}

describe('the audit chain', () => {
  it('links each record to the one before, and finds an intact chain intact', () => {
    const records = chain(4);
    expect(records.map((r) => r.volgnummer)).toEqual([1, 2, 3, 4]);
    expect(records[1]!.vorigeHash).toBe(records[0]!.hash);
    expect(verifyChain(records)).toEqual({ intact: true, aantal: 4 });
  });

  it('notices an altered, removed or reordered record', () => {
    const altered = chain(4);
    altered[2] = { ...altered[2]!, actorNaam: 'Iemand anders' };
    expect(verifyChain(altered)).toMatchObject({ intact: false, volgnummer: 3, reden: 'de inhoud is gewijzigd na vastleggen' });
    const removed = chain(4).filter((r) => r.volgnummer !== 2);
    expect(verifyChain(removed)).toMatchObject({ intact: false, volgnummer: 3 });
    const [a, b, ...rest] = chain(4);
    expect(verifyChain([b!, a!, ...rest])).toMatchObject({ intact: false, volgnummer: 2 });
  });

  it('hashes the same content the same, whatever the key order after a round trip', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
    const [record] = chain(1);
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(record!).reverse()))) as AuditRecord;
    expect(verifyChain([reordered]).intact).toBe(true);
  });

  it('files a change under the knooppunten it belongs to, and lists the changed fields', () => {
    expect(entry('d1').knooppuntIds).toEqual(['k1']);
    expect(veldWijzigingen({ id: 'x', versie: 1, rol: 'ADVISEUR', taak: 't' }, { id: 'x', versie: 2, rol: 'INFORMANT', taak: 't' })).toEqual([
      { veld: 'rol', voor: '"ADVISEUR"', na: '"INFORMANT"' },
    ]);
  });
});
