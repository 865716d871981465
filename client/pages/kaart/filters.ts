// SPDX-License-Identifier: EUPL-1.2
// The filter form and the chips of the active filters. It only collects choices; the server
// decides which knooppunten match, and counts per option how many each would leave (facets).
import { html, nothing, type TemplateResult } from 'lit-html';
import {
  FUNCTIE,
  LEEFTIJDSBANDEN,
  SAMENSTELLING,
  WERKPROCES,
  WETTELIJKE_BASIS,
} from '../../shared/labels.ts';
import {
  emptyFilters,
  FILTER_KEYS,
  type Filters,
  type ListFilterKey,
} from '../../shared/view-state.ts';
import type { Facetten } from './queries.ts';
import { keuzelijst, keuzevakje, type Optie } from './velden.ts';

export interface FilterOpties {
  themas: readonly Optie[];
  organisaties: readonly Optie[];
  gemeenten: readonly Optie[];
}

type Lijst = 'functie' | 'werkproces' | 'wettelijkeBasis' | 'samenstelling' | 'thema';

/** Where the server's count of each filter's options is. */
const FACET: Record<ListFilterKey, keyof Facetten> = {
  functie: 'functie',
  werkproces: 'werkproces',
  wettelijkeBasis: 'wettelijkeBasis',
  samenstelling: 'samenstelling',
  thema: 'themaIds',
  organisatie: 'organisatieIds',
  gemeente: 'gemeenteIds',
};

/** "Meldpunt (5)": how many knooppunten the option would leave; without counts, the name. */
function metAantal(facetten: Facetten | null, key: ListFilterKey) {
  const aantallen = new Map(facetten?.[FACET[key]].map((f) => [f.waarde, f.aantal]));
  return (id: string, naam: string) => (facetten ? `${naam} (${aantallen.get(id) ?? 0})` : naam);
}

/**
 * Checkboxes under a legend. `onderSummary`: a summary above already says the legend, which is
 * then for screen readers only (it still names the group).
 */
function vakjes(
  name: Lijst,
  legend: string,
  opties: Record<string, string>,
  filters: Filters,
  facetten: Facetten | null,
  onderSummary = false,
): TemplateResult {
  const tekst = metAantal(facetten, name);
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
    <legend
      class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend ${
        onderSummary ? 'sr-only' : ''
      }"
    >
      ${legend}
    </legend>
    ${Object.entries(opties).map(([value, naam]) =>
      keuzevakje({
        name,
        value,
        tekst: tekst(value, naam),
        checked: filters[name].includes(value),
      }),
    )}
  </fieldset>`;
}

const LEEFTIJDEN = Object.entries(LEEFTIJDSBANDEN).map(([id, b]) => ({ id, naam: b.label }));

/**
 * The form; `onChange` gets the filters as they are after the person's change. Each option says
 * how many knooppunten it would leave (`facetten`, null while they load).
 */
export function filterFormulier(
  opties: FilterOpties,
  filters: Filters,
  facetten: Facetten | null,
  onChange: (filters: Filters) => void,
): TemplateResult {
  const themas = Object.fromEntries(opties.themas.map((t) => [t.id, t.naam]));
  const geteld = (key: 'organisatie' | 'gemeente', lijst: readonly Optie[]) => {
    const tekst = metAantal(facetten, key);
    return lijst.map((o) => ({ id: o.id, naam: tekst(o.id, o.naam) }));
  };
  return html`<form
    id="filter-formulier"
    @change=${(event: Event) => onChange(leesFilters(event.currentTarget as HTMLFormElement))}
    @submit=${(event: Event) => event.preventDefault()}
  >
    ${vakjes('functie', 'Functie', FUNCTIE, filters, facetten)}
    ${vakjes('werkproces', 'Werkproces', WERKPROCES, filters, facetten)}
    ${vakjes('wettelijkeBasis', 'Wettelijke basis', WETTELIJKE_BASIS, filters, facetten)}
    ${vakjes('samenstelling', 'Samenstelling', SAMENSTELLING, filters, facetten)}
    ${
      // A chosen thema is never folded away: the list stays open while one is ticked.
      filters.thema.length > 0
        ? vakjes('thema', "Thema's", themas, filters, facetten)
        : html`<details class="themas">
            <summary>Thema's</summary>
            ${vakjes('thema', "Thema's", themas, filters, facetten, true)}
          </details>`
    }
    ${keuzelijst(
      {
        id: 'filter-organisatie',
        name: 'organisatie',
        label: 'Neemt deel of is belegd bij',
        leeg: 'Alle organisaties',
        gekozen: filters.organisatie[0] ?? null,
      },
      geteld('organisatie', opties.organisaties),
    )}
    ${keuzelijst(
      {
        id: 'filter-gemeente',
        name: 'gemeente',
        label: 'Werkgebied (gemeente)',
        leeg: 'Alle gemeenten',
        gekozen: filters.gemeente[0] ?? null,
      },
      geteld('gemeente', opties.gemeenten),
    )}
    ${keuzelijst(
      {
        id: 'filter-leeftijd',
        name: 'leeftijd',
        label: 'Doelgroep (leeftijd)',
        leeg: 'Alle leeftijden',
        gekozen: filters.leeftijd,
      },
      LEEFTIJDEN,
    )}
  </form>`;
}

function leesFilters(form: HTMLFormElement): Filters {
  const data = new FormData(form);
  const text = (key: string) => {
    const value = data.get(key);
    return typeof value === 'string' ? value : '';
  };
  const filters = emptyFilters();
  for (const key of ['functie', 'werkproces', 'wettelijkeBasis', 'samenstelling', 'thema'] as const)
    filters[key] = data.getAll(key).filter((v) => typeof v === 'string');
  for (const key of ['organisatie', 'gemeente'] as const) {
    const value = text(key);
    filters[key] = value ? [value] : [];
  }
  const leeftijd = text('leeftijd');
  filters.leeftijd = leeftijd in LEEFTIJDSBANDEN ? (leeftijd as Filters['leeftijd']) : null;
  return filters;
}

/** What each filter is called on a chip. */
const FILTERNAAM: Record<ListFilterKey, string> = {
  functie: 'Functie',
  werkproces: 'Werkproces',
  wettelijkeBasis: 'Wettelijke basis',
  samenstelling: 'Samenstelling',
  thema: 'Thema',
  organisatie: 'Organisatie',
  gemeente: 'Gemeente',
};

/**
 * Each active filter in words ("Thema: Verward gedrag"), with the filters without it: the chips
 * above the map and the title block of an exported map say them alike.
 */
export function actieveFilters(
  opties: FilterOpties,
  filters: Filters,
): { tekst: string; zonder: Partial<Filters> }[] {
  const namen: Record<ListFilterKey, Record<string, string>> = {
    functie: FUNCTIE,
    werkproces: WERKPROCES,
    wettelijkeBasis: WETTELIJKE_BASIS,
    samenstelling: SAMENSTELLING,
    thema: Object.fromEntries(opties.themas.map((o) => [o.id, o.naam])),
    organisatie: Object.fromEntries(opties.organisaties.map((o) => [o.id, o.naam])),
    gemeente: Object.fromEntries(opties.gemeenten.map((o) => [o.id, o.naam])),
  };
  const lijsten = FILTER_KEYS.flatMap((key) =>
    filters[key].map((waarde) => ({
      tekst: `${FILTERNAAM[key]}: ${namen[key][waarde] ?? waarde}`,
      zonder: { [key]: filters[key].filter((w) => w !== waarde) },
    })),
  );
  return filters.leeftijd
    ? [
        ...lijsten,
        {
          tekst: `Doelgroep: ${LEEFTIJDSBANDEN[filters.leeftijd].label}`,
          zonder: { leeftijd: null },
        },
      ]
    : lijsten;
}

/**
 * The active filters as chips above the map, each a button that removes that one choice; the
 * button's name is its visible text, with "filter weghalen" for screen readers.
 */
export function filterChips(
  opties: FilterOpties,
  filters: Filters,
  onChange: (filters: Filters) => void,
): TemplateResult | typeof nothing {
  const alle = actieveFilters(opties, filters).map(
    ({ tekst, zonder }) =>
      html`<li>
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action chip"
          @click=${() => onChange({ ...filters, ...zonder })}
        >
          <span aria-hidden="true">×</span> ${tekst}<span class="sr-only"> (filter weghalen)</span>
        </button>
      </li>`,
  );
  if (alle.length === 0) return nothing;
  return html`<h2 id="chips-kop" class="sr-only">Actieve filters</h2>
    <ul class="chips" aria-labelledby="chips-kop">
      ${alle}
      <li>
        <button
          type="button"
          class="utrecht-link-button utrecht-link-button--html-button"
          @click=${() => onChange(emptyFilters())}
        >
          Alle filters wissen
        </button>
      </li>
    </ul>`;
}
