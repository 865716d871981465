// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { buildDeelname, buildKnooppunt, buildOrganisatie, entity } from '../../test/builders.ts';
import { chainRecord, writeEntry, type AuditRecord, type AuditWijziging } from './audit.ts';
import { laatsteStaat, verifyGeschiedenisIndex, verifyStaat } from './audit-state.ts';

const SLEUTEL = 'sleutel-van-de-test-0123456789abcdef';
const context = { actorId: 'a1', actorNaam: 'Anna', herkomst: '192.0.2.1' };

function trail(...writes: AuditWijziging[][]): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (const [i, w] of writes.entries())
    records.push(
      chainRecord(
        records.at(-1) ?? null,
        new Date(Date.UTC(2026, 0, 1, 10, i)),
        writeEntry({ at: new Date(), context }, 'WIJZIGEN', w),
        SLEUTEL,
      ),
    );
  return records;
}

const org = entity('ggz', buildOrganisatie());
const k1 = entity('k1', buildKnooppunt({ naam: 'Tafel 1', belegdBijId: 'ggz' }));
const k1b = { ...k1, naam: 'Tafel 1, hernoemd', versie: 2 };
const k2 = entity('k2', buildKnooppunt({ naam: 'Tafel 2' }));
const d1 = entity('d1', buildDeelname('ggz', 'k2'));

// Made, changed, another made with a deelname, then removed with it.
const records = trail(
  [{ kind: 'organisatie', id: 'ggz', voor: null, na: org }],
  [{ kind: 'knooppunt', id: 'k1', voor: null, na: k1 }],
  [{ kind: 'knooppunt', id: 'k1', voor: k1, na: k1b }],
  [
    { kind: 'knooppunt', id: 'k2', voor: null, na: k2 },
    { kind: 'deelname', id: 'd1', voor: null, na: d1 },
  ],
  [
    { kind: 'knooppunt', id: 'k2', voor: k2, na: null },
    { kind: 'deelname', id: 'd1', voor: d1, na: null },
  ],
);
const registry = { knooppunten: [k1b], organisaties: [org], deelnames: [], overdrachten: [] };

describe('the registry against the trail’s last state', () => {
  it('replays each object to its last recorded state', () => {
    const staat = laatsteStaat(records);
    expect(staat.get('knooppunt:k1')).toEqual({ volgnummer: 3, na: k1b });
    expect(staat.get('knooppunt:k2')).toEqual({ volgnummer: 5, na: null });
  });

  it('agrees with a registry that was only changed through audited writes, whatever the key order', () => {
    expect(verifyStaat(records, registry)).toBeNull();
    const reordered = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(k1b).reverse())),
    ) as typeof k1b;
    expect(verifyStaat(records, { ...registry, knooppunten: [reordered] })).toBeNull();
  });

  it('names the first object that was changed, added, removed or brought back without an audit record', () => {
    expect(
      verifyStaat(records, { ...registry, knooppunten: [{ ...k1b, doel: 'Iets anders' }] }),
    ).toEqual({
      volgnummer: 3,
      reden: 'knooppunt k1 wijkt af van het laatste auditrecord (3)',
    });
    expect(
      verifyStaat(records, {
        ...registry,
        organisaties: [org, entity('nieuw', buildOrganisatie({ naam: 'Nieuw' }))],
      }),
    ).toEqual({
      volgnummer: null,
      reden: 'organisatie nieuw bestaat zonder auditrecord',
    });
    expect(verifyStaat(records, { ...registry, knooppunten: [] })).toEqual({
      volgnummer: 3,
      reden: 'knooppunt k1 ontbreekt (volgens auditrecord 3 bestaat het)',
    });
    expect(verifyStaat(records, { ...registry, deelnames: [d1] })).toEqual({
      volgnummer: 5,
      reden: 'deelname d1 wijkt af van het laatste auditrecord (5)',
    });
  });
});

describe('the history index against the chain', () => {
  const index = records.flatMap((r) =>
    r.knooppuntIds.map((knooppuntId) => ({ knooppuntId, volgnummer: r.volgnummer })),
  );

  it('agrees when it lists exactly the records that name each knooppunt; rows written after the read do not count', () => {
    expect(index.map((r) => `${r.knooppuntId}:${r.volgnummer}`)).toEqual([
      'k1:2',
      'k1:3',
      'k2:4',
      'k2:5',
    ]);
    expect(verifyGeschiedenisIndex(records, index)).toBeNull();
    expect(
      verifyGeschiedenisIndex(records, [...index, { knooppuntId: 'k1', volgnummer: 6 }]),
    ).toBeNull();
  });

  it('names a missing and a foreign row', () => {
    expect(
      verifyGeschiedenisIndex(
        records,
        index.filter((r) => r.volgnummer !== 3),
      ),
    ).toEqual({ volgnummer: 3, reden: 'de geschiedenis van knooppunt k1 mist auditrecord 3' });
    expect(
      verifyGeschiedenisIndex(records, [...index, { knooppuntId: 'k1', volgnummer: 1 }]),
    ).toEqual({
      volgnummer: 1,
      reden:
        'de geschiedenis van knooppunt k1 noemt auditrecord 1, dat niet over dit knooppunt gaat',
    });
  });
});
