// SPDX-License-Identifier: EUPL-1.2
// Routes as text: the chain of overdrachten, and per step the receiving knooppunt's criteria, who
// does the aanmelding, what information may go along, and the problems in plain words (R12, R13,
// R10). Used in the panel, the list view and the printable route card.
import { bevinding } from './findings-view.ts';
import { html, type Markup } from './html.ts';
import { AANMELDING_DOOR, label, OVERDRACHT_SOORT } from './labels.ts';
import type { Routes, RouteStap } from './queries.ts';

const orNiet = (text: string | null) =>
  text ?? html`<span class="ontbreekt">niet afgesproken</span>`;

function aanmelding(s: RouteStap): Markup | string {
  if (s.aanmeldingDoor === 'PARTNER' && s.aanmelder) return s.aanmelder.naam;
  if (s.aanmeldingDoor === 'KNOOPPUNT_ZELF') return `${s.van.naam} zelf`;
  const kandidaten = s.kandidaatAanmelders.map((k) => k.naam).join(', ');
  return html`<span class="ontbreekt">${label(AANMELDING_DOOR, s.aanmeldingDoor)}</span>${kandidaten ? ` — partners in beide: ${kandidaten}` : ' — geen partner neemt aan beide deel'}`;
}

function stap(s: RouteStap): Markup {
  return html`<li>
    <strong>${label(OVERDRACHT_SOORT, s.overdracht.soort)}</strong> van ${s.van.naam} naar <strong>${s.naar.naam}</strong>
    <dl class="compact">
      <dt>Aanmeldcriteria</dt><dd>${s.naar.aanmeldcriteria ?? html`<span class="ontbreekt">niet beschreven</span>`}</dd>
      ${s.overdracht.criteria ? html`<dt>Criteria overdracht</dt><dd>${s.overdracht.criteria}</dd>` : ''}
      <dt>Aanmelding door</dt><dd>${aanmelding(s)}</dd>
      <dt>Informatie die mee mag</dt><dd>${orNiet(s.overdracht.informatie)}</dd>
      <dt>Warme overdracht</dt><dd>${s.overdracht.warm === null ? 'onbekend' : s.overdracht.warm ? 'ja' : 'nee'}</dd>
      <dt>Cliënt geïnformeerd door</dt><dd>${orNiet(s.overdracht.clientGeinformeerdDoor)}</dd>
    </dl>
    ${
      s.problemen.length > 0
        ? html`<ul class="problemen">${s.problemen.map((p) => html`<li>${bevinding(p)}</li>`)}</ul>`
        : ''
    }
  </li>`;
}

/** The chain in one line, e.g. "Meldpunt → Casusoverleg → ZVH". */
export const keten = (stappen: RouteStap[]): string =>
  [stappen[0]?.van.naam ?? '', ...stappen.map((s) => s.naar.naam)].join(' → ');

export function renderRoutes(
  r: Routes,
  gekozen: number | null,
  options: { open?: boolean; markeren?: boolean } = {},
): Markup {
  if (r.routes.length === 0) {
    return html`<p>${r.richting === 'UIT' ? 'Vanuit dit knooppunt zijn geen routes vastgelegd' : 'Er leiden geen vastgelegde routes naar dit knooppunt'} (binnen ${r.maxStappen} stappen).</p>`;
  }
  return html`
    <p>${r.routes.length} routes naar ${r.bereikbaar.length} knooppunten, binnen ${r.maxStappen} stappen.${r.afgekapt ? ' Niet alle routes worden getoond.' : ''}</p>
    <ol class="routelijst">${r.routes.map(
      (route, i) => html`<li${i === gekozen ? html` class="gekozen" aria-current="true"` : ''}>
        <details${options.open || i === gekozen ? html` open` : ''}>
          <summary>${keten(route.stappen)} <span class="aantal">(${route.stappen.length} ${route.stappen.length === 1 ? 'stap' : 'stappen'}${route.aantalProblemen > 0 ? `, ${route.aantalProblemen} ${route.aantalProblemen === 1 ? 'aandachtspunt' : 'aandachtspunten'}` : ''})</span></summary>
          <ol class="stappen">${route.stappen.map(stap)}</ol>
        </details>
        ${options.markeren ? html`<button type="button" class="link" data-route="${i}">${i === gekozen ? 'Gemarkeerd op de kaart' : 'Markeer op de kaart'}</button>` : ''}
      </li>`,
    )}</ol>`;
}
