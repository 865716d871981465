// SPDX-License-Identifier: EUPL-1.2
// What the registry must hold according to its audit trail. Every successful write records each
// object's state after it (`na`, null when removed), so replaying the chain gives the registry
// as it was last audited. An object changed in the store behind the app's back, or a history
// index row removed, no longer agrees with the (keyed, verified) chain: these checks say where.
import { canonicalJson, type AuditRecord, type Breuk } from './audit.ts';
import type { EditableKind, Registry } from './model.ts';

const KINDS: [EditableKind, 'knooppunten' | 'organisaties' | 'deelnames' | 'overdrachten'][] = [
  ['knooppunt', 'knooppunten'],
  ['organisatie', 'organisaties'],
  ['deelname', 'deelnames'],
  ['overdracht', 'overdrachten'],
];

/** Per kind and id: the last recorded state (null: removed) and the record that left it. */
export function laatsteStaat(
  records: readonly AuditRecord[],
): Map<string, { volgnummer: number; na: object | null }> {
  const staat = new Map<string, { volgnummer: number; na: object | null }>();
  for (const record of records) {
    for (const w of record.wijzigingen)
      if (w.kind !== 'account')
        staat.set(`${w.kind}:${w.id}`, { volgnummer: record.volgnummer, na: w.na });
  }
  return staat;
}

/** The first object that differs from the trail's last state, in kind and id order; null when all agree. */
export function verifyStaat(
  records: readonly AuditRecord[],
  registry: Pick<Registry, 'knooppunten' | 'organisaties' | 'deelnames' | 'overdrachten'>,
): Breuk | null {
  const staat = laatsteStaat(records);
  for (const [kind, list] of KINDS) {
    const stored = new Map<string, object>(registry[list].map((o) => [o.id, o]));
    const expected = [...staat]
      .filter(([key, s]) => key.startsWith(`${kind}:`) && s.na !== null)
      .map(([key]) => key.slice(kind.length + 1));
    for (const id of [...new Set([...stored.keys(), ...expected])].sort()) {
      const recorded = staat.get(`${kind}:${id}`);
      const object = stored.get(id);
      if (!recorded) return { volgnummer: null, reden: `${kind} ${id} bestaat zonder auditrecord` };
      if (!object)
        return {
          volgnummer: recorded.volgnummer,
          reden: `${kind} ${id} ontbreekt (volgens auditrecord ${recorded.volgnummer} bestaat het)`,
        };
      if (recorded.na === null || canonicalJson(recorded.na) !== canonicalJson(object)) {
        return {
          volgnummer: recorded.volgnummer,
          reden: `${kind} ${id} wijkt af van het laatste auditrecord (${recorded.volgnummer})`,
        };
      }
    }
  }
  return null;
}

/**
 * Checks the index behind each knooppunt's history (geschiedenis) against the chain: it must list
 * exactly the records whose knooppuntIds name the knooppunt. Index rows beyond the last record
 * read are left out: they were written after the chain was read.
 */
export function verifyGeschiedenisIndex(
  records: readonly AuditRecord[],
  index: readonly { knooppuntId: string; volgnummer: number }[],
): Breuk | null {
  const last = records.at(-1)?.volgnummer ?? 0;
  const key = (knooppuntId: string, volgnummer: number) =>
    JSON.stringify([knooppuntId, volgnummer]);
  const indexed = new Set(
    index.filter((r) => r.volgnummer <= last).map((r) => key(r.knooppuntId, r.volgnummer)),
  );
  for (const record of records) {
    for (const knooppuntId of new Set(record.knooppuntIds)) {
      if (!indexed.delete(key(knooppuntId, record.volgnummer))) {
        return {
          volgnummer: record.volgnummer,
          reden: `de geschiedenis van knooppunt ${knooppuntId} mist auditrecord ${record.volgnummer}`,
        };
      }
    }
  }
  const [extra] = [...indexed]
    .map((k) => JSON.parse(k) as [string, number])
    .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1));
  return extra
    ? {
        volgnummer: extra[1],
        reden: `de geschiedenis van knooppunt ${extra[0]} noemt auditrecord ${extra[1]}, dat niet over dit knooppunt gaat`,
      }
    : null;
}
