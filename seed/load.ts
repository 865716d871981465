// SPDX-License-Identifier: EUPL-1.2
// Loads the example region into any Store, idempotently: what exists and is equal is left
// alone, what differs is updated at its current version, what is missing is created.
import { isDeepStrictEqual } from 'node:util';
import { gegevensVan, type EditableKind, type EditableKinds } from '../server/domain/model.ts';
import { parseGegevens } from '../server/domain/validation.ts';
import type { Store } from '../server/store/port.ts';
import { DEELNAMES, KNOOPPUNTEN, ORGANISATIES, OVERDRACHTEN, deelnameId, overdrachtId } from './example-region.ts';
import { loadReferentiedata } from './reference-data.ts';
import { systeemWijziging } from '../server/domain/audit.ts';

export interface SeedResult {
  created: number;
  updated: number;
  unchanged: number;
}

export async function loadExampleRegion(store: Store): Promise<SeedResult> {
  await store.putReferentiedata(loadReferentiedata());
  const result: SeedResult = { created: 0, updated: 0, unchanged: 0 };
  const current = await store.load();
  const existing = new Map<string, { versie: number; gegevens: unknown }>();
  for (const [kind, list] of [
    ['knooppunt', current.knooppunten],
    ['organisatie', current.organisaties],
    ['deelname', current.deelnames],
    ['overdracht', current.overdrachten],
  ] as const) {
    for (const entity of list) existing.set(`${kind}:${entity.id}`, { versie: entity.versie, gegevens: gegevensVan(entity) });
  }

  const preexisting = new Set(existing.keys());
  const upsert = async <K extends EditableKind>(kind: K, id: string, input: EditableKinds[K]['gegevens']) => {
    const gegevens = parseGegevens(kind, input, `${kind}:${id}`);
    const found = existing.get(`${kind}:${id}`);
    const wijziging = systeemWijziging();
    if (!found) {
      const entity = await store.create(kind, id, gegevens, wijziging);
      existing.set(`${kind}:${id}`, { versie: entity.versie, gegevens });
      result.created++;
    } else if (!isDeepStrictEqual(found.gegevens, gegevens)) {
      const entity = await store.update(kind, id, found.versie, gegevens, wijziging);
      existing.set(`${kind}:${id}`, { versie: entity.versie, gegevens });
      if (preexisting.has(`${kind}:${id}`)) result.updated++;
    } else if (preexisting.has(`${kind}:${id}`)) {
      result.unchanged++;
    }
  };

  for (const [id, o] of Object.entries(ORGANISATIES)) await upsert('organisatie', id, o);
  // Knooppunten refer to each other (aanpalend): first create the missing ones without those links.
  for (const [id, k] of Object.entries(KNOOPPUNTEN)) {
    if (!existing.has(`knooppunt:${id}`)) await upsert('knooppunt', id, { ...k, aanpalend: [] });
  }
  for (const [id, k] of Object.entries(KNOOPPUNTEN)) await upsert('knooppunt', id, k);
  for (const d of DEELNAMES) await upsert('deelname', deelnameId(d), d);
  for (const o of OVERDRACHTEN) await upsert('overdracht', overdrachtId(o), o);
  return result;
}
