// SPDX-License-Identifier: EUPL-1.2
// The regional map: wires the URL state to the map, the filters, the list and the details panel.
import { renderDetails } from './details-panel.ts';
import { download, knooppuntenCsv } from '../../shared/export.ts';
import { readFilters, renderFilters, writeFilters } from './filters.ts';
import { renderList } from './list-view.ts';
import { renderLegend } from './map/legend.ts';
import { MapView } from './map/map-view.ts';
import { html } from '../../shared/html.ts';
import { toonAccount } from '../../shared/account.ts';
import { renderGeschiedenis } from './beheer-view.ts';
import {
  herstel,
  laadDetails,
  laadGemeenten,
  laadGeschiedenis,
  laadKaart,
  laadKeuzelijsten,
  laadRoutes,
  verifieer,
  zoekKnooppunten,
  type GeschiedenisRecord,
  type Kaart,
  type Keuzelijsten,
  type Routes,
} from '../../shared/queries.ts';
import { renderRoutes } from '../../shared/routes-view.ts';
import {
  emptyFilters,
  hasFilters,
  parseViewState,
  serializeViewState,
  tijd,
  toKnooppuntFilter,
  type ViewState,
} from '../../shared/view-state.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const ui = {
  regio: $<HTMLSelectElement>('#regio'),
  laag: $<HTMLInputElement>('#laag-organisaties'),
  peildatum: $<HTMLInputElement>('#peildatum'),
  beeindigd: $<HTMLInputElement>('#beeindigd'),
  filters: $<HTMLFormElement>('#filter-formulier'),
  aantal: $<HTMLParagraphElement>('#aantal'),
  wis: $<HTMLButtonElement>('#wis-filters'),
  zoek: $<HTMLFormElement>('#zoek'),
  zoekterm: $<HTMLInputElement>('#zoekterm'),
  namen: $<HTMLDataListElement>('#namen'),
  kaartSectie: $<HTMLElement>('#kaart-sectie'),
  lijstSectie: $<HTMLElement>('#lijst-sectie'),
  lijst: $<HTMLElement>('#lijst'),
  paneel: $<HTMLElement>('#paneel'),
  paneelInhoud: $<HTMLElement>('#paneel-inhoud'),
  sluit: $<HTMLButtonElement>('#sluit-paneel'),
  melding: $<HTMLElement>('#melding'),
  fout: $<HTMLElement>('#fout'),
};

let state: ViewState = parseViewState(location.search);
let keuzelijsten: Keuzelijsten;
let kaart: Kaart | undefined;
let kaartSleutel = '';
/** What the canvas shows now: the region map (kaartSleutel) or a knooppunt's routes. */
let getekend = '';
let routes: Routes | undefined;
let zichtbaar: Set<string> | null = null;
/** Where focus returns when the panel closes. */
let terugNaar: HTMLElement | null = null;

const announce = (text: string) => (ui.melding.textContent = text);
const map = new MapView($('#kaart'), {
  onSelect: (id) => void update(kies(id)),
  onActivate: (id) => void openPanel(id, $('#kaart')),
  announce,
});

/** Choosing another knooppunt leaves the route mode of the previous one. */
const kies = (id: string | null): Partial<ViewState> =>
  id === state.selectie ? {} : { selectie: id, naast: null, routes: null, route: null };

function update(change: Partial<ViewState>): Promise<void> {
  state = { ...state, ...change };
  history.pushState(null, '', `${location.pathname}${serializeViewState(state)}`);
  return render();
}

async function render(): Promise<void> {
  ui.fout.hidden = true;
  document.body.dataset['kaart'] = 'laden';
  try {
    const regio = state.regio ?? '';
    const sleutel = `${regio}|${state.indeling}|${state.organisaties}|${state.peildatum ?? ''}|${state.beeindigd}`;
    if (sleutel !== kaartSleutel) {
      const regioWissel = kaart?.regio.id !== regio;
      const [nieuw, gemeenten] = await Promise.all([
        laadKaart(regio, state.indeling, state.organisaties, tijd(state)),
        regioWissel ? laadGemeenten(regio) : null,
      ]);
      kaart = nieuw;
      kaartSleutel = sleutel;
      if (gemeenten)
        renderFilters(ui.filters, {
          themas: keuzelijsten.themas,
          organisaties: kaart.organisaties,
          gemeenten,
        });
      ui.namen.innerHTML = '';
      ui.namen.append(...kaart.knooppunten.map((k) => new Option(k.naam)));
    }
    if (!kaart) return;
    writeFilters(ui.filters, state.filters);
    ui.regio.value = regio;
    ui.laag.checked = state.organisaties;
    ui.peildatum.value = state.peildatum ?? '';
    ui.peildatum.disabled = state.beeindigd;
    ui.beeindigd.checked = state.beeindigd;
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=indeling]'))
      radio.checked = radio.value === state.indeling;
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=weergave]'))
      radio.checked = radio.value === state.weergave;

    zichtbaar = hasFilters(state.filters)
      ? new Set((await zoekKnooppunten(toKnooppuntFilter(regio, state.filters, tijd(state)))).ids)
      : null;
    const lijst = kaart.knooppunten.filter((k) => zichtbaar?.has(k.id) ?? true);
    ui.aantal.textContent = `${lijst.length} van ${kaart.knooppunten.length} knooppunten`;
    ui.wis.disabled = !hasFilters(state.filters);
    const routeModus = state.routes !== null && state.selectie !== null;
    if (routeModus) {
      // Route mode: thema and doelgroep of the filters narrow the routes (H §2.6: which tafel for this casus).
      const band = toKnooppuntFilter(regio, state.filters);
      const sleutelRoutes = `routes|${state.selectie}|${state.routes}|${state.filters.thema.join(',')}|${state.filters.leeftijd ?? ''}`;
      if (getekend !== sleutelRoutes) {
        routes = await laadRoutes(state.selectie!, state.routes!, 3, {
          themaIds: band['themaIds'],
          ...('leeftijd' in band ? { leeftijd: band['leeftijd'] } : {}),
        });
        map.showRoutes(routes);
        getekend = sleutelRoutes;
      }
      ui.lijst.innerHTML = routes
        ? html`<h3>Routes ${routes.richting === 'UIT' ? 'vanuit' : 'naar'} ${routes.knooppunt.naam}</h3>${renderRoutes(routes, state.route, { open: true })}`
            .value
        : '';
    } else {
      routes = undefined;
      if (getekend !== kaartSleutel) {
        map.show(
          state.organisaties ? kaart : { ...kaart, organisaties: [], deelnames: [] },
          state.indeling,
          state.organisaties,
        );
        getekend = kaartSleutel;
      }
      map.filter(zichtbaar);
      const overdrachten = kaart.overdrachten.filter(
        (o) => (zichtbaar?.has(o.van.id) ?? true) && (zichtbaar?.has(o.naar.id) ?? true),
      );
      renderList(ui.lijst, lijst, overdrachten, state.selectie);
    }
    map.select(state.selectie, state.naast);
    const gekozen = routeModus && state.route !== null ? routes?.routes[state.route] : undefined;
    if (gekozen) map.highlightRoute(gekozen.stappen.map((s) => s.overdracht.id));
    ui.kaartSectie.hidden = state.weergave !== 'kaart';
    ui.lijstSectie.hidden = state.weergave !== 'lijst';
    if (state.selectie) await showPanel(state.selectie);
    else ui.paneel.hidden = true;
    document.body.dataset['kaart'] = 'gereed';
    performance.mark('kaart-interactief');
  } catch (error) {
    ui.fout.hidden = false;
    ui.fout.textContent = `De kaart kon niet worden geladen: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The details of the selected knooppunt, fetched once per selection (filters and routes change around it). */
let details: { id: string; knooppunt: Awaited<ReturnType<typeof laadDetails>> } | undefined;

/** The history of the selected knooppunt, once asked for. */
let geschiedenis: { id: string; records: GeschiedenisRecord[] } | undefined;

async function showPanel(id: string): Promise<void> {
  if (details?.id !== id) details = { id, knooppunt: await laadDetails(id) };
  const knooppunt = details.knooppunt;
  if (!knooppunt) {
    ui.paneelInhoud.textContent = 'Dit knooppunt bestaat niet (meer).';
  } else {
    const routeDeel =
      routes && routes.knooppunt.id === id
        ? html`<section aria-labelledby="routes-kop"><h3 id="routes-kop">Routes ${routes.richting === 'UIT' ? 'vanuit dit knooppunt' : 'naar dit knooppunt'}</h3>${renderRoutes(routes, state.route, { markeren: true })}</section>`
        : '';
    const historie =
      geschiedenis?.id === id ? renderGeschiedenis(knooppunt, geschiedenis.records) : '';
    ui.paneelInhoud.innerHTML = renderDetails(
      knooppunt,
      html`${routeKnoppen(id)}${routeDeel}${historie}`,
    ).value;
  }
  ui.paneel.hidden = false;
}

function routeKnoppen(id: string) {
  const knop = (richting: 'UIT' | 'IN', tekst: string) =>
    html`<button type="button" data-routes="${richting}" aria-pressed="${state.routes === richting ? 'true' : 'false'}">${tekst}</button>`;
  return html`<div class="routeknoppen" role="group" aria-label="Routes">
    ${knop('UIT', 'Waarheen kan dit knooppunt doorverwijzen?')}
    ${knop('IN', 'Waar komen de casussen vandaan?')}
    ${state.routes ? html`<button type="button" data-routes="">Terug naar de regiokaart</button>` : ''}
    <a href="/routekaart.html?knooppunt=${encodeURIComponent(id)}" target="_blank" rel="noopener">Routekaart (afdrukbaar)</a>
  </div>`;
}

/** Selects a knooppunt and moves focus to the panel, remembering where it came from. */
async function openPanel(id: string, from: HTMLElement | null): Promise<void> {
  terugNaar = from;
  await update(kies(id));
  document.querySelector<HTMLElement>('#paneel-titel')?.focus();
}

async function closePanel(): Promise<void> {
  const knooppunt = terugNaar?.dataset['knooppunt'];
  await update(kies(null));
  // The list is redrawn on every change: find the same button again.
  const candidates = [
    terugNaar,
    knooppunt
      ? document.querySelector<HTMLElement>(`#lijst [data-knooppunt="${CSS.escape(knooppunt)}"]`)
      : null,
    $('#kaart'),
    $('#inhoud'),
  ];
  candidates.find((el) => el && document.contains(el) && el.checkVisibility())?.focus();
}

function wire(): void {
  ui.regio.addEventListener(
    'change',
    () => void update({ regio: ui.regio.value, selectie: null, filters: emptyFilters() }),
  );
  ui.laag.addEventListener('change', () => void update({ organisaties: ui.laag.checked }));
  ui.peildatum.addEventListener(
    'change',
    () =>
      void update({
        peildatum: /^\d{4}-\d{2}-\d{2}$/.test(ui.peildatum.value) ? ui.peildatum.value : null,
        selectie: null,
      }),
  );
  ui.beeindigd.addEventListener(
    'change',
    () => void update({ beeindigd: ui.beeindigd.checked, selectie: null }),
  );
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=indeling]')) {
    radio.addEventListener(
      'change',
      () => void update({ indeling: radio.value === 'STROOM' ? 'STROOM' : 'OVERZICHT' }),
    );
  }
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=weergave]')) {
    radio.addEventListener(
      'change',
      () => void update({ weergave: radio.value === 'lijst' ? 'lijst' : 'kaart' }),
    );
  }
  ui.filters.addEventListener('change', () => void update({ filters: readFilters(ui.filters) }));
  ui.wis.addEventListener('click', () => void update({ filters: emptyFilters() }));
  ui.zoek.addEventListener('submit', (event) => {
    event.preventDefault();
    void zoek(ui.zoekterm.value);
  });
  // Route mode, and highlighting one route.
  document.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>(
      '[data-routes], [data-route]',
    );
    if (!target) return;
    const richting = target.dataset['routes'];
    if (richting !== undefined)
      void update({
        routes: richting === 'UIT' || richting === 'IN' ? richting : null,
        route: null,
      });
    else void update({ route: Number(target.dataset['route']) });
  });
  // Links and buttons naming a knooppunt, in the list and in the panel.
  document.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-knooppunt]');
    if (!target) return;
    event.preventDefault();
    void openPanel(target.dataset['knooppunt']!, target.closest('#paneel') ? null : target);
  });
  // Upkeep of the selected knooppunt: verify, show the history, bring back a version.
  document.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>(
      '[data-verifieer], [data-geschiedenis], [data-herstel]',
    );
    const id = details?.id;
    if (!target || id === undefined) return;
    const { verifieer: v, geschiedenis: g, herstel: h, versie } = target.dataset;
    const werk =
      v !== undefined
        ? verifieer(id, Number(versie)).then(
            () => 'De beschrijving is als geverifieerd gemarkeerd.',
          )
        : h !== undefined
          ? herstel(id, Number(versie), Number(h)).then(() => 'De eerdere versie is teruggezet.')
          : Promise.resolve(g === undefined ? '' : 'Geschiedenis geladen.');
    void werk
      .then(async (melding) => {
        details = undefined;
        if (g !== undefined || geschiedenis?.id === id)
          geschiedenis = { id, records: await laadGeschiedenis(id) };
        await showPanel(id);
        announce(melding);
        document
          .querySelector<HTMLElement>(g !== undefined ? '#geschiedenis-kop' : '#paneel-titel')
          ?.focus();
      })
      .catch((error: unknown) => announce(error instanceof Error ? error.message : String(error)));
  });
  ui.sluit.addEventListener('click', () => void closePanel());
  ui.paneel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') void closePanel();
  });
  $('#herstel-indeling').addEventListener('click', () => {
    map.resetArrangement();
    kaartSleutel = '';
    void render();
  });
  $('#export-png').addEventListener(
    'click',
    () => void map.png().then((blob) => download(`kaart-${state.regio}.png`, blob, 'image/png')),
  );
  $('#export-svg').addEventListener('click', () =>
    download(`kaart-${state.regio}.svg`, map.svg(), 'image/svg+xml'),
  );
  $('#export-csv').addEventListener('click', () => {
    const lijst = (kaart?.knooppunten ?? []).filter((k) => zichtbaar?.has(k.id) ?? true);
    download(`knooppunten-${state.regio}.csv`, knooppuntenCsv(lijst), 'text/csv;charset=utf-8');
  });
  window.addEventListener('popstate', () => {
    state = parseViewState(location.search);
    void render();
  });
}

/** Free-text search jumps to the best match on the map (the server searches). */
async function zoek(term: string): Promise<void> {
  if (!term.trim() || !state.regio) return;
  const exact = kaart?.knooppunten.find((k) => k.naam === term);
  const id = exact?.id ?? (await zoekKnooppunten({ regioIds: [state.regio], tekst: term })).ids[0];
  if (id) await openPanel(id, ui.zoekterm);
  else announce(`Geen knooppunt gevonden voor "${term}".`);
}

async function start(): Promise<void> {
  void toonAccount($('#account'));
  keuzelijsten = await laadKeuzelijsten();
  const regios = keuzelijsten.regios.filter(
    (r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS' || r.aantalKnooppunten > 0,
  );
  ui.regio.append(...regios.map((r) => new Option(`${r.naam} (${r.aantalKnooppunten})`, r.id)));
  if (!state.regio || !regios.some((r) => r.id === state.regio)) {
    // The busiest region, a zorg- en veiligheidshuisregio before a veiligheidsregio with as many.
    const drukste = [...regios].sort(
      (a, b) =>
        b.aantalKnooppunten - a.aantalKnooppunten ||
        Number(b.soort === 'ZORG_EN_VEILIGHEIDSHUIS') -
          Number(a.soort === 'ZORG_EN_VEILIGHEIDSHUIS'),
    )[0];
    state = { ...state, regio: drukste?.id ?? null };
    history.replaceState(null, '', `${location.pathname}${serializeViewState(state)}`);
  }
  renderLegend($('#legenda-inhoud'));
  wire();
  await render();
}

void start().catch((error: unknown) => {
  ui.fout.hidden = false;
  ui.fout.textContent = `De gegevens konden niet worden geladen: ${error instanceof Error ? error.message : String(error)}`;
});
