// SPDX-License-Identifier: EUPL-1.2
// A concurrent change (CONFLICT): the editor's version against the one now stored, field by
// field, so nothing is lost and nothing is overwritten unseen. Per field the editor keeps their
// own value or takes the current one; by default their own where they changed it, else the current.
import { VELDEN, type Veld } from '../../../server/domain/fields.ts';
import type { EditableKind } from '../../../server/domain/model.ts';
import { html, type Markup } from '../../shared/html.ts';

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

const toon = (cel: string) => (cel === '' ? html`<span class="ontbreekt">leeg</span>` : cel);

export function renderConflict(prefix: string, versie: number, lijst: Verschil[]): Markup {
  return html`<h2 id="${prefix}-conflict-kop" tabindex="-1">Iemand anders heeft dit intussen gewijzigd</h2>
    <p>De opgeslagen beschrijving is nu versie ${versie}. Uw wijzigingen zijn niet verloren: kies per veld welke waarde blijft en sla opnieuw op.</p>
    ${
      lijst.length === 0
        ? html`<p>De huidige versie is gelijk aan de uwe.</p>`
        : html`<table class="conflict-tabel">
      <caption class="sr-only">Velden die verschillen</caption>
      <thead><tr><th scope="col">Veld</th><th scope="col">Uw versie</th><th scope="col">Huidige versie</th></tr></thead>
      <tbody>${lijst.map(
        (v, i) => html`<tr>
        <th scope="row">${v.veld.label}</th>
        <td><label><input type="radio" name="${prefix}-keuze-${i}" value="mijn" data-veld="${v.veld.pad}" ${v.doorMij ? 'checked' : ''}> ${toon(v.mijn)}</label></td>
        <td><label><input type="radio" name="${prefix}-keuze-${i}" value="huidig" data-veld="${v.veld.pad}" ${v.doorMij ? '' : 'checked'}> ${toon(v.huidig)}</label></td>
      </tr>`,
      )}</tbody></table>`
    }
    <div class="knoppen">
      <button type="button" data-conflict="samenvoegen">Opslaan met deze keuzes</button>
      <button type="button" data-conflict="huidig">Gooi mijn wijzigingen weg</button>
    </div>`;
}
