// SPDX-License-Identifier: EUPL-1.2
// Validity in time (issue 8): a knooppunt may have a first and a last day. The registry "on a
// date" holds only the knooppunten that exist on it, with their deelnames and routes; what
// ended stays stored (and editable) but is left out of lists, maps and analyses by default.
import type { Document, EditableKind, Knooppunt, Registry } from './model.ts';
import {
  werkIndexBij,
  type ObjectNaWijziging,
  type RegistryIndex,
  type Verschil,
} from './registry-index.ts';

/** The knooppunt exists on this ISO date: both bounds are inclusive, a missing bound is open. */
export function geldigOp(k: Pick<Knooppunt, 'geldigVanaf' | 'geldigTot'>, datum: string): boolean {
  return (
    (k.geldigVanaf === null || k.geldigVanaf <= datum) &&
    (k.geldigTot === null || datum <= k.geldigTot)
  );
}

export type Geldigheid = 'BESTAAT' | 'BEEINDIGD' | 'NOG_NIET_BEGONNEN';

/** Where a knooppunt stands on a date: it exists, it has ended, or it has not begun yet. */
export function geldigheidOp(
  k: Pick<Knooppunt, 'geldigVanaf' | 'geldigTot'>,
  datum: string,
): Geldigheid {
  if (k.geldigTot !== null && k.geldigTot < datum) return 'BEEINDIGD';
  if (k.geldigVanaf !== null && datum < k.geldigVanaf) return 'NOG_NIET_BEGONNEN';
  return 'BESTAAT';
}

/**
 * A knooppunt without a first day is counted on every date, also long ago: the register does not
 * know when it began, and leaving it out would show a past date as an empty region, which a
 * bestuurder would read as "there was nothing". Instead the page says so in words ("sinds
 * onbekend") and counts how many of the knooppunten shown on a past date have no start date.
 * These are the knooppunten that exist on the date only because their start is not known.
 */
export const sindsOnbekend = (
  knooppunten: readonly Pick<Knooppunt, 'geldigVanaf' | 'geldigTot'>[],
  datum: string,
): number =>
  knooppunten.filter((k) => k.geldigVanaf === null && geldigheidOp(k, datum) === 'BESTAAT').length;

/** The document has been adopted and has not ended on this date (a convenant "in place", R06). */
export function vastgesteldOp(d: Document, datum: string): boolean {
  return d.status === 'VASTGESTELD' && (d.geldigTot === null || datum <= d.geldigTot);
}

/** The registry as it stood on a date: knooppunten that did not exist then are left out, with their relations. */
export function registryOp(registry: Registry, datum: string): Registry {
  const knooppunten = registry.knooppunten.filter((k) => geldigOp(k, datum));
  if (knooppunten.length === registry.knooppunten.length) return registry;
  const bestaat = new Set(knooppunten.map((k) => k.id));
  return {
    ...registry,
    knooppunten: knooppunten.map((k) =>
      k.aanpalend.every((a) => bestaat.has(a.knooppuntId))
        ? k
        : { ...k, aanpalend: k.aanpalend.filter((a) => bestaat.has(a.knooppuntId)) },
    ),
    deelnames: registry.deelnames.filter((d) => bestaat.has(d.knooppuntId)),
    overdrachten: registry.overdrachten.filter(
      (o) => bestaat.has(o.vanId) && bestaat.has(o.naarId),
    ),
  };
}

/**
 * The registry on a date after a write, from the view on that date before it (`vorige`, from the
 * index the write was applied to): the objects the write changed, as they stand on the date. Undefined
 * when the write changes which knooppunten exist then; what hangs on them is then worked out afresh.
 */
export function opDatumNa(
  vorige: RegistryIndex,
  volledig: RegistryIndex,
  { anders }: Verschil,
  datum: string,
): RegistryIndex | undefined {
  const bestaat = (id: string) => vorige.knooppunten.has(id);
  const wijzigingen: ObjectNaWijziging[] = [];
  const zet = <T>(kind: EditableKind, id: string, na: T | null, was: boolean) => {
    if (na !== null || was) wijzigingen.push({ kind, id, na: na as object | null });
  };
  const ids = (naam: 'knooppunten' | 'organisaties' | 'deelnames' | 'overdrachten') =>
    anders.get(naam) ?? new Set<string>();
  const knooppunten = ids('knooppunten');
  if (knooppunten === null) return undefined;
  for (const id of knooppunten) {
    const k = volledig.knooppunten.get(id);
    const nu = k !== undefined && geldigOp(k, datum);
    if (nu !== bestaat(id)) return undefined;
    if (!nu) continue;
    const aanpalend = k.aanpalend.filter((a) => bestaat(a.knooppuntId));
    zet('knooppunt', id, aanpalend.length === k.aanpalend.length ? k : { ...k, aanpalend }, true);
  }
  for (const id of ids('organisaties') ?? [])
    zet('organisatie', id, volledig.organisaties.get(id) ?? null, vorige.organisaties.has(id));
  for (const id of ids('deelnames') ?? []) {
    const d = volledig.deelnames.get(id);
    zet('deelname', id, d && bestaat(d.knooppuntId) ? d : null, vorige.deelnames.has(id));
  }
  for (const id of ids('overdrachten') ?? []) {
    const o = volledig.overdrachten.get(id);
    const nu = o && bestaat(o.vanId) && bestaat(o.naarId) ? o : null;
    zet('overdracht', id, nu, vorige.overdrachten.has(id));
  }
  return wijzigingen.length === 0 ? vorige : werkIndexBij(vorige, wijzigingen);
}
