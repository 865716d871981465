// SPDX-License-Identifier: EUPL-1.2
// What the map of a region shows: its knooppunten (those it maintains, and those whose werkgebied
// lies in it), the overdracht routes between them, and the organisaties that take part.
import { filterKnooppunten } from './knooppunt-filter.ts';
import type { Deelname, Functie, Knooppunt, Organisatie, Overdracht } from './model.ts';
import { byNaam, type RegistryIndex } from './registry-index.ts';

export interface RegionMap {
  knooppunten: Knooppunt[];
  overdrachten: Overdracht[];
  organisaties: Organisatie[];
  deelnames: Deelname[];
}

export type MapNodeKind = 'KNOOPPUNT' | 'ORGANISATIE';

/** The structure a layout needs, and nothing else: its hash is the layout's cache key. */
export interface LayoutGraph {
  /** `laag`: the column in the flow layout, left to right. */
  nodes: { kind: MapNodeKind; id: string; laag: number }[];
  edges: { source: string; target: string }[];
}

/** Flow columns of a region map: meldpunten, then overlegtafels, then organisaties. */
const laagVan = (functie: Functie | null): number =>
  functie === null ? 2 : functie === 'MELDPUNT' ? 0 : 1;

/** A node's key on the map: knooppunt and organisatie ids may coincide. */
export const mapNodeKey = (kind: MapNodeKind, id: string): string =>
  `${kind === 'KNOOPPUNT' ? 'k' : 'o'}:${id}`;
export const parseMapNodeKey = (key: string): { kind: MapNodeKind; id: string } => ({
  kind: key.startsWith('k:') ? 'KNOOPPUNT' : 'ORGANISATIE',
  id: key.slice(2),
});

export function regionMap(index: RegistryIndex, regioId: string): RegionMap {
  const knooppunten = filterKnooppunten(index, { regioIds: [regioId] });
  const onMap = new Set(knooppunten.map((k) => k.id));
  const overdrachten = knooppunten.flatMap((k) =>
    (index.overdrachtenUit.get(k.id) ?? []).filter((o) => onMap.has(o.naarId)),
  );
  const deelnames = knooppunten.flatMap((k) => index.deelnamesVanKnooppunt.get(k.id) ?? []);
  const organisaties = [...new Set(deelnames.map((d) => d.organisatieId))]
    .map((id) => index.organisaties.get(id))
    .filter((o) => o !== undefined)
    .sort(byNaam);
  return { knooppunten, overdrachten, organisaties, deelnames };
}

/** The layout graph of a map, with or without the organisatie layer, in a canonical order so equal structures hash equally. */
export function layoutGraphOf(map: RegionMap, metOrganisaties: boolean): LayoutGraph {
  const nodes = [
    ...map.knooppunten.map((k) => ({
      kind: 'KNOOPPUNT' as const,
      id: k.id,
      laag: laagVan(k.functie),
    })),
    ...(metOrganisaties ? map.organisaties : []).map((o) => ({
      kind: 'ORGANISATIE' as const,
      id: o.id,
      laag: laagVan(null),
    })),
  ].sort((a, b) => mapNodeKey(a.kind, a.id).localeCompare(mapNodeKey(b.kind, b.id)));
  const edges = [
    ...map.overdrachten.map((o) => ({
      source: mapNodeKey('KNOOPPUNT', o.vanId),
      target: mapNodeKey('KNOOPPUNT', o.naarId),
    })),
    // Knooppunt → organisatie, so the flow layout puts organisaties after the tables they sit at.
    ...(metOrganisaties ? map.deelnames : []).map((d) => ({
      source: mapNodeKey('KNOOPPUNT', d.knooppuntId),
      target: mapNodeKey('ORGANISATIE', d.organisatieId),
    })),
  ].sort((a, b) => `${a.source}>${a.target}`.localeCompare(`${b.source}>${b.target}`));
  return { nodes, edges };
}
