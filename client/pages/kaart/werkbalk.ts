// SPDX-License-Identifier: EUPL-1.2
// The toolbar above the map: region, search, map or list, and (folded away on a phone) the
// layout, the organisation layer and the date the map shows.
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { Indeling, ViewState, Weergave } from '../../shared/view-state.ts';
import { keuzelijst, keuzevakje, radiogroep, type Optie } from './velden.ts';

export interface WerkbalkActies {
  regio: (id: string) => void;
  weergave: (weergave: Weergave) => void;
  zoek: (term: string) => void;
  indeling: (indeling: Indeling) => void;
  organisaties: (aan: boolean) => void;
  peildatum: (datum: string | null) => void;
  beeindigd: (aan: boolean) => void;
}

export interface WerkbalkGegevens {
  view: ViewState;
  regios: readonly Optie[];
  /** Names offered while typing a search. */
  namen: readonly string[];
  /** What the last search found nothing for, shown under the field. */
  zoekMelding: string | null;
  /** Wide screen: the folded settings start open. */
  breed: boolean;
}

const aangevinkt = (event: Event) => (event.currentTarget as HTMLInputElement).checked;

function zoekveld(g: WerkbalkGegevens, zoek: (term: string) => void): TemplateResult {
  const opZoek = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    zoek(form.querySelector<HTMLInputElement>('#zoekterm')!.value);
  };
  return html`<form role="search" class="zoek" @submit=${opZoek}>
    <div class="utrecht-form-field utrecht-form-field--text">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="zoekterm">Zoek een knooppunt</label>
      </div>
      <div class="zoekregel">
        <input
          id="zoekterm"
          type="search"
          list="namen"
          autocomplete="off"
          class="utrecht-textbox utrecht-textbox--html-input"
          aria-describedby=${g.zoekMelding ? 'zoek-melding' : nothing}
        />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">Zoek</button>
      </div>
      ${
        g.zoekMelding
          ? html`<p id="zoek-melding" class="utrecht-form-field-description">${g.zoekMelding}</p>`
          : nothing
      }
    </div>
    <datalist id="namen">${g.namen.map((naam) => html`<option value=${naam}></option>`)}</datalist>
  </form>`;
}

function peildatum(view: ViewState, kies: (datum: string | null) => void): TemplateResult {
  const opChange = (event: Event) => {
    const waarde = (event.currentTarget as HTMLInputElement).value;
    kies(/^\d{4}-\d{2}-\d{2}$/.test(waarde) ? waarde : null);
  };
  return html`<div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="peildatum">Stand op datum</label>
    </div>
    <input
      id="peildatum"
      type="date"
      class="utrecht-textbox utrecht-textbox--html-input utrecht-form-field__input"
      aria-describedby="peildatum-uitleg"
      .value=${live(view.peildatum ?? '')}
      ?disabled=${view.beeindigd}
      @change=${opChange}
    />
    <p id="peildatum-uitleg" class="sr-only">
      Leeg is vandaag: alleen knooppunten die op die datum bestonden.
    </p>
  </div>`;
}

/** The settings a phone folds away: they change how the map looks, not what it is about. */
function instellingen(g: WerkbalkGegevens, a: WerkbalkActies): TemplateResult {
  const { view } = g;
  return html`<details class="opvouwbaar instellingen" ?open=${g.breed}>
    <summary class="opvouwbaar__knop">Kaartinstellingen</summary>
    <div class="instellingen__inhoud">
      ${radiogroep(
        'Indeling',
        'indeling',
        [
          { value: 'OVERZICHT', tekst: 'Overzicht' },
          { value: 'STROOM', tekst: 'Stroom (meldpunt → tafel)' },
        ],
        view.indeling,
        a.indeling,
      )}
      ${keuzevakje(
        { id: 'laag-organisaties', tekst: 'Organisaties tonen', checked: view.organisaties },
        (event) => a.organisaties(aangevinkt(event)),
      )}
      ${peildatum(view, a.peildatum)}
      ${keuzevakje(
        { id: 'beeindigd', tekst: 'Ook beëindigde tonen', checked: view.beeindigd },
        (event) => a.beeindigd(aangevinkt(event)),
      )}
    </div>
  </details>`;
}

export function werkbalk(g: WerkbalkGegevens, a: WerkbalkActies): TemplateResult {
  return html`${keuzelijst({ id: 'regio', label: 'Regio', gekozen: g.view.regio }, g.regios, (e) =>
    a.regio((e.currentTarget as HTMLSelectElement).value),
  )}
    ${zoekveld(g, a.zoek)}
    ${radiogroep(
      'Weergave',
      'weergave',
      [
        { value: 'kaart', tekst: 'Kaart' },
        { value: 'lijst', tekst: 'Lijst' },
      ],
      g.view.weergave,
      a.weergave,
    )}
    ${instellingen(g, a)}`;
}
