// SPDX-License-Identifier: EUPL-1.2
// The region's gemeenten as an SVG map, shaded by how many knooppunten take up a thema there.
// Each gemeente also carries its number as text, so colour is never the only carrier (WCAG 1.4.1);
// the coverage matrix is its accessible equivalent. Boundaries: client/shared/grenzen.ts.
import { html, svg, type TemplateResult } from 'lit-html';
import { passendPad, type Gemeentevlak } from '../../shared/grenzen.ts';

/** The drawing's size, as in the viewBox below. */
const [BREEDTE, HOOGTE] = [520, 420];

/** The map; shades and the hatch of a gap are classes, coloured with tokens in bestuurder.css. */
export function gemeentekaart(
  alleVlakken: readonly Gemeentevlak[],
  titel: string,
  aantallen: ReadonlyMap<string, { naam: string; aantal: number }>,
): TemplateResult {
  const vlakken = alleVlakken.filter((f) => aantallen.has(f.properties.code));
  const pad = passendPad(vlakken, [BREEDTE, HOOGTE]);
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
