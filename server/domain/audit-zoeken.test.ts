// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { chainRecord, type AuditRecord } from './audit.ts';
import {
  auditZoeker,
  controleerFilter,
  type AuditFilter,
  type AuditPagina,
} from './audit-zoeken.ts';

const records: AuditRecord[] = [];
for (const [tijd, naam, actie] of [
  ['2026-03-01T10:00:00Z', 'Rita Redacteur', 'WIJZIGEN'],
  ['2026-03-01T23:30:00Z', 'Regionale beheerder', 'VERIFIEREN'],
  ['2026-03-03T09:00:00Z', 'Rita Redacteur', 'VERIFIEREN'],
] as const)
  records.push(
    chainRecord(
      records.at(-1) ?? null,
      new Date(tijd),
      {
        actie,
        actorId: naam,
        actorNaam: naam,
        herkomst: 'test',
        object: { kind: 'knooppunt', id: 'k1' },
        resultaat: 'GELUKT',
        melding: null,
        wijzigingen: [],
        knooppuntIds: ['k1'],
      },
      'sleutel',
    ),
  );
const pagina = { na: 0, voor: null, eerste: 10, nieuwsteEerst: false };

/** The trail read in parts of `deel` records, as the edit service reads the store. */
function zoekAudit(filter: AuditFilter, p: AuditPagina, deel = 2) {
  const zoeker = auditZoeker(filter, p);
  for (let i = 0; i < records.length; i += deel) zoeker.lees(records.slice(i, i + deel));
  return zoeker.uitkomst();
}

describe('searching the audit trail', () => {
  it('filters by person, action and Dutch day, newest first in pages', () => {
    const nummers = (r: { records: AuditRecord[] }) => r.records.map((x) => x.volgnummer);
    expect(nummers(zoekAudit({ persoon: 'rita' }, pagina))).toEqual([1, 3]);
    expect(nummers(zoekAudit({ actie: 'VERIFIEREN', persoon: 'RITA' }, pagina))).toEqual([3]);
    // 23:30 UTC on 1 March is 2 March in Amsterdam.
    expect(nummers(zoekAudit({ van: '2026-03-02', tot: '2026-03-02' }, pagina))).toEqual([2]);
    const eerste = zoekAudit({}, { ...pagina, nieuwsteEerst: true, eerste: 2 });
    expect([nummers(eerste), eerste.volgende, eerste.totaal]).toEqual([[3, 2], 2, 3]);
    const tweede = zoekAudit({}, { ...pagina, nieuwsteEerst: true, voor: 2, eerste: 2 });
    expect([nummers(tweede), tweede.volgende]).toEqual([[1], null]);
  });

  it('pages the whole trail by the cursor, in parts of any size, keeping only the page', () => {
    for (const nieuwsteEerst of [false, true])
      for (const eerste of [1, 2, 3])
        for (const cursor of [0, 1, 2, 3, 4]) {
          const p = { na: cursor, voor: cursor || null, eerste, nieuwsteEerst };
          // What a page is: every record past the cursor in the page's order, the first `eerste`.
          const reeks = nieuwsteEerst
            ? records.filter((r) => p.voor === null || r.volgnummer < p.voor).reverse()
            : records.filter((r) => r.volgnummer > p.na);
          const verwacht = reeks.slice(0, eerste);
          for (const deel of [1, 2, 3])
            expect(zoekAudit({}, p, deel)).toEqual({
              records: verwacht,
              volgende: reeks.length > eerste ? verwacht.at(-1)!.volgnummer : null,
              totaal: 3,
            });
        }
  });

  it('names a day that does not exist and a period backwards', () => {
    expect(() => controleerFilter({ van: '2026-02-31' })).toThrow(
      /Vanaf: ‘2026-02-31’ is geen bestaande datum/,
    );
    expect(() => controleerFilter({ van: '2026-03-02', tot: '2026-03-01' })).toThrow(/Tot en met/);
  });
});
