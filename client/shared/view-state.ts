// SPDX-License-Identifier: EUPL-1.2
// Everything a view shows — region, filters, selection, layout — lives in the URL, so a link can
// be shared and the back button works.
import { LEEFTIJDSBANDEN, type Leeftijdsband } from './labels.ts';

export type Indeling = 'OVERZICHT' | 'STROOM';
export type Weergave = 'kaart' | 'lijst';

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
  filters: Filters;
  /** The region as it was on this date (YYYY-MM-DD); null is today. */
  peildatum: string | null;
  /** Also knooppunten that ended or have not begun. */
  beeindigd: boolean;
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

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = params.getAll(key);
  const leeftijd = params.get('leeftijd');
  filters.leeftijd =
    leeftijd !== null && leeftijd in LEEFTIJDSBANDEN ? (leeftijd as Leeftijdsband) : null;
  return {
    regio: params.get('regio'),
    indeling: params.get('indeling') === 'STROOM' ? 'STROOM' : 'OVERZICHT',
    organisaties: params.get('organisaties') === 'ja',
    weergave: params.get('weergave') === 'lijst' ? 'lijst' : 'kaart',
    selectie: params.get('selectie'),
    naast: params.get('naast'),
    routes:
      params.get('routes') === 'UIT' || params.get('routes') === 'IN'
        ? (params.get('routes') as 'UIT' | 'IN')
        : null,
    route: /^\d+$/.test(params.get('route') ?? '') ? Number(params.get('route')) : null,
    filters,
    peildatum: /^\d{4}-\d{2}-\d{2}$/.test(params.get('peildatum') ?? '')
      ? params.get('peildatum')
      : null,
    beeindigd: params.get('beeindigd') === 'ja',
  };
}

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
  if (state.peildatum) params.set('peildatum', state.peildatum);
  if (state.beeindigd) params.set('beeindigd', 'ja');
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
