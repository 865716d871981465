// SPDX-License-Identifier: EUPL-1.2
// The controls over the map: zoom in and out, fit, zoom to the selection; grouping a large region
// by gemeente, thema or functie with groups that open and close; and a focus mode that shows the
// selection with its neighbourhood up to 1–3 steps (issue 17). Their state lives in the URL.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { Groepering, Stappen } from '../../shared/view-state.ts';
import { GROEPERINGEN } from './map/groepen.ts';
import { keuzelijst, keuzevakje } from './velden.ts';

export interface BedieningGegevens {
  groepering: Groepering | null;
  focus: Stappen | null;
  /** Whether a knooppunt is selected (zoom to it, focus on it). */
  selectie: boolean;
  /** Grouping and focus apply to the region map, not to a knooppunt's routes. */
  regiokaart: boolean;
  groepen: readonly { sleutel: string; naam: string; aantal: number; open: boolean }[];
  /** A wide screen shows grouping and focus unfolded; a phone folds them, so the map comes first. */
  breed: boolean;
}

export interface BedieningActies {
  zoom(factor: number): void;
  passend(): void;
  naarSelectie(): void;
  groepering(groepering: Groepering | null): void;
  focus(stappen: Stappen | null): void;
  /** Open or close one group; null: all groups at once. */
  groep(sleutel: string | null, open: boolean): void;
}

const knop = (tekst: string, actie: () => void, uit = false) =>
  html`<button
    type="button"
    class="utrecht-button utrecht-button--secondary-action"
    ?disabled=${uit}
    @click=${actie}
  >
    ${tekst}
  </button>`;

/**
 * Zoom in and out as the signs every map uses, named in words for screen readers and speech
 * input (and as a tooltip): with their names in full the controls took two rows above the canvas.
 */
const tekenknop = (teken: string, naam: string, actie: () => void) =>
  html`<button
    type="button"
    class="utrecht-button utrecht-button--secondary-action kaart-bediening__teken"
    aria-label=${naam}
    title=${naam}
    @click=${actie}
  >
    <span aria-hidden="true">${teken}</span>
  </button>`;

const waarde = (event: Event) => (event.target as HTMLSelectElement).value;

/**
 * On a wide screen, the zoom buttons (and, grouped, the groups' disclosure) in one row and
 * grouping and focus in a second: with the details panel open the canvas's column is some 640 px,
 * where they took three rows and pushed the canvas down (UX check, issue 17). A phone folds
 * grouping and focus under one button, so the map comes first.
 */
export function kaartBediening(g: BedieningGegevens, a: BedieningActies): TemplateResult {
  const zoomen = html`<div class="utrecht-button-group" role="group" aria-label="Zoomen">
    ${tekenknop('+', 'Inzoomen', () => a.zoom(1.5))}
    ${tekenknop('−', 'Uitzoomen', () => a.zoom(1 / 1.5))}
    ${knop('Passend maken', () => a.passend())}
    ${knop('Zoom naar selectie', () => a.naarSelectie(), !g.selectie)}
  </div>`;
  if (!g.regiokaart) return html`<div class="kaart-bediening">${zoomen}</div>`;
  const groepen = g.groepering && g.groepen.length > 0 ? groepenLijst(g, a) : nothing;
  const keuzes = html`<div class="kaart-bediening__keuzes">
    ${keuzelijst(
      { id: 'groepering', label: 'Groeperen', leeg: 'Niet groeperen', gekozen: g.groepering },
      Object.entries(GROEPERINGEN).map(([id, naam]) => ({ id, naam })),
      (event) => a.groepering((waarde(event) || null) as Groepering | null),
    )}
    ${keuzelijst(
      {
        id: 'focus',
        label: 'Focus op selectie',
        leeg: 'Alles tonen',
        gekozen: g.focus === null ? null : String(g.focus),
      },
      [
        { id: '1', naam: 'Directe buren' },
        { id: '2', naam: 'Tot 2 stappen' },
        { id: '3', naam: 'Tot 3 stappen' },
      ],
      (event) => a.focus(waarde(event) ? (Number(waarde(event)) as Stappen) : null),
    )}
  </div>`;
  return html`<div class="kaart-bediening">
    ${zoomen}
    ${
      g.breed
        ? html`${groepen}${keuzes}`
        : html`<details class="opvouwbaar kaart-bediening__meer">
            <summary class="opvouwbaar__knop">Groeperen en focus</summary>
            ${keuzes}${groepen}
          </details>`
    }
  </div>`;
}

/**
 * Each group's open or closed state, for the keyboard and screen readers (a click on a group does
 * the same). On a wide screen its list opens over the top of the canvas, so the controls' rows do
 * not move.
 */
function groepenLijst(g: BedieningGegevens, a: BedieningActies): TemplateResult {
  const open = g.groepen.filter((x) => x.open).length;
  return html`<details class="kaart-groepen">
    <summary>Groepen (${open} van ${g.groepen.length} open)</summary>
    <div class="kaart-groepen__inhoud">
      <div class="utrecht-button-group">
        ${knop('Alle groepen openen', () => a.groep(null, true), open === g.groepen.length)}
        ${knop('Alle groepen sluiten', () => a.groep(null, false), open === 0)}
      </div>
      <div class="kaart-groepen__lijst">
        ${g.groepen.map((x) =>
          keuzevakje({ tekst: `${x.naam} (${x.aantal}) open`, checked: x.open }, (event) =>
            a.groep(x.sleutel, (event.target as HTMLInputElement).checked),
          ),
        )}
      </div>
    </div>
  </details>`;
}
