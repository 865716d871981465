// SPDX-License-Identifier: EUPL-1.2
// Validity in time (issue 8): a knooppunt may have a first and a last day. The registry "on a
// date" holds only the knooppunten that exist on it, with their deelnames and routes; what
// ended stays stored (and editable) but is left out of lists, maps and analyses by default.
import type { Document, Knooppunt, Registry } from './model.ts';

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
