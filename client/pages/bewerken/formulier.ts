// SPDX-License-Identifier: EUPL-1.2
// A form for one object of an editable kind, built from the domain's field list (fields.ts): one
// list drives the form, the validation and the spreadsheet columns. It validates as the user
// types with the server's own rules (validation.ts), shows a message next to each field the user
// touched (every field after "Opslaan", with a summary at the top), and shows the server's field
// errors in the same places. The state lives here and lit-html draws it, so typed text and focus
// survive every redraw.
import { html, nothing, type TemplateResult } from 'lit-html';
import { classMap } from 'lit-html/directives/class-map.js';
import { ifDefined } from 'lit-html/directives/if-defined.js';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { ENUM_LABELS } from '../../../server/domain/enum-labels.ts';
import { ValidationError, type FieldIssue } from '../../../server/domain/errors.ts';
import {
  celItems,
  celPaar,
  inputOf,
  lijstCel,
  paarCel,
  veldVanPad,
  VELDEN,
  waardeInWoorden,
  type Veld,
} from '../../../server/domain/fields.ts';
import * as model from '../../../server/domain/model.ts';
import type { RefTarget } from '../../../server/domain/references.ts';
import { parseGegevens } from '../../../server/domain/validation.ts';
import { datum } from '../../shared/datum.ts';
import * as labels from '../../shared/labels.ts';
import type { BewerkKind, Gegevens } from './queries.ts';

export interface Keuze {
  id: string;
  naam: string;
}
/** The objects a reference field can point at, per target. */
export type Opties = Partial<Record<RefTarget, readonly Keuze[]>>;
export type Cellen = Record<string, string>;

/** Each field's codes with their own label map: codes repeat across enumerations (ONBEKEND). */
const LABELS = new Map<readonly string[], Readonly<Record<string, string>>>([
  [model.FUNCTIES, labels.FUNCTIE],
  [model.WERKPROCESSEN, labels.WERKPROCES],
  [model.WETTELIJKE_BASES, labels.WETTELIJKE_BASIS],
  [model.SAMENSTELLINGEN, labels.SAMENSTELLING],
  [model.SCHALEN, labels.SCHAAL],
  [model.SIGNALEN, labels.SIGNAAL],
  [model.VERWERKINGSVERANTWOORDELIJKHEDEN, labels.VERWERKINGSVERANTWOORDELIJKHEID],
  [model.DOCUMENT_STATUSSEN, labels.DOCUMENT_STATUS],
  [model.ORGANISATIE_TYPES, labels.ORGANISATIE_TYPE],
  [model.PRIVACYKADERS, labels.PRIVACYKADER],
  [model.ROLLEN, labels.ROL],
  [model.GRONDSLAGEN, labels.GRONDSLAG],
  [model.BEROEPSGEHEIM_REGELINGEN, labels.BEROEPSGEHEIM_REGELING],
  [model.OVERDRACHT_SOORTEN, labels.OVERDRACHT_SOORT],
  [model.AANMELDING_DOOR, labels.AANMELDING_DOOR],
  [model.VERDER_GEBRUIK, ENUM_LABELS.VerderGebruik],
  [model.GEGEVENSCATEGORIEEN, ENUM_LABELS.Gegevenscategorie],
  [model.INFORMEER_MOMENTEN, ENUM_LABELS.InformeerMoment],
  [model.INFORMATIE_ONDERDELEN, ENUM_LABELS.InformatieOnderdeel],
  [model.UITZONDERINGSGRONDEN, ENUM_LABELS.Uitzonderingsgrond],
  [model.CONVENANT_ONDERWERPEN, ENUM_LABELS.ConvenantOnderwerp],
]);

/** Some label maps are written for running text ("vastgesteld"); a choice starts with a capital. */
export const hoofdletter = (tekst: string) => tekst.charAt(0).toUpperCase() + tekst.slice(1);

/** The label map of a keuze or keuzes field. */
export const labelsVan = (veld: Veld) => (veld.waarden ? LABELS.get(veld.waarden) : undefined);

/** The label of one code of a keuze or keuzes field. */
export function keuzeLabel(veld: Veld, code: string): string {
  const map = labelsVan(veld);
  return hoofdletter(map ? labels.label(map, code) : code);
}

const codes = (veld: Veld): Keuze[] =>
  (veld.waarden ?? []).map((code) => ({ id: code, naam: keuzeLabel(veld, code) }));

const JA_NEE: readonly Keuze[] = [
  { id: 'ja', naam: 'Ja' },
  { id: 'nee', naam: 'Nee' },
];

const isPaar = (veld: Veld) => veld.soort === 'wetten' || veld.soort === 'aanpalend';
const isLijst = (veld: Veld) => veld.soort === 'keuzes' || veld.soort === 'refs' || isPaar(veld);
/** What the two parts of a row of a wetten or aanpalend field are called. */
const delen = (veld: Veld) =>
  veld.soort === 'wetten' ? (['Wet', 'Artikel'] as const) : (['Knooppunt', 'Reden'] as const);

/** A cell as a person reads it: labels for codes, names for ids, dates in words. */
export function celTekst(veld: Veld, cel: string, opties: Opties): string {
  if (cel === '') return '';
  const naam = (lijst: readonly Keuze[], id: string) => lijst.find((o) => o.id === id)?.naam ?? id;
  switch (veld.soort) {
    case 'keuze':
      return keuzeLabel(veld, cel);
    case 'keuzes':
      return celItems(cel)
        .map((c) => keuzeLabel(veld, c))
        .join(', ');
    case 'ref':
      return naam(opties[veld.doel!] ?? [], cel);
    case 'refs':
      return celItems(cel)
        .map((id) => naam(opties[veld.doel!] ?? [], id))
        .join(', ');
    case 'wetten':
    case 'aanpalend':
      return celItems(cel)
        .map(celPaar)
        .map(([id, tweede]) => {
          const eerste = naam((veld.soort === 'wetten' ? opties.wet : opties.knooppunt) ?? [], id);
          return tweede ? `${eerste}: ${tweede}` : eerste;
        })
        .join('; ');
    case 'janee':
    case 'janeeLeeg':
      return hoofdletter(cel);
    case 'datum':
      return datum(cel);
    case 'verificatie':
      return (
        waardeInWoorden(veld, JSON.parse(cel), (doel, id) => naam(opties[doel] ?? [], id)) ?? ''
      );
    default:
      return cel;
  }
}

/** A message names the field by its label; the server's may not yet (or names it in passing). */
const metLabel = (veld: Veld, melding: string) =>
  melding.includes(veld.label) ? melding : `${veld.label}: ${melding}`;

/** The text of an input, select or textarea an event came from. */
function waardeVan(e: Event): string {
  const el = e.target;
  return el instanceof HTMLInputElement ||
    el instanceof HTMLSelectElement ||
    el instanceof HTMLTextAreaElement
    ? el.value
    : '';
}
const aangevinkt = (e: Event) => e.target instanceof HTMLInputElement && e.target.checked;

interface Rij {
  /** Stable per row, so removing one keeps the others' elements (and focus). */
  sleutel: number;
  eerste: string;
  tweede: string;
}

export interface FormulierOpties<K extends BewerkKind> {
  /** Unique within the page: the form's element ids start with it. */
  prefix: string;
  kind: K;
  /** Cells by field path to start from. */
  cellen: Cellen;
  opties: Opties;
  /** Fields fixed by the context (a deelname's knooppunt): kept, not shown. */
  vast?: Cellen;
  /** Called after every change of the form's state, to draw it again. */
  opnieuw: () => void;
}

export class Formulier<K extends BewerkKind> {
  readonly kind: K;
  private readonly prefix: string;
  private readonly opties: Opties;
  private readonly vast: Cellen;
  private readonly opnieuw: () => void;
  /** Cells of the fields that are not rows; rows are kept apart, empty ones included. */
  private waarden: Cellen = {};
  private rijen = new Map<string, Rij[]>();
  private volgnummer = 0;
  private readonly aangeraakt = new Set<string>();
  private allesTonen = false;
  private serverFouten: FieldIssue[] = [];
  /** Current messages per field path, and those that name no field shown here. */
  private meldingen = new Map<string, string[]>();
  private overig: string[] = [];
  private gegevens: Gegevens<K> | null = null;

  constructor(o: FormulierOpties<K>) {
    this.kind = o.kind;
    this.prefix = o.prefix;
    this.opties = o.opties;
    this.vast = o.vast ?? {};
    this.opnieuw = o.opnieuw;
    this.vul(o.cellen);
  }

  private get velden(): Veld[] {
    return VELDEN[this.kind].filter((veld) => !(veld.pad in this.vast));
  }

  veldId(veld: Veld): string {
    return `${this.prefix}-${veld.pad.replace(/\./g, '-')}`;
  }

  /** Puts these cells in the form, as loaded: nothing touched, no messages shown. */
  vul(cellen: Readonly<Cellen>): void {
    this.waarden = {};
    this.rijen = new Map();
    for (const veld of this.velden) {
      const cel = cellen[veld.pad] ?? '';
      if (!isPaar(veld)) this.waarden[veld.pad] = cel;
      else
        this.rijen.set(
          veld.pad,
          celItems(cel)
            .map(celPaar)
            .map(([eerste, tweede]) => ({
              sleutel: ++this.volgnummer,
              eerste,
              tweede: tweede ?? '',
            })),
        );
    }
    this.aangeraakt.clear();
    this.allesTonen = false;
    this.serverFouten = [];
    this.controleer();
  }

  /** The cells as the form holds them now, fixed fields included. */
  cellen(): Cellen {
    const cellen: Cellen = { ...this.vast, ...this.waarden };
    for (const [pad, rijen] of this.rijen)
      cellen[pad] = lijstCel(
        rijen.filter((r) => r.eerste !== '').map((r) => paarCel(r.eerste, r.tweede.trim())),
      );
    return cellen;
  }

  /** The validated description to save, or null after showing every problem. */
  invoer(): Gegevens<K> | null {
    // The server is asked again: its earlier answer may no longer hold.
    this.serverFouten = [];
    this.allesTonen = true;
    this.controleer();
    this.opnieuw();
    return this.gegevens;
  }

  /** The server's field errors ("input.naam"), shown next to their fields and in the summary. */
  toonServerFouten(fouten: readonly FieldIssue[]): void {
    this.serverFouten = [...fouten];
    this.allesTonen = true;
    this.controleer();
    this.opnieuw();
  }

  private controleer(): void {
    const { input, fouten: celFouten } = inputOf(this.kind, this.cellen());
    let fouten: FieldIssue[] = celFouten.map((f) => ({
      field: `input.${f.pad}`,
      message: f.melding,
    }));
    this.gegevens = null;
    if (fouten.length === 0) {
      try {
        this.gegevens = parseGegevens(this.kind, input);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        fouten = error.issues;
      }
    }
    this.meldingen = new Map();
    this.overig = [];
    for (const f of [...fouten, ...this.serverFouten]) {
      const veld = veldVanPad(this.kind, f.field);
      if (!veld) this.overig.push(f.message);
      else if (veld.pad in this.vast) this.overig.push(metLabel(veld, f.message));
      else
        this.meldingen.set(veld.pad, [
          ...new Set([...(this.meldingen.get(veld.pad) ?? []), metLabel(veld, f.message)]),
        ]);
    }
    if (this.serverFouten.length > 0) this.gegevens = null;
  }

  /** The messages shown at a field: once it was touched, or after "Opslaan". */
  private getoond(pad: string): string[] {
    return this.allesTonen || this.aangeraakt.has(pad) ? (this.meldingen.get(pad) ?? []) : [];
  }

  private raak(pad: string): void {
    this.aangeraakt.add(pad);
    this.serverFouten = this.serverFouten.filter(
      (f) => veldVanPad(this.kind, f.field)?.pad !== pad,
    );
    this.controleer();
    this.opnieuw();
  }

  private zet(pad: string, waarde: string): void {
    this.waarden[pad] = waarde;
    this.raak(pad);
  }

  private kies(pad: string, code: string, aan: boolean): void {
    const items = celItems(this.waarden[pad] ?? '').filter((c) => c !== code);
    this.zet(pad, lijstCel(aan ? [...items, code] : items));
  }

  private wijzigRij(pad: string, sleutel: number, deel: Partial<Rij>): void {
    this.rijen.set(
      pad,
      (this.rijen.get(pad) ?? []).map((r) => (r.sleutel === sleutel ? { ...r, ...deel } : r)),
    );
    this.raak(pad);
  }

  private nieuweRij(veld: Veld): void {
    const sleutel = ++this.volgnummer;
    this.rijen.set(veld.pad, [
      ...(this.rijen.get(veld.pad) ?? []),
      { sleutel, eerste: '', tweede: '' },
    ]);
    this.opnieuw();
    document.getElementById(`${this.veldId(veld)}-${sleutel}-1`)?.focus();
  }

  private verwijderRij(veld: Veld, sleutel: number): void {
    this.rijen.set(
      veld.pad,
      (this.rijen.get(veld.pad) ?? []).filter((r) => r.sleutel !== sleutel),
    );
    this.raak(veld.pad);
    document.getElementById(`${this.veldId(veld)}-nieuw`)?.focus();
  }

  /** Whether the summary shows: after "Opslaan" or the server's answer, while problems remain. */
  get heeftSamenvatting(): boolean {
    return this.allesTonen && (this.meldingen.size > 0 || this.overig.length > 0);
  }

  /** The error summary at the top of the form: every problem, a link to its field. */
  samenvatting(): TemplateResult | typeof nothing {
    if (!this.heeftSamenvatting) return nothing;
    const perVeld = this.velden.flatMap((veld) =>
      (this.meldingen.get(veld.pad) ?? []).map((tekst) => ({ id: this.veldId(veld), tekst })),
    );
    return html`<div
      class="utrecht-alert utrecht-alert--error samenvatting"
      id=${`${this.prefix}-samenvatting`}
      tabindex="-1"
      aria-labelledby=${`${this.prefix}-samenvatting-kop`}
    >
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <p class="utrecht-paragraph" id=${`${this.prefix}-samenvatting-kop`}>
            <strong>Niet opgeslagen. Verbeter het volgende:</strong>
          </p>
          <ul class="utrecht-unordered-list">
            ${perVeld.map(
              (f) =>
                html`<li class="utrecht-unordered-list__item">
                  <a
                    class="utrecht-link utrecht-link--html-a"
                    href=${`#${f.id}`}
                    @click=${(e: Event) => naarVeld(e, f.id)}
                    >${f.tekst}</a
                  >
                </li>`,
            )}
            ${this.overig.map((tekst) => html`<li class="utrecht-unordered-list__item">${tekst}</li>`)}
          </ul>
        </div>
      </div>
    </div>`;
  }

  /** All fields, in the field list's groups. */
  template(): TemplateResult {
    const groepen = new Map<string, Veld[]>();
    for (const veld of this.velden)
      groepen.set(veld.groep, [...(groepen.get(veld.groep) ?? []), veld]);
    return html`${[...groepen].map(
      ([groep, velden]) =>
        html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset groep">
          <legend
            class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend groep-kop"
          >
            ${groep}
          </legend>
          ${velden.map((veld) => (isLijst(veld) ? this.lijstVeld(veld) : this.veld(veld)))}
        </fieldset>`,
    )}`;
  }

  private uitleg(veld: Veld): TemplateResult | typeof nothing {
    return veld.uitleg
      ? html`<div
          class="utrecht-form-field-description utrecht-form-field__description"
          id=${`${this.veldId(veld)}-uitleg`}
        >
          ${veld.uitleg}
        </div>`
      : nothing;
  }

  /** Set as text, so the element is empty (and hidden) without a message. */
  private foutmelding(veld: Veld): TemplateResult {
    const meldingen = this.getoond(veld.pad);
    return html`<div
      class="utrecht-form-field-error-message utrecht-form-field__error-message"
      id=${`${this.veldId(veld)}-fout`}
      aria-live="polite"
      .textContent=${meldingen.join(' ')}
    ></div>`;
  }

  private beschreven(veld: Veld): string {
    const id = this.veldId(veld);
    return veld.uitleg ? `${id}-uitleg ${id}-fout` : `${id}-fout`;
  }

  /** One field with a single value: label, explanation, message, control. */
  private veld(veld: Veld): TemplateResult {
    const id = this.veldId(veld);
    const vinkje = veld.soort === 'janee';
    const ongeldig = this.getoond(veld.pad).length > 0;
    return html`<div
      class=${classMap({
        'utrecht-form-field': true,
        'utrecht-form-field--checkbox': vinkje,
        'utrecht-form-field--invalid': ongeldig,
      })}
    >
      <div class="utrecht-form-field__label">
        <label
          class=${classMap({ 'utrecht-form-label': true, 'utrecht-form-label--checkbox': vinkje })}
          for=${id}
          >${veld.label}${veld.verplicht ? html` <span aria-hidden="true">*</span>` : nothing}</label
        >
      </div>
      ${this.uitleg(veld)} ${this.foutmelding(veld)}
      <div class="utrecht-form-field__input">${this.besturing(veld, id, ongeldig)}</div>
    </div>`;
  }

  private besturing(veld: Veld, id: string, ongeldig: boolean): TemplateResult {
    const waarde = this.waarden[veld.pad] ?? '';
    const aria = {
      beschreven: this.beschreven(veld),
      ongeldig,
      verplicht: veld.verplicht === true,
    };
    const tekstvak = (type: string, extra: Record<string, boolean> = {}) =>
      html`<input
        id=${id}
        name=${veld.pad}
        type=${type}
        class=${classMap({
          'utrecht-textbox': true,
          'utrecht-textbox--html-input': true,
          'utrecht-textbox--invalid': ongeldig,
          ...extra,
        })}
        inputmode=${ifDefined(veld.soort === 'getal' ? 'numeric' : undefined)}
        autocomplete="off"
        .value=${live(waarde)}
        aria-describedby=${aria.beschreven}
        aria-invalid=${ifDefined(ongeldig ? 'true' : undefined)}
        aria-required=${ifDefined(aria.verplicht ? 'true' : undefined)}
        @input=${(e: Event) => this.zet(veld.pad, waardeVan(e))}
      />`;
    if (veld.soort === 'verificatie')
      // Set by verifying, never by typing; a sentence that may not fit one line.
      return html`<textarea
        id=${id}
        rows="3"
        class="utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--read-only"
        readonly
        .value=${live(celTekst(veld, waarde, this.opties))}
        aria-describedby=${aria.beschreven}
      ></textarea>`;
    if (veld.alleenLezen)
      // Set by verifying, never by typing: shown as text, the date in words.
      return html`<input
        id=${id}
        type="text"
        class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only"
        readonly
        .value=${live(celTekst(veld, waarde, this.opties))}
        aria-describedby=${aria.beschreven}
      />`;
    switch (veld.soort) {
      case 'lang':
        return html`<textarea
          id=${id}
          name=${veld.pad}
          rows="3"
          class=${classMap({
            'utrecht-textarea': true,
            'utrecht-textarea--html-textarea': true,
            'utrecht-textarea--invalid': ongeldig,
          })}
          .value=${live(waarde)}
          aria-describedby=${aria.beschreven}
          aria-invalid=${ifDefined(ongeldig ? 'true' : undefined)}
          @input=${(e: Event) => this.zet(veld.pad, waardeVan(e))}
        ></textarea>`;
      case 'getal':
        return tekstvak('text', { 'utrecht-textbox--numeric': true, getal: true });
      case 'datum':
        return tekstvak('date', { datum: true });
      case 'janee':
        return html`<input
          id=${id}
          name=${veld.pad}
          type="checkbox"
          class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
          .checked=${live(waarde === 'ja')}
          aria-describedby=${aria.beschreven}
          aria-invalid=${ifDefined(ongeldig ? 'true' : undefined)}
          @change=${(e: Event) => this.zet(veld.pad, aangevinkt(e) ? 'ja' : 'nee')}
        />`;
      case 'janeeLeeg':
        return keuzelijst({
          id,
          veld,
          lijst: JA_NEE,
          waarde,
          aria,
          kies: (w) => this.zet(veld.pad, w),
        });
      case 'keuze':
        return keuzelijst({
          id,
          veld,
          lijst: codes(veld),
          waarde,
          aria,
          kies: (w) => this.zet(veld.pad, w),
        });
      case 'ref':
        return keuzelijst({
          id,
          veld,
          lijst: this.opties[veld.doel!] ?? [],
          waarde,
          aria,
          kies: (w) => this.zet(veld.pad, w),
        });
      default:
        return tekstvak('text');
    }
  }

  /** A field that holds a list: a fieldset of checkboxes, or of rows to add and remove. */
  private lijstVeld(veld: Veld): TemplateResult {
    const id = this.veldId(veld);
    const ongeldig = this.getoond(veld.pad).length > 0;
    return html`<fieldset
      class=${classMap({
        'utrecht-form-fieldset': true,
        'utrecht-form-fieldset--html-fieldset': true,
        'utrecht-form-fieldset--invalid': ongeldig,
        lijstveld: true,
      })}
      id=${id}
      aria-describedby=${this.beschreven(veld)}
    >
      <legend
        class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend veld-kop"
      >
        ${veld.label}
      </legend>
      ${this.uitleg(veld)} ${this.foutmelding(veld)}
      ${isPaar(veld) ? this.rijenVan(veld, id) : this.vinkjes(veld, id)}
    </fieldset>`;
  }

  private vinkjes(veld: Veld, id: string): TemplateResult {
    const gekozen = celItems(this.waarden[veld.pad] ?? '');
    const lijst = veld.soort === 'keuzes' ? codes(veld) : (this.opties[veld.doel!] ?? []);
    const onbekend = gekozen
      .filter((g) => !lijst.some((o) => o.id === g))
      .map((g) => ({ id: g, naam: `${g} (onbekend)` }));
    return html`<div class="keuzelijst">
      ${repeat(
        [...onbekend, ...lijst],
        (o) => o.id,
        (o) => {
          const vakId = `${id}-${o.id.replace(/[^\w-]/g, '_')}`;
          return html`<div class="utrecht-form-field utrecht-form-field--checkbox">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label utrecht-form-label--checkbox" for=${vakId}
                >${o.naam}</label
              >
            </div>
            <div class="utrecht-form-field__input">
              <input
                type="checkbox"
                id=${vakId}
                class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                value=${o.id}
                .checked=${live(gekozen.includes(o.id))}
                @change=${(e: Event) => this.kies(veld.pad, o.id, aangevinkt(e))}
              />
            </div>
          </div>`;
        },
      )}
    </div>`;
  }

  private rijenVan(veld: Veld, id: string): TemplateResult {
    const [eerste, tweede] = delen(veld);
    const lijst = (veld.soort === 'wetten' ? this.opties.wet : this.opties.knooppunt) ?? [];
    const rijen = this.rijen.get(veld.pad) ?? [];
    return html`<ul class="rijen">
        ${repeat(
          rijen,
          (r) => r.sleutel,
          (r, i) => {
            const rijId = `${id}-${r.sleutel}`;
            return html`<li class="rij">
              <div class="utrecht-form-field">
                <div class="utrecht-form-field__label">
                  <label class="utrecht-form-label" for=${`${rijId}-1`}>${eerste}</label>
                </div>
                <div class="utrecht-form-field__input">
                  ${keuzelijst({
                    id: `${rijId}-1`,
                    veld: { ...veld, verplicht: true },
                    lijst,
                    waarde: r.eerste,
                    kies: (w) => this.wijzigRij(veld.pad, r.sleutel, { eerste: w }),
                  })}
                </div>
              </div>
              <div class="utrecht-form-field">
                <div class="utrecht-form-field__label">
                  <label class="utrecht-form-label" for=${`${rijId}-2`}>${tweede}</label>
                </div>
                <div class="utrecht-form-field__input">
                  <input
                    id=${`${rijId}-2`}
                    class="utrecht-textbox utrecht-textbox--html-input"
                    autocomplete="off"
                    .value=${live(r.tweede)}
                    @input=${(e: Event) =>
                      this.wijzigRij(veld.pad, r.sleutel, { tweede: waardeVan(e) })}
                  />
                </div>
              </div>
              <button
                type="button"
                class="utrecht-button utrecht-button--subtle"
                @click=${() => this.verwijderRij(veld, r.sleutel)}
              >
                Verwijder<span class="sr-only"> ${eerste.toLowerCase()} ${i + 1}</span>
              </button>
            </li>`;
          },
        )}
      </ul>
      <button
        type="button"
        id=${`${id}-nieuw`}
        class="utrecht-button utrecht-button--secondary-action"
        @click=${() => this.nieuweRij(veld)}
      >
        ${veld.soort === 'wetten' ? 'Wet toevoegen' : 'Aanpalend knooppunt toevoegen'}
      </button>`;
  }
}

interface Keuzelijst {
  id: string;
  veld: Veld;
  lijst: readonly Keuze[];
  waarde: string;
  aria?: { beschreven: string; ongeldig: boolean; verplicht: boolean };
  kies: (waarde: string) => void;
}

/** A select of codes or objects; a value not in the list stays, marked unknown. */
function keuzelijst({ id, veld, lijst, waarde, aria, kies }: Keuzelijst): TemplateResult {
  const leeg = veld.verplicht && !veld.standaard ? '— kies —' : '— niet ingevuld —';
  // An empty cell of a field with a default means the default: show that.
  const getoond = waarde || veld.standaard || '';
  const bekend = lijst.some((o) => o.id === getoond);
  return html`<select
    id=${id}
    class=${classMap({
      'utrecht-select': true,
      'utrecht-select--html-select': true,
      'utrecht-select--invalid': aria?.ongeldig === true,
    })}
    aria-describedby=${ifDefined(aria?.beschreven)}
    aria-invalid=${ifDefined(aria?.ongeldig ? 'true' : undefined)}
    aria-required=${ifDefined(aria?.verplicht ? 'true' : undefined)}
    @change=${(e: Event) => kies(waardeVan(e))}
  >
    ${
      veld.standaard
        ? nothing
        : html`<option value="" .selected=${live(getoond === '')}>${leeg}</option>`
    }
    ${
      !bekend && getoond
        ? html`<option value=${getoond} .selected=${live(true)}>${getoond} (onbekend)</option>`
        : nothing
    }
    ${lijst.map(
      (o) => html`<option value=${o.id} .selected=${live(o.id === getoond)}>${o.naam}</option>`,
    )}
  </select>`;
}

/** Follows a summary link: the field (or a list's first box) gets focus, its label in view. */
function naarVeld(e: Event, id: string): void {
  const doel = document.getElementById(id);
  if (!doel) return;
  e.preventDefault();
  const veld =
    doel instanceof HTMLFieldSetElement
      ? (doel.querySelector<HTMLElement>('input, select, textarea, button') ?? doel)
      : doel;
  doel.scrollIntoView({ block: 'center' });
  veld.focus({ preventScroll: true });
}
