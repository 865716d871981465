// SPDX-License-Identifier: EUPL-1.2
// The application's use cases over a Store: validated writes, and reads from an in-memory index
// that is rebuilt only when the store's revision changes (so every app instance on a shared
// Neo4j sees the others' writes).
import { randomUUID } from 'node:crypto';
import { indexRegistry, type RegistryIndex } from './domain/registry-index.ts';
import type { EditableKind, EditableKinds, Knooppunt, Regio } from './domain/model.ts';
import { findRoutes, routeGraphOf, type Richting, type RouteOptions, type RouteResult } from './domain/routes.ts';
import { layoutGraphOf, parseMapNodeKey, regionMap, type MapNodeKind, type RegionMap } from './domain/region-map.ts';
import type { Indeling, Positions } from './layout/layout-graph.ts';
import { MapLayouts } from './layout/map-layouts.ts';
import { parseGegevens } from './domain/validation.ts';
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

const ROUTE_MEMO_SIZE = 500;
type RouteQuery = Required<Pick<RouteOptions, 'richting' | 'maxStappen'>> & Pick<RouteOptions, 'filter'>;

export class RegistryService {
  readonly store: Store;
  private readonly layouts: MapLayouts;
  private cached: { revision: number; index: RegistryIndex } | undefined;
  private readonly routeMemo = new WeakMap<RegistryIndex, Map<string, Promise<Routes>>>();
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

  /** The revision was read before loading: a write landing in between only causes one more reload. */
  private async reload(revision: number): Promise<RegistryIndex> {
    const index = indexRegistry(await this.store.load());
    this.cached = { revision, index };
    return index;
  }

  /** The map of a region from the given view, with positions from the layout cache. */
  async kaart(view: RegistryIndex, regio: Regio, indeling: Indeling, metOrganisaties: boolean): Promise<Kaart> {
    const map = regionMap(view, regio.id);
    const positions = await this.layouts.positions(`${regio.id}|${metOrganisaties}`, layoutGraphOf(map, metOrganisaties), indeling);
    return { ...map, regio, indeling, posities: toPosities(positions) };
  }

  /**
   * Routes from or to a knooppunt, with flow-layout positions for drawing them. Memoised per
   * registry view (so per store revision): a meldpunt's routes are asked for far more often than
   * the registry changes.
   */
  routes(view: RegistryIndex, knooppunt: Knooppunt, options: RouteQuery): Promise<Routes> {
    let memo = this.routeMemo.get(view);
    if (!memo) this.routeMemo.set(view, (memo = new Map<string, Promise<Routes>>()));
    const key = JSON.stringify([knooppunt.id, options.richting, options.maxStappen, options.filter?.themaIds ?? [], options.filter?.leeftijd ?? null]);
    let result = memo.get(key);
    if (!result) {
      result = this.computeRoutes(view, knooppunt, options);
      result.catch(() => memo.delete(key));
      memo.set(key, result);
      if (memo.size > ROUTE_MEMO_SIZE) memo.delete(memo.keys().next().value!);
    }
    return result;
  }

  private async computeRoutes(view: RegistryIndex, knooppunt: Knooppunt, options: RouteQuery): Promise<Routes> {
    const result = findRoutes(view, knooppunt.id, options);
    const graph = routeGraphOf(knooppunt.id, result.routes, options.richting);
    const positions = await this.layouts.positions(`routes|${knooppunt.id}|${options.richting}`, graph, 'STROOM');
    return { ...result, knooppunt, ...options, posities: toPosities(positions) };
  }

  /** Computes the default layout of every region with knooppunten, so first visits draw at once. */
  async warmLayouts(): Promise<number> {
    const view = await this.index();
    let warmed = 0;
    for (const regio of view.regios.values()) {
      if (regionMap(view, regio.id).knooppunten.length === 0) continue;
      await this.kaart(view, regio, 'OVERZICHT', false);
      warmed++;
    }
    return warmed;
  }

  async close(): Promise<void> {
    await this.layouts.close();
    await this.store.close();
  }

  async create<K extends EditableKind>(kind: K, input: unknown, id: string = randomUUID()): Promise<EditableKinds[K]['entity']> {
    return this.store.create(kind, id, parseGegevens(kind, input), new Date());
  }

  async update<K extends EditableKind>(kind: K, id: string, versie: number, input: unknown): Promise<EditableKinds[K]['entity']> {
    return this.store.update(kind, id, versie, parseGegevens(kind, input), new Date());
  }

  async remove(kind: EditableKind, id: string, versie: number): Promise<void> {
    await this.store.remove(kind, id, versie);
  }
}
