// SPDX-License-Identifier: EUPL-1.2
// The regional map: the URL holds the view; one step loads what it needs and renders every region
// of the page (toolbar, filters, map or list, details panel) from one state object.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { gql } from '../../shared/api.ts';
import { download } from '../../shared/export.ts';
import { knooppuntenCsv } from './csv.ts';
import type { KnooppuntFilter } from '../../shared/gql/graphql.ts';
import { LEEFTIJDSBANDEN } from '../../shared/labels.ts';
import { aantal } from '../../../server/domain/taal.ts';
import { toonLayout } from '../../shared/layout.ts';
import { routesLijst } from '../../shared/routes-view.ts';
import {
  emptyFilters,
  FILTER_KEYS,
  hasFilters,
  parseViewState,
  serializeViewState,
  tijd,
  toKnooppuntFilter,
  type ViewState,
} from '../../shared/view-state.ts';
import { geschiedenisBlok, verificatieBlok, type Beheer } from './beheer-view.ts';
import { detailsPaneel, type Koppeling } from './details-panel.ts';
import { filterFormulier } from './filters.ts';
import { lijstweergave } from './list-view.ts';
import { legenda } from './map/legend.ts';
import { MapView } from './map/map-view.ts';
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
  type Details,
  type GeschiedenisRecord,
  type Kaart,
  type Keuzelijsten,
  type Routes,
} from './queries.ts';
import type { Optie } from './velden.ts';
import { werkbalk, type WerkbalkActies } from './werkbalk.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const ui = {
  werkbalk: $('#werkbalk'),
  fout: $('#fout'),
  filters: $('#filters'),
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
  routes: { sleutel: string; routes: Routes } | null;
  /** What the canvas draws now: a region map or a knooppunt's routes (their sleutel). */
  getekend: string;
  details: { id: string; knooppunt: Details | null } | null;
  geschiedenis: { id: string; records: GeschiedenisRecord[] } | null;
  zoekMelding: string | null;
  fout: string | null;
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
  routes: null,
  getekend: '',
  details: null,
  geschiedenis: null,
  zoekMelding: null,
  fout: null,
  terugNaar: null,
  bezig: Promise.resolve(),
};

/** Wide screens show the toolbar's settings and the filters unfolded; a phone folds them away. */
const breed = matchMedia('(min-width: 64em)');

const KAART_UITLEG =
  'Kaart van de knooppunten en hun routes. Pijltoetsen: volgend of vorig knooppunt. ' +
  'Enter: details. Escape: selectie wissen. Dezelfde gegevens staan in de lijstweergave.';

const announce = (tekst: string) => (ui.melding.textContent = tekst);
const foutTekst = (error: unknown) => (error instanceof Error ? error.message : String(error));

const kaartSleutel = (v: ViewState) =>
  [v.regio, v.indeling, v.organisaties, v.peildatum, v.beeindigd].join('|');
const routeModus = (v: ViewState) => v.routes !== null && v.selectie !== null;
const routeSleutel = (v: ViewState) =>
  ['routes', v.selectie, v.routes, v.filters.thema.join(','), v.filters.leeftijd].join('|');

/** Choosing another knooppunt leaves the route mode of the previous one. */
const kies = (id: string | null): Partial<ViewState> =>
  id === s.view.selectie ? {} : { selectie: id, naast: null, routes: null, route: null };

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
      toon();
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
  const filter = toKnooppuntFilter(regio, view.filters, tijd(view)) as KnooppuntFilter;
  s.zichtbaar = hasFilters(view.filters)
    ? new Set((await gql(KAART_ZOEK, { filter })).knooppunten.ids)
    : null;
  if (routeModus(view) && s.routes?.sleutel !== routeSleutel(view)) {
    // Thema and doelgroep of the filters narrow the routes (H §2.6: which tafel for this casus).
    const band = view.filters.leeftijd ? LEEFTIJDSBANDEN[view.filters.leeftijd] : null;
    const { routes } = await gql(KAART_ROUTES, {
      id: view.selectie!,
      richting: view.routes,
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

/** Renders every region from the state, then brings the canvas in line. */
function toon(): void {
  render(werkbalk(werkbalkGegevens(), werkbalkActies), ui.werkbalk);
  render(foutmelding(), ui.fout);
  render(filterVak(), ui.filters);
  render(kaartVak(), ui.kaartvak);
  render(paneel(), ui.paneel);
  ui.paneel.hidden = s.view.selectie === null;
  tekenKaart();
}

function tekenKaart(): void {
  const { view } = s;
  if (!s.kaart) return;
  const routes = routeModus(view) ? s.routes : null;
  if (routes) {
    if (s.getekend !== routes.sleutel) map.showRoutes(routes.routes);
    s.getekend = routes.sleutel;
  } else {
    const { kaart, sleutel } = s.kaart;
    if (s.getekend !== sleutel)
      map.show(
        view.organisaties ? kaart : { ...kaart, organisaties: [], deelnames: [] },
        view.indeling,
        view.organisaties,
      );
    s.getekend = sleutel;
    map.filter(s.zichtbaar);
  }
  map.select(view.selectie, view.naast);
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

const werkbalkGegevens = () => ({
  view: s.view,
  regios: s.regios.map((r) => ({
    id: r.id,
    naam: `${r.naam} (${aantal(r.aantalKnooppunten, 'knooppunt', 'knooppunten')})`,
  })),
  namen: s.kaart?.kaart.knooppunten.map((k) => k.naam) ?? [],
  zoekMelding: s.zoekMelding,
  breed: breed.matches,
});

const werkbalkActies: WerkbalkActies = {
  regio: (regio) => {
    void update({ regio, ...kies(null), filters: emptyFilters() });
    // The layout names the chosen region and carries it in its links.
    void toonLayout('kaart');
  },
  weergave: (weergave) => void update({ weergave }),
  zoek: (term) => void zoek(term),
  indeling: (indeling) => void update({ indeling }),
  organisaties: (organisaties) => void update({ organisaties }),
  peildatum: (peildatum) => void update({ peildatum, ...kies(null) }),
  beeindigd: (beeindigd) => void update({ beeindigd, ...kies(null) }),
};

const CSV = 'text/csv;charset=utf-8';

/** Downloads of what is shown: the drawing, or the listed knooppunten with labels (export.ts). */
function exporteer(soort: 'png' | 'svg' | 'csv'): void {
  const regio = s.view.regio ?? '';
  if (soort === 'png')
    void map.png().then((blob) => download(`kaart-${regio}.png`, blob, 'image/png'));
  else if (soort === 'svg') download(`kaart-${regio}.svg`, map.svg(), 'image/svg+xml');
  else download(`knooppunten-${regio}.csv`, knooppuntenCsv(zichtbareKnooppunten()), CSV);
}

function exportknoppen(): TemplateResult {
  const knop = (soort: 'png' | 'svg' | 'csv', tekst: string) =>
    html`<button
      type="button"
      class="utrecht-button utrecht-button--secondary-action"
      @click=${() => exporteer(soort)}
    >
      ${tekst}
    </button>`;
  return html`<div class="utrecht-button-group export" role="group" aria-label="Downloaden">
    ${knop('png', 'Kaart als PNG')} ${knop('svg', 'Kaart als SVG')} ${knop('csv', 'Lijst als CSV')}
  </div>`;
}

function filterVak(): TemplateResult {
  const { view } = s;
  const kaart = s.kaart?.kaart;
  const telling = kaart
    ? `${zichtbareKnooppunten().length} van ${kaart.knooppunten.length} knooppunten`
    : '';
  const gekozen =
    FILTER_KEYS.reduce((n, k) => n + view.filters[k].length, 0) + (view.filters.leeftijd ? 1 : 0);
  return html`<h2 id="filters-kop" class="utrecht-heading-2">Filters</h2>
    <div class="filterkop">
      <p id="aantal" class="utrecht-paragraph" aria-live="polite">${telling}</p>
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        ?disabled=${!hasFilters(view.filters)}
        @click=${() => void update({ filters: emptyFilters() })}
      >
        Wis filters
      </button>
    </div>
    <details class="opvouwbaar" ?open=${breed.matches}>
      <summary class="opvouwbaar__knop">
        Filters kiezen${gekozen > 0 ? ` (${gekozen} gekozen)` : ''}
      </summary>
      ${
        kaart && s.gemeenten
          ? filterFormulier(
              { themas: s.themas, organisaties: kaart.organisaties, gemeenten: s.gemeenten.lijst },
              view.filters,
              (filters) => void update({ filters }),
            )
          : nothing
      }
    </details>`;
}

function kaartVak(): TemplateResult {
  const lijst = s.view.weergave === 'lijst';
  return html`<section id="kaart-sectie" aria-labelledby="kaart-kop" ?hidden=${lijst}>
      <h2 id="kaart-kop" class="sr-only">Kaart</h2>
      <div
        id="kaart"
        tabindex="0"
        role="application"
        aria-roledescription="kaart"
        aria-label=${KAART_UITLEG}
      ></div>
      <p class="utrecht-paragraph hint">
        Sleep knooppunten om de kaart naar uw hand te zetten; deze browser onthoudt dat.
        <button
          type="button"
          class="utrecht-link-button utrecht-link-button--html-button utrecht-link-button--inline"
          @click=${herstelIndeling}
        >
          Standaardindeling herstellen
        </button>
      </p>
      <details class="legenda" ?open=${breed.matches}>
        <summary>Legenda</summary>
        <div id="legenda-inhoud">${legenda()}</div>
      </details>
    </section>
    <section id="lijst-sectie" aria-labelledby="lijst-kop" ?hidden=${!lijst}>
      <h2 id="lijst-kop" class="utrecht-heading-2" tabindex="-1">Lijst</h2>
      <div id="lijst">${lijst ? lijstInhoud() : nothing}</div>
    </section>
    ${exportknoppen()}`;
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
  return lijstweergave(zichtbareKnooppunten(), overdrachten, s.view.selectie, koppeling);
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
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
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
  return html`<div class="utrecht-button-group routeknoppen" role="group" aria-label="Routes">
    ${knop('UIT', 'Waarheen kan dit knooppunt doorverwijzen?')}
    ${knop('IN', 'Waar komen de casussen vandaan?')}
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
    verifieer: () =>
      void werk(
        () => gql(KAART_VERIFIEER, { id: d.id, versie: d.versie }),
        'De beschrijving is als geverifieerd gemarkeerd.',
        '#paneel-titel',
      ),
    toonGeschiedenis: () =>
      void werk(() => Promise.resolve(), 'Geschiedenis geladen.', '#geschiedenis-kop'),
    herstel: (volgnummer) =>
      void werk(
        () => gql(KAART_HERSTEL, { id: d.id, versie: d.versie, volgnummer }),
        'De eerdere versie is teruggezet.',
        '#paneel-titel',
      ),
  };
}

function paneel(): TemplateResult | typeof nothing {
  const id = s.view.selectie;
  if (id === null || s.details?.id !== id) return nothing;
  const sluit = html`<button
    type="button"
    class="utrecht-button utrecht-button--subtle sluit"
    @click=${() => void sluitPaneel()}
  >
    Details sluiten
  </button>`;
  const d = s.details.knooppunt;
  if (!d)
    return html`${sluit}
      <p class="utrecht-paragraph">Dit knooppunt bestaat niet (meer).</p>`;
  const beheer = beheerVan(d);
  const geschiedenis =
    s.geschiedenis?.id === id ? geschiedenisBlok(d, s.geschiedenis.records, beheer) : nothing;
  const naKop = html`${verificatieBlok(d, beheer)} ${routeKnoppen(id)} ${routeDeel(id)}
  ${geschiedenis}`;
  return html`${sluit} ${detailsPaneel(d, naKop, koppeling)}`;
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

/** Free-text search jumps to the best match on the map (the server searches). */
async function zoek(term: string): Promise<void> {
  s.zoekMelding = null;
  const regio = s.view.regio;
  if (!term.trim() || !regio) return;
  const exact = s.kaart?.kaart.knooppunten.find((k) => k.naam === term);
  const gevonden = exact
    ? exact.id
    : (await gql(KAART_ZOEK, { filter: { regioIds: [regio], tekst: term } })).knooppunten.ids[0];
  if (gevonden) {
    await openPanel(gevonden, $('#zoekterm'));
    return;
  }
  s.zoekMelding = `Geen knooppunt gevonden voor "${term}".`;
  toon();
  announce(s.zoekMelding);
}

// The canvas needs its container before anything is loaded.
render(kaartVak(), ui.kaartvak);
const map = new MapView($('#kaart'), {
  onSelect: (id) => void update(kies(id)),
  onActivate: (id) => void openPanel(id, $('#kaart')),
  announce,
});

async function start(): Promise<void> {
  void toonLayout('kaart');
  const keuzelijsten = await gql(KAART_KEUZELIJSTEN);
  s.themas = keuzelijsten.themas;
  s.regios = keuzelijsten.regios.filter(
    (r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS' || r.aantalKnooppunten > 0,
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
  ui.paneel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') void sluitPaneel();
  });
  // Growing from phone to desktop unfolds what the phone folded away (its toggle is hidden there).
  breed.addEventListener('change', (event) => {
    if (!event.matches) return;
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details.opvouwbaar'))
      d.open = true;
  });
  window.addEventListener('popstate', () => {
    const regio = s.view.regio;
    s.view = parseViewState(location.search);
    if (s.view.regio !== regio) void toonLayout('kaart');
    void laadEnToon();
  });
  await laadEnToon();
}

void start().catch((error: unknown) => {
  s.fout = `De gegevens konden niet worden geladen: ${foutTekst(error)}`;
  render(foutmelding(), ui.fout);
});
