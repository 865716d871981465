// SPDX-License-Identifier: EUPL-1.2
// The wizard's form fields as NL Design System form fields. Each shows the answer the page keeps
// in memory (`live`, so a reset or another step is shown as it is), and reports a change.
import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';

export interface Keuze {
  id: string;
  naam: string;
}

/** A checkbox or radio button beside its label, both in the form field's grid. */
function keuze(
  soort: 'checkbox' | 'radio',
  [naam, waarde]: [string, string],
  tekst: string,
  aan: boolean,
  bij: (event: Event) => void,
) {
  const id = `${naam}-${waarde}`;
  const klasse =
    soort === 'checkbox'
      ? 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom'
      : 'utrecht-radio-button utrecht-radio-button--html-input';
  return html`<div class="utrecht-form-field utrecht-form-field--${soort} keuzeveld">
    <div class="utrecht-form-field__input">
      <input
        type=${soort}
        id=${id}
        class=${klasse}
        name=${naam}
        value=${waarde}
        .checked=${live(aan)}
        @change=${bij}
      />
    </div>
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label utrecht-form-label--${soort}" for=${id}>${tekst}</label>
    </div>
  </div>`;
}

/** A checkbox; `veld` is its name and value, which also make its id. */
export const vinkje = (
  veld: [string, string],
  tekst: string,
  aan: boolean,
  zet: (aan: boolean) => void,
) => keuze('checkbox', veld, tekst, aan, (e) => zet((e.target as HTMLInputElement).checked));

export const radioknop = (veld: [string, string], tekst: string, aan: boolean, kies: () => void) =>
  keuze('radio', veld, tekst, aan, kies);

export interface Keuzelijst {
  id: string;
  label: string;
  omschrijving?: string;
  /** The text of the empty choice; without it one of the options must be chosen. */
  leeg?: string;
  opties: readonly Keuze[];
  waarde: string;
}

export function keuzelijst(veld: Keuzelijst, kies: (id: string) => void) {
  const optie = (id: string, naam: string) =>
    html`<option value=${id} .selected=${live(veld.waarde === id)}>${naam}</option>`;
  const uitleg = `${veld.id}-uitleg`;
  return html`<div class="utrecht-form-field utrecht-form-field--distanced">
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for=${veld.id}>${veld.label}</label>
    </div>
    ${
      veld.omschrijving
        ? html`<div class="utrecht-form-field-description utrecht-form-field__description" id=${uitleg}>
          ${veld.omschrijving}
        </div>`
        : nothing
    }
    <div class="utrecht-form-field__input">
      <select
        id=${veld.id}
        class="utrecht-select utrecht-select--html-select"
        aria-describedby=${veld.omschrijving ? uitleg : nothing}
        @change=${(event: Event) => kies((event.target as HTMLSelectElement).value)}
      >
        ${veld.leeg === undefined ? nothing : optie('', veld.leeg)}
        ${veld.opties.map((o) => optie(o.id, o.naam))}
      </select>
    </div>
  </div>`;
}
