// SPDX-License-Identifier: EUPL-1.2
// A form for one object of any editable kind, built from the domain's field list (fields.ts).
// It validates as the user types with the server's own rules (validation.ts), showing a message
// next to each field the user touched (every field after "Opslaan"), and shows the server's
// field errors in the same places.
import { ValidationError, type FieldIssue } from '../../../server/domain/errors.ts';
import {
  celItems,
  celPaar,
  inputOf,
  lijstCel,
  paarCel,
  veldVanPad,
  VELDEN,
  type Veld,
} from '../../../server/domain/fields.ts';
import type { EditableKind } from '../../../server/domain/model.ts';
import type { RefTarget } from '../../../server/domain/references.ts';
import { parseGegevens } from '../../../server/domain/validation.ts';
import { html, type Markup } from '../../shared/html.ts';
import { waardeLabel } from '../../shared/labels.ts';
import type { Keuze } from '../../shared/queries.ts';

/** The objects a reference field can point at, per target. */
export type Opties = Partial<Record<RefTarget, Keuze[]>>;

const veldId = (prefix: string, pad: string) => `${prefix}-${pad.replace(/\./g, '-')}`;

function keuzelijst(
  veld: Veld,
  opties: readonly Keuze[],
  waarde: string,
  id: string,
  extra: Markup | '' = '',
): Markup {
  const leeg = veld.verplicht && !veld.standaard ? '— kies —' : '— niet ingevuld —';
  const bekend = opties.some((o) => o.id === waarde);
  return html`<select id="${id}" name="${veld.pad}" ${extra}>
    ${veld.standaard ? '' : html`<option value="">${leeg}</option>`}
    ${!bekend && waarde ? html`<option value="${waarde}" selected>${waarde} (onbekend)</option>` : ''}
    ${opties.map((o) => html`<option value="${o.id}" ${o.id === waarde ? 'selected' : ''}>${o.naam}</option>`)}
  </select>`;
}

const codes = (veld: Veld): Keuze[] =>
  (veld.waarden ?? []).map((w) => ({ id: w, naam: waardeLabel(w) }));

let rijen = 0;

function rij(
  veld: Veld,
  opties: readonly Keuze[],
  id: string,
  waarde: [string, string | null],
): Markup {
  const tweede = veld.soort === 'wetten' ? 'Artikel' : 'Reden';
  const eerste = veld.soort === 'wetten' ? 'Wet' : 'Knooppunt';
  return html`<li class="rij" data-rij>
    <label>${eerste} ${keuzelijst({ ...veld, verplicht: true }, opties, waarde[0], `${id}-${++rijen}`, html`data-deel="1"`)}</label>
    <label>${tweede} <input data-deel="2" value="${waarde[1] ?? ''}"></label>
    <button type="button" class="link" data-verwijder-rij>Verwijder</button>
  </li>`;
}

function widget(veld: Veld, waarde: string, id: string, opties: Opties): Markup {
  const beschrijving = `${id}-fout${veld.uitleg ? ` ${id}-uitleg` : ''}`;
  const aria = html`aria-describedby="${beschrijving}" ${veld.verplicht ? html`aria-required="true"` : ''} ${veld.alleenLezen ? 'readonly' : ''}`;
  switch (veld.soort) {
    case 'lang':
      return html`<textarea id="${id}" name="${veld.pad}" rows="3" ${aria}>${waarde}</textarea>`;
    case 'getal':
      return html`<input id="${id}" name="${veld.pad}" inputmode="numeric" value="${waarde}" ${aria}>`;
    case 'datum':
      return html`<input id="${id}" name="${veld.pad}" type="date" value="${waarde}" ${aria}>`;
    case 'janee':
      return html`<input id="${id}" name="${veld.pad}" type="checkbox" ${waarde === 'ja' ? 'checked' : ''} ${aria}>`;
    case 'janeeLeeg':
      return keuzelijst(
        veld,
        [
          { id: 'ja', naam: 'ja' },
          { id: 'nee', naam: 'nee' },
        ],
        waarde,
        id,
        aria,
      );
    case 'keuze':
      return keuzelijst(veld, codes(veld), waarde, id, aria);
    case 'ref':
      return keuzelijst(veld, opties[veld.doel!] ?? [], waarde, id, aria);
    default:
      return html`<input id="${id}" name="${veld.pad}" value="${waarde}" autocomplete="off" ${aria}>`;
  }
}

/** Fields that hold a list get a fieldset: checkboxes, or rows to add and remove. */
function lijstVeld(veld: Veld, waarde: string, id: string, opties: Opties): Markup {
  const gekozen = new Set(celItems(waarde));
  const uitleg = veld.uitleg ? html`<p class="uitleg" id="${id}-uitleg">${veld.uitleg}</p>` : '';
  const fout = html`<p class="veldfout" id="${id}-fout" aria-live="polite"></p>`;
  if (veld.soort === 'keuzes' || veld.soort === 'refs') {
    const lijst = veld.soort === 'keuzes' ? codes(veld) : (opties[veld.doel!] ?? []);
    const onbekend = [...gekozen]
      .filter((g) => !lijst.some((o) => o.id === g))
      .map((g) => ({ id: g, naam: `${g} (onbekend)` }));
    return html`<fieldset class="formveld keuzes" id="${id}" data-pad="${veld.pad}" aria-describedby="${id}-fout">
      <legend>${veld.label}</legend>${uitleg}
      <div class="keuzelijst">${[...onbekend, ...lijst].map((o) => html`<label><input type="checkbox" value="${o.id}" ${gekozen.has(o.id) ? 'checked' : ''}> ${o.naam}</label>`)}</div>
      ${fout}
    </fieldset>`;
  }
  const doel = veld.soort === 'wetten' ? (opties.wet ?? []) : (opties.knooppunt ?? []);
  return html`<fieldset class="formveld rijen" id="${id}" data-pad="${veld.pad}" aria-describedby="${id}-fout">
    <legend>${veld.label}</legend>${uitleg}
    <ul>${[...gekozen].map((item) => rij(veld, doel, id, celPaar(item)))}</ul>
    <button type="button" data-nieuwe-rij>${veld.soort === 'wetten' ? 'Wet toevoegen' : 'Aanpalend knooppunt toevoegen'}</button>
    ${fout}
  </fieldset>`;
}

export interface FormulierOpties {
  /** Unique within the page: the form's element ids start with it. */
  prefix: string;
  kind: EditableKind;
  /** Cells by field path to start from. */
  cellen: Record<string, string>;
  opties: Opties;
  /** Fields fixed by the context (a deelname's knooppunt): kept, not shown. */
  vast?: Record<string, string>;
}

export class Formulier {
  readonly element: HTMLFormElement;
  readonly kind: EditableKind;
  private readonly prefix: string;
  private readonly opties: Opties;
  private readonly vast: Record<string, string>;
  private readonly aangeraakt = new Set<string>();
  private allesTonen = false;
  private serverFouten: FieldIssue[] = [];

  constructor(element: HTMLFormElement, o: FormulierOpties) {
    this.element = element;
    this.kind = o.kind;
    this.prefix = o.prefix;
    this.opties = o.opties;
    this.vast = o.vast ?? {};
    this.vul(o.cellen);
    element.noValidate = true;
    element.addEventListener('input', (e) => this.raak(e.target));
    element.addEventListener('change', (e) => this.raak(e.target));
    element.addEventListener('click', (e) => this.rijKnop(e.target as HTMLElement));
  }

  /** (Re)draws the fields with these cells, grouped as the field list groups them. */
  vul(cellen: Record<string, string>): void {
    const groepen = new Map<string, Veld[]>();
    for (const veld of VELDEN[this.kind])
      if (!(veld.pad in this.vast))
        groepen.set(veld.groep, [...(groepen.get(veld.groep) ?? []), veld]);
    const inhoud = html`${[...groepen].map(
      ([groep, velden]) => html`<fieldset class="groep"><legend>${groep}</legend>
        ${velden.map((veld) => {
          const id = veldId(this.prefix, veld.pad);
          const waarde = cellen[veld.pad] ?? '';
          if (['keuzes', 'refs', 'wetten', 'aanpalend'].includes(veld.soort))
            return lijstVeld(veld, waarde, id, this.opties);
          return html`<div class="formveld ${veld.soort === 'janee' ? 'janee' : ''}" data-pad="${veld.pad}">
            <label for="${id}">${veld.label}${veld.verplicht ? html` <span aria-hidden="true">*</span>` : ''}</label>
            ${veld.uitleg ? html`<p class="uitleg" id="${id}-uitleg">${veld.uitleg}</p>` : ''}
            ${widget(veld, waarde, id, this.opties)}
            <p class="veldfout" id="${id}-fout" aria-live="polite"></p>
          </div>`;
        })}
      </fieldset>`,
    )}`;
    this.element.querySelector('[data-velden]')!.innerHTML = inhoud.value;
    this.aangeraakt.clear();
    this.allesTonen = false;
    this.serverFouten = [];
  }

  /** The cells as the form holds them now, fixed fields included. */
  cellen(): Record<string, string> {
    const cellen: Record<string, string> = { ...this.vast };
    for (const el of this.element.querySelectorAll<HTMLElement>('.formveld[data-pad]')) {
      const pad = el.dataset['pad']!;
      if (el.classList.contains('keuzes')) {
        cellen[pad] = lijstCel(
          [...el.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
        );
      } else if (el.classList.contains('rijen')) {
        cellen[pad] = lijstCel(
          [...el.querySelectorAll<HTMLElement>('[data-rij]')]
            .map(
              (r) =>
                [
                  r.querySelector<HTMLSelectElement>('[data-deel="1"]')!.value,
                  r.querySelector<HTMLInputElement>('[data-deel="2"]')!.value.trim(),
                ] as const,
            )
            .filter(([a]) => a !== '')
            .map(([a, b]) => paarCel(a, b)),
        );
      } else {
        const input = el.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
          'input, select, textarea',
        )!;
        cellen[pad] =
          input instanceof HTMLInputElement && input.type === 'checkbox'
            ? input.checked
              ? 'ja'
              : 'nee'
            : input.value;
      }
    }
    return cellen;
  }

  /** The input for the mutation, or null after showing every problem (focus on the first). */
  invoer(): Record<string, unknown> | null {
    this.allesTonen = true;
    const { input, fouten } = this.controleer();
    if (fouten.length > 0) {
      this.element.querySelector<HTMLElement>('[aria-invalid="true"], fieldset.ongeldig')?.focus();
      return null;
    }
    return input;
  }

  /** The server's field errors ("input.naam: ..."), shown next to their fields. */
  toonServerFouten(fouten: FieldIssue[]): void {
    this.serverFouten = fouten;
    this.allesTonen = true;
    this.controleer();
    this.element.querySelector<HTMLElement>('[aria-invalid="true"], fieldset.ongeldig')?.focus();
  }

  private controleer(): { input: Record<string, unknown>; fouten: FieldIssue[] } {
    const { input, fouten: celFouten } = inputOf(this.kind, this.cellen());
    let fouten: FieldIssue[] = celFouten.map((f) => ({
      field: `input.${f.pad}`,
      message: f.melding,
    }));
    if (fouten.length === 0) {
      try {
        parseGegevens(this.kind, input);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        fouten = error.issues;
      }
    }
    const perVeld = new Map<string, string[]>();
    for (const f of [...fouten, ...this.serverFouten]) {
      const veld = veldVanPad(this.kind, f.field);
      const pad =
        veld && !(veld.pad in this.vast)
          ? veld.pad
          : VELDEN[this.kind].find((v) => !(v.pad in this.vast))!.pad;
      perVeld.set(pad, [...(perVeld.get(pad) ?? []), f.message]);
    }
    for (const veld of VELDEN[this.kind]) {
      if (veld.pad in this.vast) continue;
      const id = veldId(this.prefix, veld.pad);
      const meldingen =
        this.allesTonen || this.aangeraakt.has(veld.pad) ? (perVeld.get(veld.pad) ?? []) : [];
      this.element.querySelector(`#${id}-fout`)!.textContent = meldingen.length
        ? `${veld.label}: ${[...new Set(meldingen)].join('; ')}`
        : '';
      const el = this.element.querySelector<HTMLElement>(`#${id}`)!;
      if (el instanceof HTMLFieldSetElement) el.classList.toggle('ongeldig', meldingen.length > 0);
      else el.setAttribute('aria-invalid', String(meldingen.length > 0));
    }
    return { input, fouten: [...fouten, ...this.serverFouten] };
  }

  private raak(target: EventTarget | null): void {
    const pad = (target as HTMLElement | null)?.closest<HTMLElement>('.formveld[data-pad]')
      ?.dataset['pad'];
    if (!pad) return;
    this.aangeraakt.add(pad);
    this.serverFouten = this.serverFouten.filter(
      (f) => veldVanPad(this.kind, f.field)?.pad !== pad,
    );
    this.controleer();
  }

  private rijKnop(knop: HTMLElement): void {
    const veldset = knop.closest<HTMLElement>('fieldset.rijen');
    if (!veldset) return;
    const veld = VELDEN[this.kind].find((v) => v.pad === veldset.dataset['pad'])!;
    if (knop.matches('[data-nieuwe-rij]')) {
      const lijst = veldset.querySelector('ul')!;
      lijst.insertAdjacentHTML(
        'beforeend',
        rij(
          veld,
          veld.soort === 'wetten' ? (this.opties.wet ?? []) : (this.opties.knooppunt ?? []),
          veldset.id,
          ['', ''],
        ).value,
      );
      lijst.lastElementChild?.querySelector<HTMLElement>('select')?.focus();
    } else if (knop.matches('[data-verwijder-rij]')) {
      knop.closest('[data-rij]')!.remove();
      veldset.querySelector<HTMLElement>('[data-nieuwe-rij]')!.focus();
      this.raak(veldset);
    }
  }
}
