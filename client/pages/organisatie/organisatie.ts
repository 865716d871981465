// SPDX-License-Identifier: EUPL-1.2
// The organisation's view (H §2.6 stap 1, §4.5): the tables it joins (with its role, task,
// grondslag and what its professional secrecy means there), the tables that may ask it, and the
// findings about its own participations. A summary first (also on paper), then the details:
// filter, sort, compare two tables, open them in the map, export or print.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { gql } from '../../shared/api.ts';
import { datum } from '../../shared/datum.ts';
import { download, toCsv } from '../../shared/export.ts';
import { aantal } from '../../../server/domain/taal.ts';
import { bevinding, perErnst } from '../../shared/findings-view.ts';
import type {
  OrganisatieKeuzesQuery,
  OrganisatieOverzichtQuery,
  OrganisatieTafelFragment,
  OrganisatieType,
} from '../../shared/gql/graphql.ts';
import {
  DOCUMENT_STATUS,
  FUNCTIE,
  GRONDSLAG,
  label,
  ORGANISATIE_TYPE,
  ROL,
  WETTELIJKE_BASIS,
  wetTekst,
} from '../../shared/labels.ts';
import { toonLayout } from '../../shared/layout.ts';
import { titelblok } from '../../shared/titelblok.ts';
import { kaartUrl } from '../../shared/view-state.ts';
import { ORGANISATIE_KEUZES, ORGANISATIE_OVERZICHT } from './queries.ts';

type Overzicht = OrganisatieOverzichtQuery['organisatieOverzicht'];
type Betrokken = Overzicht['betrokken'][number];
type Mogelijk = Overzicht['mogelijk'][number];
type Tafel = OrganisatieTafelFragment;
type Optie = readonly [waarde: string, tekst: string];

interface Filters {
  thema: string;
  functie: string;
  rol: string;
  gemeente: string;
  sorteer: string;
}
const GEEN_FILTERS: Filters = { thema: '', functie: '', rol: '', gemeente: '', sorteer: 'naam' };

const staat: {
  keuzes?: OrganisatieKeuzesQuery;
  overzicht?: Overzicht;
  filters: Filters;
  /** The tables chosen to compare, in the order they were ticked; at most two. */
  vergelijk: string[];
  melding?: { soort: 'info' | 'error'; tekst: string };
} = { filters: GEEN_FILTERS, vergelijk: [] };

const params = () => new URLSearchParams(location.search);
const regioId = () => params().get('regio') || null;
const isType = (t: string | null): t is OrganisatieType => !!t && t in ORGANISATIE_TYPE;
const kaartLink = (k: Tafel) => kaartUrl({ regio: k.regio.id, selectie: k.id });
const opNaam = (a: Optie, b: Optie) => a[1].localeCompare(b[1], 'nl');

// ---- Choosers --------------------------------------------------------------------------------

function keuzeveld(
  id: string,
  tekst: string,
  waarde: string,
  opties: readonly Optie[],
  kies: (waarde: string) => void,
): TemplateResult {
  return html`<div class="utrecht-form-field">
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for=${id}>${tekst}</label>
    </div>
    <div class="utrecht-form-field__input">
      <select
        id=${id}
        class="utrecht-select utrecht-select--html-select"
        @change=${(e: Event) => kies((e.target as HTMLSelectElement).value)}
      >
        ${opties.map(([v, t]) => html`<option value=${v} .selected=${v === waarde}>${t}</option>`)}
      </select>
    </div>
  </div>`;
}

function keuzeformulier(k: OrganisatieKeuzesQuery): TemplateResult {
  const p = params();
  const regios = k.regios
    .filter((r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS')
    .map((r): Optie => [
      r.id,
      `${r.naam} (${aantal(r.aantalKnooppunten, 'knooppunt', 'knooppunten')})`,
    ]);
  const organisaties = k.organisaties.map((o): Optie => [o.id, o.naam]).sort(opNaam);
  const soorten = [...new Set(k.organisaties.map((o) => o.type))]
    .map((t): Optie => [t, label(ORGANISATIE_TYPE, t)])
    .sort(opNaam);
  return html`<div class="keuzes">
    ${keuzeveld('regio', 'Regio', p.get('regio') ?? '', [['', 'Alle regio’s'], ...regios], (v) =>
      kies({ regio: v }),
    )}
    ${keuzeveld(
      'organisatie',
      'Organisatie',
      p.get('organisatie') ?? '',
      [['', 'Kies een organisatie'], ...organisaties],
      (v) => kies({ organisatie: v, type: '' }),
    )}
    ${keuzeveld(
      'type',
      'Of: alle organisaties van de soort',
      p.get('type') ?? '',
      [['', 'Kies een soort'], ...soorten],
      (v) => kies({ type: v, organisatie: '' }),
    )}
  </div>`;
}

// ---- Filtering -------------------------------------------------------------------------------

function past(k: Tafel, f: Filters): boolean {
  return (
    (!f.thema || k.themas.some((t) => t.id === f.thema)) &&
    (!f.functie || k.functie === f.functie) &&
    (!f.gemeente || k.werkgebied.some((g) => g.id === f.gemeente))
  );
}
const volgorde = (sorteer: string) => (a: Tafel, b: Tafel) =>
  (sorteer === 'functie' ? a.functie.localeCompare(b.functie) : 0) ||
  a.naam.localeCompare(b.naam, 'nl');

function alleTafels(o: Overzicht): Tafel[] {
  return [...o.betrokken.map((b) => b.knooppunt), ...o.mogelijk.map((m) => m.knooppunt)];
}

/** The filters in words, for the title block of the printout. */
function filtersInWoorden(o: Overzicht, f: Filters): string[] {
  const tafels = alleTafels(o);
  const thema = tafels.flatMap((k) => k.themas).find((t) => t.id === f.thema)?.naam;
  const gemeente = tafels.flatMap((k) => k.werkgebied).find((g) => g.id === f.gemeente)?.naam;
  return [
    thema && `Thema: ${thema}`,
    f.functie && `Functie: ${label(FUNCTIE, f.functie)}`,
    f.rol && `Rol: ${label(ROL, f.rol)}`,
    gemeente && `Werkgebied: ${gemeente}`,
    f.sorteer === 'functie' && 'Gesorteerd op functie',
  ].filter((x): x is string => !!x);
}

function filterbalk(o: Overzicht): TemplateResult {
  const f = staat.filters;
  const tafels = alleTafels(o);
  const uniek = (paren: Optie[]) => [...new Map(paren).entries()].sort(opNaam);
  const themas = uniek(tafels.flatMap((k) => k.themas.map((t): Optie => [t.id, t.naam])));
  const gemeenten = uniek(tafels.flatMap((k) => k.werkgebied.map((g): Optie => [g.id, g.naam])));
  const rollen = uniek(o.betrokken.map((b): Optie => [b.deelname.rol, label(ROL, b.deelname.rol)]));
  const zet = (sleutel: keyof Filters) => (waarde: string) => {
    staat.filters = { ...staat.filters, [sleutel]: waarde };
    teken();
  };
  const functies = Object.entries(FUNCTIE) as Optie[];
  return html`<div class="filterbalk niet-printen" role="group" aria-label="Filteren en sorteren">
    <div class="keuzes">
      ${keuzeveld('f-thema', 'Thema', f.thema, [['', 'Alle thema’s'], ...themas], zet('thema'))}
      ${keuzeveld('f-functie', 'Functie', f.functie, [['', 'Alle'], ...functies], zet('functie'))}
      ${keuzeveld('f-rol', 'Rol', f.rol, [['', 'Alle rollen'], ...rollen], zet('rol'))}
      ${keuzeveld(
        'f-gemeente',
        'Werkgebied',
        f.gemeente,
        [['', 'Alle gemeenten'], ...gemeenten],
        zet('gemeente'),
      )}
      ${keuzeveld(
        'sorteer',
        'Sorteer op',
        f.sorteer,
        [
          ['naam', 'Naam'],
          ['functie', 'Functie'],
        ],
        zet('sorteer'),
      )}
    </div>
    <div class="utrecht-button-group">
      <a
        class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
        href=${kaartUrl({ regio: regioId(), filters: { organisatie: o.organisaties.map((x) => x.id) } })}
        >Open onze tafels in de kaart</a
      >
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        @click=${() => exportCsv(o)}
      >
        Overzicht als CSV
      </button>
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        @click=${() => window.print()}
      >
        Afdrukken
      </button>
    </div>
  </div>`;
}

// ---- Summary ---------------------------------------------------------------------------------

const item = (sleutel: string, waarde: unknown, klasse = '') =>
  html`<div class="utrecht-data-list__item ${klasse}">
    <dt class="utrecht-data-list__item-key">${sleutel}</dt>
    <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${waarde}</dd>
  </div>`;

/** "Publieke taak (…): 3 deelnames", most used first. */
function geteld(waarden: string[], een: string, meer: string): TemplateResult {
  const tellingen = new Map<string, number>();
  for (const w of waarden) tellingen.set(w, (tellingen.get(w) ?? 0) + 1);
  const rijen = [...tellingen].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'));
  return html`<ul class="utrecht-unordered-list">
    ${rijen.map(
      ([w, n]) => html`<li class="utrecht-unordered-list__item">${w}: ${aantal(n, een, meer)}</li>`,
    )}
  </ul>`;
}

function openPunten(o: Overzicht): string[] {
  const zonderTaak = o.betrokken.filter((b) => !b.deelname.taak).length;
  const onbekend = o.betrokken.filter((b) => b.deelname.grondslag === 'ONBEKEND').length;
  const zonderCriteria = new Set(
    o.betrokken.filter((b) => !b.knooppunt.aanmeldcriteria).map((b) => b.knooppunt.id),
  ).size;
  return [
    o.bevindingen.length > 0 &&
      `${aantal(o.bevindingen.length, 'bevinding', 'bevindingen')}: ${perErnst(o.bevindingen)}`,
    zonderTaak > 0 && `${aantal(zonderTaak, 'deelname', 'deelnames')} zonder vastgelegde taak`,
    onbekend > 0 && `${aantal(onbekend, 'deelname', 'deelnames')} met een onbekende grondslag`,
    zonderCriteria > 0 &&
      `${aantal(zonderCriteria, 'tafel', 'tafels')} zonder beschreven aanmeldcriteria`,
  ].filter((x): x is string => !!x);
}

function samenvatting(o: Overzicht): TemplateResult {
  const tafels = new Map(o.betrokken.map((b) => [b.knooppunt.id, b.knooppunt]));
  const meldpunten = [...tafels.values()].filter((k) => k.functie === 'MELDPUNT').length;
  const punten = openPunten(o);
  return html`<section class="samenvatting" aria-labelledby="kop-samenvatting">
    <h3 id="kop-samenvatting" class="utrecht-heading-3">Samenvatting</h3>
    <dl class="utrecht-data-list utrecht-data-list--rows">
      ${item(
        'Neemt deel aan',
        `${aantal(tafels.size, 'tafel', 'tafels')}: ${aantal(meldpunten, 'meldpunt', 'meldpunten')}, ${aantal(tafels.size - meldpunten, 'overlegtafel', 'overlegtafels')}`,
      )}
      ${
        o.betrokken.length
          ? item(
              'Op grond van',
              geteld(
                o.betrokken.map((b) => label(GRONDSLAG, b.deelname.grondslag)),
                'deelname',
                'deelnames',
              ),
            )
          : nothing
      }
      ${
        o.betrokken.length
          ? item(
              'In de rol van',
              geteld(
                o.betrokken.map((b) => label(ROL, b.deelname.rol)),
                'deelname',
                'deelnames',
              ),
            )
          : nothing
      }
      ${item('Kan gevraagd worden door', aantal(o.mogelijk.length, 'tafel', 'tafels'))}
      ${item(
        'Open punten',
        punten.length
          ? html`<ul class="utrecht-unordered-list">
              ${punten.map((p) => html`<li class="utrecht-unordered-list__item">${p}</li>`)}
            </ul>`
          : 'Geen open punten.',
      )}
      ${item('Stand op', datum(new Date().toISOString()), 'niet-printen')}
    </dl>
  </section>`;
}

// ---- Details ---------------------------------------------------------------------------------

/** A column header; `breedte` names its share of the printed page (organisatie.css). */
const kop = (tekst: string, breedte = '') =>
  html`<th scope="col" class="utrecht-table__header-cell ${breedte}">${tekst}</th>`;
const cel = (inhoud: unknown, klasse = '') =>
  html`<td class="utrecht-table__cell ${klasse}">${inhoud}</td>`;
const tafelcel = (k: Tafel) =>
  html`<th scope="row" class="utrecht-table__header-cell">
    <a class="utrecht-link utrecht-link--html-a" href=${kaartLink(k)}>${k.naam}</a>
  </th>`;
const ontbreekt = (tekst: string) => html`<span class="ontbreekt">${tekst}</span>`;
const teller = (n: number) => html`<span class="utrecht-number-badge">${n}</span>`;

function vergelijkVakje(k: Tafel): TemplateResult {
  const gekozen = staat.vergelijk.includes(k.id);
  const wissel = () => {
    const zonder = staat.vergelijk.filter((id) => id !== k.id);
    // A third choice replaces the oldest, so the comparison always shows the last two ticked.
    staat.vergelijk = gekozen ? zonder : [...zonder, k.id].slice(-2);
    teken();
  };
  return html`<td class="utrecht-table__cell niet-printen">
    <label>
      <input
        type="checkbox"
        class="utrecht-checkbox utrecht-checkbox--html-input"
        .checked=${gekozen}
        @change=${wissel}
      />
      <span class="sr-only">Vergelijk ${k.naam}</span>
    </label>
  </td>`;
}

function gegevens(d: Betrokken['deelname']): string {
  const soorten = [
    d.bijzondereGegevens && 'bijzondere',
    d.strafrechtelijkeGegevens && 'strafrechtelijke',
  ]
    .filter(Boolean)
    .join(' en ');
  const soort = soorten
    ? `${soorten[0]!.toUpperCase()}${soorten.slice(1)} gegevens`
    : 'Gewone gegevens';
  return d.bsn ? `${soort}, BSN` : soort;
}

function betrokkenTabel(o: Overzicht, rijen: Betrokken[]): TemplateResult {
  const meer = o.organisaties.length > 1;
  return html`<div
    class="tabelvak"
    role="region"
    aria-label="Tafels waaraan we deelnemen"
    tabindex="0"
  >
    <table class="utrecht-table utrecht-table--html-table deelnames">
      <caption class="utrecht-table__caption sr-only">
        Tafels waaraan we deelnemen (${rijen.length})
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          ${kop('Tafel', 'k-naam')} ${kop('Functie')} ${meer ? kop('Organisatie') : nothing}
          ${kop('Rol')} ${kop('Taak en wet', 'k-tekst')} ${kop('Grondslag')} ${kop('Gegevens')}
          ${kop('Beroepsgeheim aan deze tafel', 'k-lang')} ${kop('Aanmeldcriteria', 'k-lang')}
          <th scope="col" class="utrecht-table__header-cell niet-printen">Vergelijk</th>
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        ${rijen.map(
          (b) =>
            html`<tr class="utrecht-table__row">
              ${tafelcel(b.knooppunt)} ${cel(label(FUNCTIE, b.knooppunt.functie))}
              ${meer ? cel(b.organisatie.naam) : nothing} ${cel(label(ROL, b.deelname.rol))}
              ${cel(
                html`${b.deelname.taak ?? ontbreekt('geen taak vastgelegd')}${
                  b.deelname.wetten.length ? ` (${wetTekst(b.deelname.wetten)})` : ''
                }`,
                'lang',
              )}
              ${cel(label(GRONDSLAG, b.deelname.grondslag))} ${cel(gegevens(b.deelname))}
              ${cel(b.beroepsgeheim ?? '—', 'lang')}
              ${cel(b.knooppunt.aanmeldcriteria ?? ontbreekt('niet beschreven'), 'lang')}
              ${vergelijkVakje(b.knooppunt)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function mogelijkTabel(rijen: Mogelijk[]): TemplateResult {
  return html`<div
    class="tabelvak"
    role="region"
    aria-label="Tafels die ons kunnen vragen"
    tabindex="0"
  >
    <table class="utrecht-table utrecht-table--html-table">
      <caption class="utrecht-table__caption sr-only">
        Tafels die ons kunnen vragen (${rijen.length})
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          ${kop('Tafel', 'k-naam')} ${kop('Functie')} ${kop('Waarom', 'k-lang')}
          ${kop('Aanmeldcriteria', 'k-lang')}
          <th scope="col" class="utrecht-table__header-cell niet-printen">Vergelijk</th>
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        ${rijen.map(
          (m) =>
            html`<tr class="utrecht-table__row">
              ${tafelcel(m.knooppunt)} ${cel(label(FUNCTIE, m.knooppunt.functie))}
              ${cel(m.redenen.join('; '), 'lang')}
              ${cel(m.knooppunt.aanmeldcriteria ?? ontbreekt('niet beschreven'), 'lang')}
              ${vergelijkVakje(m.knooppunt)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function vergelijking(o: Overzicht): TemplateResult {
  const alle = new Map(alleTafels(o).map((k) => [k.id, k]));
  const twee = staat.vergelijk.map((id) => alle.get(id)).filter((k): k is Tafel => !!k);
  const rij = (kenmerk: string, waarde: (k: Tafel) => string) =>
    html`<tr class="utrecht-table__row">
      <th scope="row" class="utrecht-table__header-cell">${kenmerk}</th>
      ${twee.map((k) => cel(waarde(k)))}
    </tr>`;
  return html`<section
    id="vergelijk-sectie"
    class="niet-printen"
    aria-labelledby="kop-vergelijk"
    ?hidden=${twee.length < 2}
  >
    <h3 id="kop-vergelijk" class="utrecht-heading-3">Vergelijking</h3>
    <div id="vergelijk" class="tabelvak" role="region" aria-label="Vergelijking" tabindex="0">
      <table class="utrecht-table utrecht-table--html-table">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell"></td>
            ${twee.map((k) => kop(k.naam))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          ${rij('Functie', (k) => label(FUNCTIE, k.functie))}
          ${rij('Wettelijke basis', (k) => label(WETTELIJKE_BASIS, k.wettelijkeBasis))}
          ${rij('Doel', (k) => k.doel ?? 'niet beschreven')}
          ${rij('Aanmeldcriteria', (k) => k.aanmeldcriteria ?? 'niet beschreven')}
          ${rij('Thema’s', (k) => k.themas.map((t) => t.naam).join(', '))}
          ${rij('Werkgebied', (k) => k.werkgebied.map((g) => g.naam).join(', '))}
          ${rij('Deelnemers', (k) => aantal(k.deelnames.length, 'deelnemer', 'deelnemers'))}
          ${rij('Convenant', (k) => label(DOCUMENT_STATUS, k.convenant.status))}
          ${rij('DPIA', (k) => label(DOCUMENT_STATUS, k.dpia.status))}
        </tbody>
      </table>
    </div>
  </section>`;
}

function details(o: Overzicht): TemplateResult {
  const f = staat.filters;
  const betrokken = o.betrokken
    .filter((b) => past(b.knooppunt, f) && (!f.rol || b.deelname.rol === f.rol))
    .sort((a, b) => volgorde(f.sorteer)(a.knooppunt, b.knooppunt));
  const mogelijk = o.mogelijk
    .filter((m) => past(m.knooppunt, f))
    .sort((a, b) => volgorde(f.sorteer)(a.knooppunt, b.knooppunt));
  const namen = staat.vergelijk.map((id) => alleTafels(o).find((k) => k.id === id)?.naam);
  return html`<div class="details">
    <section aria-labelledby="kop-betrokken">
      <h3 id="kop-betrokken" class="utrecht-heading-3">
        Tafels waaraan we deelnemen ${teller(betrokken.length)}
      </h3>
      <div id="betrokken">
        ${betrokkenTabel(o, betrokken)}
        <p class="utrecht-paragraph">
          ${betrokken.length} van ${aantal(o.betrokken.length, 'deelname', 'deelnames')}.
        </p>
      </div>
    </section>
    <p class="sr-only" role="status">
      ${namen.length === 2 ? `Vergelijking van ${namen.join(' en ')} staat onder deze tabel.` : ''}
    </p>
    ${vergelijking(o)}
    <section aria-labelledby="kop-mogelijk">
      <h3 id="kop-mogelijk" class="utrecht-heading-3">
        Tafels die ons kunnen vragen ${teller(mogelijk.length)}
      </h3>
      <div id="mogelijk">
        ${mogelijkTabel(mogelijk)}
        <p class="utrecht-paragraph">
          ${mogelijk.length} van ${aantal(o.mogelijk.length, 'tafel', 'tafels')}.
        </p>
      </div>
    </section>
    <section aria-labelledby="kop-bevindingen">
      <h3 id="kop-bevindingen" class="utrecht-heading-3">
        Bevindingen over onze deelnames ${teller(o.bevindingen.length)}
      </h3>
      <div id="bevindingen">
        ${
          o.bevindingen.length
            ? html`<ul class="utrecht-unordered-list">
              ${o.bevindingen.map(
                (b) =>
                  html`<li class="utrecht-unordered-list__item">
                    ${bevinding(b, b.knooppunt.naam)}
                  </li>`,
              )}
            </ul>`
            : html`<p class="utrecht-paragraph">Geen bevindingen over onze deelnames.</p>`
        }
      </div>
    </section>
  </div>`;
}

// ---- The page --------------------------------------------------------------------------------

/** The organisation's name, or "alle organisaties van de soort …". */
function wie(o: Overzicht): string {
  return params().get('organisatie')
    ? (o.organisaties[0]?.naam ?? '')
    : `alle organisaties van de soort ${label(ORGANISATIE_TYPE, params().get('type'))}`;
}

function overzicht(o: Overzicht): TemplateResult {
  const regio = staat.keuzes?.regios.find((r) => r.id === regioId())?.naam ?? 'Alle regio’s';
  const naam = wie(o);
  const kopTekst = `${naam.charAt(0).toUpperCase()}${naam.slice(1)}`;
  return html`<div class="alleen-print">
      ${titelblok({ titel: `Tafels van ${naam}`, regio, filters: filtersInWoorden(o, staat.filters) })}
    </div>
    <h2 id="titel" class="utrecht-heading-2 niet-printen">${kopTekst}</h2>
    ${samenvatting(o)} ${filterbalk(o)} ${details(o)}`;
}

function melding(): TemplateResult | typeof nothing {
  const m = staat.melding;
  if (!m) return nothing;
  return html`<div class="utrecht-alert utrecht-alert--${m.soort}">
    <div class="utrecht-alert__content">
      <p class="utrecht-alert__message utrecht-paragraph">${m.tekst}</p>
    </div>
  </div>`;
}

function teken(): void {
  if (staat.keuzes) render(keuzeformulier(staat.keuzes), document.getElementById('keuze')!);
  render(
    html`<div id="status" role="status">${melding()}</div>
      ${staat.overzicht ? overzicht(staat.overzicht) : nothing}`,
    document.getElementById('overzicht')!,
  );
}

async function laad(): Promise<void> {
  const p = params();
  const organisatieId = p.get('organisatie') || null;
  const type = p.get('type');
  document.body.dataset['kaart'] = 'laden';
  staat.overzicht = undefined;
  staat.filters = GEEN_FILTERS;
  staat.vergelijk = [];
  if (!organisatieId && !isType(type)) {
    staat.melding = { soort: 'info', tekst: 'Kies een organisatie of een soort organisatie.' };
  } else {
    staat.melding = { soort: 'info', tekst: 'Het overzicht wordt geladen…' };
    teken();
    const antwoord = await gql(ORGANISATIE_OVERZICHT, {
      id: organisatieId,
      type: organisatieId || !isType(type) ? null : type,
      regio: regioId(),
    });
    staat.overzicht = antwoord.organisatieOverzicht;
    staat.melding = undefined;
  }
  teken();
  document.body.dataset['kaart'] = 'gereed';
}

function kies(change: Record<string, string>): void {
  const p = params();
  for (const [k, v] of Object.entries(change)) {
    if (v) p.set(k, v);
    else p.delete(k);
  }
  history.pushState(null, '', `${location.pathname}?${p.toString()}`);
  if ('regio' in change) void toonLayout('organisatie');
  void laad().catch(toonFout);
}

function exportCsv(o: Overzicht): void {
  const rows = [
    ...o.betrokken.map((b) => [
      'neemt deel',
      b.knooppunt.naam,
      label(FUNCTIE, b.knooppunt.functie),
      b.organisatie.naam,
      label(ROL, b.deelname.rol),
      b.deelname.taak ?? '',
      wetTekst(b.deelname.wetten),
      label(GRONDSLAG, b.deelname.grondslag),
      gegevens(b.deelname),
      b.beroepsgeheim ?? '',
      '',
      b.knooppunt.aanmeldcriteria ?? '',
    ]),
    ...o.mogelijk.map((m) => [
      'kan ons vragen',
      m.knooppunt.naam,
      label(FUNCTIE, m.knooppunt.functie),
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      m.redenen.join('; '),
      m.knooppunt.aanmeldcriteria ?? '',
    ]),
  ];
  const csv = toCsv(rows, [
    'Soort',
    'Tafel',
    'Functie',
    'Organisatie',
    'Rol',
    'Taak',
    'Wet',
    'Grondslag',
    'Gegevens',
    'Beroepsgeheim aan deze tafel',
    'Waarom',
    'Aanmeldcriteria',
  ]);
  download('organisatie-overzicht.csv', csv, 'text/csv;charset=utf-8');
}

function toonFout(error: unknown): void {
  const reden = error instanceof Error ? error.message : String(error);
  staat.melding = { soort: 'error', tekst: `Het overzicht kon niet worden geladen: ${reden}` };
  teken();
  document.body.dataset['kaart'] = 'gereed';
}

async function start(): Promise<void> {
  staat.keuzes = await gql(ORGANISATIE_KEUZES);
  if (!params().has('regio')) {
    // Start in the region with the most knooppunten: the one a newcomer most likely means.
    const grootste = staat.keuzes.regios
      .filter((r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS')
      .sort((a, b) => b.aantalKnooppunten - a.aantalKnooppunten)[0];
    if (grootste) {
      const p = params();
      p.set('regio', grootste.id);
      history.replaceState(null, '', `${location.pathname}?${p.toString()}`);
    }
  }
  void toonLayout('organisatie');
  window.addEventListener('popstate', () => {
    void toonLayout('organisatie');
    void laad().catch(toonFout);
  });
  await laad();
}

start().catch(toonFout);
