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
    zoektekst: new Map(registry.knooppunten.map((k) => [k.id, searchableText(k)])),
  };
}
