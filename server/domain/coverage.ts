// SPDX-License-Identifier: EUPL-1.2
// Coverage and overlap for the bestuurder (H §2.6 questions for bestuurders; §2.3 fragmentation;
// §2.4). Coverage: for each thema and gemeente of a region, which knooppunten take it up there,
// and whether a route leads into them from a meldpunt. Overlap: pairs of knooppunten that share
// themas, werkgebied, doelgroep and partijen, scored, with the reasons in words.
import { filterKnooppunten, leeftijdPast } from './knooppunt-filter.ts';
import type { Gemeente, Knooppunt, Thema } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';
import { aantal } from './taal.ts';

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
    .filter((t) =>
      (gemeenteId === null
        ? (index.knooppuntenVanThema.get(t) ?? [])
        : (index.knooppuntenVanGemeente.get(gemeenteId) ?? []).filter((k) =>
            dektCel(k, t, gemeenteId),
          )
      ).every((k) => leeftijd !== null && !leeftijdPast(k, leeftijd)),
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
  const cellen = themas.flatMap((t) =>
    gemeenten.map((g) => {
      const hier = knooppunten.filter((k) => dektCel(k, t.id, g.id));
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

export interface Overlap {
  a: Knooppunt;
  b: Knooppunt;
  /** 0..1: the mean of the four overlaps. */
  score: number;
  redenen: string[];
}

const jaccard = <T>(x: readonly T[], y: readonly T[]): number => {
  const a = new Set(x);
  const b = new Set(y);
  const gedeeld = [...a].filter((v) => b.has(v)).length;
  const samen = new Set([...a, ...b]).size;
  return samen === 0 ? 0 : gedeeld / samen;
};

/** Age ranges as a share: the overlap of the two ranges over their union (0..120 when open). */
function leeftijdOverlap(a: Knooppunt, b: Knooppunt): number {
  const [a1, a2, b1, b2] = [
    a.leeftijdMin ?? 0,
    a.leeftijdMax ?? 120,
    b.leeftijdMin ?? 0,
    b.leeftijdMax ?? 120,
  ];
  const gedeeld = Math.max(0, Math.min(a2, b2) - Math.max(a1, b1));
  const samen = Math.max(a2, b2) - Math.min(a1, b1);
  return samen === 0 ? 1 : gedeeld / samen;
}

/**
 * Pairs of knooppunten of a region that overlap on themas, werkgebied, doelgroep and partijen:
 * candidates to merge or to agree a division of labour. Only pairs sharing a thema and a gemeente.
 */
export function overlap(index: RegistryIndex, regioId: string, minimum = 0.4): Overlap[] {
  const knooppunten = filterKnooppunten(index, { regioIds: [regioId] });
  const partijen = (k: Knooppunt) =>
    (index.deelnamesVanKnooppunt.get(k.id) ?? []).map((d) => d.organisatieId);
  const naam = (ids: string[], map: ReadonlyMap<string, { naam: string }>) =>
    ids.map((id) => map.get(id)?.naam ?? id).join(', ');
  const paren: Overlap[] = [];
  knooppunten.forEach((a, i) => {
    for (const b of knooppunten.slice(i + 1)) {
      const themas = a.themaIds.filter((t) => b.themaIds.includes(t));
      const gemeenten = a.gemeenteIds.filter((g) => b.gemeenteIds.includes(g));
      if (themas.length === 0 || gemeenten.length === 0) continue;
      const [pa, pb] = [partijen(a), partijen(b)];
      const delen = [
        jaccard(a.themaIds, b.themaIds),
        jaccard(a.gemeenteIds, b.gemeenteIds),
        leeftijdOverlap(a, b),
        jaccard(pa, pb),
      ];
      const score = delen.reduce((s, x) => s + x, 0) / delen.length;
      if (score < minimum) continue;
      const gedeeldePartijen = pa.filter((p) => pb.includes(p));
      const redenen = [
        `${themas.length === 1 ? 'hetzelfde thema' : "dezelfde thema's"}: ${naam(themas, index.themas).toLowerCase()}`,
        gemeenten.length === a.gemeenteIds.length && gemeenten.length === b.gemeenteIds.length
          ? 'hetzelfde werkgebied'
          : `${aantal(gemeenten.length, 'gemeente', 'gemeenten')} in beide werkgebieden`,
        ...(delen[2]! >= 0.5 ? ['een overlappende doelgroep'] : []),
        ...(gedeeldePartijen.length > 0
          ? [
              `${aantal(gedeeldePartijen.length, 'gedeelde partij', 'gedeelde partijen')} (${naam(gedeeldePartijen, index.organisaties)})`,
            ]
          : []),
        ...(a.functie === b.functie
          ? [`beide een ${a.functie === 'MELDPUNT' ? 'meldpunt' : 'overlegtafel'}`]
          : []),
      ];
      paren.push({ a, b, score: Math.round(score * 100) / 100, redenen });
    }
  });
  return paren.sort((x, y) => y.score - x.score || x.a.naam.localeCompare(y.a.naam, 'nl'));
}
