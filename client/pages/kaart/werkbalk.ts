// SPDX-License-Identifier: EUPL-1.2
// The toolbar above the map: region (or all regions), search with a result list, map or list,
// and, folded as "Kaartinstellingen", the layout, the organisation layer and the date the map
// shows (on a phone the region and these settings move into the filter drawer, with a button
// "Filters (n)" here to open it).
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { ENUM_LABELS } from '../../../server/domain/enum-labels.ts';
import {
  bestaandeDatum,
  datumInWoorden,
  inDatumvorm,
  vanDagMaandJaar,
} from '../../../server/domain/kalender.ts';
import { gewoneKlik } from '../../shared/gewone-klik.ts';
import type { Indeling, ViewState, Weergave } from '../../shared/view-state.ts';
import type { Zoekresultaat } from './queries.ts';
import { keuzelijst, keuzevakje, radiogroep, type Optie } from './velden.ts';

export interface WerkbalkActies {
  regio: (id: string) => void;
  /** The national overview of all regions. */
  landelijk: () => void;
  weergave: (weergave: Weergave) => void;
  /** The search term as typed: the page fetches the result list. */
  zoekTyp: (term: string) => void;
  /** The highlighted result moves (arrow keys); -1 is none. */
  zoekActief: (index: number) => void;
  /** A result was chosen: select and centre it. */
  zoekKies: (resultaat: Zoekresultaat) => void;
  /** Enter or "Zoek": the highlighted result, else the best one for the term. */
  zoekBevestig: (term: string) => void;
  zoekSluit: () => void;
  /** Opens the filter drawer (phone). */
  lade: () => void;
  indeling: (indeling: Indeling) => void;
  organisaties: (aan: boolean) => void;
  peildatum: (datum: string | null) => void;
  /** A date typed that is none: what was typed and what is wrong; null when it is fixed. */
  peildatumFout: (fout: DatumFout | null) => void;
  beeindigd: (aan: boolean) => void;
}

export interface Zoekstand {
  term: string;
  /** The result list; null when closed or not yet asked. */
  resultaten: readonly Zoekresultaat[] | null;
  actief: number;
  /** Said visibly under the field after a choice, e.g. that the filters made way for it. */
  melding?: string;
}

export interface DatumFout {
  tekst: string;
  melding: string;
}

export interface WerkbalkGegevens {
  view: ViewState;
  /** The date typed in "Stand op datum" that is none, if any. */
  datumFout: DatumFout | null;
  /** The regions, each with its kind as its group. */
  regios: readonly Optie[];
  zoek: Zoekstand;
  /** Whether the filters hide a knooppunt: such a result says so before it is chosen. */
  buitenFilters: (id: string) => boolean;
  /** How many filters are chosen, on the drawer's button. */
  gekozen: number;
  /** Wide screen: settings in the toolbar, no drawer. */
  breed: boolean;
}

const aangevinkt = (event: Event) => (event.currentTarget as HTMLInputElement).checked;

/**
 * Where a result matched, unless it was its name ("gemeente Texel"), and whether the filters hide
 * it (choosing it clears them).
 */
function waarom(r: Zoekresultaat, buiten: boolean): string {
  const waar = ENUM_LABELS.GevondenIn[r.gevondenIn].replace(/^In (de |een )?/, '');
  const gevonden = r.gevondenIn === 'NAAM' ? '' : r.via ? `${waar}: ${r.via}` : waar;
  return [gevonden, buiten ? 'valt buiten uw filters' : ''].filter(Boolean).join(' · ');
}

/**
 * The search field as an ARIA 1.2 combobox with a list of results under it: arrow keys move
 * through the list, Enter chooses (the first result when none is highlighted), Escape closes;
 * a tap or click on a result chooses it. No result is said in words under the field, visibly.
 */
function zoekveld(g: WerkbalkGegevens, a: WerkbalkActies): TemplateResult {
  const { term, resultaten, actief, melding } = g.zoek;
  const open = resultaten !== null && resultaten.length > 0;
  const zoekWaarom = (r: Zoekresultaat) => {
    const tekst = waarom(r, g.buitenFilters(r.knooppunt.id));
    return tekst ? html`<span class="zoekoptie__waarom">${tekst}</span>` : nothing;
  };
  const opToets = (event: KeyboardEvent) => {
    const aantal = resultaten?.length ?? 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (aantal === 0) return;
      event.preventDefault();
      const omlaag = event.key === 'ArrowDown';
      a.zoekActief(omlaag ? (actief + 1) % aantal : actief <= 0 ? aantal - 1 : actief - 1);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      a.zoekSluit();
    }
  };
  const opZoek = (event: SubmitEvent) => {
    event.preventDefault();
    const gekozen = open && actief >= 0 ? resultaten[actief] : undefined;
    if (gekozen) a.zoekKies(gekozen);
    else a.zoekBevestig((event.currentTarget as HTMLFormElement).querySelector('input')!.value);
  };
  const geen = resultaten !== null && resultaten.length === 0;
  return html`<form
    role="search"
    class="zoek"
    @submit=${opZoek}
    @focusout=${(event: FocusEvent) => {
      const form = event.currentTarget as HTMLFormElement;
      if (open && !form.contains(event.relatedTarget as Node | null)) a.zoekSluit();
    }}
  >
    <div class="utrecht-form-field utrecht-form-field--text">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="zoekterm">Zoek een knooppunt</label>
      </div>
      <div class="zoekregel">
        <input
          id="zoekterm"
          type="search"
          role="combobox"
          autocomplete="off"
          placeholder="Naam, gemeente, thema"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="zoeklijst"
          aria-activedescendant=${open && actief >= 0 ? `zoekoptie-${actief}` : nothing}
          aria-describedby="zoek-uitleg zoek-melding"
          class="utrecht-textbox utrecht-textbox--html-input"
          .value=${live(term)}
          @input=${(event: Event) => a.zoekTyp((event.currentTarget as HTMLInputElement).value)}
          @keydown=${opToets}
        />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">Zoek</button>
      </div>
      <p id="zoek-uitleg" class="sr-only">
        Naam, gemeente, organisatie of thema. Met de pijltoetsen door de resultaten, Enter kiest.
      </p>
      <ul
        id="zoeklijst"
        role="listbox"
        aria-label="Zoekresultaten"
        class="zoeklijst"
        ?hidden=${!open}
        @mousedown=${(event: Event) => event.preventDefault()}
      >
        ${(resultaten ?? []).map(
          (r, i) =>
            html`<li
              id="zoekoptie-${i}"
              role="option"
              class="zoekoptie"
              aria-selected=${i === actief ? 'true' : 'false'}
              @click=${() => a.zoekKies(r)}
            >
              <span class="zoekoptie__naam">${r.knooppunt.naam}</span>
              ${zoekWaarom(r)}
            </li>`,
        )}
      </ul>
      <p id="zoek-melding" class="utrecht-form-field-description zoekmelding" aria-live="polite">
        ${geen ? `Geen resultaat voor ‘${term.trim()}’. De kaart blijft zoals hij was.` : (melding ?? '')}
      </p>
    </div>
  </form>`;
}

const DATUMLABEL = 'Stand op datum';

/**
 * The date as typed: empty is today (null); 31-12-2025 (also 31/12/2025, 1-2-2025 or 2025-12-31)
 * is that day; anything else is said in words that name the field.
 */
export function leesPeildatum(tekst: string): { datum: string | null } | { fout: string } {
  const getypt = tekst.trim();
  if (getypt === '') return { datum: null };
  const iso = inDatumvorm(getypt) ? getypt : vanDagMaandJaar(getypt);
  if (iso === null)
    return { fout: `${DATUMLABEL}: vul een datum in als dd-mm-jjjj, bijvoorbeeld 31-12-2025.` };
  if (!bestaandeDatum(iso)) return { fout: `${DATUMLABEL}: ${datumInWoorden(iso)} bestaat niet.` };
  return { datum: iso };
}

/** "2025-12-31" as Dutch readers write it: "31-12-2025". */
const alsDagMaandJaar = (iso: string) => iso.split('-').reverse().join('-');

/**
 * A text field in the form Dutch readers use (dd-mm-jjjj), not the browser's date field: that
 * one follows the browser's language (mm/dd/yyyy in an English one) and drops a date it cannot
 * read without a word.
 */
function peildatum(view: ViewState, fout: DatumFout | null, a: WerkbalkActies): TemplateResult {
  const opChange = (event: Event) => {
    const tekst = (event.currentTarget as HTMLInputElement).value;
    const gelezen = leesPeildatum(tekst);
    if ('fout' in gelezen) a.peildatumFout({ tekst, melding: gelezen.fout });
    else {
      if (fout) a.peildatumFout(null);
      if (gelezen.datum !== view.peildatum) a.peildatum(gelezen.datum);
    }
  };
  const waarde = fout?.tekst ?? (view.peildatum ? alsDagMaandJaar(view.peildatum) : '');
  return html`<div
    class="utrecht-form-field utrecht-form-field--text ${fout ? 'utrecht-form-field--invalid' : ''}"
  >
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="peildatum">${DATUMLABEL}</label>
    </div>
    <p id="peildatum-uitleg" class="utrecht-form-field-description">
      Als dd-mm-jjjj; leeg is vandaag.
    </p>
    ${
      fout
        ? html`<p
            id="peildatum-fout"
            class="utrecht-form-field-error-message utrecht-form-field__error-message"
            role="alert"
          >
            ${fout.melding}
          </p>`
        : nothing
    }
    <input
      id="peildatum"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      placeholder="dd-mm-jjjj"
      class="utrecht-textbox utrecht-textbox--html-input utrecht-form-field__input peildatum ${
        fout ? 'utrecht-textbox--invalid' : ''
      }"
      aria-describedby=${fout ? 'peildatum-fout peildatum-uitleg' : 'peildatum-uitleg'}
      aria-invalid=${fout ? 'true' : nothing}
      .value=${live(waarde)}
      ?disabled=${view.beeindigd}
      @change=${opChange}
    />
  </div>`;
}

/**
 * The settings that change how the map looks, not what it is about: in the toolbar on a wide
 * screen, in the filter drawer on a phone.
 */
export function instellingen(
  view: ViewState,
  datumFout: DatumFout | null,
  a: WerkbalkActies,
): TemplateResult {
  return html`<div class="instellingen__inhoud">
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
      ${peildatum(view, datumFout, a)}
      ${keuzevakje(
        { id: 'beeindigd', tekst: 'Ook beëindigde tonen', checked: view.beeindigd },
        (event) => a.beeindigd(aangevinkt(event)),
      )}
  </div>`;
}

/**
 * On a phone the map page's toolbar holds only search, map or list, and the drawer's button: the
 * region choice moves into the drawer (the header names the region), so the map comes first.
 */
export function werkbalk(g: WerkbalkGegevens, a: WerkbalkActies): TemplateResult {
  if (g.view.landelijk) return regiokeuze(g, a);
  return html`${g.breed ? regiokeuze(g, a) : nothing} ${werkbalkKaart(g, a)}`;
}

/** The region select, and the link to the national overview of all regions. */
export function regiokeuze(g: WerkbalkGegevens, a: WerkbalkActies): TemplateResult {
  const regio = g.view.landelijk ? null : g.view.regio;
  return html`<div class="regiokeuze">
      ${keuzelijst(
        {
          id: 'regio',
          label: 'Regio',
          gekozen: regio,
          ...(regio ? {} : { leeg: 'Kies een regio' }),
        },
        g.regios,
        (e) => a.regio((e.currentTarget as HTMLSelectElement).value),
      )}
      ${
        g.view.landelijk
          ? nothing
          : html`<a
              class="utrecht-link"
              href="/?landelijk=ja"
              @click=${(event: MouseEvent) => {
                if (!gewoneKlik(event)) return;
                event.preventDefault();
                a.landelijk();
              }}
              >Alle regio’s</a
            >`
      }
    </div>`;
}

function werkbalkKaart(g: WerkbalkGegevens, a: WerkbalkActies): TemplateResult {
  return html`${zoekveld(g, a)}
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
    ${
      g.breed
        ? kaartinstellingen(g, a)
        : html`<button
            type="button"
            id="filterknop"
            class="utrecht-button utrecht-button--primary-action"
            aria-haspopup="dialog"
            @click=${a.lade}
          >
            Filters${g.gekozen > 0 ? ` (${g.gekozen})` : ''}
          </button>`
    }`;
}

/**
 * On a wide screen the settings fold behind "Kaartinstellingen", so that the toolbar is one row
 * and most of the canvas is in the first screen (UX check, issue 17); the button says how many
 * differ from the default, so a shared link's settings are not hidden unnoticed.
 */
function kaartinstellingen(g: WerkbalkGegevens, a: WerkbalkActies): TemplateResult {
  const { view } = g;
  const aangepast = [
    view.indeling !== 'OVERZICHT',
    view.organisaties,
    view.peildatum !== null,
    view.beeindigd,
  ].filter(Boolean).length;
  // Open while a typed date is wrong: its message stays in sight.
  return html`<details class="instellingen" ?open=${g.datumFout !== null}>
    <summary class="instellingen__knop">
      Kaartinstellingen${aangepast > 0 ? ` (${aangepast} aangepast)` : ''}
    </summary>
    ${instellingen(view, g.datumFout, a)}
  </details>`;
}
