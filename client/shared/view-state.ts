// SPDX-License-Identifier: EUPL-1.2
// Everything a view shows — region, filters, selection, layout — lives in the URL, so a link can
// be shared and the back button works. A link may be old, mistyped or made up: what it says that
// cannot be shown is left out, and urlMeldingen says so in words (never a raw error).
import { bestaandeDatum, datumInWoorden, inDatumvorm } from '../../server/domain/kalender.ts';
import { GROEPERINGEN } from '../pages/kaart/map/groepen.ts';
import {
  FUNCTIE,
  INDELING,
  LEEFTIJDSBANDEN,
  ROUTE_RICHTING,
  SAMENSTELLING,
  WERKPROCES,
  WETTELIJKE_BASIS,
  type Leeftijdsband,
} from './labels.ts';

export type Indeling = 'OVERZICHT' | 'STROOM';
export type Weergave = 'kaart' | 'lijst';
/** How the map groups a large region into compound nodes (client/pages/kaart/map/groepen.ts). */
export type Groepering = 'gemeente' | 'thema' | 'functie';
/** How many overdrachten a route may take: 1 is the direct routes, more adds chains. */
export type Stappen = 1 | 2 | 3;
export const STAPPEN: readonly Stappen[] = [1, 2, 3];

export interface Filters {
  functie: string[];
  werkproces: string[];
  wettelijkeBasis: string[];
  samenstelling: string[];
  thema: string[];
  organisatie: string[];
  gemeente: string[];
  leeftijd: Leeftijdsband | null;
}

export interface ViewState {
  regio: string | null;
  indeling: Indeling;
  organisaties: boolean;
  weergave: Weergave;
  selectie: string | null;
  /** A second knooppunt shown alongside the selection, e.g. an overlapping pair. */
  naast: string | null;
  /** Route mode for the selected knooppunt: where it refers to (UIT) or where its casussen come from (IN). */
  routes: 'UIT' | 'IN' | null;
  /** The highlighted route, by its position in the list. */
  route: number | null;
  /** The longest routes shown, in overdrachten. */
  stappen: Stappen;
  filters: Filters;
  /** The region as it was on this date (YYYY-MM-DD); null is today. */
  peildatum: string | null;
  /** Also knooppunten that ended or have not begun. */
  beeindigd: boolean;
  /** The national overview of the regions instead of one region's map. */
  landelijk: boolean;
  /** Map structure: grouped by gemeente, thema or functie, with the groups that are closed. */
  groepering: Groepering | null;
  dicht: string[];
  /** Focus mode: only the selection and what lies within this many steps of it. */
  focus: Stappen | null;
  /** An organisation chosen on the map (its panel shows its tables). */
  organisatieKeuze: string | null;
}

export const FILTER_KEYS = [
  'functie',
  'werkproces',
  'wettelijkeBasis',
  'samenstelling',
  'thema',
  'organisatie',
  'gemeente',
] as const;
export type ListFilterKey = (typeof FILTER_KEYS)[number];

export const emptyFilters = (): Filters => ({
  functie: [],
  werkproces: [],
  wettelijkeBasis: [],
  samenstelling: [],
  thema: [],
  organisatie: [],
  gemeente: [],
  leeftijd: null,
});

/** The enum filters: the codes the link may name, and the label the filter form shows. */
const KEUZEFILTERS = {
  functie: { label: 'Functie', codes: FUNCTIE },
  werkproces: { label: 'Werkproces', codes: WERKPROCES },
  wettelijkeBasis: { label: 'Wettelijke basis', codes: WETTELIJKE_BASIS },
  samenstelling: { label: 'Samenstelling', codes: SAMENSTELLING },
} as const satisfies Partial<Record<ListFilterKey, unknown>>;

const WEERGAVEN: Record<Weergave, string> = { kaart: 'Kaart', lijst: 'Lijst' };

/** A key of the map itself ("toString" is not a functie). */
const bekend = (map: object, waarde: string): boolean => Object.hasOwn(map, waarde);

/** A value from the link in a message: short, quoted. */
const geciteerd = (waarde: string) =>
  `‘${waarde.length > 40 ? `${waarde.slice(0, 39)}…` : waarde}’`;

/** The view a link asks for, keeping only what exists, and a message for everything left out. */
function lees(search: string): { state: ViewState; meldingen: string[] } {
  const params = new URLSearchParams(search);
  const meldingen: string[] = [];
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = params.getAll(key);
  for (const key of Object.keys(KEUZEFILTERS) as (keyof typeof KEUZEFILTERS)[]) {
    const { label, codes } = KEUZEFILTERS[key];
    const onbekend = filters[key].filter((code) => !bekend(codes, code));
    filters[key] = filters[key].filter((code) => bekend(codes, code));
    for (const waarde of onbekend)
      meldingen.push(
        `De filter ‘${label}’ in de link kent de waarde ${geciteerd(waarde)} niet; ${filters[key].length > 0 ? 'die waarde' : 'die filter'} is weggelaten.`,
      );
  }
  const leeftijd = params.get('leeftijd');
  filters.leeftijd =
    leeftijd !== null && bekend(LEEFTIJDSBANDEN, leeftijd) ? (leeftijd as Leeftijdsband) : null;
  if (leeftijd !== null && filters.leeftijd === null)
    meldingen.push(
      `De filter ‘Doelgroep (leeftijd)’ in de link kent de waarde ${geciteerd(leeftijd)} niet; die filter is weggelaten.`,
    );

  const indeling = params.get('indeling') ?? 'OVERZICHT';
  if (!bekend(INDELING, indeling))
    meldingen.push(
      `De indeling ${geciteerd(indeling)} in de link bestaat niet; de kaart toont de indeling ‘${INDELING.OVERZICHT}’.`,
    );
  const weergave = params.get('weergave') ?? 'kaart';
  if (!bekend(WEERGAVEN, weergave))
    meldingen.push(
      `De weergave ${geciteerd(weergave)} in de link bestaat niet; de pagina toont de kaart.`,
    );
  const routes = params.get('routes');
  if (routes !== null && !bekend(ROUTE_RICHTING, routes))
    meldingen.push(
      `De routerichting ${geciteerd(routes)} in de link bestaat niet; de kaart toont geen routes.`,
    );
  const route = params.get('route');
  if (route !== null && !/^\d+$/.test(route))
    meldingen.push(
      `De route ${geciteerd(route)} in de link bestaat niet; er is geen route gemarkeerd.`,
    );
  const stappen = params.get('stappen');
  const geldigeStappen = STAPPEN.find((n) => String(n) === stappen);
  if (stappen !== null && geldigeStappen === undefined)
    meldingen.push(
      `Het aantal stappen ${geciteerd(stappen)} in de link kan niet; de routes tonen alleen directe routes (1 stap).`,
    );
  const peildatum = params.get('peildatum');
  if (peildatum !== null && !bestaandeDatum(peildatum))
    meldingen.push(
      inDatumvorm(peildatum)
        ? `De datum in de link (${datumInWoorden(peildatum)}) bestaat niet; de kaart toont vandaag.`
        : `De datum in de link (${geciteerd(peildatum)}) is geen datum; de kaart toont vandaag.`,
    );

  const groepering = params.get('groepering');
  if (groepering !== null && !bekend(GROEPERINGEN, groepering))
    meldingen.push(
      `De groepering ${geciteerd(groepering)} in de link bestaat niet; de kaart is niet gegroepeerd.`,
    );
  const focus = params.get('focus');
  const focusStappen = STAPPEN.find((n) => String(n) === focus);
  if (focus !== null && focusStappen === undefined)
    meldingen.push(
      `De focus ${geciteerd(focus)} in de link is geen 1, 2 of 3 stappen; de kaart toont alles.`,
    );

  const state: ViewState = {
    regio: params.get('regio'),
    indeling: bekend(INDELING, indeling) ? (indeling as Indeling) : 'OVERZICHT',
    organisaties: params.get('organisaties') === 'ja',
    weergave: bekend(WEERGAVEN, weergave) ? (weergave as Weergave) : 'kaart',
    selectie: params.get('selectie'),
    naast: params.get('naast'),
    routes: routes !== null && bekend(ROUTE_RICHTING, routes) ? (routes as 'UIT' | 'IN') : null,
    route: route !== null && /^\d+$/.test(route) ? Number(route) : null,
    stappen: geldigeStappen ?? 1,
    filters,
    peildatum: peildatum !== null && bestaandeDatum(peildatum) ? peildatum : null,
    beeindigd: params.get('beeindigd') === 'ja',
    landelijk: params.get('landelijk') === 'ja',
    groepering:
      groepering !== null && bekend(GROEPERINGEN, groepering) ? (groepering as Groepering) : null,
    dicht: params.getAll('dicht'),
    focus: focusStappen ?? null,
    organisatieKeuze: params.get('orgkeuze'),
  };
  return { state, meldingen };
}

export const parseViewState = (search: string): ViewState => lees(search).state;

/**
 * One sentence per part of the link that was left out, saying what is shown instead; the page
 * shows them so a person knows the view is not quite what the link asked for.
 */
export const urlMeldingen = (search: string): string[] => lees(search).meldingen;

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.regio) params.set('regio', state.regio);
  if (state.indeling !== 'OVERZICHT') params.set('indeling', state.indeling);
  if (state.organisaties) params.set('organisaties', 'ja');
  if (state.weergave !== 'kaart') params.set('weergave', state.weergave);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.filters.leeftijd) params.set('leeftijd', state.filters.leeftijd);
  if (state.selectie) params.set('selectie', state.selectie);
  if (state.naast) params.set('naast', state.naast);
  if (state.routes) params.set('routes', state.routes);
  if (state.route !== null) params.set('route', String(state.route));
  if (state.stappen !== 1) params.set('stappen', String(state.stappen));
  if (state.peildatum) params.set('peildatum', state.peildatum);
  if (state.beeindigd) params.set('beeindigd', 'ja');
  if (state.landelijk) params.set('landelijk', 'ja');
  if (state.groepering) params.set('groepering', state.groepering);
  for (const sleutel of state.dicht) params.append('dicht', sleutel);
  if (state.focus !== null) params.set('focus', String(state.focus));
  if (state.organisatieKeuze) params.set('orgkeuze', state.organisatieKeuze);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const hasFilters = (filters: Filters): boolean =>
  FILTER_KEYS.some((k) => filters[k].length > 0) || filters.leeftijd !== null;

/** Which moment the map shows: a peildatum, or everything stored. */
export const tijd = (state: Pick<ViewState, 'peildatum' | 'beeindigd'>) => ({
  peildatum: state.peildatum,
  ookBeeindigd: state.beeindigd,
});

/** The GraphQL KnooppuntFilter for a view: the server decides what matches. */
export function toKnooppuntFilter(
  regio: string,
  filters: Filters,
  moment: ReturnType<typeof tijd> = { peildatum: null, ookBeeindigd: false },
): Record<string, unknown> {
  const band = filters.leeftijd ? LEEFTIJDSBANDEN[filters.leeftijd] : null;
  return {
    ...moment,
    regioIds: [regio],
    functie: filters.functie,
    werkproces: filters.werkproces,
    wettelijkeBasis: filters.wettelijkeBasis,
    samenstelling: filters.samenstelling,
    themaIds: filters.thema,
    organisatieIds: filters.organisatie,
    gemeenteIds: filters.gemeente,
    ...(band ? { leeftijd: { van: band.van, tot: band.tot } } : {}),
  };
}

/** A link into the map with the given view, e.g. a knooppunt selected or a thema filtered. */
export function kaartUrl(
  change: Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<Filters> },
): string {
  const leeg = parseViewState('');
  return `/${serializeViewState({ ...leeg, ...change, filters: { ...leeg.filters, ...change.filters } })}`;
}
