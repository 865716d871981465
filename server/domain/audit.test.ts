// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  alleenVanKnooppunt,
  ankerHandtekening,
  ankerOndertekend,
  canonicalJson,
  chainRecord,
  veldWijzigingen,
  volgordeBehouden,
  verifyAnker,
  verifyChain,
  writeEntry,
  type AuditRecord,
} from './audit.ts';

const SLEUTEL = 'sleutel-van-de-test-0123456789abcdef';
const ANDERE_SLEUTEL = 'een-andere-sleutel-0123456789abcdef';

const entry = (id: string) =>
  writeEntry(
    { at: new Date(), context: { actorId: 'a1', actorNaam: 'Anna', herkomst: '192.0.2.1' } },
    'WIJZIGEN',
    [
      {
        kind: 'deelname',
        id,
        voor: { knooppuntId: 'k1', rol: 'ADVISEUR' },
        na: { knooppuntId: 'k1', rol: 'VASTE_DEELNEMER' },
      },
    ],
  );

function chain(n: number, sleutel = SLEUTEL): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (let i = 0; i < n; i++)
    records.push(
      chainRecord(
        records.at(-1) ?? null,
        new Date(Date.UTC(2026, 10, 22, 10, i)),
        entry(`d${i}`),
        sleutel,
      ),
    );
  return records;
}

/** What someone with write access to the store but without the key can do: change a record and chain on from it. */
function herberekend(records: AuditRecord[], vanaf: number, sleutel: string): AuditRecord[] {
  const result = records.slice(0, vanaf - 1);
  for (const record of records.slice(vanaf - 1)) {
    const changed =
      record.volgnummer === vanaf ? { ...record, actorNaam: 'Iemand anders' } : record;
    result.push(chainRecord(result.at(-1) ?? null, new Date(record.tijd), changed, sleutel));
  }
  return result;
}

describe('the audit chain', () => {
  it('links each record to the one before, and finds an intact chain intact', () => {
    const records = chain(4);
    expect(records.map((r) => r.volgnummer)).toEqual([1, 2, 3, 4]);
    expect(records[1]!.vorigeHash).toBe(records[0]!.hash);
    expect(verifyChain(records, SLEUTEL)).toEqual({ intact: true, aantal: 4 });
  });

  it('notices an altered, removed or reordered record', () => {
    const altered = chain(4);
    altered[2] = { ...altered[2]!, actorNaam: 'Iemand anders' };
    expect(verifyChain(altered, SLEUTEL)).toMatchObject({
      intact: false,
      volgnummer: 3,
      reden: 'de inhoud is gewijzigd na vastleggen',
    });
    const removed = chain(4).filter((r) => r.volgnummer !== 2);
    expect(verifyChain(removed, SLEUTEL)).toMatchObject({ intact: false, volgnummer: 3 });
    const [a, b, ...rest] = chain(4);
    expect(verifyChain([b!, a!, ...rest], SLEUTEL)).toMatchObject({ intact: false, volgnummer: 2 });
  });

  it('is keyed: a chain recomputed to the end without the key, or with another, does not verify', () => {
    const records = chain(5);
    expect(verifyChain(herberekend(records, 3, SLEUTEL), SLEUTEL)).toEqual({
      intact: true,
      aantal: 5,
    });
    expect(verifyChain(herberekend(records, 3, ANDERE_SLEUTEL), SLEUTEL)).toMatchObject({
      intact: false,
      volgnummer: 3,
      reden: 'de inhoud is gewijzigd na vastleggen',
    });
    expect(verifyChain(chain(5, ANDERE_SLEUTEL), SLEUTEL)).toMatchObject({
      intact: false,
      volgnummer: 1,
    });
    expect(records[0]!.hash).not.toBe(chain(1, ANDERE_SLEUTEL)[0]!.hash);
  });

  it('notices against an anchor a cut-off tail and a chain recomputed from before it', () => {
    const records = chain(10);
    const anker = { volgnummer: 8, hash: records[7]!.hash };
    expect(verifyAnker(records, anker, 'het anker')).toBeNull();
    expect(verifyAnker(records.slice(0, 5), anker, 'het anker')).toEqual({
      volgnummer: 8,
      reden:
        'auditrecord 8 ontbreekt: de keten is ingekort (het anker reikt tot 8, de keten tot 5)',
    });
    expect(verifyAnker([], anker, 'het anker')?.reden).toContain('de keten tot 0');
    // Even with the key (stolen), rewriting history changes the anchored record's hash.
    expect(verifyAnker(herberekend(records, 4, SLEUTEL), anker, 'het anker')).toEqual({
      volgnummer: 8,
      reden: 'auditrecord 8 wijkt af van het anker: de keten is herschreven',
    });
  });

  it('signs an anchor with the key, and refuses a changed or foreign one', () => {
    const anker = { volgnummer: 8, hash: 'a'.repeat(64) };
    const getekend = { ...anker, handtekening: ankerHandtekening(anker, SLEUTEL) };
    expect(getekend.handtekening).toMatch(/^[0-9a-f]{64}$/);
    expect(ankerOndertekend(getekend, SLEUTEL)).toBe(true);
    expect(ankerOndertekend({ ...getekend, volgnummer: 7 }, SLEUTEL)).toBe(false);
    expect(ankerOndertekend({ ...getekend, hash: 'b'.repeat(64) }, SLEUTEL)).toBe(false);
    expect(ankerOndertekend(getekend, ANDERE_SLEUTEL)).toBe(false);
    expect(ankerOndertekend({ ...getekend, handtekening: 'kort' }, SLEUTEL)).toBe(false);
  });

  it('hashes the same content the same, whatever the key order after a round trip', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    const [record] = chain(1);
    const reordered = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(record!).reverse())),
    ) as AuditRecord;
    expect(verifyChain([reordered], SLEUTEL).intact).toBe(true);
  });

  it('files a change under the knooppunten it belongs to, and lists the changed fields', () => {
    expect(entry('d1').knooppuntIds).toEqual(['k1']);
    expect(
      veldWijzigingen(
        { id: 'x', versie: 1, rol: 'ADVISEUR', taak: 't' },
        { id: 'x', versie: 2, rol: 'INFORMANT', taak: 't' },
        'deelname',
      ),
    ).toEqual([{ veld: 'rol', voor: '"ADVISEUR"', na: '"INFORMANT"' }]);
  });

  it('counts putting a set in another order as no change, but an ordered text as one', () => {
    const voor = { signalen: ['GROEP', 'DETENTIE'], themaIds: ['a', 'b'], doel: 'x' };
    const na = { signalen: ['DETENTIE', 'GROEP'], themaIds: ['b', 'a'], doel: 'x' };
    expect(veldWijzigingen(voor, na, 'knooppunt')).toEqual([]);
    expect(veldWijzigingen(voor, { ...na, themaIds: ['a'] }, 'knooppunt')).toEqual([
      { veld: 'themaIds', voor: '["a","b"]', na: '["a"]' },
    ]);
    // Kept in the stored order, so the write itself changes nothing there.
    expect(volgordeBehouden('knooppunt', { ...na, doel: 'y' }, voor)).toEqual({
      ...voor,
      doel: 'y',
    });
  });
});

describe("a knooppunt's history", () => {
  it('shows of a record only the changes that belong to that knooppunt', () => {
    const record = chainRecord(
      null,
      new Date('2026-01-01T00:00:00Z'),
      {
        actie: 'IMPORTEREN',
        actorId: 'systeem',
        actorNaam: 'Systeem',
        herkomst: 'intern',
        object: null,
        resultaat: 'GELUKT',
        melding: null,
        wijzigingen: [
          { kind: 'knooppunt', id: 'a', voor: null, na: { naam: 'A' } },
          { kind: 'knooppunt', id: 'b', voor: null, na: { naam: 'B' } },
          {
            kind: 'deelname',
            id: 'a--ggz',
            voor: null,
            na: { knooppuntId: 'a', organisatieId: 'ggz' },
          },
          { kind: 'overdracht', id: 'b--a--signaal', voor: null, na: { vanId: 'b', naarId: 'a' } },
          { kind: 'organisatie', id: 'ggz', voor: null, na: { naam: 'GGZ' } },
        ],
        knooppuntIds: ['a', 'b'],
      },
      SLEUTEL,
    );
    expect(alleenVanKnooppunt(record, 'a').wijzigingen.map((w) => w.id)).toEqual([
      'a',
      'a--ggz',
      'b--a--signaal',
    ]);
  });
});
