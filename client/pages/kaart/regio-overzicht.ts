// SPDX-License-Identifier: EUPL-1.2
// The national view: every region with how many knooppunten its map holds, grouped by the kind
// of region, each leading into its map. A table per kind (WCAG 1.3.1), no map needed to read it.
import { html, type TemplateResult } from 'lit-html';
import { aantal } from '../../../server/domain/taal.ts';
import type { Keuzelijsten } from './queries.ts';

type Regio = Keuzelijsten['regios'][number];

/** The kinds of region, as the groups of the region select and of this overview name them. */
export const REGIOGROEP: Record<Regio['soort'], string> = {
  ZORG_EN_VEILIGHEIDSHUIS: 'Zorg- en veiligheidshuisregio’s',
  VEILIGHEIDSREGIO: 'Veiligheidsregio’s',
};

const kop = (tekst: string) =>
  html`<th class="utrecht-table__header-cell" scope="col">${tekst}</th>`;

export function regioOverzicht(
  regios: readonly Regio[],
  open: (regio: string) => void,
): TemplateResult {
  const link = (r: Regio) =>
    html`<a
      class="utrecht-link"
      href="/?regio=${encodeURIComponent(r.id)}"
      @click=${(event: MouseEvent) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        open(r.id);
      }}
      >${r.naam}</a
    >`;
  const groepen = (Object.keys(REGIOGROEP) as Regio['soort'][])
    .map((soort) => ({
      soort,
      leden: regios
        .filter((r) => r.soort === soort)
        .sort((a, b) => b.aantalKnooppunten - a.aantalKnooppunten || a.naam.localeCompare(b.naam)),
    }))
    .filter((g) => g.leden.length > 0);
  const totaal = Math.max(0, ...regios.map((r) => r.aantalKnooppunten));
  return html`<h2 id="landelijk-kop" class="utrecht-heading-2" tabindex="-1">Alle regio’s</h2>
    <p class="utrecht-paragraph">
      Kies een regio om haar kaart te openen. Iedere gemeente hoort bij een zorg- en
      veiligheidshuisregio én bij een veiligheidsregio. Waar die dezelfde gemeenten hebben, staan
      dezelfde knooppunten op beide kaarten: kies dan de zorg- en veiligheidshuisregio, die de
      beschrijvingen beheert.
    </p>
    ${groepen.map(
      (g) =>
        html`<div class="tabelvak" role="region" aria-label=${REGIOGROEP[g.soort]} tabindex="0">
          <table class="utrecht-table utrecht-table--html-table regiotabel">
            <caption class="utrecht-table__caption">
              ${REGIOGROEP[g.soort]} (${g.leden.length})
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                ${kop('Regio')} ${kop('Knooppunten op de kaart')}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              ${g.leden.map(
                (r) =>
                  html`<tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">${link(r)}</th>
                    <td class="utrecht-table__cell regiotabel__aantal">
                      <span class="balk" style="--aandeel: ${totaal ? r.aantalKnooppunten / totaal : 0}"></span>
                      ${
                        r.aantalKnooppunten === 0
                          ? 'nog geen knooppunten'
                          : aantal(r.aantalKnooppunten, 'knooppunt', 'knooppunten')
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`,
    )}`;
}
