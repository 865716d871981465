// SPDX-License-Identifier: EUPL-1.2
// An in-memory index of the registry: every lookup the API and the analyses need, built once
// per store revision. Pure.
import { searchableText } from './knooppunt-filter.ts';
import { metWijzigingen } from './laag-map.ts';
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

export function indexRegistry(registry: Registry): RegistryIndex {
  const knooppuntenOpNaam = [...registry.knooppunten].sort(byNaam);
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
    ...groepen(registry, knooppuntenOpNaam),
    gemeentenVanRegio: groupBy([...registry.gemeenten].sort(byNaam), (g) => g.regioIds),
    zoektekst: new Map(registry.knooppunten.map((k) => [k.id, searchableText(k)])),
  };
}

/** The keys each lookup by group files an object under. */
const GROEPEN = {
  deelnamesVanKnooppunt: (d: Deelname) => [d.knooppuntId],
  deelnamesVanOrganisatie: (d: Deelname) => [d.organisatieId],
  overdrachtenUit: (o: Overdracht) => [o.vanId],
  overdrachtenIn: (o: Overdracht) => [o.naarId],
  knooppuntenVanThema: (k: Knooppunt) => k.themaIds,
  knooppuntenVanSignaal: (k: Knooppunt) => k.signalen,
  knooppuntenVanGemeente: (k: Knooppunt) => k.gemeenteIds,
  knooppuntenVanRegio: (k: Knooppunt) => [k.regioId],
  knooppuntenBelegdBij: (k: Knooppunt) => [k.belegdBijId],
} satisfies { [L in keyof RegistryIndex]?: (item: never) => readonly (string | null)[] };

function groepen(registry: Registry, opNaam: readonly Knooppunt[]) {
  const g = GROEPEN;
  return {
    deelnamesVanKnooppunt: groupBy(registry.deelnames, g.deelnamesVanKnooppunt),
    deelnamesVanOrganisatie: groupBy(registry.deelnames, g.deelnamesVanOrganisatie),
    overdrachtenUit: groupBy(registry.overdrachten, g.overdrachtenUit),
    overdrachtenIn: groupBy(registry.overdrachten, g.overdrachtenIn),
    knooppuntenVanThema: groupBy(opNaam, g.knooppuntenVanThema),
    knooppuntenVanSignaal: groupBy(opNaam, g.knooppuntenVanSignaal),
    knooppuntenVanGemeente: groupBy(opNaam, g.knooppuntenVanGemeente),
    knooppuntenVanRegio: groupBy(opNaam, g.knooppuntenVanRegio),
    knooppuntenBelegdBij: groupBy(opNaam, g.knooppuntenBelegdBij),
  };
}

/** One object's state after a write, as its audit record holds it; null when it was removed. */
export interface ObjectNaWijziging {
  kind: EditableKind;
  id: string;
  na: object | null;
}

/** Where `item` goes in `list` kept in `order`: after every item that is not greater. */
export function plaats<T>(list: ArrayLike<T>, item: T, order: (a: T, b: T) => number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order(list[mid]!, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const opId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What a write did to the objects of one kind: their versions before (if any) and after (if any). */
interface Vervanging<T> {
  ids: ReadonlySet<string>;
  oud: readonly T[];
  nieuw: readonly T[];
}

/** The list by id after the write (the store lists objects by id); the same list when untouched. */
function lijstNa<T extends { id: string }>(lijst: readonly T[], v: Vervanging<T>): readonly T[] {
  if (v.ids.size === 0) return lijst;
  const na = lijst.slice();
  const nieuw = new Map(v.nieuw.map((o) => [o.id, o]));
  for (const id of v.ids) {
    const i = plaats(na, { id }, opId) - 1;
    const o = nieuw.get(id);
    if (i >= 0 && na[i]!.id === id) {
      if (o) na[i] = o;
      else na.splice(i, 1);
    } else if (o) na.splice(i + 1, 0, o);
  }
  return na;
}

/** A lookup by id after the write; rebuilt from the list when an id is new, to keep its order. */
function byIdNa<T extends { id: string }>(
  map: ReadonlyMap<string, T>,
  lijst: readonly T[],
  v: Vervanging<T>,
): ReadonlyMap<string, T> {
  if (v.ids.size === 0) return map;
  if (v.nieuw.some((o) => !map.has(o.id))) return byId(lijst);
  return metWijzigingen(map, (na) => {
    for (const o of v.oud) if (!v.nieuw.some((n) => n.id === o.id)) na.delete(o.id);
    for (const o of v.nieuw) na.set(o.id, o);
  });
}

/** One write's change to a group: what it changed, and the group's order after it. */
interface GroepStap<T> {
  v: Vervanging<T>;
  order: (a: T, b: T) => number;
}

/**
 * A lookup by group after the write: only the groups the old or new versions belong to are built
 * again (in `order`, as groupBy leaves them); every other group stays the same array, so what
 * was computed from it can be recognised as still valid. A group the changed object stays in is
 * built when first read, once for all writes since: most are not read before the next write (a
 * thema's group holds a thousand knooppunten nationally, a signal's thousands).
 */
function groupsNa<T extends { id: string }>(
  map: ReadonlyMap<string, readonly T[]>,
  keys: (item: T) => readonly (string | null)[],
  v: Vervanging<T>,
  order: (a: T, b: T) => number,
): ReadonlyMap<string, readonly T[]> {
  if (v.ids.size === 0) return map;
  const geraakt = new Set([...v.oud, ...v.nieuw].flatMap(keys));
  const stap: GroepStap<T> = { v, order };
  return metWijzigingen(map, (na) => {
    for (const key of geraakt) {
      if (key === null) continue;
      // Not read here: the group before may itself be one still to be made.
      if (map.has(key) && v.nieuw.some((o) => keys(o).includes(key)))
        na.setLater(key, stap, groepMaker(key, keys));
      else {
        const groep = groepNa(map.get(key) ?? [], key, keys, [stap]);
        if (groep.length === 0) na.delete(key);
        else na.set(key, groep);
      }
    }
  });
}

/** Makes a group after writes from the group before them; holds nothing of the index. */
const groepMaker =
  <T extends { id: string }>(key: string, keys: (item: T) => readonly (string | null)[]) =>
  (oud: readonly T[], stappen: readonly GroepStap<T>[]) =>
    groepNa(oud, key, keys, stappen);

/** One group after the writes of `stappen`, in the order after the last. */
function groepNa<T extends { id: string }>(
  oud: readonly T[],
  key: string,
  keys: (item: T) => readonly (string | null)[],
  stappen: readonly GroepStap<T>[],
): readonly T[] {
  const { v, order } = stappen.at(-1)!;
  // One object that stays in the group at its place: a copy with it swapped, found by halving.
  const [x] = v.nieuw;
  const i =
    stappen.length === 1 && x && v.ids.size === 1 && keys(x).includes(key)
      ? plaats(oud, x, order) - 1
      : -1;
  if (
    i >= 0 &&
    oud[i]!.id === x!.id &&
    (i === 0 || order(oud[i - 1]!, x!) < 0) &&
    (i === oud.length - 1 || order(x!, oud[i + 1]!) < 0)
  ) {
    const groep = oud.slice();
    groep[i] = x!;
    return groep;
  }
  // Every object the writes changed, as the last of them left it (null: removed). The order of
  // the others among themselves stays: they kept their names and ids.
  const na = new Map<string, T | null>();
  for (const { v } of stappen) {
    for (const id of v.ids) na.set(id, null);
    for (const o of v.nieuw) na.set(o.id, o);
  }
  const groep = oud.filter((o) => !na.has(o.id));
  for (const o of na.values())
    if (o && keys(o).includes(key)) groep.splice(plaats(groep, o, order), 0, o);
  return groep;
}

/** Order by place in name order; made apart so that groups made later hold only the places. */
const positieIn =
  (positie: ReadonlyMap<string, number>) =>
  (a: Knooppunt, b: Knooppunt): number =>
    positie.get(a.id)! - positie.get(b.id)!;

/** Name order: a stable sort of the list by id leaves knooppunten of the same name in id order. */
const opNaamDanId = (a: Knooppunt, b: Knooppunt) => byNaam(a, b) || opId(a, b);

/** The knooppunten in name order after the write; one that keeps its place is replaced in a copy. */
function naamOrdeNa(
  opNaam: readonly Knooppunt[],
  positie: ReadonlyMap<string, number>,
  k: Vervanging<Knooppunt>,
): readonly Knooppunt[] {
  const [x] = k.nieuw;
  const i = x && k.ids.size === 1 ? positie.get(x.id) : undefined;
  if (
    x !== undefined &&
    i !== undefined &&
    (i === 0 || opNaamDanId(opNaam[i - 1]!, x) < 0) &&
    (i === opNaam.length - 1 || opNaamDanId(x, opNaam[i + 1]!) < 0)
  ) {
    const na = opNaam.slice();
    na[i] = x;
    return na;
  }
  const na = opNaam.filter((y) => !k.ids.has(y.id));
  for (const y of k.nieuw) na.splice(plaats(na, y, opNaamDanId), 0, y);
  return na;
}

/**
 * The index after a write, from the objects the write changed (its audit record), equal to
 * indexing the registry loaded again. The cost follows the change: lookups are patched for the
 * changed objects only, and every object, group and lookup the write did not touch stays the
 * same (===), which the registry service uses to reuse what it computed from them (issue 20).
 */
export function werkIndexBij(
  index: RegistryIndex,
  wijzigingen: readonly ObjectNaWijziging[],
): RegistryIndex {
  const laatste = new Map(wijzigingen.map((w) => [`${w.kind}:${w.id}`, w]));
  const vervanging = <T extends { id: string }>(
    kind: EditableKind,
    map: ReadonlyMap<string, T>,
  ): Vervanging<T> => {
    const hier = [...laatste.values()].filter((w) => w.kind === kind);
    return {
      ids: new Set(hier.map((w) => w.id)),
      oud: hier.flatMap((w) => map.get(w.id) ?? []),
      nieuw: hier.flatMap((w) => (w.na === null ? [] : [w.na as T])),
    };
  };
  const k = vervanging('knooppunt', index.knooppunten);
  const o = vervanging('organisatie', index.organisaties);
  const d = vervanging('deelname', index.deelnames);
  const ov = vervanging('overdracht', index.overdrachten);
  const { registry } = index;
  const volgende: Registry = {
    ...registry,
    knooppunten: lijstNa(registry.knooppunten, k) as Knooppunt[],
    organisaties: lijstNa(registry.organisaties, o) as Organisatie[],
    deelnames: lijstNa(registry.deelnames, d) as Deelname[],
    overdrachten: lijstNa(registry.overdrachten, ov) as Overdracht[],
  };

  let opNaam = index.knooppuntenOpNaam;
  let positieOpNaam = index.positieOpNaam;
  let zoektekst = index.zoektekst;
  if (k.ids.size > 0) {
    opNaam = naamOrdeNa(opNaam, index.positieOpNaam, k);
    // Positions change only when a knooppunt comes, goes or moves in the order.
    if (
      k.nieuw.length !== k.ids.size ||
      k.nieuw.some((x) => opNaam[index.positieOpNaam.get(x.id) ?? -1] !== x)
    )
      positieOpNaam = new Map(opNaam.map((x, i) => [x.id, i]));
    zoektekst = metWijzigingen(zoektekst, (tekst) => {
      for (const id of k.ids) if (!k.nieuw.some((x) => x.id === id)) tekst.delete(id);
      for (const x of k.nieuw) tekst.set(x.id, searchableText(x));
    });
  }
  const opPositie = positieIn(positieOpNaam);
  const g = GROEPEN;
  const na: RegistryIndex = {
    ...index,
    registry: volgende,
    knooppunten: byIdNa(index.knooppunten, volgende.knooppunten, k),
    organisaties: byIdNa(index.organisaties, volgende.organisaties, o),
    deelnames: byIdNa(index.deelnames, volgende.deelnames, d),
    overdrachten: byIdNa(index.overdrachten, volgende.overdrachten, ov),
    knooppuntenOpNaam: opNaam,
    positieOpNaam,
    deelnamesVanKnooppunt: groupsNa(index.deelnamesVanKnooppunt, g.deelnamesVanKnooppunt, d, opId),
    deelnamesVanOrganisatie: groupsNa(
      index.deelnamesVanOrganisatie,
      g.deelnamesVanOrganisatie,
      d,
      opId,
    ),
    overdrachtenUit: groupsNa(index.overdrachtenUit, g.overdrachtenUit, ov, opId),
    overdrachtenIn: groupsNa(index.overdrachtenIn, g.overdrachtenIn, ov, opId),
    knooppuntenVanThema: groupsNa(index.knooppuntenVanThema, g.knooppuntenVanThema, k, opPositie),
    knooppuntenVanSignaal: groupsNa(
      index.knooppuntenVanSignaal,
      g.knooppuntenVanSignaal,
      k,
      opPositie,
    ),
    knooppuntenVanGemeente: groupsNa(
      index.knooppuntenVanGemeente,
      g.knooppuntenVanGemeente,
      k,
      opPositie,
    ),
    knooppuntenVanRegio: groupsNa(index.knooppuntenVanRegio, g.knooppuntenVanRegio, k, opPositie),
    knooppuntenBelegdBij: groupsNa(
      index.knooppuntenBelegdBij,
      g.knooppuntenBelegdBij,
      k,
      opPositie,
    ),
    zoektekst,
  };
  const groep = <T>(keys: (item: T) => readonly (string | null)[], v: Vervanging<T>) =>
    new Set([...v.oud, ...v.nieuw].flatMap(keys).filter((x) => x !== null));
  const sleutels: { [L in keyof RegistryIndex]?: ReadonlySet<string> } = {
    knooppunten: k.ids,
    organisaties: o.ids,
    deelnames: d.ids,
    overdrachten: ov.ids,
    zoektekst: k.ids,
    deelnamesVanKnooppunt: groep(g.deelnamesVanKnooppunt, d),
    deelnamesVanOrganisatie: groep(g.deelnamesVanOrganisatie, d),
    overdrachtenUit: groep(g.overdrachtenUit, ov),
    overdrachtenIn: groep(g.overdrachtenIn, ov),
    knooppuntenVanThema: groep(g.knooppuntenVanThema, k),
    knooppuntenVanSignaal: groep(g.knooppuntenVanSignaal, k),
    knooppuntenVanGemeente: groep(g.knooppuntenVanGemeente, k),
    knooppuntenVanRegio: groep(g.knooppuntenVanRegio, k),
    knooppuntenBelegdBij: groep(g.knooppuntenBelegdBij, k),
  };
  const anders = new Map<keyof RegistryIndex, ReadonlySet<string> | null>();
  for (const naam of Object.keys(na) as (keyof RegistryIndex)[])
    if (na[naam] !== index[naam]) anders.set(naam, sleutels[naam] ?? null);
  verschillen.set(na, { vorige: index, anders });
  // Only the last few differences are kept, so older indexes can go.
  let oud: RegistryIndex | undefined = na;
  for (let i = 0; i < VERSCHILLEN && oud; i++) oud = verschillen.get(oud)?.vorige;
  if (oud) verschillen.delete(oud);
  return na;
}

/** How many writes back an index knows how it differs. */
const VERSCHILLEN = 8;

/**
 * How an index made by werkIndexBij differs from the one it was made from: per lookup that is not
 * the same (===), the keys whose value may differ, or null when any may (positions after a
 * rename; lists). Lookups not named are the same. Known for the last VERSCHILLEN writes.
 */
export interface Verschil {
  vorige: RegistryIndex;
  anders: ReadonlyMap<keyof RegistryIndex, ReadonlySet<string> | null>;
}
const verschillen = new WeakMap<RegistryIndex, Verschil>();
export const verschilVan = (index: RegistryIndex): Verschil | undefined => verschillen.get(index);
