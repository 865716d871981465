// SPDX-License-Identifier: EUPL-1.2
// The map as tables: the visible knooppunten and the routes between them. The equivalent of the
// canvas for keyboard and screen-reader users (WCAG 1.1.1, 2.1.1).
import { html, type Markup } from '../../shared/html.ts';
import {
  FUNCTIE,
  label,
  OVERDRACHT_SOORT,
  SAMENSTELLING,
  WERKPROCES,
  WETTELIJKE_BASIS,
} from '../../shared/labels.ts';
import type { KaartKnooppunt, KaartOverdracht, VerificatieStatus } from '../../shared/queries.ts';

const VERIFICATIE_LABEL: Record<Exclude<VerificatieStatus, 'GEVERIFIEERD'>, string> = {
  NIET_GEVERIFIEERD: 'nog niet geverifieerd',
  VEROUDERD: 'ouder dan 12 maanden',
  GEWIJZIGD_NA_VERIFICATIE: 'gewijzigd na verificatie',
};

/** "geverifieerd door … op …", flagged when it is missing, older than 12 months or outdated (R20). */
function verificatie(k: KaartKnooppunt): Markup {
  const tekst = k.geverifieerdOp
    ? `door ${k.geverifieerdDoor ?? 'onbekend'} op ${k.geverifieerdOp}`
    : 'nee';
  return k.verificatieStatus === 'GEVERIFIEERD'
    ? html`${tekst}`
    : html`${tekst} <strong class="verificatie-waarschuwing">(${VERIFICATIE_LABEL[k.verificatieStatus]})</strong>`;
}

export function renderList(
  target: HTMLElement,
  knooppunten: KaartKnooppunt[],
  routes: KaartOverdracht[],
  selectie: string | null,
): void {
  target.innerHTML = html`
    <table>
      <caption>Knooppunten (${knooppunten.length})</caption>
      <thead><tr><th scope="col">Naam</th><th scope="col">Functie</th><th scope="col">Werkproces</th><th scope="col">Wettelijke basis</th><th scope="col">Samenstelling</th><th scope="col">Thema's</th><th scope="col">Belegd bij</th><th scope="col">Geverifieerd (§2.6 stap 3)</th></tr></thead>
      <tbody>${knooppunten.map(
        (k) => html`<tr${k.id === selectie ? html` class="gekozen" aria-current="true"` : ''}>
          <th scope="row"><button type="button" class="link" data-knooppunt="${k.id}">${k.naam}</button></th>
          <td>${label(FUNCTIE, k.functie)}</td><td>${label(WERKPROCES, k.werkproces)}</td>
          <td>${label(WETTELIJKE_BASIS, k.wettelijkeBasis)}</td><td>${label(SAMENSTELLING, k.samenstelling)}</td>
          <td>${k.themas.map((t) => t.naam).join(', ')}</td><td>${k.belegdBij?.naam ?? '—'}</td><td>${verificatie(k)}</td></tr>`,
      )}</tbody>
    </table>
    <table>
      <caption>Routes tussen deze knooppunten (${routes.length})</caption>
      <thead><tr><th scope="col">Van</th><th scope="col">Soort</th><th scope="col">Naar</th></tr></thead>
      <tbody>${routes.map(
        (
          r,
        ) => html`<tr><td><button type="button" class="link" data-knooppunt="${r.van.id}">${r.van.naam}</button></td>
          <td>${label(OVERDRACHT_SOORT, r.soort)}</td>
          <td><button type="button" class="link" data-knooppunt="${r.naar.id}">${r.naar.naam}</button></td></tr>`,
      )}</tbody>
    </table>`.value;
}
