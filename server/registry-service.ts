// SPDX-License-Identifier: EUPL-1.2
// The application's reads over a Store (writes: edit-service.ts): an in-memory index
// that is rebuilt only when the store's revision changes (so every app instance on a shared
// Neo4j sees the others' writes).
import { gevolgd, type Gelezen } from './domain/gelezen.ts';
import {
  indexRegistry,
  verschilVan,
  werkIndexBij,
  type RegistryIndex,
} from './domain/registry-index.ts';
import {
  checkKnooppunt,
  verantwoording,
  type Finding,
  type Verantwoording,
} from './domain/compliance.ts';
import { dekking, type Dekking } from './domain/coverage.ts';
import { filterKnooppunten } from './domain/knooppunt-filter.ts';
import type { Knooppunt, Regio } from './domain/model.ts';
import {
  overlap,
  overlapLeest,
  overlapNa,
  overlapPerSoort,
  type Overlap,
} from './domain/overlap.ts';
import { geldigOp, opDatumNa, registryOp } from './domain/validity.ts';
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
/** Findings kept per knooppunt and date: enough for the whole country. */
const BEVINDINGEN_SIZE = 50_000;

/**
 * A result kept across writes with the lookups it made (domain/gelezen.ts), and the last index
 * they were found to give the same on (held weakly: an old index may go).
 */
interface Herbruikbaar<T> {
  gelezen: Gelezen;
  geldigOp: WeakRef<RegistryIndex>;
  resultaat: T;
}

const herbruikbaarOp = <T>(
  view: RegistryIndex,
  gelezen: Gelezen,
  resultaat: T,
): Herbruikbaar<T> => ({
  gelezen,
  geldigOp: new WeakRef(view),
  resultaat,
});

/** The kept result's lookups give the same on this view (then noted as its last). */
function bruikbaar(kept: Herbruikbaar<unknown>, view: RegistryIndex): boolean {
  const eerder = kept.geldigOp.deref();
  if (eerder === view) return true;
  if (!(eerder ? kept.gelezen.geldigNa(eerder, view) : kept.gelezen.geldig(view))) return false;
  kept.geldigOp = new WeakRef(view);
  return true;
}

/** Adds to a map used as a bounded cache, forgetting the oldest entry beyond the limit. */
function bewaar<K, V>(map: Map<K, V>, key: K, value: V, limiet: number): V {
  map.delete(key);
  map.set(key, value);
  if (map.size > limiet) map.delete(map.keys().next().value!);
  return value;
}
type RouteQuery = Required<Pick<RouteOptions, 'richting' | 'maxStappen'>> &
  Pick<RouteOptions, 'filter'>;

export class RegistryService {
  readonly store: Store;
  private readonly layouts: MapLayouts;
  /** volgnummer: the last audit record the index includes, when known for certain. */
  private cached: { revision: number; index: RegistryIndex; volgnummer?: number } | undefined;
  private readonly memos = new WeakMap<RegistryIndex, Map<string, unknown>>();
  /** The load under way, and the revision it loads. */
  private loading: { revision: number; index: Promise<RegistryIndex> } | undefined;
  /**
   * What is kept across writes (issue 20): a write changes few objects, and werkIndexBij keeps
   * the rest identical, so a result whose lookups give the same on the new index is reused.
   */
  private readonly herbruikbaar = new Map<string, Herbruikbaar<unknown>>();
  private readonly bevindingenMemo = new Map<string, Herbruikbaar<readonly Finding[]>>();
  private readonly vorigeOverlap = new Map<
    string,
    Herbruikbaar<Overlap[]> & { index: RegistryIndex; knooppunten: readonly Knooppunt[] }
  >();
  private readonly perSoort = new WeakMap<Overlap[], ReturnType<typeof overlapPerSoort>>();
  private readonly vorigeVerantwoording = new Map<
    string,
    Herbruikbaar<Verantwoording> & {
      knooppunten: readonly Knooppunt[];
      bevindingen: (readonly Finding[])[];
    }
  >();

  private readonly revisiePerVerzoek = new WeakMap<object, Promise<number>>();

  constructor(store: Store, layouts = new MapLayouts()) {
    this.store = store;
    this.layouts = layouts;
  }

  /**
   * The current index. `gelezen`: the store's revision as the caller read it a moment ago
   * (revisieVoor). Callers share a load under way when it is of their revision or a later one;
   * sharing an older one gave a request that had seen a write (its own, say) the index without it.
   */
  async index(gelezen?: number): Promise<RegistryIndex> {
    const revision = gelezen ?? (await this.store.revision());
    if (this.cached?.revision === revision) return this.cached.index;
    const bekend = await this.bekendOp(revision);
    if (bekend) return bekend;
    if (this.loading && this.loading.revision >= revision) return this.loading.index;
    const ervoor = this.loading?.index.catch(() => undefined);
    const index: Promise<RegistryIndex> = (async () => {
      await ervoor;
      return (await this.bekendOp(revision)) ?? this.reload(revision);
    })().finally(() => {
      if (this.loading?.index === index) this.loading = undefined;
    });
    this.loading = { revision, index };
    return index;
  }

  /**
   * The index in memory when it is of this revision, or of a later one loaded meanwhile; not when
   * the store's revision went back (a store restored under a running instance).
   */
  private async bekendOp(revision: number): Promise<RegistryIndex | undefined> {
    const cached = this.cached;
    if (!cached || cached.revision < revision) return undefined;
    if (cached.revision === revision) return cached.index;
    return (await this.store.revision()) >= cached.revision ? cached.index : undefined;
  }

  /**
   * The store's revision as a request (its incoming or Fetch request) first read it: the answer
   * cache's key and the index the request reads are of one revision, read once per request (with
   * Neo4j a round trip).
   */
  revisieVoor(verzoek: object): Promise<number> {
    let revisie = this.revisiePerVerzoek.get(verzoek);
    if (!revisie) this.revisiePerVerzoek.set(verzoek, (revisie = this.store.revision()));
    return revisie;
  }

  /**
   * The registry as it stands on a date (domain/validity.ts): what lists, maps and analyses show.
   * Computed once per revision and date.
   */
  opDatum(full: RegistryIndex, datum: string): RegistryIndex {
    const key = JSON.stringify(['opDatum', datum]);
    return this.memo(full, key, () => {
      // After a write: the view before it, updated with what the write changed (issue 20).
      const verschil = verschilVan(full);
      const vorige = verschil && this.memos.get(verschil.vorige)?.get(key);
      if (verschil && vorige === verschil.vorige) {
        // Everything existed on the date before: whether what changed does.
        const ids = verschil.anders.get('knooppunten');
        const bestaat = (id: string) => {
          const k = full.knooppunten.get(id);
          return k === undefined || geldigOp(k, datum);
        };
        if (ids !== null && [...(ids ?? [])].every(bestaat)) return full;
      } else if (verschil && vorige) {
        const view = opDatumNa(vorige as RegistryIndex, full, verschil, datum);
        if (view) return view;
      }
      const registry = registryOp(full.registry, datum);
      return registry === full.registry ? full : indexRegistry(registry);
    });
  }

  /** The revision was read before loading: a write landing in between only causes one more reload. */
  private async reload(revision: number): Promise<RegistryIndex> {
    const bijgewerkt = await this.bijwerken(revision);
    if (bijgewerkt) return bijgewerkt;
    const kop = await this.auditKop();
    const index = indexRegistry(await this.store.load());
    const zeker = (await this.store.revision()) === revision;
    this.cached = { revision, index, ...(zeker && kop !== undefined ? { volgnummer: kop } : {}) };
    return index;
  }

  /** The number of the last audit record, when the head this process saw has nothing after it. */
  private async auditKop(): Promise<number | undefined> {
    const gezien = this.store.keten.hoogste?.volgnummer;
    if (gezien === undefined) return undefined;
    const erna = await this.store.auditRecords({ na: gezien, limiet: 1 });
    return erna.length === 0 ? gezien : undefined;
  }

  /**
   * The first answer after a write: the index updated from the objects the audit records since
   * the last index say changed, instead of loading everything again (issue 20). Only when those
   * records are exactly the writes that moved the revision; anything else (reference data, many
   * writes, a write landing meanwhile) loads in full.
   */
  private async bijwerken(revision: number): Promise<RegistryIndex | undefined> {
    const vorige = this.cached;
    if (vorige?.volgnummer === undefined || revision <= vorige.revision) return undefined;
    const LIMIET = 20;
    const records = await this.store.auditRecords({ na: vorige.volgnummer, limiet: LIMIET });
    if (records.length === LIMIET) return undefined;
    const writes = records.filter(
      (r) => r.resultaat === 'GELUKT' && r.wijzigingen.some((w) => w.kind !== 'account'),
    );
    if (writes.length !== revision - vorige.revision) return undefined;
    if ((await this.store.revision()) !== revision) return undefined;
    const index = werkIndexBij(
      vorige.index,
      writes.flatMap((r) =>
        r.wijzigingen.flatMap((w) => (w.kind === 'account' ? [] : [{ ...w, kind: w.kind }])),
      ),
    );
    this.cached = { revision, index, volgnummer: records.at(-1)!.volgnummer };
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
   * registry view, and kept across writes that change nothing the route search read.
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
    return this.herbruik(view, key, (index) => {
      const k = index.knooppunten.get(knooppunt.id);
      return k === knooppunt
        ? this.computeRoutes(index, k, options)
        : this.computeRoutes(view, knooppunt, options);
    });
  }

  /** Coverage of a region (domain/coverage.ts), kept across writes that do not touch what it read. */
  dekking(
    view: RegistryIndex,
    regioId: string,
    band: { van: number | null; tot: number | null } | null,
  ): Dekking {
    return this.herbruik(view, JSON.stringify(['dekking', regioId, band]), (index) =>
      dekking(index, regioId, band),
    );
  }

  /**
   * Overlapping pairs of a region: after a write, only pairs with a knooppunt the write touched
   * are computed again (domain/overlap.ts, overlapNa).
   */
  overlap(view: RegistryIndex, regioId: string, minimum: number): Overlap[] {
    const key = JSON.stringify(['overlap', regioId, minimum]);
    return this.memo(view, key, () => {
      const vorige = this.vorigeOverlap.get(key);
      if (vorige && bruikbaar(vorige, view)) return vorige.resultaat;
      const paren = vorige
        ? overlapNa({ ...vorige, paren: vorige.resultaat }, view, regioId, minimum)
        : overlap(view, regioId, minimum);
      const { index, gelezen } = gevolgd(view);
      const knooppunten = filterKnooppunten(index, { regioIds: [regioId] });
      overlapLeest(view, knooppunten, gelezen);
      const kept = { ...herbruikbaarOp(view, gelezen, paren), index: view, knooppunten };
      bewaar(this.vorigeOverlap, key, kept, MEMO_SIZE);
      return paren;
    });
  }

  /** The pairs per soort (domain/overlap.ts), once per list of pairs: the list outlives writes. */
  overlapPerSoort(paren: Overlap[]): ReturnType<typeof overlapPerSoort> {
    let groepen = this.perSoort.get(paren);
    if (!groepen) this.perSoort.set(paren, (groepen = overlapPerSoort(paren)));
    return groepen;
  }

  /**
   * The findings of a region: each knooppunt's findings are kept across writes that touch nothing
   * its rules read, and the summary is counted again only when one of them changed.
   */
  verantwoording(view: RegistryIndex, regioId: string, vandaag: string): Verantwoording {
    const key = JSON.stringify(['verantwoording', regioId, vandaag]);
    return this.memo(view, key, () => {
      // Kept with what its members' findings and the choice of members read: most writes touch
      // none of it, and then not even the 760 knooppunten of the largest region are looked at.
      const vorige = this.vorigeVerantwoording.get(key);
      if (vorige && bruikbaar(vorige, view)) return vorige.resultaat;
      const { index, gelezen } = gevolgd(view);
      const knooppunten = filterKnooppunten(index, { regioIds: [regioId] });
      const kept = knooppunten.map((k) => this.bevindingen(view, k, vandaag));
      const bevindingen = kept.map((b) => b.resultaat);
      const perKnooppunt = new Map(knooppunten.map((k, i) => [k, bevindingen[i]!]));
      const zelfde = <T>(a: readonly T[], b: readonly T[]) =>
        a.length === b.length && a.every((x, i) => x === b[i]);
      const resultaat =
        vorige && zelfde(vorige.knooppunten, knooppunten) && zelfde(vorige.bevindingen, bevindingen)
          ? vorige.resultaat
          : verantwoording(index, knooppunten, vandaag, (k) => perKnooppunt.get(k)!);
      for (const b of kept) gelezen.voegToe(b.gelezen);
      bewaar(
        this.vorigeVerantwoording,
        key,
        { ...herbruikbaarOp(view, gelezen, resultaat), knooppunten, bevindingen },
        MEMO_SIZE,
      );
      return resultaat;
    });
  }

  /**
   * One knooppunt's findings (domain/compliance.ts) with what they read, kept while none of it
   * changes; `k` is of this view.
   */
  private bevindingen(
    view: RegistryIndex,
    k: Knooppunt,
    vandaag: string,
  ): Herbruikbaar<readonly Finding[]> {
    const key = `${k.id}|${vandaag}`;
    const vorige = this.bevindingenMemo.get(key);
    if (vorige && bruikbaar(vorige, view)) return vorige;
    const { index, gelezen } = gevolgd(view);
    // The knooppunt itself: the findings are of this version of it.
    gelezen.noteer('knooppunten', k.id, k);
    const kept = herbruikbaarOp(view, gelezen, checkKnooppunt(index, k, vandaag));
    return bewaar(this.bevindingenMemo, key, kept, BEVINDINGEN_SIZE);
  }

  /**
   * A derived result per view and key, also kept across views: reused on a later index when every
   * lookup it made there gives the same (the writes in between touched nothing it read).
   */
  private herbruik<T>(view: RegistryIndex, key: string, compute: (index: RegistryIndex) => T): T {
    return this.memo(view, key, () => {
      const vorige = this.herbruikbaar.get(key);
      if (vorige && bruikbaar(vorige, view)) return vorige.resultaat as T;
      const { index, gelezen } = gevolgd(view);
      const resultaat = compute(index);
      bewaar(this.herbruikbaar, key, herbruikbaarOp(view, gelezen, resultaat), MEMO_SIZE);
      if (resultaat instanceof Promise)
        resultaat.catch(() => {
          if (this.herbruikbaar.get(key)?.resultaat === resultaat) this.herbruikbaar.delete(key);
        });
      return resultaat;
    });
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
      'ROUTES',
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
