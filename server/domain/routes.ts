// SPDX-License-Identifier: EUPL-1.2
// Doorverwijzing routes: from a knooppunt, every knooppunt it can pass a casus to over at most
// maxStappen overdrachten, each route a chain without repeated knooppunten; or the reverse, where
// a knooppunt's casussen come from. H §2.4 element 1 ("logische routes voor een casus"), §2.6,
// §4.3 fase 4, §5.3.
import type { Bevinding } from './findings.ts';
import { filterKnooppunten, type KnooppuntFilter } from './knooppunt-filter.ts';
import type { Knooppunt, Overdracht } from './model.ts';
import { aanmeldingVan, checkOverdracht, type Aanmelding } from './overdracht-checks.ts';
import type { RegistryIndex } from './registry-index.ts';
import { mapNodeKey, type LayoutGraph } from './region-map.ts';

export type Richting = 'UIT' | 'IN';

export interface RouteStap {
  overdracht: Overdracht;
  van: Knooppunt;
  naar: Knooppunt;
  aanmelding: Aanmelding;
  problemen: Bevinding[];
}

export interface Route {
  /** Always in the direction a casus travels: from the first van to the last naar. */
  stappen: RouteStap[];
}

export interface RouteOptions {
  richting?: Richting;
  maxStappen?: number;
  /** Only routes ending (UIT) or starting (IN) at knooppunten that match, e.g. on thema and doelgroep. */
  filter?: Pick<KnooppuntFilter, 'themaIds' | 'leeftijd'>;
  /** Upper bound on the number of routes returned; more sets `afgekapt`. */
  maxRoutes?: number;
}

export interface RouteResult {
  routes: Route[];
  /** The knooppunten at the other end of the routes, once each, by name. */
  bereikbaar: Knooppunt[];
  afgekapt: boolean;
}

export const MAX_STAPPEN = 6;

/** Every simple path of 1..maxStappen overdrachten from (UIT) or to (IN) the knooppunt, shortest first. */
export function findRoutes(
  index: RegistryIndex,
  knooppuntId: string,
  options: RouteOptions = {},
): RouteResult {
  const { richting = 'UIT', maxStappen = 3, maxRoutes = 1000 } = options;
  const toegestaan =
    options.filter && (options.filter.themaIds?.length || options.filter.leeftijd)
      ? new Set(filterKnooppunten(index, options.filter).map((k) => k.id))
      : null;
  const found: Overdracht[][] = [];
  let afgekapt = false;
  const next = (id: string) =>
    (richting === 'UIT' ? index.overdrachtenUit.get(id) : index.overdrachtenIn.get(id)) ?? [];
  const verder = (o: Overdracht) => (richting === 'UIT' ? o.naarId : o.vanId);

  // Depth-first over simple paths; the path never revisits a knooppunt, so cycles end.
  const walk = (id: string, path: Overdracht[], seen: Set<string>) => {
    for (const o of next(id)) {
      const other = verder(o);
      if (seen.has(other) || !index.knooppunten.has(other)) continue;
      const extended = [...path, o];
      if (toegestaan === null || toegestaan.has(other)) {
        if (found.length >= maxRoutes) {
          afgekapt = true;
          return;
        }
        found.push(extended);
      }
      if (extended.length < maxStappen) {
        seen.add(other);
        walk(other, extended, seen);
        seen.delete(other);
      }
    }
  };
  if (index.knooppunten.has(knooppuntId)) walk(knooppuntId, [], new Set([knooppuntId]));

  const eindpunt = (path: Overdracht[]) => index.knooppunten.get(verder(path.at(-1)!))!;
  found.sort(
    (a, b) => a.length - b.length || eindpunt(a).naam.localeCompare(eindpunt(b).naam, 'nl'),
  );
  // One step object per overdracht, shared by the routes that pass it.
  const stappen = new Map<string, RouteStap>();
  const stap = (o: Overdracht): RouteStap => {
    let s = stappen.get(o.id);
    if (!s) {
      s = {
        overdracht: o,
        van: index.knooppunten.get(o.vanId)!,
        naar: index.knooppunten.get(o.naarId)!,
        aanmelding: aanmeldingVan(index, o),
        problemen: checkOverdracht(index, o),
      };
      stappen.set(o.id, s);
    }
    return s;
  };
  const routes = found.map((path) => ({
    stappen: (richting === 'UIT' ? path : [...path].reverse()).map(stap),
  }));
  const bereikbaar = [...new Set(found.map(eindpunt))].sort(
    (a, b) => index.positieOpNaam.get(a.id)! - index.positieOpNaam.get(b.id)!,
  );
  return { routes, bereikbaar, afgekapt };
}

/**
 * The routes as a layout graph for the flow layout: the chosen knooppunt in the leftmost column
 * (UIT) or the rightmost (IN), every other knooppunt in the column of its fewest steps.
 */
export function routeGraphOf(
  knooppuntId: string,
  routes: readonly Route[],
  richting: Richting,
): LayoutGraph {
  const afstand = new Map<string, number>([[knooppuntId, 0]]);
  const edges = new Map<string, { source: string; target: string }>();
  for (const route of routes) {
    const keten = richting === 'UIT' ? route.stappen : [...route.stappen].reverse();
    keten.forEach((s, i) => {
      const verder = richting === 'UIT' ? s.naar.id : s.van.id;
      afstand.set(verder, Math.min(afstand.get(verder) ?? Infinity, i + 1));
      edges.set(s.overdracht.id, {
        source: mapNodeKey('KNOOPPUNT', s.van.id),
        target: mapNodeKey('KNOOPPUNT', s.naar.id),
      });
    });
  }
  const verste = Math.max(...afstand.values());
  return {
    // In the order the routes first reach them (findRoutes: fewest steps, then by name), so the
    // map's column of direct targets reads as the route list beside it does (UX check, issue 17).
    nodes: [...afstand].map(([id, d]) => ({
      kind: 'KNOOPPUNT' as const,
      id,
      laag: richting === 'UIT' ? d : verste - d,
    })),
    edges: [...edges.values()].sort((a, b) =>
      `${a.source}>${a.target}`.localeCompare(`${b.source}>${b.target}`),
    ),
  };
}
