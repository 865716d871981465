// SPDX-License-Identifier: EUPL-1.2
// Filtering knooppunten: every given criterion must hold; within a criterion any value matches.
import type { Functie, Knooppunt, Samenstelling, Werkproces, WettelijkeBasis } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

export interface KnooppuntFilter {
  functie?: readonly Functie[] | null;
  werkproces?: readonly Werkproces[] | null;
  wettelijkeBasis?: readonly WettelijkeBasis[] | null;
  samenstelling?: readonly Samenstelling[] | null;
  themaIds?: readonly string[] | null;
  organisatieIds?: readonly string[] | null;
  gemeenteIds?: readonly string[] | null;
  regioIds?: readonly string[] | null;
  tekst?: string | null;
  /** Doelgroep by age: the knooppunt's age limits overlap this band (a missing limit is open). */
  leeftijd?: { van?: number | null; tot?: number | null } | null;
}

const present = <T>(values: readonly T[] | null | undefined): values is readonly T[] =>
  values != null && values.length > 0;

/** Folds case and diacritics, so "zorgmijding" finds "Zorgmijding" and "cliënt" finds "client". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('nl');
}

/** A name or column title as a key: folded, with its spacing made one space. */
export const tekstSleutel = (tekst: string): string => foldText(tekst).replace(/\s+/g, ' ').trim();

/** The text free-text search looks in, folded; computed once per index. */
export function searchableText(k: Knooppunt): string {
  return foldText(
    [k.naam, k.doel, k.maatschappelijkeOpgave, k.doelgroep, k.aanmeldcriteria]
      .filter((s) => s !== null)
      .join('\n'),
  );
}

/** The knooppunt's age limits overlap the band; a missing limit on either side is open. */
export function leeftijdPast(
  k: Knooppunt,
  band: { van?: number | null; tot?: number | null },
): boolean {
  return (
    (k.leeftijdMin ?? 0) <= (band.tot ?? Infinity) && (k.leeftijdMax ?? Infinity) >= (band.van ?? 0)
  );
}

/**
 * Where to look: the smallest list the index offers for a criterion that has one (thema, gemeente,
 * regio), in name order; all knooppunten otherwise. Every criterion is still checked on each.
 */
function candidates(index: RegistryIndex, filter: KnooppuntFilter): readonly Knooppunt[] {
  const union = (map: ReadonlyMap<string, readonly Knooppunt[]>, keys: readonly string[]) =>
    new Set(keys.flatMap((key) => map.get(key) ?? []));
  const lists: Set<Knooppunt>[] = [];
  if (present(filter.themaIds)) lists.push(union(index.knooppuntenVanThema, filter.themaIds));
  if (present(filter.gemeenteIds))
    lists.push(union(index.knooppuntenVanGemeente, filter.gemeenteIds));
  if (present(filter.regioIds)) {
    const gemeenten = filter.regioIds.flatMap((r) =>
      (index.gemeentenVanRegio.get(r) ?? []).map((g) => g.id),
    );
    lists.push(
      new Set([
        ...union(index.knooppuntenVanRegio, filter.regioIds),
        ...union(index.knooppuntenVanGemeente, gemeenten),
      ]),
    );
  }
  if (lists.length === 0) return index.knooppuntenOpNaam;
  const smallest = lists.reduce((a, b) => (b.size < a.size ? b : a));
  return [...smallest].sort(
    (a, b) => index.positieOpNaam.get(a.id)! - index.positieOpNaam.get(b.id)!,
  );
}

export function filterKnooppunten(index: RegistryIndex, filter: KnooppuntFilter): Knooppunt[] {
  const checks: ((k: Knooppunt) => boolean)[] = [];
  const {
    functie,
    werkproces,
    wettelijkeBasis,
    samenstelling,
    themaIds,
    organisatieIds,
    gemeenteIds,
    regioIds,
    tekst,
  } = filter;
  if (present(functie)) checks.push((k) => functie.includes(k.functie));
  if (present(werkproces)) checks.push((k) => werkproces.includes(k.werkproces));
  if (present(wettelijkeBasis)) checks.push((k) => wettelijkeBasis.includes(k.wettelijkeBasis));
  if (present(samenstelling)) checks.push((k) => samenstelling.includes(k.samenstelling));
  if (present(themaIds)) checks.push((k) => k.themaIds.some((t) => themaIds.includes(t)));
  if (present(gemeenteIds)) checks.push((k) => k.gemeenteIds.some((g) => gemeenteIds.includes(g)));
  if (present(organisatieIds)) {
    const wanted = new Set(organisatieIds);
    checks.push(
      (k) =>
        (k.belegdBijId !== null && wanted.has(k.belegdBijId)) ||
        (index.deelnamesVanKnooppunt.get(k.id) ?? []).some((d) => wanted.has(d.organisatieId)),
    );
  }
  if (present(regioIds)) {
    const gemeenten = new Set(
      regioIds.flatMap((r) => (index.gemeentenVanRegio.get(r) ?? []).map((g) => g.id)),
    );
    checks.push((k) => regioIds.includes(k.regioId) || k.gemeenteIds.some((g) => gemeenten.has(g)));
  }
  const { leeftijd } = filter;
  if (leeftijd) checks.push((k) => leeftijdPast(k, leeftijd));
  const needle = tekst?.trim() ? foldText(tekst.trim()) : null;
  if (needle !== null) checks.push((k) => index.zoektekst.get(k.id)?.includes(needle) ?? false);
  const matches = candidates(index, filter).filter((k) => checks.every((check) => check(k)));
  if (needle === null) return matches;
  // A search for a name should find that knooppunt first, before those that only mention it.
  const inNaam = (k: Knooppunt) => (foldText(k.naam).includes(needle) ? 0 : 1);
  return matches.sort((a, b) => inNaam(a) - inNaam(b));
}
