// SPDX-License-Identifier: EUPL-1.2
// The map as tables: the visible knooppunten and the routes between them. The equivalent of the
// canvas for keyboard and screen-reader users (WCAG 1.1.1, 2.1.1).
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { opsomming } from '../../../server/domain/taal.ts';
import { datum } from '../../shared/datum.ts';
import {
  FUNCTIE,
  label,
  OVERDRACHT_SOORT,
  SAMENSTELLING,
  VERIFICATIE_STATUS,
  WERKPROCES,
  WETTELIJKE_BASIS,
} from '../../shared/labels.ts';
import { geldigheid, type Koppeling } from './details-panel.ts';
import type { KaartKnooppunt, KaartOverdracht } from './queries.ts';

/** "door … namens …, op …, nagegaan met …" (H §2.6 stap 3), in short. */
function verificatieTekst(k: KaartKnooppunt, op: string): string {
  const door = k.geverifieerdDoor ?? 'onbekend';
  const v = k.verificatie;
  // Recorded before issue 22: who and when only.
  if (!v) return `door ${door} op ${datum(op)}`;
  // verification.ts writes "naam (organisatie)"; here the organisation follows "namens", once.
  const organisatie = ` (${v.namens?.naam ?? 'regionaal beheer'})`;
  const wie = door.endsWith(organisatie) ? door.slice(0, -organisatie.length) : door;
  const met = opsomming(v.geraadpleegd.map((g) => g.organisatie.naam));
  return `door ${wie} namens ${v.namens?.naam ?? 'het regionaal beheer'}, op ${datum(op)}, nagegaan met ${met}`;
}

/** The verification in short, flagged when it is missing, older than 12 months or outdated (R20). */
function verificatie(k: KaartKnooppunt): TemplateResult {
  const tekst = k.geverifieerdOp ? verificatieTekst(k, k.geverifieerdOp) : 'nee';
  return k.verificatieStatus === 'GEVERIFIEERD'
    ? html`${tekst}`
    : html`${tekst}
        <strong class="verificatie-waarschuwing">
          (${label(VERIFICATIE_STATUS, k.verificatieStatus).toLowerCase()})
        </strong>`;
}

const naamLink = (k: { id: string; naam: string }, koppel: Koppeling) => {
  const { href, onClick } = koppel(k.id);
  return html`<a class="utrecht-link" href=${href} @click=${onClick}>${k.naam}</a>`;
};

const kop = (tekst: string) =>
  html`<th class="utrecht-table__header-cell" scope="col">${tekst}</th>`;
const cel = (inhoud: unknown) => html`<td class="utrecht-table__cell">${inhoud}</td>`;

/** A wide table in its own sideways-scrolling region, so the page stays as wide as the screen. */
const tabelvak = (naam: string, tabel: TemplateResult) =>
  html`<div class="tabelvak" role="region" aria-label=${naam} tabindex="0">${tabel}</div>`;

function knooppuntRij(
  k: KaartKnooppunt,
  gekozen: boolean,
  koppel: Koppeling,
  peildatum: string | null,
): TemplateResult {
  return html`<tr
    class="utrecht-table__row ${gekozen ? 'utrecht-table__row--selected' : ''}"
    aria-current=${gekozen ? 'true' : nothing}
  >
    <th class="utrecht-table__header-cell" scope="row">${naamLink(k, koppel)}</th>
    ${cel(label(FUNCTIE, k.functie))} ${cel(label(WERKPROCES, k.werkproces))}
    ${cel(label(WETTELIJKE_BASIS, k.wettelijkeBasis))} ${cel(label(SAMENSTELLING, k.samenstelling))}
    ${cel(k.themas.map((t) => t.naam).join(', '))} ${cel(k.belegdBij?.naam ?? '—')}
    ${cel(geldigheid(k, peildatum))} ${cel(verificatie(k))}
  </tr>`;
}

export function lijstweergave(
  knooppunten: readonly KaartKnooppunt[],
  routes: readonly KaartOverdracht[],
  selectie: string | null,
  koppel: Koppeling,
  peildatum: string | null,
): TemplateResult {
  const knooppuntTabel = html`<table class="utrecht-table utrecht-table--html-table knooppunttabel">
    <caption class="utrecht-table__caption">Knooppunten (${knooppunten.length})</caption>
    <thead class="utrecht-table__header">
      <tr class="utrecht-table__row">
        ${['Naam', 'Functie', 'Werkproces', 'Wettelijke basis', 'Samenstelling'].map(kop)}
        ${[`Thema's`, 'Belegd bij', 'Geldigheid', 'Geverifieerd (§2.6 stap 3)'].map(kop)}
      </tr>
    </thead>
    <tbody class="utrecht-table__body">
      ${repeat(
        knooppunten,
        (k) => k.id,
        (k) => knooppuntRij(k, k.id === selectie, koppel, peildatum),
      )}
    </tbody>
  </table>`;
  const routeTabel = html`<table class="utrecht-table utrecht-table--html-table">
    <caption class="utrecht-table__caption">
      Routes tussen deze knooppunten (${routes.length})
    </caption>
    <thead class="utrecht-table__header">
      <tr class="utrecht-table__row">
        ${['Van', 'Soort', 'Naar'].map(kop)}
      </tr>
    </thead>
    <tbody class="utrecht-table__body">
      ${repeat(
        routes,
        (r) => r.id,
        (r) =>
          html`<tr class="utrecht-table__row">
            ${cel(naamLink(r.van, koppel))} ${cel(label(OVERDRACHT_SOORT, r.soort))}
            ${cel(naamLink(r.naar, koppel))}
          </tr>`,
      )}
    </tbody>
  </table>`;
  return html`${tabelvak('Tabel van de knooppunten', knooppuntTabel)}
  ${tabelvak('Tabel van de routes', routeTabel)}`;
}
