// SPDX-License-Identifier: EUPL-1.2
// Facets: for every option of a filter, how many knooppunten the filters would leave if that
// option were chosen, given the other filters. Within one filter the options add up (any value
// matches), so an option's count ignores the other options of its own filter, as in Linkurious
// or a web shop's faceted search.
import { filterKnooppunten, type KnooppuntFilter } from './knooppunt-filter.ts';
import type { Knooppunt } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

export interface FacetWaarde {
  waarde: string;
  aantal: number;
}

/** The filters that have options to count, and where a knooppunt's values for each are. */
const FACETTEN = {
  functie: (k: Knooppunt) => [k.functie],
  werkproces: (k: Knooppunt) => [k.werkproces],
  wettelijkeBasis: (k: Knooppunt) => [k.wettelijkeBasis],
  samenstelling: (k: Knooppunt) => [k.samenstelling],
  themaIds: (k: Knooppunt) => k.themaIds,
  gemeenteIds: (k: Knooppunt) => k.gemeenteIds,
  organisatieIds: null,
} as const satisfies Partial<Record<keyof KnooppuntFilter, unknown>>;

export type FacetVeld = keyof typeof FACETTEN;
export type Facetten = Record<FacetVeld, FacetWaarde[]>;

/** Organisations count once per knooppunt, whether it is belegd bij them or they take part. */
function organisatiesVan(index: RegistryIndex, k: Knooppunt): string[] {
  const ids = new Set((index.deelnamesVanKnooppunt.get(k.id) ?? []).map((d) => d.organisatieId));
  if (k.belegdBijId !== null) ids.add(k.belegdBijId);
  return [...ids];
}

/** Per filter, the options with at least one knooppunt, most first (ties by value). */
export function knooppuntFacetten(index: RegistryIndex, filter: KnooppuntFilter): Facetten {
  const tel = (veld: FacetVeld): FacetWaarde[] => {
    const waarden = FACETTEN[veld] ?? ((k: Knooppunt) => organisatiesVan(index, k));
    const aantallen = new Map<string, number>();
    for (const k of filterKnooppunten(index, { ...filter, [veld]: null }))
      for (const waarde of waarden(k)) aantallen.set(waarde, (aantallen.get(waarde) ?? 0) + 1);
    return [...aantallen]
      .map(([waarde, aantal]) => ({ waarde, aantal }))
      .sort((a, b) => b.aantal - a.aantal || a.waarde.localeCompare(b.waarde));
  };
  return Object.fromEntries(
    (Object.keys(FACETTEN) as FacetVeld[]).map((veld) => [veld, tel(veld)]),
  ) as Facetten;
}
