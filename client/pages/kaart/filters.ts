// SPDX-License-Identifier: EUPL-1.2
// The filter form. It only collects choices; the server decides which knooppunten match.
import { html } from '../../shared/html.ts';
import {
  FUNCTIE,
  LEEFTIJDSBANDEN,
  SAMENSTELLING,
  WERKPROCES,
  WETTELIJKE_BASIS,
} from '../../shared/labels.ts';
import type { Keuze } from '../../shared/queries.ts';
import { emptyFilters, type Filters } from '../../shared/view-state.ts';

export interface FilterOptions {
  themas: Keuze[];
  organisaties: Keuze[];
  gemeenten: Keuze[];
}

const checkboxes = (name: string, legend: string, options: Record<string, string>) => html`
  <fieldset><legend>${legend}</legend>${Object.entries(options).map(
    ([value, text]) =>
      html`<label class="keuze"><input type="checkbox" name="${name}" value="${value}"> ${text}</label>`,
  )}</fieldset>`;

const select = (name: string, text: string, empty: string, options: Keuze[]) => html`
  <label class="veld">${text}<select name="${name}"><option value="">${empty}</option>${options.map((o) => html`<option value="${o.id}">${o.naam}</option>`)}</select></label>`;

export function renderFilters(form: HTMLFormElement, options: FilterOptions): void {
  form.innerHTML = html`
    ${checkboxes('functie', 'Functie', FUNCTIE)}
    ${checkboxes('werkproces', 'Werkproces', WERKPROCES)}
    ${checkboxes('wettelijkeBasis', 'Wettelijke basis', WETTELIJKE_BASIS)}
    ${checkboxes('samenstelling', 'Samenstelling', SAMENSTELLING)}
    <details class="themas"><summary>Thema's</summary>${checkboxes('thema', "Thema's", Object.fromEntries(options.themas.map((t) => [t.id, t.naam])))}</details>
    ${select('organisatie', 'Neemt deel of is belegd bij', 'Alle organisaties', options.organisaties)}
    ${select('gemeente', 'Werkgebied (gemeente)', 'Alle gemeenten', options.gemeenten)}
    ${select(
      'leeftijd',
      'Doelgroep (leeftijd)',
      'Alle leeftijden',
      Object.entries(LEEFTIJDSBANDEN).map(([id, b]) => ({ id, naam: b.label })),
    )}`.value;
}

export function writeFilters(form: HTMLFormElement, filters: Filters): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    input.checked =
      (filters[input.name as keyof Filters] as string[] | undefined)?.includes(input.value) ??
      false;
  }
  for (const s of form.querySelectorAll<HTMLSelectElement>('select')) {
    const value =
      s.name === 'leeftijd'
        ? filters.leeftijd
        : (filters[s.name as 'organisatie' | 'gemeente'][0] ?? null);
    s.value = value && [...s.options].some((o) => o.value === value) ? value : '';
  }
}

export function readFilters(form: HTMLFormElement): Filters {
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
