// SPDX-License-Identifier: EUPL-1.2
// The side panel: everything the registry holds about one knooppunt (handreiking §2.6 stap 2,
// §3.5, §3.7, §3.8), with its routes in and out.
import { html, nothing, type TemplateResult } from 'lit-html';
import { datum, vandaag } from '../../shared/datum.ts';
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
import { SIGNAAL_BIJZIN } from '../../../server/domain/casus-matching.ts';
import { geldigheidOp } from '../../../server/domain/validity.ts';
import { inZin } from '../../../server/domain/taal.ts';
import type { Details } from './queries.ts';

/** A link to another knooppunt: a real URL, opened in this panel on a plain click. */
export type Koppeling = (id: string) => { href: string; onClick: (event: MouseEvent) => void };

const ontbreekt = (tekst: string) => html`<span class="ontbreekt">${tekst}</span>`;
const ofNiet = (tekst: string | null | undefined) => tekst || ontbreekt('niet beschreven');

const item = (term: string, waarde: unknown) =>
  html`<dt class="utrecht-data-list__item-key">${term}</dt>
    <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
      ${waarde}
    </dd>`;
const lijst = (items: unknown, extra = '') =>
  html`<dl class="utrecht-data-list gegevens ${extra}">${items}</dl>`;
const kop = (tekst: string) => html`<h3 class="utrecht-heading-3">${tekst}</h3>`;

function document(d: { status: string; datum: string | null; geldigTot: string | null }): string {
  const tot = d.geldigTot ? `, geldig tot en met ${datum(d.geldigTot)}` : '';
  return `${label(DOCUMENT_STATUS, d.status)}${d.datum ? ` (${datum(d.datum)}${tot})` : ''}`;
}

function leeftijd(d: Details): string | null {
  if (d.leeftijdMin === null && d.leeftijdMax === null) return null;
  return `${d.leeftijdMin ?? 0}${d.leeftijdMax === null ? '+' : `–${d.leeftijdMax}`} jaar`;
}

/** "casussen waarin er acuut gevaar is, of waarin …": what the knooppunt is not for (H §4.2). */
const nietVoor = (signalen: Details['uitsluitingen']): string =>
  `casussen waarin ${signalen.map((s) => SIGNAAL_BIJZIN[s]).join(', of waarin ')}`;

/**
 * Where a knooppunt stands on the map's date, in words: "Beëindigd op …", "Nog niet begonnen: vanaf
 * …", or "Geldig vanaf … tot en met …". Without a first day it says "sinds onbekend": the map
 * shows it on every date, also long ago (server/domain/validity.ts, sindsOnbekend).
 */
export function geldigheid(
  k: { geldigVanaf: string | null; geldigTot: string | null },
  peildatum: string | null,
): string {
  const op = peildatum ?? vandaag();
  const tot = k.geldigTot ? ` tot en met ${datum(k.geldigTot)}` : '';
  switch (geldigheidOp(k, op)) {
    case 'BEEINDIGD':
      return `Beëindigd op ${datum(k.geldigTot!)}`;
    case 'NOG_NIET_BEGONNEN':
      return `Nog niet begonnen: vanaf ${datum(k.geldigVanaf!)}${tot}`;
    case 'BESTAAT':
      return `Geldig ${k.geldigVanaf ? `vanaf ${datum(k.geldigVanaf)}` : 'sinds onbekend'}${tot}`;
  }
}

type Route = Details['overdrachtenUit'][number] | Details['overdrachtenIn'][number];

function route(r: Route, richting: string, ander: { id: string; naam: string }, koppel: Koppeling) {
  const aanmelding =
    r.aanmeldingDoor === 'PARTNER'
      ? `partner: ${r.aanmelder?.naam ?? 'niet genoemd'}`
      : label(AANMELDING_DOOR, r.aanmeldingDoor);
  const { href, onClick } = koppel(ander.id);
  return html`<li class="utrecht-unordered-list__item">
    <strong>${label(OVERDRACHT_SOORT, r.soort)}</strong> ${richting}
    <a class="utrecht-link" href=${href} @click=${onClick}>${ander.naam}</a>
    ${lijst(
      // As the route view says it: the route's own criteria where it has them (the receiving
      // knooppunt's aanmeldcriteria are in its own description).
      html`${r.criteria ? item('Criteria overdracht', r.criteria) : nothing}
      ${item('Aanmelding door', aanmelding)}
      ${item('Informatie die mee mag', ofNiet(r.informatie))}
      ${item('Warme overdracht', r.warm === null ? 'onbekend' : r.warm ? 'ja' : 'nee')}
      ${item('Cliënt geïnformeerd door', ofNiet(r.clientGeinformeerdDoor))}`,
      'compact',
    )}
  </li>`;
}

function deelname(p: Details['deelnames'][number]): TemplateResult {
  const regeling = p.beroepsgeheimRegeling
    ? label(BEROEPSGEHEIM_REGELING, p.beroepsgeheimRegeling)
    : ontbreekt('geen afspraak vastgelegd');
  return html`<li class="utrecht-unordered-list__item">
    <strong>${p.organisatie.naam}</strong> — ${label(ROL, p.rol)}
    ${p.beroepsgeheim ? html`<span class="merk">beroepsgeheim</span>` : nothing}
    ${lijst(
      html`${item('Taak', ofNiet(p.taak))} ${item('Wet', ofNiet(wetTekst(p.wetten)))}
      ${item('Grondslag', label(GRONDSLAG, p.grondslag))}
      ${p.beroepsgeheim ? item('Grond om het beroepsgeheim te doorbreken', regeling) : nothing}`,
      'compact',
    )}
  </li>`;
}

function routes(d: Details, koppel: Koppeling): TemplateResult {
  const uit = d.overdrachtenUit;
  const in_ = d.overdrachtenIn;
  const geen = html`<p class="utrecht-paragraph">Geen.</p>`;
  const ul = (items: TemplateResult[]) =>
    html`<ul class="utrecht-unordered-list routes">
      ${items}
    </ul>`;
  return html`${kop(`Routes uit (${uit.length})`)}
    ${uit.length === 0 ? geen : ul(uit.map((r) => route(r, 'naar', r.naar, koppel)))}
    ${kop(`Routes in (${in_.length})`)}
    ${in_.length === 0 ? geen : ul(in_.map((r) => route(r, 'van', r.van, koppel)))}`;
}

function verantwoordelijke(d: Details): string {
  if (d.verwerkingsverantwoordelijke) return d.verwerkingsverantwoordelijke.naam;
  const soort = label(VERWERKINGSVERANTWOORDELIJKHEID, d.verwerkingsverantwoordelijkheid);
  if (d.verwerkingsverantwoordelijkheid !== 'GEZAMENLIJK') return soort;
  return `${soort}, ${d.gezamenlijkeRegeling ? 'regeling vastgelegd' : 'geen regeling vastgelegd'}`;
}

const metToelichting = (tekst: string | null, toelichting: string | null) =>
  tekst && toelichting ? `${tekst} — ${toelichting}` : tekst;

/**
 * `naKop`: what goes right under the heading (verification, route controls, routes, history);
 * `peildatum`: the date the map shows (null is today), which the validity is told against.
 */
export function detailsPaneel(
  d: Details,
  naKop: unknown,
  koppel: Koppeling,
  peildatum: string | null,
): TemplateResult {
  const typering = [
    label(FUNCTIE, d.functie),
    `werkproces ${inZin(label(WERKPROCES, d.werkproces))}`,
    label(WETTELIJKE_BASIS, d.wettelijkeBasis),
    label(SAMENSTELLING, d.samenstelling),
  ].join(' · ');
  return html`<h2 id="paneel-titel" class="utrecht-heading-2" tabindex="-1">${d.naam}</h2>
    <p class="utrecht-paragraph typering">${typering}</p>
    <p class="utrecht-paragraph geldig">${geldigheid(d, peildatum)}</p>
    ${naKop}
    ${kop('Doel en opgave')}
    ${lijst(html`
      ${item('Maatschappelijke opgave', ofNiet(d.maatschappelijkeOpgave))}
      ${item('Doel', ofNiet(d.doel))}
      ${item(
        'Wettelijke basis',
        metToelichting(label(WETTELIJKE_BASIS, d.wettelijkeBasis), d.wettelijkeBasisToelichting),
      )}
      ${d.taakhouder ? item('Taak van', d.taakhouder.naam) : nothing}
      ${item('Wetten', ofNiet(wetTekst(d.wetten)))}
    `)}
    ${kop('Wie hoort hier')}
    ${lijst(html`
      ${item('Doelgroep', ofNiet([d.doelgroep, leeftijd(d)].filter(Boolean).join(', ')))}
      ${item('Aanmeldcriteria', ofNiet(d.aanmeldcriteria))}
      ${d.uitsluitingen.length ? item('Niet voor', nietVoor(d.uitsluitingen)) : nothing}
      ${item("Thema's", ofNiet(d.themas.map((t) => t.naam).join(', ')))}
      ${item('Werkgebied', ofNiet(d.werkgebied.map((g) => g.naam).join(', ')))}
      ${item('Belegd bij', ofNiet(d.belegdBij?.naam))}
    `)}
    ${kop(`Deelnemende partijen (${d.deelnames.length})`)}
    ${
      d.deelnames.length === 0
        ? html`<p class="utrecht-paragraph">${ontbreekt('Geen deelnemers beschreven.')}</p>`
        : html`<ul class="utrecht-unordered-list deelnames">
          ${d.deelnames.map(deelname)}
        </ul>`
    }
    ${routes(d, koppel)} ${kop('Afspraken en documenten')}
    ${lijst(html`
      ${item('Convenant', document(d.convenant))}
      ${item('Privacyprotocol', document(d.privacyprotocol))} ${item('DPIA', document(d.dpia))}
      ${item('Verwerkingsverantwoordelijke', verantwoordelijke(d))}
      ${item('Bewaartermijn', ofNiet(metToelichting(d.bewaartermijn, d.bewaartermijnOnderbouwing)))}
    `)}`;
}
