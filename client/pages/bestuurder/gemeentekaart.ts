// SPDX-License-Identifier: EUPL-1.2
// The region's gemeenten as an SVG map, shaded by how many knooppunten take up a thema there.
// Each gemeente also carries its number as text, so colour is never the only carrier (WCAG 1.4.1);
// the coverage matrix is its accessible equivalent. Boundaries: client/public/nl-vr-gm.topo.json
// (CBS/Kadaster via minvws/nl-covid19-data-dashboard, EUPL-1.2), joined on the CBS code.
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { html, svg, type TemplateResult } from 'lit-html';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Gemeentevlak = Feature<Geometry, { code: string }>;
let grenzen: Promise<Gemeentevlak[]> | undefined;

/** Every gemeente's boundary, fetched once. */
export function laadGrenzen(): Promise<Gemeentevlak[]> {
  return (grenzen ??= fetch('/nl-vr-gm.topo.json')
    .then(
      (r) => r.json() as Promise<Topology<{ gm_features: GeometryCollection<{ code: string }> }>>,
    )
    .then(
      (t) =>
        (feature(t, t.objects.gm_features) as FeatureCollection<Geometry, { code: string }>)
          .features,
    ));
}

/** The drawing's size, as in the viewBox below. */
const [BREEDTE, HOOGTE] = [520, 420];

/** The map; shades and the hatch of a gap are classes, coloured with tokens in bestuurder.css. */
export function gemeentekaart(
  alleVlakken: readonly Gemeentevlak[],
  titel: string,
  aantallen: ReadonlyMap<string, { naam: string; aantal: number }>,
): TemplateResult {
  const vlakken = alleVlakken.filter((f) => aantallen.has(f.properties.code));
  const projectie = geoMercator().fitSize([BREEDTE, HOOGTE], {
    type: 'FeatureCollection',
    features: vlakken,
  });
  const pad = geoPath(projectie);
  const gemeente = (f: Gemeentevlak) => {
    const { naam, aantal } = aantallen.get(f.properties.code)!;
    const [x, y] = pad.centroid(f);
    const tint = Math.min(aantal, 3);
    return svg`<g class="dekking-${tint}">
      <title>${naam}: ${aantal === 0 ? 'geen knooppunt (lacune)' : `${aantal} ${aantal === 1 ? 'knooppunt' : 'knooppunten'}`}</title>
      <path d=${pad(f) ?? ''}></path>
      <text x=${x.toFixed(1)} y=${y.toFixed(1)}>${aantal}</text>
    </g>`;
  };
  return html`<svg
      class="gemeentekaart"
      viewBox="0 0 520 420"
      role="img"
      aria-labelledby="gemeentekaart-titel"
    >
      <title id="gemeentekaart-titel">${titel}. Dezelfde gegevens staan in de matrix hieronder.</title>
      <defs>
        <pattern
          id="lacune"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect class="lacune-vlak" width="6" height="6"></rect>
          <line class="lacune-lijn" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      ${vlakken.map(gemeente)}
    </svg>
    <p class="utrecht-paragraph legenda-kaart">
      Aantal knooppunten per gemeente: gearceerd = geen (lacune), licht = 1, midden = 2, donker = 3
      of meer. Het getal staat in elke gemeente.
    </p>`;
}
