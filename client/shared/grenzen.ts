// SPDX-License-Identifier: EUPL-1.2
// The boundaries of every Dutch gemeente, for the maps drawn as SVG (the bestuurder's gemeenten,
// the national map of regions). Source: client/public/nl-vr-gm.topo.json (CBS/Kadaster via
// minvws/nl-covid19-data-dashboard, EUPL-1.2), joined on the CBS code; fetched once per page.
import { geoMercator, geoPath, type GeoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon,
  Topology,
} from 'topojson-specification';

export type Gemeentevlak = Feature<Geometry, { code: string }>;

type Gemeenten = GeometryCollection<{ code: string }>;
type Grenzen = Topology<{ gm_features: Gemeenten }>;

let topologie: Promise<Grenzen> | undefined;
const laadTopologie = () =>
  (topologie ??= fetch('/nl-vr-gm.topo.json').then((r) => r.json() as Promise<Grenzen>));

/** Every gemeente's boundary. */
export async function laadGrenzen(): Promise<Gemeentevlak[]> {
  const t = await laadTopologie();
  return (feature(t, t.objects.gm_features) as FeatureCollection<Geometry, { code: string }>)
    .features;
}

/**
 * The outline of a set of gemeenten as one shape (their shared borders fall away): a region is
 * drawn as the union of its gemeenten, whatever its kind. Unknown codes are left out.
 */
export async function laadSamenvoeging(): Promise<(codes: readonly string[]) => MultiPolygon> {
  const t = await laadTopologie();
  const perCode = new Map<string, Polygon | TopoMultiPolygon>();
  for (const g of t.objects.gm_features.geometries)
    if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && g.properties)
      perCode.set(g.properties.code, g);
  return (codes) =>
    merge(
      t,
      codes.flatMap((c) => perCode.get(c) ?? []),
    );
}

/** A path generator that fits these shapes into a drawing of this size (Mercator, as the maps use). */
export function passendPad(
  vlakken: readonly Feature[],
  [breedte, hoogte]: readonly [number, number],
): GeoPath {
  const projectie = geoMercator().fitSize([breedte, hoogte], {
    type: 'FeatureCollection',
    features: [...vlakken],
  });
  return geoPath(projectie);
}
