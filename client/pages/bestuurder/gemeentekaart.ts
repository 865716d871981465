// SPDX-License-Identifier: EUPL-1.2
// The region's gemeenten as an SVG map, shaded by how many knooppunten take up a thema there.
// Each gemeente also carries its number as text, so colour is never the only carrier (WCAG 1.4.1);
// the coverage matrix is its accessible equivalent. Boundaries: client/public/nl-vr-gm.topo.json
// (CBS/Kadaster via minvws/nl-covid19-data-dashboard, EUPL-1.2), joined on the CBS code.
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { html } from '../../shared/html.ts';

type Gemeentevlak = Feature<Geometry, { code: string }>;
let gemeenten: Promise<Gemeentevlak[]> | undefined;

async function laadGrenzen(): Promise<Gemeentevlak[]> {
  const topology = (await (await fetch('/nl-vr-gm.topo.json')).json()) as Topology<{
    gm_features: GeometryCollection<{ code: string }>;
  }>;
  return (
    feature(topology, topology.objects.gm_features) as FeatureCollection<Geometry, { code: string }>
  ).features;
}

/** Darker for more knooppunten; a gap is white with a hatch pattern. */
const TINT = ['url(#lacune)', '#c6dbef', '#6baed6', '#2171b5'];

export async function renderGemeentekaart(
  target: HTMLElement,
  titel: string,
  aantallen: ReadonlyMap<string, { naam: string; aantal: number }>,
): Promise<void> {
  const vlakken = (await (gemeenten ??= laadGrenzen())).filter((f) =>
    aantallen.has(f.properties.code),
  );
  const [breedte, hoogte] = [520, 420];
  const projectie = geoMercator().fitSize([breedte, hoogte], {
    type: 'FeatureCollection',
    features: vlakken,
  });
  const pad = geoPath(projectie);
  target.innerHTML =
    html`<svg viewBox="0 0 ${breedte} ${hoogte}" width="100%" role="img" aria-labelledby="gemeentekaart-titel">
    <title id="gemeentekaart-titel">${titel}. Dezelfde gegevens staan in de matrix hieronder.</title>
    <defs><pattern id="lacune" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8a6d00" stroke-width="2"/></pattern></defs>
    ${vlakken.map((f) => {
      const { naam, aantal } = aantallen.get(f.properties.code)!;
      const [x, y] = pad.centroid(f);
      return html`<g><title>${naam}: ${aantal === 0 ? 'geen knooppunt (lacune)' : `${aantal} knooppunten`}</title>
        <path d="${pad(f) ?? ''}" fill="${TINT[Math.min(aantal, 3)]}" stroke="#1a1a1a" stroke-width="0.8"/>
        <text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="middle" dominant-baseline="middle" font-size="12" font-weight="bold" fill="${aantal >= 2 ? '#ffffff' : '#1a1a1a'}" paint-order="stroke" stroke="${aantal >= 2 ? '#1a1a1a' : '#ffffff'}" stroke-width="2">${aantal}</text></g>`;
    })}
  </svg>
  <p class="legenda-kaart">Aantal knooppunten per gemeente: gearceerd = geen (lacune), licht = 1, midden = 2, donker = 3 of meer. Het getal staat in elke gemeente.</p>`.value;
}
