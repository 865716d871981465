// SPDX-License-Identifier: EUPL-1.2
// An in-memory index of the registry: every lookup the API and the analyses need, built once
// per store revision. Pure.
import { searchableText } from './knooppunt-filter.ts';
import type {
  Deelname,
  EditableKind,
  EditableKinds,
  Gemeente,
  Knooppunt,
  Organisatie,
  Overdracht,
  Regio,
  Registry,
  Thema,
  Wet,
} from './model.ts';

export interface RegistryIndex {
  readonly registry: Registry;
  readonly knooppunten: ReadonlyMap<string, Knooppunt>;
  readonly organisaties: ReadonlyMap<string, Organisatie>;
  readonly deelnames: ReadonlyMap<string, Deelname>;
  readonly overdrachten: ReadonlyMap<string, Overdracht>;
  readonly themas: ReadonlyMap<string, Thema>;
  readonly gemeenten: ReadonlyMap<string, Gemeente>;
  readonly regios: ReadonlyMap<string, Regio>;
  readonly wetten: ReadonlyMap<string, Wet>;
  /** Knooppunten sorted by name, the default order of every list. */
  readonly knooppuntenOpNaam: readonly Knooppunt[];
  /** Position of each knooppunt in knooppuntenOpNaam, to keep that order when narrowing. */
  readonly positieOpNaam: ReadonlyMap<string, number>;
  readonly deelnamesVanKnooppunt: ReadonlyMap<string, readonly Deelname[]>;
  readonly deelnamesVanOrganisatie: ReadonlyMap<string, readonly Deelname[]>;
  readonly overdrachtenUit: ReadonlyMap<string, readonly Overdracht[]>;
  readonly overdrachtenIn: ReadonlyMap<string, readonly Overdracht[]>;
  readonly knooppuntenVanThema: ReadonlyMap<string, readonly Knooppunt[]>;
  readonly knooppuntenVanSignaal: ReadonlyMap<string, readonly Knooppunt[]>;
  readonly knooppuntenVanGemeente: ReadonlyMap<string, readonly Knooppunt[]>;
  readonly knooppuntenVanRegio: ReadonlyMap<string, readonly Knooppunt[]>;
  readonly knooppuntenBelegdBij: ReadonlyMap<string, readonly Knooppunt[]>;
  readonly gemeentenVanRegio: ReadonlyMap<string, readonly Gemeente[]>;
  /** Per knooppunt the folded text free-text search looks in. */
  readonly zoektekst: ReadonlyMap<string, string>;
}

/** The stored objects of an editable kind, by id. */
export function objectenVan<K extends EditableKind>(
  view: RegistryIndex,
  kind: K,
): ReadonlyMap<string, EditableKinds[K]['entity']> {
  const lijsten: { [L in EditableKind]: ReadonlyMap<string, EditableKinds[L]['entity']> } = {
    knooppunt: view.knooppunten,
    organisatie: view.organisaties,
    deelname: view.deelnames,
    overdracht: view.overdrachten,
  };
  return lijsten[kind];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
export const byNaam = <T extends { naam: string }>(a: T, b: T): number =>
  collator.compare(a.naam, b.naam);

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T>(
  items: readonly T[],
  keys: (item: T) => readonly (string | null)[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      if (key === null) continue;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** What a new index can take over from the last one instead of computing it again. */
interface Overname {
  knooppuntenOpNaam: readonly Knooppunt[];
  zoektekst: ReadonlyMap<string, string>;
}

export function indexRegistry(registry: Registry, overname?: Overname): RegistryIndex {
  const knooppuntenOpNaam = overname?.knooppuntenOpNaam ?? [...registry.knooppunten].sort(byNaam);
  return {
    registry,
    knooppunten: byId(registry.knooppunten),
    organisaties: byId(registry.organisaties),
    deelnames: byId(registry.deelnames),
    overdrachten: byId(registry.overdrachten),
    themas: byId(registry.themas),
    gemeenten: byId(registry.gemeenten),
    regios: byId(registry.regios),
    wetten: byId(registry.wetten),
    knooppuntenOpNaam,
    positieOpNaam: new Map(knooppuntenOpNaam.map((k, i) => [k.id, i])),
    deelnamesVanKnooppunt: groupBy(registry.deelnames, (d) => [d.knooppuntId]),
    deelnamesVanOrganisatie: groupBy(registry.deelnames, (d) => [d.organisatieId]),
    overdrachtenUit: groupBy(registry.overdrachten, (o) => [o.vanId]),
    overdrachtenIn: groupBy(registry.overdrachten, (o) => [o.naarId]),
    knooppuntenVanThema: groupBy(knooppuntenOpNaam, (k) => k.themaIds),
    knooppuntenVanSignaal: groupBy(knooppuntenOpNaam, (k) => k.signalen),
    knooppuntenVanGemeente: groupBy(knooppuntenOpNaam, (k) => k.gemeenteIds),
    knooppuntenVanRegio: groupBy(knooppuntenOpNaam, (k) => [k.regioId]),
    knooppuntenBelegdBij: groupBy(knooppuntenOpNaam, (k) => [k.belegdBijId]),
    gemeentenVanRegio: groupBy([...registry.gemeenten].sort(byNaam), (g) => g.regioIds),
    zoektekst:
      overname?.zoektekst ?? new Map(registry.knooppunten.map((k) => [k.id, searchableText(k)])),
  };
}

/** One object's state after a write, as its audit record holds it; null when it was removed. */
export interface ObjectNaWijziging {
  kind: EditableKind;
  id: string;
  na: object | null;
}

/** Where `item` goes in `list` kept in `order`: after every item that is not greater. */
function plaats<T>(list: readonly T[], item: T, order: (a: T, b: T) => number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order(list[mid]!, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const opId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The index after a write, from the objects the write changed (its audit record), equal to
 * indexing the registry loaded again (the store lists objects by id). The name order and search
 * text of the knooppunten the write did not touch are taken over, which is most of the cost of
 * indexing; the lookups are rebuilt from the lists.
 */
export function werkIndexBij(
  index: RegistryIndex,
  wijzigingen: readonly ObjectNaWijziging[],
): RegistryIndex {
  const laatste = new Map(wijzigingen.map((w) => [`${w.kind}:${w.id}`, w]));
  const lijst = <T extends { id: string }>(kind: EditableKind, oud: readonly T[]): T[] => {
    const hier = [...laatste.values()].filter((w) => w.kind === kind);
    if (hier.length === 0) return oud as T[];
    const weg = new Set(hier.map((w) => w.id));
    const nieuw = oud.filter((o) => !weg.has(o.id));
    for (const w of hier)
      if (w.na !== null) nieuw.splice(plaats(nieuw, w.na as T, opId), 0, w.na as T);
    return nieuw;
  };
  const { registry } = index;
  const knooppunten = lijst('knooppunt', registry.knooppunten);
  const volgende: Registry = {
    ...registry,
    knooppunten,
    organisaties: lijst('organisatie', registry.organisaties),
    deelnames: lijst('deelname', registry.deelnames),
    overdrachten: lijst('overdracht', registry.overdrachten),
  };
  if (knooppunten === registry.knooppunten)
    return indexRegistry(volgende, {
      knooppuntenOpNaam: index.knooppuntenOpNaam,
      zoektekst: index.zoektekst,
    });
  // A stable sort leaves knooppunten of the same name in id order: so does this.
  const opNaamDanId = (a: Knooppunt, b: Knooppunt) => byNaam(a, b) || opId(a, b);
  const geraakt = new Set(
    [...laatste.values()].filter((w) => w.kind === 'knooppunt').map((w) => w.id),
  );
  const opNaam = index.knooppuntenOpNaam.filter((k) => !geraakt.has(k.id));
  const zoektekst = new Map(index.zoektekst);
  for (const id of geraakt) {
    zoektekst.delete(id);
    const k = laatste.get(`knooppunt:${id}`)!.na as Knooppunt | null;
    if (k === null) continue;
    opNaam.splice(plaats(opNaam, k, opNaamDanId), 0, k);
    zoektekst.set(id, searchableText(k));
  }
  return indexRegistry(volgende, { knooppuntenOpNaam: opNaam, zoektekst });
}
