// SPDX-License-Identifier: EUPL-1.2
// The side panel: everything the registry holds about one knooppunt (handreiking §2.6 stap 2,
// §3.5, §3.7, §3.8), with its routes in and out.
import { renderVerificatie } from './beheer-view.ts';
import { html, type Markup } from '../../shared/html.ts';
import {
  AANMELDING_DOOR,
  BEROEPSGEHEIM_REGELING,
  DOCUMENT_STATUS,
  FUNCTIE,
  GRONDSLAG,
  label,
  OVERDRACHT_SOORT,
  ROL,
  SAMENSTELLING,
  VERWERKINGSVERANTWOORDELIJKHEID,
  WERKPROCES,
  WETTELIJKE_BASIS,
  wetTekst,
} from '../../shared/labels.ts';
import type { Details } from '../../shared/queries.ts';

const orNiet = (text: string | null | undefined) =>
  text ? text : html`<span class="ontbreekt">niet beschreven</span>`;
const row = (term: string, value: string | Markup) => html`<dt>${term}</dt><dd>${value}</dd>`;
const document = (d: { status: string; datum: string | null }) =>
  `${label(DOCUMENT_STATUS, d.status)}${d.datum ? ` (${d.datum})` : ''}`;
const link = (k: { id: string; naam: string }) =>
  html`<a href="#" data-knooppunt="${k.id}">${k.naam}</a>`;

function leeftijd(d: Details): string | null {
  if (d.leeftijdMin === null && d.leeftijdMax === null) return null;
  return `${d.leeftijdMin ?? 0}${d.leeftijdMax === null ? '+' : `–${d.leeftijdMax}`} jaar`;
}

function route(
  r: Details['overdrachtenUit'][number] | Details['overdrachtenIn'][number],
  other: Markup,
): Markup {
  const aanmelding =
    r.aanmeldingDoor === 'PARTNER'
      ? `partner: ${r.aanmelder?.naam ?? 'niet genoemd'}`
      : label(AANMELDING_DOOR, r.aanmeldingDoor);
  return html`<li><strong>${label(OVERDRACHT_SOORT, r.soort)}</strong> ${other}
    <dl class="compact">
      ${row('Criteria', orNiet(r.criteria))}
      ${row('Aanmelding door', aanmelding)}
      ${row('Informatie die mee mag', orNiet(r.informatie))}
      ${row('Warme overdracht', r.warm === null ? 'onbekend' : r.warm ? 'ja' : 'nee')}
      ${row('Cliënt geïnformeerd door', orNiet(r.clientGeinformeerdDoor))}
    </dl></li>`;
}

/** `naKop`: what goes right under the heading (the route controls). */
export function renderDetails(d: Details, naKop: Markup | string = ''): Markup {
  return html`
    <h2 id="paneel-titel" tabindex="-1">${d.naam}</h2>
    <p class="typering">${label(FUNCTIE, d.functie)} · werkproces ${label(WERKPROCES, d.werkproces).toLowerCase()} · ${label(WETTELIJKE_BASIS, d.wettelijkeBasis)} · ${label(SAMENSTELLING, d.samenstelling)}</p>
    ${renderVerificatie(d)}
    ${naKop}
    <h3>Doel en opgave</h3>
    <dl>
      ${row('Maatschappelijke opgave', orNiet(d.maatschappelijkeOpgave))}
      ${row('Doel', orNiet(d.doel))}
      ${row('Wettelijke basis', `${label(WETTELIJKE_BASIS, d.wettelijkeBasis)}${d.wettelijkeBasisToelichting ? ` — ${d.wettelijkeBasisToelichting}` : ''}`)}
      ${d.taakhouder ? row('Taak van', d.taakhouder.naam) : ''}
      ${row('Wetten', orNiet(wetTekst(d.wetten)))}
    </dl>
    <h3>Wie hoort hier</h3>
    <dl>
      ${row('Doelgroep', orNiet([d.doelgroep, leeftijd(d)].filter(Boolean).join(', ')))}
      ${row('Aanmeldcriteria', orNiet(d.aanmeldcriteria))}
      ${row("Thema's", orNiet(d.themas.map((t) => t.naam).join(', ')))}
      ${row('Werkgebied', orNiet(d.werkgebied.map((g) => g.naam).join(', ')))}
      ${row('Belegd bij', orNiet(d.belegdBij?.naam))}
    </dl>
    <h3>Deelnemende partijen (${d.deelnames.length})</h3>
    ${
      d.deelnames.length === 0
        ? html`<p class="ontbreekt">Geen deelnemers beschreven.</p>`
        : html`<ul class="deelnames">${d.deelnames.map(
            (
              p,
            ) => html`<li><strong>${p.organisatie.naam}</strong> — ${label(ROL, p.rol)}${p.beroepsgeheim ? html` <span class="merk" title="Deze partij heeft een beroepsgeheim">beroepsgeheim</span>` : ''}
            <dl class="compact">
              ${row('Taak', orNiet(p.taak))}
              ${row('Wet', orNiet(wetTekst(p.wetten)))}
              ${row('Grondslag', label(GRONDSLAG, p.grondslag))}
              ${p.beroepsgeheim ? row('Delen ondanks beroepsgeheim', p.beroepsgeheimRegeling ? label(BEROEPSGEHEIM_REGELING, p.beroepsgeheimRegeling) : html`<span class="ontbreekt">geen afspraak vastgelegd</span>`) : ''}
            </dl></li>`,
          )}</ul>`
    }
    <h3>Routes uit (${d.overdrachtenUit.length})</h3>
    ${d.overdrachtenUit.length === 0 ? html`<p>Geen.</p>` : html`<ul class="routes">${d.overdrachtenUit.map((r) => route(r, html`naar ${link(r.naar)}`))}</ul>`}
    <h3>Routes in (${d.overdrachtenIn.length})</h3>
    ${d.overdrachtenIn.length === 0 ? html`<p>Geen.</p>` : html`<ul class="routes">${d.overdrachtenIn.map((r) => route(r, html`van ${link(r.van)}`))}</ul>`}
    <h3>Governance</h3>
    <dl>
      ${row('Convenant', document(d.convenant))}
      ${row('Privacyprotocol', document(d.privacyprotocol))}
      ${row('DPIA', document(d.dpia))}
      ${row('Verwerkingsverantwoordelijke', d.verwerkingsverantwoordelijke ? d.verwerkingsverantwoordelijke.naam : `${label(VERWERKINGSVERANTWOORDELIJKHEID, d.verwerkingsverantwoordelijkheid)}${d.verwerkingsverantwoordelijkheid === 'GEZAMENLIJK' ? (d.gezamenlijkeRegeling ? ', regeling vastgelegd' : ', geen regeling vastgelegd') : ''}`)}
      ${row('Bewaartermijn', orNiet(d.bewaartermijn ? `${d.bewaartermijn}${d.bewaartermijnOnderbouwing ? ` — ${d.bewaartermijnOnderbouwing}` : ''}` : null))}
    </dl>`;
}
