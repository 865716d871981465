// SPDX-License-Identifier: EUPL-1.2
// The filter form. It only collects choices; the server decides which knooppunten match.
import { html, type TemplateResult } from 'lit-html';
import {
  FUNCTIE,
  LEEFTIJDSBANDEN,
  SAMENSTELLING,
  WERKPROCES,
  WETTELIJKE_BASIS,
} from '../../shared/labels.ts';
import { emptyFilters, type Filters } from '../../shared/view-state.ts';
import { keuzelijst, keuzevakje, type Optie } from './velden.ts';

export interface FilterOpties {
  themas: readonly Optie[];
  organisaties: readonly Optie[];
  gemeenten: readonly Optie[];
}

type Lijst = 'functie' | 'werkproces' | 'wettelijkeBasis' | 'samenstelling' | 'thema';

function vakjes(
  name: Lijst,
  legend: string,
  opties: Record<string, string>,
  filters: Filters,
  legendClass = '',
): TemplateResult {
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
    <legend
      class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend ${legendClass}"
    >
      ${legend}
    </legend>
    ${Object.entries(opties).map(([value, tekst]) =>
      keuzevakje({ name, value, tekst, checked: filters[name].includes(value) }),
    )}
  </fieldset>`;
}

const LEEFTIJDEN = Object.entries(LEEFTIJDSBANDEN).map(([id, b]) => ({ id, naam: b.label }));

/** The form; `onChange` gets the filters as they are after the person's change. */
export function filterFormulier(
  opties: FilterOpties,
  filters: Filters,
  onChange: (filters: Filters) => void,
): TemplateResult {
  const themas = Object.fromEntries(opties.themas.map((t) => [t.id, t.naam]));
  return html`<form
    id="filter-formulier"
    @change=${(event: Event) => onChange(leesFilters(event.currentTarget as HTMLFormElement))}
    @submit=${(event: Event) => event.preventDefault()}
  >
    ${vakjes('functie', 'Functie', FUNCTIE, filters)}
    ${vakjes('werkproces', 'Werkproces', WERKPROCES, filters)}
    ${vakjes('wettelijkeBasis', 'Wettelijke basis', WETTELIJKE_BASIS, filters)}
    ${vakjes('samenstelling', 'Samenstelling', SAMENSTELLING, filters)}
    <details class="themas" ?open=${filters.thema.length > 0}>
      <summary>Thema's</summary>
      ${vakjes('thema', "Thema's", themas, filters, 'sr-only')}
    </details>
    ${keuzelijst(
      {
        id: 'filter-organisatie',
        name: 'organisatie',
        label: 'Neemt deel of is belegd bij',
        leeg: 'Alle organisaties',
        gekozen: filters.organisatie[0] ?? null,
      },
      opties.organisaties,
    )}
    ${keuzelijst(
      {
        id: 'filter-gemeente',
        name: 'gemeente',
        label: 'Werkgebied (gemeente)',
        leeg: 'Alle gemeenten',
        gekozen: filters.gemeente[0] ?? null,
      },
      opties.gemeenten,
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
