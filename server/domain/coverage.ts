// SPDX-License-Identifier: EUPL-1.2
// Coverage for the bestuurder (H §2.6 questions for bestuurders; §2.4): for each thema and
// gemeente of a region, which knooppunten take it up there, and whether a route leads into them
// from a meldpunt. Overlap between knooppunten is in overlap.ts.
import { filterKnooppunten, leeftijdPast } from './knooppunt-filter.ts';
import type { Gemeente, Knooppunt, Thema } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

export interface Cel {
  themaId: string;
  gemeenteId: string;
  knooppunten: Knooppunt[];
  /** A route from a meldpunt leads into at least one of them (or one of them is a meldpunt). */
  bereikbaarVanuitMeldpunt: boolean;
}

export interface Dekking {
  themas: Thema[];
  gemeenten: Gemeente[];
  cellen: Cel[];
  /** Cells no knooppunt covers. */
  lacunes: Cel[];
}

/** Does a route from some meldpunt lead into this knooppunt (H §2.4 element 1)? */
const bereikbaar = (index: RegistryIndex, k: Knooppunt): boolean =>
  k.functie === 'MELDPUNT' ||
  (index.overdrachtenIn.get(k.id) ?? []).some(
    (o) => index.knooppunten.get(o.vanId)?.functie === 'MELDPUNT',
  );

/** The one test of the coverage matrix: this knooppunt takes up the thema in the gemeente. */
export const dektCel = (k: Knooppunt, themaId: string, gemeenteId: string): boolean =>
  k.themaIds.includes(themaId) && k.gemeenteIds.includes(gemeenteId);

/**
 * The given themas no knooppunt takes up in the gemeente (anywhere, without one) for the age band:
 * exactly the lacunes `dekking` shows for those cells, so a casus result and the bestuurder's
 * matrix agree (H §2.6, bestuurder: "Is de infrastructuur dekkend?").
 */
export function ongedekteThemas(
  index: RegistryIndex,
  themaIds: readonly string[],
  gemeenteId: string | null,
  leeftijd: { van: number | null; tot: number | null } | null = null,
): Thema[] {
  return themaIds
    .filter(
      (t) =>
        !(
          gemeenteId === null
            ? (index.knooppuntenVanThema.get(t) ?? [])
            : (index.knooppuntenVanGemeente.get(gemeenteId) ?? [])
        ).some(
          (k) =>
            (gemeenteId === null || dektCel(k, t, gemeenteId)) &&
            (leeftijd === null || leeftijdPast(k, leeftijd)),
        ),
    )
    .map((t) => index.themas.get(t))
    .filter((t) => t !== undefined);
}

export function dekking(
  index: RegistryIndex,
  regioId: string,
  leeftijd: { van: number | null; tot: number | null } | null = null,
): Dekking {
  const gemeenten = [...(index.gemeentenVanRegio.get(regioId) ?? [])];
  const themas = [...index.themas.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  const knooppunten = filterKnooppunten(index, { regioIds: [regioId] }).filter(
    (k) => leeftijd === null || leeftijdPast(k, leeftijd),
  );
  // Each knooppunt filed under the cells it covers, in name order: one pass instead of one per cell.
  const perCel = new Map<string, Knooppunt[]>();
  for (const k of knooppunten)
    for (const t of k.themaIds)
      for (const g of k.gemeenteIds) {
        const hier = perCel.get(`${t}|${g}`);
        if (!hier) perCel.set(`${t}|${g}`, [k]);
        else if (hier.at(-1) !== k) hier.push(k);
      }
  const cellen = themas.flatMap((t) =>
    gemeenten.map((g) => {
      const hier = perCel.get(`${t.id}|${g.id}`) ?? [];
      return {
        themaId: t.id,
        gemeenteId: g.id,
        knooppunten: hier,
        bereikbaarVanuitMeldpunt: hier.some((k) => bereikbaar(index, k)),
      };
    }),
  );
  return { themas, gemeenten, cellen, lacunes: cellen.filter((c) => c.knooppunten.length === 0) };
}
