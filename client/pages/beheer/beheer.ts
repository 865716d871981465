// SPDX-License-Identifier: EUPL-1.2
// The beheer page (issue 8): start a new description, see what waits for verification in a region
// the signed-in person maintains, manage accounts, and export or import the register.
import { html, nothing, render } from 'lit-html';
import { gql } from '../../shared/api.ts';
import { datum } from '../../shared/datum.ts';
import type {
  BeheerStartQuery,
  BeheerTaakFragment,
  BeheerWachtrijQuery,
  VerificatieStatus,
} from '../../shared/gql/graphql.ts';
import { toonLayout } from '../../shared/layout.ts';
import { aantal } from '../../../server/domain/taal.ts';
import { toonAccountbeheer } from './accountbeheer.ts';
import { toonExport, toonImport } from './importeren.ts';
import { BEHEER_HERINNERINGEN, BEHEER_START, BEHEER_WACHTRIJ } from './queries.ts';

type Ik = NonNullable<BeheerStartQuery['ik']>;
type Regio = BeheerStartQuery['regios'][number];
type Taak = BeheerTaakFragment;
type Stand = BeheerWachtrijQuery['verificatieStand'];

const $ = (id: string) => document.getElementById(id)!;

/** Why a description waits (RULES R20: verified with those involved within 12 months). */
const STATUS: Record<VerificatieStatus, string> = {
  NIET_GEVERIFIEERD: 'Nog nooit geverifieerd',
  VEROUDERD: 'Langer dan 12 maanden geleden geverifieerd',
  GEWIJZIGD_NA_VERIFICATIE: 'Gewijzigd na de laatste verificatie',
  GEVERIFIEERD: 'Geverifieerd',
};

/** The knooppunten of a region the person may verify: those they maintain there. */
const bijgehouden = (r: Regio) => r.knooppunten.filter((k) => k.rechten.verifieren).length;

/**
 * The region the page opens on (ux defect 6): the one in the URL, else the one where the person
 * maintains the most descriptions, else the one that manages the most; never an empty one first.
 */
function standaardRegio(regios: Regio[], gevraagd: string | null): Regio | undefined {
  const gekozen = regios.find((r) => r.id === gevraagd);
  if (gekozen) return gekozen;
  const meeste = (maat: (r: Regio) => number) =>
    regios.filter((r) => maat(r) > 0).sort((a, b) => maat(b) - maat(a))[0];
  return meeste(bijgehouden) ?? meeste((r) => r.knooppunten.length) ?? regios[0];
}

let ik: Ik;
let regios: Regio[] = [];
let organisaties: BeheerStartQuery['organisaties'] = [];
let regio: Regio | undefined;
/** How verification stands in the chosen region; null while it loads. */
let stand: Stand | null = null;

const opNaam = (a: Regio, b: Regio) => a.naam.localeCompare(b.naam, 'nl');

function regioOpties(groep: string, lijst: Regio[]) {
  if (lijst.length === 0) return nothing;
  return html`<optgroup label=${groep}>
    ${lijst.map((r) => html`<option value=${r.id} ?selected=${r === regio}>${r.naam}</option>`)}
  </optgroup>`;
}

function regiokeuze() {
  const eigen = regios.filter((r) => bijgehouden(r) > 0).sort(opNaam);
  const overig = regios.filter((r) => bijgehouden(r) === 0).sort(opNaam);
  const nieuw = `/bewerken.html?regio=${encodeURIComponent(regio?.id ?? '')}`;
  return html`<div class="utrecht-form-field utrecht-form-field--select">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="regio">Regio</label>
      </div>
      <div class="utrecht-form-field__input">
        <select
          id="regio"
          class="utrecht-select utrecht-select--html-select"
          @change=${kiesRegio}
        >
          ${regioOpties('Regio’s waar u beschrijvingen bijhoudt', eigen)}
          ${regioOpties(eigen.length ? 'Andere regio’s' : 'Regio’s', overig)}
        </select>
      </div>
    </div>
    ${
      ik.rol === 'LEZER'
        ? nothing
        : html`<p class="utrecht-button-group">
          <a
            class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            href=${nieuw}
            >Nieuw knooppunt in deze regio</a
          >
        </p>`
    }`;
}

function wachtrijRij(t: Taak, eigen: boolean, metRegio: boolean) {
  const k = t.knooppunt;
  const kaart = `/?${new URLSearchParams({ regio: k.regio.id, selectie: k.id }).toString()}`;
  const laatst = k.geverifieerdOp
    ? `${datum(k.geverifieerdOp)}${k.geverifieerdDoor ? `, door ${k.geverifieerdDoor}` : ''}`
    : 'Nooit';
  const status =
    t.status === 'GEVERIFIEERD' && t.verlooptOp
      ? `Verificatie verloopt op ${datum(t.verlooptOp)}`
      : STATUS[t.status];
  return html`<tr class="utrecht-table__row">
    <td class="utrecht-table__cell">
      <a class="utrecht-link utrecht-link--html-a" href=${kaart}>${k.naam}</a>
    </td>
    <td class="utrecht-table__cell">${status}</td>
    <td class="utrecht-table__cell">${laatst}</td>
    ${
      metRegio
        ? html`<td class="utrecht-table__cell">
            ${k.regio.id === regio?.id ? 'Deze regio' : k.regio.naam}
          </td>`
        : nothing
    }
    ${
      eigen
        ? html`<td class="utrecht-table__cell">${k.rechten.verifieren ? 'Ja' : 'Nee'}</td>`
        : nothing
    }
  </tr>`;
}

function wachtrijTabel(taken: Taak[], naam: string, metRegio: boolean) {
  // A beheerder may verify everything; for others the column says where they can act.
  const eigen = ik.rol !== 'BEHEERDER';
  const kop = (tekst: string) =>
    html`<th class="utrecht-table__header-cell" scope="col">${tekst}</th>`;
  return html`<div class="tabelvak" role="region" aria-label=${naam} tabindex="0">
    <table class="utrecht-table utrecht-table--html-table">
      <caption class="utrecht-table__caption sr-only">${naam}</caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          ${kop('Knooppunt')} ${kop('Waarom')} ${kop('Laatst geverifieerd')}
          ${metRegio ? kop('Beheerd door') : nothing} ${eigen ? kop('U kunt verifiëren') : nothing}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        ${taken.map((t) => wachtrijRij(t, eigen, metRegio))}
      </tbody>
    </table>
  </div>`;
}

/**
 * What the queue says for the chosen region, truthful also when it is empty (ux defect 6): it
 * counts the knooppunten another region manages that work in this region's gemeenten, and says so.
 */
function wachtrijInhoud() {
  if (!regio) return html`<p class="utrecht-paragraph">Er zijn nog geen regio’s.</p>`;
  if (stand === null) return html`<p class="utrecht-paragraph">De wachtrij wordt geladen…</p>`;
  const { totaal, elders, wachtrij } = stand;
  if (totaal === 0)
    return html`<p class="utrecht-paragraph">
      In ${regio.naam} zijn nog geen knooppunten beschreven, dus hier wacht niets op verificatie.
    </p>`;
  const omvang = html`${aantal(totaal, 'beschrijving', 'beschrijvingen')} die bij ${regio.naam}
  horen${
    elders > 0
      ? html` (waarvan ${elders} beheerd door een andere regio en werkzaam in haar gemeenten)`
      : nothing
  }`;
  if (wachtrij.length === 0)
    return html`<div class="utrecht-alert utrecht-alert--ok">
      <div class="utrecht-alert__content">
        <p class="utrecht-paragraph utrecht-alert__message">
          Alle ${omvang} zijn geverifieerd en actueel.
        </p>
      </div>
    </div>`;
  const zelf = wachtrij.filter((t) => t.knooppunt.rechten.verifieren).length;
  return html`<p class="utrecht-paragraph">
      ${wachtrij.length === 1 ? 'Er wacht' : 'Er wachten'} ${wachtrij.length} van de ${omvang},
      de oudste verificatie eerst.
      ${ik.rol === 'BEHEERDER' ? nothing : html`U kunt er ${zelf} zelf verifiëren.`}
    </p>
    ${wachtrijTabel(wachtrij, 'Beschrijvingen die wachten op verificatie', elders > 0)}`;
}

/** The organisation whose reminder list is shown, and that list (null while it loads). */
let herinneringVan: string | undefined;
let herinneringen: Taak[] | null = null;

function herinneringInhoud() {
  const eigen = ik.organisaties.map((o) => o.id);
  const keuzes = ik.rol === 'BEHEERDER' ? organisaties : ik.organisaties;
  const gekozen = organisaties.find((o) => o.id === herinneringVan);
  return html`<div class="utrecht-form-field utrecht-form-field--select">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="herinnering-organisatie">Organisatie</label>
      </div>
      <div class="utrecht-form-field__input">
        <select
          id="herinnering-organisatie"
          class="utrecht-select utrecht-select--html-select"
          @change=${(e: Event) => void laadHerinneringen((e.target as HTMLSelectElement).value)}
        >
          ${[...keuzes]
            .sort(
              (a, b) =>
                Number(eigen.includes(b.id)) - Number(eigen.includes(a.id)) ||
                a.naam.localeCompare(b.naam, 'nl'),
            )
            .map(
              (o) =>
                html`<option value=${o.id} ?selected=${o.id === herinneringVan}>${o.naam}</option>`,
            )}
        </select>
      </div>
    </div>
    ${
      herinneringen === null || !gekozen
        ? html`<p class="utrecht-paragraph">De lijst wordt geladen…</p>`
        : herinneringen.length === 0
          ? html`<p class="utrecht-paragraph">
              Voor ${gekozen.naam} hoeft nu niets te worden geverifieerd.
            </p>`
          : html`<p class="utrecht-paragraph">
                ${gekozen.naam}: ${aantal(herinneringen.length, 'beschrijving', 'beschrijvingen')}
                te verifiëren, de oudste verificatie eerst.
              </p>
              ${wachtrijTabel(herinneringen, `Te verifiëren door ${gekozen.naam}`, true)}`
    }`;
}

const toonHerinneringen = () => render(herinneringInhoud(), $('herinnering'));

async function laadHerinneringen(organisatie: string | undefined): Promise<void> {
  herinneringVan = organisatie;
  herinneringen = null;
  toonHerinneringen();
  if (!organisatie) return;
  const { verificatieHerinneringen } = await gql(BEHEER_HERINNERINGEN, { organisatie });
  if (organisatie !== herinneringVan) return;
  herinneringen = verificatieHerinneringen;
  toonHerinneringen();
}

const toonRegio = () => render(regiokeuze(), $('regiokeuze'));
const toonWachtrij = () => render(wachtrijInhoud(), $('wachtrij'));

async function laadWachtrij(): Promise<void> {
  stand = null;
  toonWachtrij();
  const gevraagd = regio;
  if (!gevraagd) return;
  const { verificatieStand } = await gql(BEHEER_WACHTRIJ, { regio: gevraagd.id });
  if (gevraagd !== regio) return; // another region was chosen meanwhile
  stand = verificatieStand;
  toonWachtrij();
}

/** The chosen region goes in the URL, so a link or reload opens the same one. */
function zetRegio(nieuw: Regio | undefined): boolean {
  regio = nieuw;
  toonRegio();
  const url = new URL(location.href);
  if (regio) url.searchParams.set('regio', regio.id);
  if (url.href === location.href) return false;
  history.replaceState(null, '', url);
  return true;
}

function kiesRegio(event: Event): void {
  const id = (event.target as HTMLSelectElement).value;
  // The header names the chosen region.
  if (zetRegio(regios.find((r) => r.id === id))) void toonLayout('beheer');
  void laadWachtrij();
}

/** Data and queue again after an import: counts per region may have changed. */
async function vernieuw(): Promise<void> {
  const data = await gql(BEHEER_START);
  regios = data.regios;
  if (zetRegio(regios.find((r) => r.id === regio?.id) ?? standaardRegio(regios, null)))
    void toonLayout('beheer');
  await laadWachtrij();
}

function nietAangemeld() {
  const terug = encodeURIComponent(location.pathname + location.search);
  return html`<div class="utrecht-alert utrecht-alert--warning">
    <div class="utrecht-alert__content">
      <p class="utrecht-paragraph utrecht-alert__message">
        Meld u aan om het register bij te houden.
        <a class="utrecht-link utrecht-link--html-a" href="/aanmelden.html?terug=${terug}"
          >Aanmelden</a
        >
      </p>
    </div>
  </div>`;
}

async function start(): Promise<void> {
  const data = await gql(BEHEER_START);
  if (!data.ik) {
    void toonLayout('beheer');
    render(nietAangemeld(), $('aanmelding'));
    return;
  }
  ik = data.ik;
  regios = data.regios;
  organisaties = data.organisaties;
  // Drawn once the region is known and in the URL, so the header names it.
  zetRegio(standaardRegio(regios, new URLSearchParams(location.search).get('regio')));
  void toonLayout('beheer');
  $('verificatie').hidden = false;
  $('herinneringen').hidden = false;
  $('importeren').hidden = false;
  toonExport($('export'));
  // Accounts and importing are for the beheerder (README, policy table); the server refuses others.
  const beheerder = ik.rol === 'BEHEERDER';
  $('audittrail').hidden = !beheerder;
  toonImport($('import'), beheerder, vernieuw);
  await Promise.all([
    laadWachtrij(),
    laadHerinneringen(ik.organisaties[0]?.id ?? organisaties[0]?.id),
    beheerder ? toonAccountbeheer($('accountbeheer')) : Promise.resolve(),
  ]);
}

void start().finally(() => (document.body.dataset['kaart'] = 'gereed'));
