// SPDX-License-Identifier: EUPL-1.2
// The form fields of the toolbar and the filters, in the NL Design System's (Utrecht) markup.
// Checked and selected are bound as live properties: the URL, not the last click, decides them.
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';

export interface Optie {
  id: string;
  naam: string;
  /** The heading of its optgroup in a select (options of one group come together). */
  groep?: string;
}

const optie = (o: Optie, gekozen: string | null) =>
  html`<option value=${o.id} .selected=${live(o.id === gekozen)}>${o.naam}</option>`;

/** Options in their optgroups, in the order the groups first appear; without groups, plain. */
function opties(lijst: readonly Optie[], gekozen: string | null): unknown {
  if (!lijst.some((o) => o.groep)) return lijst.map((o) => optie(o, gekozen));
  const groepen = Map.groupBy(lijst, (o) => o.groep ?? '');
  return [...groepen].map(
    ([groep, leden]) =>
      html`<optgroup label=${groep}>${leden.map((o) => optie(o, gekozen))}</optgroup>`,
  );
}

/** A checkbox with its label around it (Utrecht form-field--checkbox). */
export const keuzevakje = (
  v: { name?: string; value?: string; id?: string; tekst: string; checked: boolean },
  onChange?: (event: Event) => void,
): TemplateResult =>
  html`<div class="utrecht-form-field utrecht-form-field--checkbox">
    <label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox">
      <input
        type="checkbox"
        class="utrecht-checkbox utrecht-checkbox--html-input utrecht-form-field__input"
        id=${v.id ?? nothing}
        name=${v.name ?? nothing}
        value=${v.value ?? nothing}
        .checked=${live(v.checked)}
        @change=${onChange ?? nothing}
      />
      ${v.tekst}
    </label>
  </div>`;

/** A group of radio buttons under one legend. */
export function radiogroep<T extends string>(
  legend: string,
  name: string,
  opties: readonly { value: T; tekst: string }[],
  gekozen: T,
  onChange: (value: T) => void,
): TemplateResult {
  return html`<fieldset
    class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset keuzegroep"
  >
    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
      ${legend}
    </legend>
    ${opties.map(
      (o) =>
        html`<div class="utrecht-form-field utrecht-form-field--radio">
          <label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--radio">
            <input
              type="radio"
              class="utrecht-radio-button utrecht-radio-button--html-input utrecht-form-field__input"
              name=${name}
              value=${o.value}
              .checked=${live(o.value === gekozen)}
              @change=${() => onChange(o.value)}
            />
            ${o.tekst}
          </label>
        </div>`,
    )}
  </fieldset>`;
}

/** A select with a label above it; `leeg` is the option for "no choice". */
export const keuzelijst = (
  v: { id: string; label: string; name?: string; leeg?: string; gekozen: string | null },
  keuzes: readonly Optie[],
  onChange?: (event: Event) => void,
): TemplateResult =>
  html`<div class="utrecht-form-field utrecht-form-field--select">
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for=${v.id}>${v.label}</label>
    </div>
    <select
      id=${v.id}
      name=${v.name ?? nothing}
      class="utrecht-select utrecht-select--html-select utrecht-form-field__input"
      @change=${onChange ?? nothing}
    >
      ${
        v.leeg === undefined
          ? nothing
          : html`<option value="" .selected=${live(!v.gekozen)}>${v.leeg}</option>`
      }
      ${opties(keuzes, v.gekozen)}
    </select>
  </div>`;
