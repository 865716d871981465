// SPDX-License-Identifier: EUPL-1.2
// The application's reads over a Store (writes: edit-service.ts): an in-memory index
// that is rebuilt only when the store's revision changes (so every app instance on a shared
// Neo4j sees the others' writes).
import { indexRegistry, type RegistryIndex } from './domain/registry-index.ts';
import type { Knooppunt, Regio } from './domain/model.ts';
import { registryOp } from './domain/validity.ts';
import {
  findRoutes,
  routeGraphOf,
  type Richting,
  type RouteOptions,
  type RouteResult,
} from './domain/routes.ts';
import {
  layoutGraphOf,
  parseMapNodeKey,
  regionMap,
  type MapNodeKind,
  type RegionMap,
} from './domain/region-map.ts';
import type { Indeling, Positions } from './layout/layout-graph.ts';
import { MapLayouts } from './layout/map-layouts.ts';
import type { Store } from './store/port.ts';

const toPosities = (positions: Positions): Kaart['posities'] =>
  Object.entries(positions).map(([key, { x, y }]) => {
    const { kind, id } = parseMapNodeKey(key);
    return { soort: kind, id, x, y };
  });

export interface Kaart extends RegionMap {
  regio: Regio;
  indeling: Indeling;
  posities: { soort: MapNodeKind; id: string; x: number; y: number }[];
}

export interface Routes extends RouteResult {
  knooppunt: Knooppunt;
  richting: Richting;
  maxStappen: number;
  posities: Kaart['posities'];
}

const MEMO_SIZE = 1000;
type RouteQuery = Required<Pick<RouteOptions, 'richting' | 'maxStappen'>> &
  Pick<RouteOptions, 'filter'>;

export class RegistryService {
  readonly store: Store;
  private readonly layouts: MapLayouts;
  private cached: { revision: number; index: RegistryIndex } | undefined;
  private readonly memos = new WeakMap<RegistryIndex, Map<string, unknown>>();
  private loading: Promise<RegistryIndex> | undefined;

  constructor(store: Store, layouts = new MapLayouts()) {
    this.store = store;
    this.layouts = layouts;
  }

  /** The current index; concurrent callers share one load. */
  async index(): Promise<RegistryIndex> {
    const revision = await this.store.revision();
    if (this.cached?.revision === revision) return this.cached.index;
    this.loading ??= this.reload(revision).finally(() => (this.loading = undefined));
    return this.loading;
  }

  /**
   * The registry as it stands on a date (domain/validity.ts): what lists, maps and analyses show.
   * Computed once per revision and date.
   */
  opDatum(full: RegistryIndex, datum: string): RegistryIndex {
    return this.memo(full, JSON.stringify(['opDatum', datum]), () => {
      const registry = registryOp(full.registry, datum);
      return registry === full.registry ? full : indexRegistry(registry);
    });
  }

  /** The revision was read before loading: a write landing in between only causes one more reload. */
  private async reload(revision: number): Promise<RegistryIndex> {
    const index = indexRegistry(await this.store.load());
    this.cached = { revision, index };
    return index;
  }

  /** What the map of a region holds, computed once per view. */
  regionMap(view: RegistryIndex, regioId: string): RegionMap {
    return this.memo(view, JSON.stringify(['regionMap', regioId]), () => regionMap(view, regioId));
  }

  /** The map of a region from the given view, with positions from the layout cache; once per view. */
  kaart(
    view: RegistryIndex,
    regio: Regio,
    indeling: Indeling,
    metOrganisaties: boolean,
  ): Promise<Kaart> {
    return this.memo(
      view,
      JSON.stringify(['kaart', regio.id, indeling, metOrganisaties]),
      async () => {
        const map = this.regionMap(view, regio.id);
        const positions = await this.layouts.positions(
          `${regio.id}|${metOrganisaties}`,
          layoutGraphOf(map, metOrganisaties),
          indeling,
        );
        return { ...map, regio, indeling, posities: toPosities(positions) };
      },
    );
  }

  /**
   * Routes from or to a knooppunt, with flow-layout positions for drawing them. Memoised per
   * registry view (so per store revision): a meldpunt's routes are asked for far more often than
   * the registry changes.
   */
  routes(view: RegistryIndex, knooppunt: Knooppunt, options: RouteQuery): Promise<Routes> {
    const key = JSON.stringify([
      'routes',
      knooppunt.id,
      options.richting,
      options.maxStappen,
      options.filter?.themaIds ?? [],
      options.filter?.leeftijd ?? null,
    ]);
    return this.memo(view, key, () => this.computeRoutes(view, knooppunt, options));
  }

  /**
   * A derived result of the registry (routes, coverage, overlap, findings), computed once per view
   * and key: a view belongs to one store revision, so a write simply starts a new memo. Never use
   * this for anything a user typed about a person (casus matching is not memoised).
   */
  memo<T>(view: RegistryIndex, key: string, compute: () => T): T {
    let memo = this.memos.get(view);
    if (!memo) this.memos.set(view, (memo = new Map<string, unknown>()));
    if (memo.has(key)) return memo.get(key) as T;
    const result = compute();
    memo.set(key, result);
    if (result instanceof Promise) result.catch(() => memo.delete(key));
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
    return result;
  }

  private async computeRoutes(
    view: RegistryIndex,
    knooppunt: Knooppunt,
    options: RouteQuery,
  ): Promise<Routes> {
    const result = findRoutes(view, knooppunt.id, options);
    const graph = routeGraphOf(knooppunt.id, result.routes, options.richting);
    const positions = await this.layouts.positions(
      `routes|${knooppunt.id}|${options.richting}`,
      graph,
      'STROOM',
    );
    return { ...result, knooppunt, ...options, posities: toPosities(positions) };
  }

  /** Computes the default layout of every region as it stands on the date (today), so first visits draw at once. */
  async warmLayouts(datum: string): Promise<number> {
    const view = this.opDatum(await this.index(), datum);
    let warmed = 0;
    for (const regio of view.regios.values()) {
      if (this.regionMap(view, regio.id).knooppunten.length === 0) continue;
      await this.kaart(view, regio, 'OVERZICHT', false);
      warmed++;
    }
    return warmed;
  }

  async close(): Promise<void> {
    await this.layouts.close();
    await this.store.close();
  }
}
