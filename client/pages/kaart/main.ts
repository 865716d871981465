// SPDX-License-Identifier: EUPL-1.2
// The regional map: the URL holds the view; one step loads what it needs and renders every region
// of the page (toolbar, filters, map or list, details panel) from one state object.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { gql } from '../../shared/api.ts';
import { download } from '../../shared/export.ts';
import { gewoneKlik } from '../../shared/gewone-klik.ts';
import { knooppuntenCsv } from './csv.ts';
import type { KnooppuntFilter } from '../../shared/gql/graphql.ts';
import { LEEFTIJDSBANDEN } from '../../shared/labels.ts';
import { aantal, getal, opsomming } from '../../../server/domain/taal.ts';
import { datum, vandaag } from '../../shared/datum.ts';
import { tijdVan } from './map/tooltip.ts';
import { sindsOnbekend } from '../../../server/domain/validity.ts';
import { toonLayout } from '../../shared/layout.ts';
import { routesLijst } from '../../shared/routes-view.ts';
import {
  emptyFilters,
  FILTER_KEYS,
  hasFilters,
  parseViewState,
  serializeViewState,
  STAPPEN,
  tijd,
  toKnooppuntFilter,
  type ViewState,
} from '../../shared/view-state.ts';
import { geschiedenisBlok, verificatieBlok, type Beheer } from './beheer-view.ts';
import { detailsPaneel, type Koppeling } from './details-panel.ts';
import { actieveFilters, filterChips, filterFormulier } from './filters.ts';
import { lijstweergave } from './list-view.ts';
import { legenda } from './map/legend.ts';
import { GROEPERINGEN, groepVan } from './map/groepen.ts';
import { MapView } from './map/map-view.ts';
import { kaartBediening } from './kaart-bediening.ts';
import { organisatiePaneel } from './organisatie-paneel.ts';
import { INDELING } from '../../shared/labels.ts';
import {
  KAART_DETAILS,
  KAART_GEMEENTEN,
  KAART_GESCHIEDENIS,
  KAART_HERSTEL,
  KAART_KEUZELIJSTEN,
  KAART_REGIO,
  KAART_ROUTES,
  KAART_VERIFIEER,
  KAART_ZOEK,
  KAART_ZOEKLIJST,
  type Details,
  type Facetten,
  type GeschiedenisRecord,
  type Kaart,
  type Keuzelijsten,
  type Routes,
} from './queries.ts';
import { REGIOGROEP, toonRegioOverzicht } from './regio-overzicht.ts';
import { radiogroep, type Optie } from './velden.ts';
import {
  instellingen,
  regiokeuze,
  werkbalk,
  type DatumFout,
  type WerkbalkActies,
  type Zoekstand,
} from './werkbalk.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const ui = {
  werkbalk: $('#werkbalk'),
  fout: $('#fout'),
  filters: $('#filters'),
  chips: $('#actieve-filters'),
  werkruimte: $('#werkruimte'),
  landelijk: $('#landelijk'),
  kaartvak: $('#kaartvak'),
  paneel: $('#paneel'),
  melding: $('#melding'),
};

/** What the page shows (the URL's view) and what it fetched for it, each with what it was for. */
interface Toestand {
  view: ViewState;
  regios: Keuzelijsten['regios'];
  themas: Keuzelijsten['themas'];
  kaart: { sleutel: string; kaart: Kaart } | null;
  gemeenten: { regio: string; lijst: Optie[] } | null;
  /** The knooppunten the filters let through; null without filters. */
  zichtbaar: ReadonlySet<string> | null;
  /** Per filter option how many knooppunten it would leave, for the filters they were counted with. */
  facetten: { sleutel: string; facetten: Facetten } | null;
  zoek: Zoekstand;
  /** The filter drawer is open (phone). */
  lade: boolean;
  routes: { sleutel: string; routes: Routes } | null;
  /** What the canvas draws now: a region map or a knooppunt's routes (their sleutel). */
  getekend: string;
  details: { id: string; knooppunt: Details | null } | null;
  geschiedenis: { id: string; records: GeschiedenisRecord[] } | null;
  /** The knooppunt whose verification form is open (issue 22), if any. */
  verificatieVan: string | null;
  fout: string | null;
  /** A date typed in "Stand op datum" that is none (werkbalk.ts), shown until it is fixed. */
  datumFout: DatumFout | null;
  /** Where focus returns when the panel closes. */
  terugNaar: HTMLElement | null;
  /** Loads run one after another, so a slow answer never overwrites a newer one. */
  bezig: Promise<void>;
}

const s: Toestand = {
  view: parseViewState(location.search),
  regios: [],
  themas: [],
  kaart: null,
  gemeenten: null,
  zichtbaar: null,
  facetten: null,
  zoek: { term: '', resultaten: null, actief: -1 },
  lade: false,
  routes: null,
  getekend: '',
  details: null,
  geschiedenis: null,
  verificatieVan: null,
  fout: null,
  datumFout: null,
  terugNaar: null,
  bezig: Promise.resolve(),
};

/** Wide screens show the toolbar's settings and the filters unfolded; a phone folds them away. */
const breed = matchMedia('(min-width: 64em)');

const KAART_UITLEG =
  'Kaart van de knooppunten en hun routes. Pijltoetsen: volgend of vorig knooppunt. ' +
  'Enter: details. Escape: selectie wissen. Plus en min: in- en uitzoomen; 0: passend maken. ' +
  'Dezelfde gegevens staan in de lijstweergave.';

const announce = (tekst: string) => (ui.melding.textContent = tekst);
const foutTekst = (error: unknown) => (error instanceof Error ? error.message : String(error));

const kaartSleutel = (v: ViewState) =>
  [v.regio, v.indeling, v.organisaties, v.peildatum, v.beeindigd].join('|');
const routeModus = (v: ViewState) => v.routes !== null && v.selectie !== null;
const routeSleutel = (v: ViewState) =>
  ['routes', v.selectie, v.routes, v.stappen, v.filters.thema.join(','), v.filters.leeftijd].join(
    '|',
  );
const filterSleutel = (v: ViewState) => JSON.stringify([kaartSleutel(v), v.filters]);

/** Choosing another knooppunt leaves the route mode of the previous one. */
const kies = (id: string | null): Partial<ViewState> =>
  id === s.view.selectie
    ? s.view.organisatieKeuze
      ? { organisatieKeuze: null }
      : {}
    : { selectie: id, naast: null, routes: null, route: null, organisatieKeuze: null };

const zichtbareKnooppunten = () =>
  (s.kaart?.kaart.knooppunten ?? []).filter((k) => s.zichtbaar?.has(k.id) ?? true);

function update(wijziging: Partial<ViewState>): Promise<void> {
  s.view = { ...s.view, ...wijziging };
  history.pushState(null, '', `${location.pathname}${serializeViewState(s.view)}`);
  return laadEnToon();
}

function laadEnToon(): Promise<void> {
  s.bezig = s.bezig.then(async () => {
    document.body.dataset['kaart'] = 'laden';
    try {
      s.fout = null;
      await laad(s.view);
      // Ready when the map has every element (a large region's are added over a few frames).
      await toon();
      document.body.dataset['kaart'] = 'gereed';
      performance.mark('kaart-interactief');
    } catch (error) {
      s.fout = `De kaart kon niet worden geladen: ${foutTekst(error)}`;
      render(foutmelding(), ui.fout);
    }
  });
  return s.bezig;
}

/** Fetches only what the view needs and the page does not have yet. */
async function laad(view: ViewState): Promise<void> {
  const regio = view.regio ?? '';
  if (view.landelijk) return;
  if (s.kaart?.sleutel !== kaartSleutel(view)) {
    const [kaart, gemeenten] = await Promise.all([
      gql(KAART_REGIO, {
        regioId: regio,
        indeling: view.indeling,
        metOrganisaties: view.organisaties,
        ...tijd(view),
      }),
      s.gemeenten?.regio === regio ? null : gql(KAART_GEMEENTEN, { regioId: regio }),
    ]);
    s.kaart = { sleutel: kaartSleutel(view), kaart: kaart.kaart };
    if (gemeenten) s.gemeenten = { regio, lijst: gemeenten.gemeenten };
  }
  // The filter's codes come from the URL; the server checks them against its enumerations.
  if (s.facetten?.sleutel !== filterSleutel(view)) {
    const filter = toKnooppuntFilter(regio, view.filters, tijd(view)) as KnooppuntFilter;
    const antwoord = await gql(KAART_ZOEK, { filter });
    s.zichtbaar = hasFilters(view.filters) ? new Set(antwoord.knooppunten.ids) : null;
    s.facetten = { sleutel: filterSleutel(view), facetten: antwoord.knooppuntFacetten };
  }
  if (routeModus(view) && s.routes?.sleutel !== routeSleutel(view)) {
    // Thema and doelgroep of the filters narrow the routes (H §2.6: which tafel for this casus).
    const band = view.filters.leeftijd ? LEEFTIJDSBANDEN[view.filters.leeftijd] : null;
    const { routes } = await gql(KAART_ROUTES, {
      id: view.selectie!,
      richting: view.routes,
      maxStappen: view.stappen,
      filter: {
        themaIds: view.filters.thema,
        ...(band ? { leeftijd: { van: band.van, tot: band.tot } } : {}),
      },
    });
    s.routes = { sleutel: routeSleutel(view), routes };
  }
  const id = view.selectie;
  if (id !== null && s.details?.id !== id) {
    s.details = { id, knooppunt: (await gql(KAART_DETAILS, { id })).knooppunt };
  }
}

/** Renders every region from the state, then brings the canvas in line (resolves when drawn). */
function toon(): Promise<void> {
  render(werkbalk(werkbalkGegevens(), werkbalkActies), ui.werkbalk);
  render(foutmelding(), ui.fout);
  const { landelijk } = s.view;
  ui.landelijk.hidden = !landelijk;
  ui.werkruimte.hidden = landelijk;
  ui.chips.hidden = landelijk;
  if (landelijk) {
    toonRegioOverzicht(
      ui.landelijk,
      s.regios,
      (regio) =>
        void kiesRegio(regio).then(() => {
          // The overview (a long page on a phone) gives way to the region: start at its top, with
          // focus on the choice of region, which names it; on a phone, where that choice waits in
          // the drawer, on the map.
          window.scrollTo({ top: 0 });
          [...document.querySelectorAll<HTMLElement>('#regio, #kaart')]
            .find((el) => el.checkVisibility())
            ?.focus({ preventScroll: true });
        }),
    );
    return Promise.resolve();
  }
  render(chipsVak(), ui.chips);
  render(filterVak(), ui.filters);
  toonLade();
  render(kaartVak(), ui.kaartvak);
  render(paneel(), ui.paneel);
  ui.paneel.hidden = s.view.selectie === null && s.view.organisatieKeuze === null;
  return tekenKaart();
}

/** A filter change: the map then fits what remains (or the whole region again). */
async function filter(filters: ViewState['filters']): Promise<void> {
  await update({ filters });
  if (s.view.weergave === 'kaart') map.fit();
}

const filterOpties = () =>
  s.kaart && s.gemeenten
    ? {
        themas: s.themas,
        organisaties: s.kaart.kaart.organisaties,
        gemeenten: s.gemeenten.lijst,
      }
    : null;

function chipsVak(): TemplateResult | typeof nothing {
  const opties = filterOpties();
  // The chip pressed is gone: focus goes to the one now in its place (the next, or the one before
  // when it was the last), or to the filters when none is left.
  const chips = () => [...document.querySelectorAll<HTMLElement>('.chips .chip')];
  const zonder = (f: ViewState['filters']) => {
    const plek = Math.max(0, chips().indexOf(document.activeElement as HTMLElement));
    void filter(f).then(() => {
      const over = chips();
      (
        over[Math.min(plek, over.length - 1)] ?? document.querySelector<HTMLElement>('#filters-kop')
      )?.focus();
    });
  };
  return opties ? filterChips(opties, s.view.filters, zonder) : nothing;
}

/** The phone's drawer is a modal dialog: focus stays in it, Escape and "Sluiten" close it. */
function toonLade(): void {
  const lade = document.querySelector<HTMLDialogElement>('#filterlade');
  if (!lade) return;
  if (s.lade && !lade.open) {
    lade.showModal();
    lade.querySelector<HTMLElement>('#lade-kop')?.focus();
  } else if (!s.lade && lade.open) lade.close();
}

function sluitLade(): void {
  s.lade = false;
  toonLade();
  document.querySelector<HTMLElement>('#filterknop')?.focus();
}

/**
 * Brings the canvas in line with the view: draws the map or the routes when they changed, and
 * once every element is on it, marks the selection, filter, focus and route of the view as it is
 * then (a large map takes a few frames, during which the view may change again).
 */
async function tekenKaart(): Promise<void> {
  if (!s.kaart) return;
  const { view } = s;
  const routes = routeModus(view) ? s.routes : null;
  const groepen = view.groepering
    ? {
        soort: view.groepering,
        dicht: new Set(view.dicht),
        aantalGemeenten: s.gemeenten?.lijst.length ?? 0,
      }
    : null;
  const sleutel = routes?.sleutel ?? [s.kaart.sleutel, view.groepering, ...view.dicht].join('|');
  if (s.getekend !== sleutel) {
    s.getekend = sleutel;
    const { kaart } = s.kaart;
    const getekend = routes
      ? map.showRoutes(routes.routes)
      : map.show(
          view.organisaties ? kaart : { ...kaart, organisaties: [], deelnames: [] },
          view.indeling,
          view.organisaties,
          groepen,
          // The same date as the list and the panel measure geldigheid against.
          view.beeindigd ? null : view.peildatum,
        );
    await getekend;
    // The controls list the groups the map drew.
    if (!routes && s.getekend === sleutel) {
      kaartGroepen = map.groepen();
      if (groepen) render(kaartVak(), ui.kaartvak);
    }
  }
  await map.klaar();
  markeerKaart();
}

/** Filter, selection, focus and chosen route of the view, on the map as drawn. */
function markeerKaart(): void {
  const { view } = s;
  const routes = routeModus(view) ? s.routes : null;
  if (!routes) map.filter(s.zichtbaar);
  map.select(view.selectie, view.naast);
  if (view.organisatieKeuze) map.selectOrganisatie(view.organisatieKeuze);
  map.focus(routes ? null : view.focus);
  const gekozen = routes && view.route !== null ? routes.routes.routes[view.route] : undefined;
  if (gekozen) map.highlightRoute(gekozen.stappen.map((stap) => stap.overdracht.id));
}

const foutmelding = () =>
  s.fout
    ? html`<div class="utrecht-alert utrecht-alert--error" role="alert">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message"><p class="utrecht-paragraph">${s.fout}</p></div>
        </div>
      </div>`
    : nothing;

/** How many filter choices are made, on the drawer's button. */
const gekozen = (f: ViewState['filters']) =>
  FILTER_KEYS.reduce((n, k) => n + f[k].length, 0) + (f.leeftijd ? 1 : 0);

const werkbalkGegevens = () => ({
  view: s.view,
  regios: s.regios.map((r) => ({
    id: r.id,
    // Today's knooppunten; the count above the filters says how it differs (tellingTekst).
    naam: `${r.naam} (${aantal(r.aantalKnooppunten, 'knooppunt', 'knooppunten')})`,
    groep: REGIOGROEP[r.soort],
  })),
  datumFout: s.datumFout,
  zoek: s.zoek,
  buitenFilters: (id: string) => s.zichtbaar !== null && !s.zichtbaar.has(id),
  gekozen: gekozen(s.view.filters),
  breed: breed.matches,
});

function kiesRegio(regio: string): Promise<void> {
  const klaar = update({ regio, landelijk: false, ...kies(null), filters: emptyFilters() });
  // The layout names the chosen region and carries it in its links.
  void toonLayout('kaart');
  return klaar;
}

const werkbalkActies: WerkbalkActies = {
  regio: (regio) => void kiesRegio(regio),
  landelijk: () => {
    // From the phone's drawer too: it closes, and focus goes to the overview's heading.
    s.lade = false;
    toonLade();
    void update({ landelijk: true, ...kies(null) }).then(() => {
      void toonLayout('kaart');
      document.querySelector<HTMLElement>('#landelijk-kop')?.focus();
    });
  },
  weergave: (weergave) => void update({ weergave }),
  zoekTyp: (term) => void zoekTyp(term),
  zoekActief: (actief) => {
    s.zoek = { ...s.zoek, actief };
    void toon();
  },
  zoekKies: (resultaat) => void zoekKies(resultaat.knooppunt),
  zoekBevestig: (term) => void zoekBevestig(term),
  zoekSluit: () => {
    s.zoek = { ...s.zoek, resultaten: null, actief: -1 };
    void toon();
  },
  lade: () => {
    s.lade = true;
    void toon();
  },
  indeling: (indeling) => void update({ indeling }),
  organisaties: (organisaties) => void update({ organisaties }),
  peildatum: (peildatum) => void update({ peildatum, ...kies(null) }),
  peildatumFout: (fout) => {
    s.datumFout = fout;
    void toon();
  },
  beeindigd: (beeindigd) => void update({ beeindigd, ...kies(null) }),
};

const CSV = 'text/csv;charset=utf-8';

/** Downloads of what is shown: the drawing, or the listed knooppunten with labels (export.ts). */
async function exporteer(soort: 'png' | 'svg' | 'csv'): Promise<void> {
  const regio = s.view.regio ?? '';
  // The drawing as it will be: one under way (Cytoscape may still be on its way) first.
  if (soort !== 'csv') await map.klaar();
  if (soort === 'png')
    void map.png(exportKop()).then((blob) => download(`kaart-${regio}.png`, blob, 'image/png'));
  else if (soort === 'svg') download(`kaart-${regio}.svg`, map.svg(exportKop()), 'image/svg+xml');
  else download(`knooppunten-${regio}.csv`, knooppuntenCsv(zichtbareKnooppunten()), CSV);
}

/** The exported map's title block: region, date and the active filters as their chips say them. */
function exportKop() {
  const routes = routeModus(s.view) ? s.routes?.routes : undefined;
  const opties = filterOpties();
  const chips = opties ? actieveFilters(opties, s.view.filters).map((f) => f.tekst) : [];
  return {
    titel: routes
      ? `Routes ${routes.richting === 'UIT' ? 'vanuit' : 'naar'} ${routes.knooppunt.naam}`
      : 'Kaart van de knooppunten',
    regio: s.kaart?.kaart.regio.naam ?? null,
    filters: chips,
    peildatum: s.view.peildatum,
    indeling: INDELING[s.view.indeling],
    groepering: s.view.groepering ? GROEPERINGEN[s.view.groepering] : undefined,
    focus: focusTekst(),
  };
}

/** The selected knooppunt's name, once its details have loaded. */
const gekozenNaam = (): string | undefined =>
  s.view.selectie !== null && s.details?.id === s.view.selectie
    ? s.details.knooppunt?.naam
    : undefined;

/** The focus in words, when the map shows only a knooppunt's surroundings. */
function focusTekst(): string | undefined {
  const naam = gekozenNaam();
  if (s.view.focus === null || naam === undefined || routeModus(s.view)) return undefined;
  return `${naam} en wat ${s.view.focus === 1 ? 'één stap' : `tot ${s.view.focus} stappen`} verder ligt`;
}

function exportknoppen(): TemplateResult {
  const knop = (soort: 'png' | 'svg' | 'csv', tekst: string) =>
    html`<button
      type="button"
      class="utrecht-button utrecht-button--secondary-action"
      @click=${() => void exporteer(soort)}
    >
      ${tekst}
    </button>`;
  return html`<div class="utrecht-button-group export" role="group" aria-label="Downloaden">
    ${knop('png', 'Kaart als PNG')} ${knop('svg', 'Kaart als SVG')} ${knop('csv', 'Lijst als CSV')}
  </div>`;
}

/**
 * The filters beside the map on a wide screen; on a phone, in a drawer (a modal dialog) with the
 * map settings, opened by the toolbar's "Filters (n)", so the map comes right after the toolbar.
 */
function filterVak(): TemplateResult {
  if (breed.matches) return filterInhoud();
  return html`<dialog
    id="filterlade"
    class="lade"
    aria-labelledby="lade-kop"
    @close=${() => {
      if (s.lade) sluitLade();
    }}
  >
    <div class="lade__kop">
      <h2 id="lade-kop" class="utrecht-heading-2" tabindex="-1">Filters en kaartinstellingen</h2>
      <button
        type="button"
        class="utrecht-button utrecht-button--primary-action"
        @click=${sluitLade}
      >
        Toon de kaart
      </button>
    </div>
    ${regiokeuze(werkbalkGegevens(), werkbalkActies)} ${filterInhoud()}
    <h2 class="utrecht-heading-2">Kaartinstellingen</h2>
    ${instellingen(s.view, s.datumFout, werkbalkActies)}
  </dialog>`;
}

/**
 * "28 van 28 knooppunten, waarvan 1 beëindigd": what the count counts, so that it does not seem
 * to disagree with the region's count of knooppunten that exist today (the region select).
 */
function tellingTekst(alle: Kaart['knooppunten']): string {
  const zichtbaar = zichtbareKnooppunten();
  const basis = `${zichtbaar.length} van ${alle.length} knooppunten`;
  if (s.view.peildatum && !s.view.beeindigd) return `${basis} op ${datum(s.view.peildatum)}`;
  if (!s.view.beeindigd) return basis;
  const dag = vandaag();
  const tijd = zichtbaar.map((k) => tijdVan(k, dag));
  const delen = [
    [tijd.filter((t) => t === 'beeindigd').length, 'beëindigd'],
    [tijd.filter((t) => t === 'toekomst').length, 'nog niet begonnen'],
  ] as const;
  const waarvan = delen.filter(([n]) => n > 0).map(([n, wat]) => `${getal(n)} ${wat}`);
  return waarvan.length > 0 ? `${basis}, waarvan ${opsomming(waarvan)}` : basis;
}

function filterInhoud(): TemplateResult {
  const { view } = s;
  const kaart = s.kaart?.kaart;
  const telling = kaart ? tellingTekst(kaart.knooppunten) : '';
  const opties = filterOpties();
  // On a date in the past, say how many are shown only because their start is not known.
  const onbekend =
    kaart && view.peildatum && !view.beeindigd
      ? sindsOnbekend(zichtbareKnooppunten(), view.peildatum)
      : 0;
  return html`<h2 id="filters-kop" class="utrecht-heading-2" tabindex="-1">Filters</h2>
    <div class="filterkop">
      <p id="aantal" class="utrecht-paragraph" aria-live="polite">${telling}</p>
      ${
        onbekend > 0
          ? html`<p class="utrecht-paragraph sinds-onbekend">
              Waarvan ${aantal(onbekend, 'knooppunt', 'knooppunten')} zonder begindatum: het register
              weet niet sinds wanneer ${onbekend === 1 ? 'het bestaat' : 'ze bestaan'}.
            </p>`
          : nothing
      }
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        ?disabled=${!hasFilters(view.filters)}
        @click=${() => void filter(emptyFilters())}
      >
        Wis filters
      </button>
    </div>
    ${
      opties
        ? filterFormulier(opties, view.filters, s.facetten?.facetten ?? null, (f) => void filter(f))
        : nothing
    }`;
}

function kaartVak(): TemplateResult {
  const lijst = s.view.weergave === 'lijst';
  const bediening = kaartBediening(
    {
      groepering: s.view.groepering,
      focus: s.view.focus,
      selectie: s.view.selectie !== null || s.view.organisatieKeuze !== null,
      regiokaart: !routeModus(s.view),
      groepen: s.view.groepering ? kaartGroepen : [],
      breed: breed.matches,
    },
    bedieningActies,
  );
  // On a phone the map's buttons follow it, in reading and Tab order: the canvas comes first.
  return html`<section id="kaart-sectie" aria-labelledby="kaart-kop" ?hidden=${lijst}>
      <h2 id="kaart-kop" class="sr-only">Kaart</h2>
      ${breed.matches ? bediening : nothing}
      <div class="kaart-omhulsel">
        <div
          id="kaart"
          tabindex="0"
          role="application"
          aria-roledescription="kaart"
          aria-label=${KAART_UITLEG}
        ></div>
        <p class="kaart-laden" role="status">Kaart laden…</p>
        ${kaartLeeg()}
        <details class="legenda kaart-legenda">
          <summary>Legenda</summary>
          <div id="legenda-inhoud">${legenda()}</div>
        </details>
      </div>
      ${breed.matches ? nothing : naarDetails()}
      ${breed.matches ? nothing : bediening}
      <p class="utrecht-paragraph hint">
        ${
          breed.matches
            ? nothing
            : 'Veeg over de kaart om haar te verschuiven, knijp om in of uit te zoomen. '
        }Sleep knooppunten om de kaart naar uw hand te zetten; deze browser onthoudt dat.
        <button
          type="button"
          class="utrecht-link-button utrecht-link-button--html-button utrecht-link-button--inline"
          @click=${herstelIndeling}
        >
          Standaardindeling herstellen
        </button>
      </p>
    </section>
    <section id="lijst-sectie" aria-labelledby="lijst-kop" ?hidden=${!lijst}>
      <h2 id="lijst-kop" class="utrecht-heading-2" tabindex="-1">Lijst</h2>
      <div id="lijst">${lijst ? lijstInhoud() : nothing}</div>
    </section>
    ${exportknoppen()}`;
}

/**
 * On a phone the panel opens below the map, its buttons and the exports, out of sight: right under
 * the canvas a link names the choice and leads there (UX check, issue 17).
 */
function naarDetails(): TemplateResult | typeof nothing {
  const naam = gekozenNaam();
  if (naam === undefined) return nothing;
  return html`<p class="utrecht-paragraph naar-details">
    <a
      class="utrecht-link"
      href="#paneel"
      @click=${(event: Event) => {
        event.preventDefault();
        document.querySelector<HTMLElement>('#paneel-titel')?.focus();
      }}
      >${routeModus(s.view) ? 'Routes' : 'Details'} van ${naam} ↓</a
    >
  </p>`;
}

/** A region without knooppunten (on this date) says so, and what to do. */
function kaartLeeg(): TemplateResult | typeof nothing {
  const kaart = s.kaart?.kaart;
  if (!kaart || kaart.knooppunten.length > 0) return nothing;
  const wanneer = s.view.peildatum ? ' op deze datum' : '';
  return html`<div class="kaart-leeg utrecht-alert utrecht-alert--info" role="status">
    <p class="utrecht-paragraph">
      In ${kaart.regio.naam} zijn${wanneer} geen knooppunten vastgelegd.
      ${s.view.peildatum ? 'Kies een andere datum, of ' : 'Kies '}een andere regio bovenaan, of
      <a class="utrecht-link" href="/aanmelden.html">meld een knooppunt aan</a>.
    </p>
  </div>`;
}

/**
 * Every group of a grouping, to close them all: on a phone a grouping opens closed, as boxes with
 * their counts that a finger can tap open, all in view (its members fitted into a phone's canvas
 * were dots, their titles unreadable).
 */
function alleGroepen(soort: NonNullable<ViewState['groepering']>): string[] {
  const kaart = s.kaart?.kaart;
  if (!kaart) return [];
  const aantalGemeenten = s.gemeenten?.lijst.length ?? 0;
  const sleutels = kaart.knooppunten.map(
    (k) =>
      groepVan(
        { functie: k.functie, werkgebied: k.werkgebied ?? [], themas: k.themas ?? [] },
        soort,
        aantalGemeenten,
      ).sleutel,
  );
  if (s.view.organisaties && kaart.organisaties.length > 0) sleutels.push('organisaties');
  return [...new Set(sleutels)];
}

/** The groups the map drew last, for the controls that open and close them. */
let kaartGroepen: ReturnType<MapView['groepen']> = [];

/** What the controls over the map do: the view in the URL, or the canvas directly. */
const bedieningActies = {
  zoom: (factor: number) => map.zoom(factor),
  passend: () => map.fit(),
  naarSelectie: () => {
    if (!map.zoomNaarSelectie()) announce('Er is geen knooppunt gekozen.');
  },
  groepering: (groepering: ViewState['groepering']) =>
    void update({ groepering, dicht: groepering && !breed.matches ? alleGroepen(groepering) : [] }),
  focus: (focus: ViewState['focus']) => void update({ focus }),
  groep: (sleutel: string | null, open: boolean) => {
    const alle = map.groepen().map((g) => g.sleutel);
    const dicht = new Set(s.view.dicht);
    for (const g of sleutel === null ? alle : [sleutel]) {
      if (open) dicht.delete(g);
      else dicht.add(g);
    }
    void update({ dicht: [...dicht] });
  },
};

/** An organisation chosen on the map opens in the panel; with Enter, focus goes there too. */
async function openOrganisatie(id: string, van: HTMLElement | null): Promise<void> {
  if (van) s.terugNaar = van;
  if (s.view.organisatieKeuze !== id) await update({ ...kies(null), organisatieKeuze: id });
  if (van) document.querySelector<HTMLElement>('#paneel-titel')?.focus();
}

function lijstInhoud(): TemplateResult | typeof nothing {
  const kaart = s.kaart?.kaart;
  if (!kaart) return nothing;
  const routes = routeModus(s.view) ? s.routes?.routes : undefined;
  if (routes) {
    const richting = routes.richting === 'UIT' ? 'vanuit' : 'naar';
    return html`<h3 class="utrecht-heading-3">Routes ${richting} ${routes.knooppunt.naam}</h3>
      ${routesLijst(routes, s.view.route, { open: true })}`;
  }
  const zichtbaar = (id: string) => s.zichtbaar?.has(id) ?? true;
  const overdrachten = kaart.overdrachten.filter(
    (o) => zichtbaar(o.van.id) && zichtbaar(o.naar.id),
  );
  return lijstweergave(
    zichtbareKnooppunten(),
    overdrachten,
    s.view.selectie,
    koppeling,
    s.view.beeindigd ? null : s.view.peildatum,
  );
}

function herstelIndeling(): void {
  map.resetArrangement();
  s.getekend = '';
  void laadEnToon();
}

/** A link to a knooppunt (list, panel): a shareable URL, opened in the panel on a plain click. */
const koppeling: Koppeling = (id) => ({
  href: `${location.pathname}${serializeViewState({ ...s.view, ...kies(id) })}`,
  onClick: (event) => {
    if (!gewoneKlik(event)) return;
    event.preventDefault();
    void openPanel(id, event.currentTarget as HTMLElement);
  },
});

/** The route card with the map's view, so its "back" link returns to the same map. */
function routekaartUrl(id: string): string {
  const params = new URLSearchParams(serializeViewState({ ...s.view, selectie: id }));
  params.set('knooppunt', id);
  return `/routekaart.html?${params}`;
}

function routeKnoppen(id: string): TemplateResult {
  const knop = (richting: 'UIT' | 'IN', tekst: string) => {
    const aan = s.view.routes === richting;
    return html`<button
      type="button"
      class="utrecht-button utrecht-button--${aan ? 'primary' : 'secondary'}-action"
      aria-pressed=${aan ? 'true' : 'false'}
      @click=${() => void update({ routes: richting, route: null })}
    >
      ${tekst}
    </button>`;
  };
  const stappen = s.view.routes
    ? radiogroep(
        'Hoe ver',
        'stappen',
        STAPPEN.map((n) => ({
          value: String(n),
          tekst: n === 1 ? '1 stap (direct)' : `${n} stappen`,
        })),
        String(s.view.stappen),
        (n) => void update({ stappen: Number(n) as ViewState['stappen'], route: null }),
      )
    : nothing;
  return html`<div class="utrecht-button-group routeknoppen" role="group" aria-label="Routes">
    ${knop('UIT', 'Waarheen kan dit knooppunt doorverwijzen?')}
    ${knop('IN', 'Waar komen de casussen vandaan?')} ${stappen}
    ${
      s.view.routes
        ? html`<button
          type="button"
          class="utrecht-button utrecht-button--subtle"
          @click=${() => void update({ routes: null, route: null })}
        >
          Terug naar de regiokaart
        </button>`
        : nothing
    }
    <a class="utrecht-link" href=${routekaartUrl(id)}>Routekaart (afdrukbaar)</a>
  </div>`;
}

function routeDeel(id: string): TemplateResult | typeof nothing {
  const routes = routeModus(s.view) ? s.routes?.routes : undefined;
  if (!routes || routes.knooppunt.id !== id) return nothing;
  const kop = routes.richting === 'UIT' ? 'vanuit dit knooppunt' : 'naar dit knooppunt';
  return html`<section aria-labelledby="routes-kop">
    <h3 id="routes-kop" class="utrecht-heading-3">Routes ${kop}</h3>
    ${routesLijst(routes, s.view.route, { markeer: (route) => void update({ route }) })}
  </section>`;
}

/** Verify, show the history, bring back a version; then reload the panel and say what happened. */
function beheerVan(d: Details): Beheer {
  const werk = async (opdracht: () => Promise<unknown>, melding: string, focus: string) => {
    try {
      await opdracht();
      s.details = null;
      if (focus === '#geschiedenis-kop' || s.geschiedenis?.id === d.id) {
        const antwoord = await gql(KAART_GESCHIEDENIS, { id: d.id });
        s.geschiedenis = { id: d.id, records: antwoord.knooppunt?.geschiedenis ?? [] };
      }
      await laadEnToon();
      announce(melding);
      document.querySelector<HTMLElement>(focus)?.focus();
    } catch (error) {
      s.fout = foutTekst(error);
      render(foutmelding(), ui.fout);
    }
  };
  return {
    verificatieFormulier: (open) => {
      s.verificatieVan = open ? d.id : null;
      render(paneel(), ui.paneel);
      document
        .querySelector<HTMLElement>(open ? '#verificatie-form-kop' : '#paneel-titel')
        ?.focus();
    },
    verifieer: (verificatie) =>
      void werk(
        async () => {
          await gql(KAART_VERIFIEER, { id: d.id, versie: d.versie, verificatie });
          s.verificatieVan = null;
        },
        'De verificatie is vastgelegd.',
        '#paneel-titel',
      ),
    toonGeschiedenis: () =>
      void werk(() => Promise.resolve(), 'Geschiedenis geladen.', '#geschiedenis-kop'),
    // Restoring writes a new version over the current one: asked first (ux review row 28).
    herstel: (volgnummer, versie) => {
      if (
        !confirm(
          `Versie ${versie} terugzetten? De huidige beschrijving wordt dan een eerdere versie; dit komt in de geschiedenis.`,
        )
      )
        return;
      void werk(
        () => gql(KAART_HERSTEL, { id: d.id, versie: d.versie, volgnummer }),
        'De eerdere versie is teruggezet.',
        '#paneel-titel',
      );
    },
  };
}

function paneel(): TemplateResult | typeof nothing {
  const id = s.view.selectie;
  const sluit = html`<button
    type="button"
    class="utrecht-button utrecht-button--subtle sluit"
    @click=${() => void sluitPaneel()}
  >
    Details sluiten
  </button>`;
  if (s.view.organisatieKeuze && s.kaart)
    return html`${sluit} ${organisatiePaneel(s.kaart.kaart, s.view.organisatieKeuze, koppeling)}`;
  if (id === null || s.details?.id !== id) return nothing;
  const d = s.details.knooppunt;
  if (!d)
    return html`${sluit}
      <p class="utrecht-paragraph">Dit knooppunt bestaat niet (meer).</p>`;
  const beheer = beheerVan(d);
  const geschiedenis =
    s.geschiedenis?.id === id ? geschiedenisBlok(d, s.geschiedenis.records, beheer) : nothing;
  const naKop = html`${verificatieBlok(d, beheer, s.verificatieVan === d.id)} ${routeKnoppen(id)} ${routeDeel(id)}
  ${geschiedenis}`;
  return html`${sluit}
  ${detailsPaneel(d, naKop, koppeling, s.view.beeindigd ? null : s.view.peildatum)}`;
}

/**
 * Selects a knooppunt and moves focus to the panel. Focus returns to `van` when the panel closes,
 * unless it lies in the panel itself: then to where the panel was first opened from.
 */
async function openPanel(id: string, van: HTMLElement): Promise<void> {
  if (!ui.paneel.contains(van)) s.terugNaar = van;
  await update(kies(id));
  document.querySelector<HTMLElement>('#paneel-titel')?.focus();
}

async function sluitPaneel(): Promise<void> {
  const terug = s.terugNaar;
  s.terugNaar = null;
  await update(kies(null));
  // Rendering keeps the list's buttons; only when that one is gone does focus go to the map.
  [terug, $('#kaart'), $('#lijst-kop')]
    .find((el) => el?.isConnected && el.checkVisibility())
    ?.focus();
}

/** The server's result list for a term (tolerant of spelling, server/domain/zoeken.ts). */
async function zoekResultaten(term: string) {
  const regioId = s.view.regio;
  if (!regioId || term.trim().length < 2) return null;
  const antwoord = await gql(KAART_ZOEKLIJST, { regioId, tekst: term, ...tijd(s.view) });
  return antwoord.zoekKnooppunten;
}

/** Typing: the list follows the field; an answer for an older term is dropped. */
async function zoekTyp(term: string): Promise<void> {
  s.zoek = { term, resultaten: s.zoek.resultaten, actief: -1 };
  const resultaten = await zoekResultaten(term);
  if (s.zoek.term !== term) return;
  s.zoek = { term, resultaten, actief: -1 };
  void toon();
}

/** Enter or "Zoek" without a highlighted result: the best match, or say there is none. */
async function zoekBevestig(term: string): Promise<void> {
  const resultaten = await zoekResultaten(term);
  const beste = resultaten?.[0];
  if (beste) return zoekKies(beste.knooppunt);
  s.zoek = { term, resultaten, actief: -1 };
  void toon();
}

/**
 * A chosen result is selected and brought into view; the field keeps its name. A search without
 * result leaves the map and its selection as they were, and says so under the field.
 */
async function zoekKies(k: { id: string; naam: string }): Promise<void> {
  s.zoek = { term: k.naam, resultaten: null, actief: -1 };
  // A result the filters hide would be selected out of sight: the filters make way for it, and
  // the page says so under the field (the list said so before the choice).
  if (s.zichtbaar && !s.zichtbaar.has(k.id)) {
    s.zoek.melding = `De filters zijn gewist: ${k.naam} viel erbuiten.`;
    await update({ filters: emptyFilters() });
  }
  // Selecting brings the node into view beside the panel (MapView.select).
  await openPanel(k.id, $('#zoekterm'));
}

/**
 * The corner of the canvas the closed legend covers (its button when open), measured from the
 * canvas's top right; nothing when the legend follows the canvas (phone). Read at each fit.
 */
function legendaKnop(): { breedte: number; hoogte: number } {
  const legenda = document.querySelector<HTMLDetailsElement>('.kaart-legenda');
  const knop = (
    legenda?.open ? legenda.querySelector('summary') : legenda
  )?.getBoundingClientRect();
  const kaart = $('#kaart').getBoundingClientRect();
  if (!knop || knop.bottom <= kaart.top || knop.top >= kaart.bottom)
    return { breedte: 0, hoogte: 0 };
  return { breedte: kaart.right - knop.left, hoogte: knop.bottom - kaart.top };
}

// The canvas needs its container before anything is loaded.
render(kaartVak(), ui.kaartvak);
const map = new MapView($('#kaart'), {
  onSelect: (id) => void update(kies(id)),
  onActivate: (id) => void openPanel(id, $('#kaart')),
  onOrganisatie: (id, activeer) => void openOrganisatie(id, activeer ? $('#kaart') : null),
  onGroep: (sleutel) => {
    const dicht = new Set(s.view.dicht);
    if (!dicht.delete(sleutel)) dicht.add(sleutel);
    void update({ dicht: [...dicht] });
  },
  announce,
  bedekt: legendaKnop,
});

async function start(): Promise<void> {
  void toonLayout('kaart');
  const keuzelijsten = await gql(KAART_KEUZELIJSTEN);
  s.themas = keuzelijsten.themas;
  // Grouped by kind, zorg- en veiligheidshuisregio's first: a region appears once in its group.
  s.regios = keuzelijsten.regios
    .filter((r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS' || r.aantalKnooppunten > 0)
    .sort(
      (a, b) =>
        Number(b.soort === 'ZORG_EN_VEILIGHEIDSHUIS') -
        Number(a.soort === 'ZORG_EN_VEILIGHEIDSHUIS'),
    );
  if (!s.view.regio || !s.regios.some((r) => r.id === s.view.regio)) {
    // The busiest region, a zorg- en veiligheidshuisregio before a veiligheidsregio with as many.
    const drukste = [...s.regios].sort(
      (a, b) =>
        b.aantalKnooppunten - a.aantalKnooppunten ||
        Number(b.soort === 'ZORG_EN_VEILIGHEIDSHUIS') -
          Number(a.soort === 'ZORG_EN_VEILIGHEIDSHUIS'),
    )[0];
    s.view = { ...s.view, regio: drukste?.id ?? null };
    history.replaceState(null, '', `${location.pathname}${serializeViewState(s.view)}`);
    void toonLayout('kaart');
  }
  // The toolbar needs only the regions: drawn now, it is usable while the map loads, and does not
  // push the canvas down once it is there (UX check).
  render(werkbalk(werkbalkGegevens(), werkbalkActies), ui.werkbalk);
  ui.paneel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') void sluitPaneel();
  });
  // Phone and desktop place the filters and settings differently (drawer or beside the map).
  breed.addEventListener('change', () => {
    s.lade = false;
    void toon();
  });
  window.addEventListener('popstate', () => {
    const { regio, landelijk } = s.view;
    s.view = parseViewState(location.search);
    if (s.view.regio !== regio || s.view.landelijk !== landelijk) void toonLayout('kaart');
    void laadEnToon();
  });
  await laadEnToon();
}

void start().catch((error: unknown) => {
  s.fout = `De gegevens konden niet worden geladen: ${foutTekst(error)}`;
  render(foutmelding(), ui.fout);
});
