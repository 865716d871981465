// SPDX-License-Identifier: EUPL-1.2
// A concurrent change (CONFLICT): the editor's version against the one now stored, field by
// field, so nothing is lost and nothing is overwritten unseen. Per field the editor keeps their
// own value or takes the current one; by default their own where they changed it, else the current.
import { html, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { VELDEN, type Veld } from '../../../server/domain/fields.ts';
import type { EditableKind } from '../../../server/domain/model.ts';
import { tijdstip } from '../../shared/datum.ts';
import { celTekst, type Opties } from './formulier.ts';

export interface Verschil {
  veld: Veld;
  mijn: string;
  huidig: string;
  /** The editor changed this field: their value is the default choice. */
  doorMij: boolean;
}

type Cellen = Readonly<Record<string, string>>;

export function verschillen(
  kind: EditableKind,
  basis: Cellen,
  mijn: Cellen,
  huidig: Cellen,
): Verschil[] {
  return VELDEN[kind]
    .filter((veld) => (mijn[veld.pad] ?? '') !== (huidig[veld.pad] ?? ''))
    .map((veld) => ({
      veld,
      mijn: mijn[veld.pad] ?? '',
      huidig: huidig[veld.pad] ?? '',
      doorMij: (mijn[veld.pad] ?? '') !== (basis[veld.pad] ?? ''),
    }));
}

/** The current version with the fields the editor chose to keep from their own. */
export function samenvoegen(
  huidig: Cellen,
  mijn: Cellen,
  houdMijn: ReadonlySet<string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(huidig).map(([pad, waarde]) => [
      pad,
      houdMijn.has(pad) ? (mijn[pad] ?? '') : waarde,
    ]),
  );
}

export interface ConflictWeergave {
  /** Unique within the page: the view's element ids start with it. */
  prefix: string;
  /** The version now stored, and when it was saved (ISO). */
  versie: number;
  gewijzigdOp: string;
  lijst: readonly Verschil[];
  opties: Opties;
  /** The heading's level: below the page's h1, or below a sub-form's h3. */
  kopNiveau: 2 | 4;
  /** Per field path: the editor keeps their own value. */
  houdMijn: ReadonlySet<string>;
  kies(pad: string, mijn: boolean): void;
  opslaan(): void;
  weggooien(): void;
}

function keuze(v: Verschil, i: number, w: ConflictWeergave, mijn: boolean): TemplateResult {
  const id = `${w.prefix}-keuze-${i}-${mijn ? 'mijn' : 'huidig'}`;
  const tekst = celTekst(v.veld, mijn ? v.mijn : v.huidig, w.opties);
  const versie = mijn ? 'uw versie' : 'huidige versie';
  return html`<div class="utrecht-form-field utrecht-form-field--radio">
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label utrecht-form-label--radio" for=${id}
        >${tekst === '' ? html`<em>leeg</em>` : tekst}<span class="sr-only">
          (${versie} van ${v.veld.label})</span
        ></label
      >
    </div>
    <div class="utrecht-form-field__input">
      <input
        type="radio"
        id=${id}
        name=${`${w.prefix}-keuze-${i}`}
        class="utrecht-radio-button utrecht-radio-button--html-input"
        .checked=${live(w.houdMijn.has(v.veld.pad) === mijn)}
        @change=${() => w.kies(v.veld.pad, mijn)}
      />
    </div>
  </div>`;
}

/** Two columns, the field's name heading each pair: side by side even on a phone. */
function tabel(w: ConflictWeergave): TemplateResult {
  return html`<div class="tabelvak" role="region" aria-label="Velden die verschillen" tabindex="0">
    <table class="utrecht-table utrecht-table--html-table conflict-tabel">
      <caption class="utrecht-table__caption sr-only">Velden die verschillen</caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <th class="utrecht-table__header-cell" scope="col">Uw versie</th>
          <th class="utrecht-table__header-cell" scope="col">Huidige versie</th>
        </tr>
      </thead>
      ${w.lijst.map(
        (v, i) =>
          html`<tbody class="utrecht-table__body">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell veldnaam" colspan="2" scope="colgroup">
                ${v.veld.label}
              </th>
            </tr>
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">${keuze(v, i, w, true)}</td>
              <td class="utrecht-table__cell">${keuze(v, i, w, false)}</td>
            </tr>
          </tbody>`,
      )}
    </table>
  </div>`;
}

export function conflictPaneel(w: ConflictWeergave): TemplateResult {
  return html`<section class="conflict" aria-labelledby=${`${w.prefix}-conflict-kop`}>
    <div class="utrecht-alert utrecht-alert--warning">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <div
            class="utrecht-heading-3"
            role="heading"
            aria-level=${w.kopNiveau}
            id=${`${w.prefix}-conflict-kop`}
            tabindex="-1"
          >
            Iemand anders heeft dit intussen gewijzigd
          </div>
          <p class="utrecht-paragraph">
            De opgeslagen beschrijving is nu versie ${w.versie}, opgeslagen op
            ${tijdstip(w.gewijzigdOp)}. Uw wijzigingen zijn niet verloren: kies per veld welke
            waarde blijft en sla opnieuw op.
          </p>
        </div>
      </div>
    </div>
    ${
      w.lijst.length === 0
        ? html`<p class="utrecht-paragraph">De huidige versie is gelijk aan de uwe.</p>`
        : tabel(w)
    }
    <div class="utrecht-button-group knoppen">
      <button
        type="button"
        class="utrecht-button utrecht-button--primary-action"
        @click=${() => w.opslaan()}
      >
        Opslaan met deze keuzes
      </button>
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        @click=${() => w.weggooien()}
      >
        Gooi mijn wijzigingen weg
      </button>
    </div>
  </section>`;
}
