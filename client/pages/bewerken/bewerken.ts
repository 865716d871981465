// SPDX-License-Identifier: EUPL-1.2
// The edit page (issue 8, H §2.6 stap 2): a knooppunt with every field, its deelnames and its
// routes out. ?knooppunt=<id> edits, ?regio=<id> starts a new one. Each object is saved on its
// own with the version it was loaded at; a concurrent change opens the conflict view.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { cellsOf } from '../../../server/domain/fields.ts';
import { ONBESCHREVEN_KNOOPPUNT } from '../../../server/domain/model.ts';
import { ApiError } from '../../shared/api.ts';
import { GRONDSLAG, label, OVERDRACHT_SOORT, ROL } from '../../shared/labels.ts';
import { toonLayout } from '../../shared/layout.ts';
import { conflictPaneel, samenvoegen, verschillen, type Verschil } from './conflict.ts';
import { Formulier, hoofdletter, type Cellen, type Opties } from './formulier.ts';
import {
  laadHuidig,
  laadKnooppunt,
  laadOpties,
  schrijver,
  type Bewerkbaar,
  type BewerkKind,
  type Gegevens,
} from './queries.ts';

const element = (id: string) => document.getElementById(id)!;

function meld(tekst: string): void {
  element('status').textContent = tekst;
}

function toonFout(tekst: string | null): void {
  render(
    tekst === null
      ? nothing
      : html`<div class="utrecht-alert utrecht-alert--error">
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message utrecht-paragraph">${tekst}</p>
          </div>
        </div>`,
    element('fout'),
  );
}

const foutTekst = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface BewerkerOpties<K extends BewerkKind> {
  /** The element the form is drawn in. */
  plaats: HTMLElement;
  kind: K;
  object: Bewerkbaar<Gegevens<K>> | null;
  cellen: Cellen;
  opties: Opties;
  vast?: Cellen;
  /** The form's own heading, if the page's h1 does not name it, and that heading's id. */
  kop: TemplateResult | typeof nothing;
  kopId: string;
  /** What the form says below its error summary, before the fields. */
  inleiding: TemplateResult | typeof nothing;
  opslaan: string;
  /** Buttons and links after the save button. */
  knoppen: TemplateResult;
  conflictKopNiveau: 2 | 4;
  opgeslagen: (id: string) => Promise<void>;
}

/** The conflict view's state: the stored version and, per field, the editor's choice. */
interface Conflict<K extends BewerkKind> {
  huidig: Bewerkbaar<Gegevens<K>>;
  lijst: Verschil[];
  houdMijn: Set<string>;
}

/** One object in a form: saving with its version, field errors, and conflicts. */
class Bewerker<K extends BewerkKind> {
  private readonly o: BewerkerOpties<K>;
  private readonly formulier: Formulier<K>;
  private id: string | null;
  private versie: number;
  /** The cells as loaded: what "changed by me" is measured against in a conflict. */
  private basis: Cellen;
  private conflict: Conflict<K> | null = null;

  constructor(o: BewerkerOpties<K>) {
    this.o = o;
    this.id = o.object?.id ?? null;
    this.versie = o.object?.versie ?? 0;
    this.basis = o.cellen;
    this.formulier = new Formulier({
      prefix: o.kind,
      kind: o.kind,
      cellen: o.cellen,
      opties: o.opties,
      ...(o.vast ? { vast: o.vast } : {}),
      opnieuw: () => this.teken(),
    });
  }

  private readonly verstuur = (e: Event) => {
    e.preventDefault();
    void this.bewaar();
  };

  teken(): void {
    const { kind, kop, kopId, inleiding, opslaan, knoppen } = this.o;
    render(
      html`<form
        id=${`${kind}-formulier`}
        class="bewerken-formulier"
        novalidate
        aria-labelledby=${kopId}
        @submit=${this.verstuur}
      >
        ${kop} ${this.formulier.samenvatting()} ${inleiding} ${this.formulier.template()}
        ${this.conflict ? this.conflictTemplate(this.conflict) : nothing}
        <div class="utrecht-button-group knoppen">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            ${opslaan}
          </button>
          ${knoppen}
        </div>
      </form>`,
      this.o.plaats,
    );
  }

  private conflictTemplate(c: Conflict<K>): TemplateResult {
    return conflictPaneel({
      prefix: this.o.kind,
      versie: c.huidig.versie,
      gewijzigdOp: c.huidig.gewijzigdOp,
      lijst: c.lijst,
      opties: this.o.opties,
      kopNiveau: this.o.conflictKopNiveau,
      houdMijn: c.houdMijn,
      kies: (pad, mijn) => {
        if (mijn) c.houdMijn.add(pad);
        else c.houdMijn.delete(pad);
        this.teken();
      },
      opslaan: () => void this.neemKeuzes(c, true),
      weggooien: () => void this.neemKeuzes(c, false),
    });
  }

  /** The summary says what to do; an earlier "Opgeslagen" must not stand next to it. */
  private naarSamenvatting(): void {
    meld('');
    document.getElementById(`${this.o.kind}-samenvatting`)?.focus();
  }

  async bewaar(): Promise<void> {
    const input = this.formulier.invoer();
    if (!input) return this.naarSamenvatting();
    try {
      const saved = await schrijver(this.o.kind).schrijf(this.id, this.versie, input);
      this.id = saved.id;
      this.versie = saved.versie;
      this.basis = this.formulier.cellen();
      this.conflict = null;
      this.teken();
      toonFout(null);
      meld(`Opgeslagen (versie ${saved.versie}).`);
      await this.o.opgeslagen(saved.id);
    } catch (error) {
      await this.fout(error);
    }
  }

  private async fout(error: unknown): Promise<void> {
    if (!(error instanceof ApiError))
      return toonFout('De server is niet bereikbaar. Uw invoer staat nog in het formulier.');
    if (error.code === 'CONFLICT' && error.extensions.huidigeVersie !== undefined && this.id)
      return this.toonConflict(this.id);
    if (error.extensions.fields?.length) {
      this.formulier.toonServerFouten(error.extensions.fields);
      return this.naarSamenvatting();
    }
    toonFout(error.message);
  }

  private async toonConflict(id: string): Promise<void> {
    const huidig = await laadHuidig(this.o.kind, id);
    if (!huidig)
      return toonFout(
        'Dit is intussen door iemand anders verwijderd. Uw invoer staat nog in het formulier: kopieer wat u nodig hebt.',
      );
    const lijst = verschillen(
      this.o.kind,
      this.basis,
      this.formulier.cellen(),
      cellsOf(this.o.kind, huidig.gegevens),
    );
    const houdMijn = new Set(lijst.filter((v) => v.doorMij).map((v) => v.veld.pad));
    this.conflict = { huidig, lijst, houdMijn };
    this.teken();
    meld('Niet opgeslagen: iemand anders heeft dit intussen gewijzigd.');
    element(`${this.o.kind}-conflict-kop`).focus();
  }

  /** Continues from the stored version: with the kept fields saved at once, or as it is. */
  private async neemKeuzes(c: Conflict<K>, samenvoegend: boolean): Promise<void> {
    const huidig = cellsOf(this.o.kind, c.huidig.gegevens);
    this.formulier.vul(
      samenvoegend ? samenvoegen(huidig, this.formulier.cellen(), c.houdMijn) : huidig,
    );
    this.versie = c.huidig.versie;
    this.basis = huidig;
    this.conflict = null;
    if (samenvoegend) return this.bewaar();
    this.teken();
    meld(`De huidige versie (${c.huidig.versie}) staat in het formulier.`);
  }
}

type SubKind = 'deelname' | 'overdracht';

/** How a list of deelnames or routes names its objects. */
interface Soort<K extends SubKind> {
  kind: K;
  sectie: string;
  titel: string;
  leeg: string;
  toevoegen: string;
  opslaan: string;
  /** The list's one column of text: its heading, and what a row says (fits a phone). */
  kolom: string;
  beschrijving: (o: Bewerkbaar<Gegevens<K>>) => TemplateResult;
  /** In running text: "deelname van GGZ". */
  naam: (o: Bewerkbaar<Gegevens<K>>) => string;
  kop: (o: Bewerkbaar<Gegevens<K>> | null) => string;
}

const DEELNAMES: Soort<'deelname'> = {
  kind: 'deelname',
  sectie: 'deelnames',
  titel: 'Deelnemende organisaties',
  leeg: 'Er nemen nog geen organisaties deel.',
  toevoegen: 'Deelname toevoegen',
  opslaan: 'Deelname opslaan',
  kolom: 'Organisatie, rol en grondslag',
  beschrijving: (d) =>
    html`<strong>${d.naam}</strong><br />${label(ROL, d.gegevens.rol)} ·
      ${label(GRONDSLAG, d.gegevens.grondslag)}`,
  naam: (d) => `deelname van ${d.naam}`,
  kop: (d) => (d ? `Deelname van ${d.naam} wijzigen` : 'Nieuwe deelname'),
};

const ROUTES: Soort<'overdracht'> = {
  kind: 'overdracht',
  sectie: 'overdrachten',
  titel: 'Overdrachtsroutes vanuit dit knooppunt',
  leeg: 'Er zijn nog geen routes vanuit dit knooppunt.',
  toevoegen: 'Route toevoegen',
  opslaan: 'Route opslaan',
  kolom: 'Soort en bestemming',
  beschrijving: (r) =>
    html`${label(OVERDRACHT_SOORT, r.gegevens.soort)} naar <strong>${r.naam}</strong>`,
  naam: (r) => `${label(OVERDRACHT_SOORT, r.gegevens.soort).toLowerCase()} naar ${r.naam}`,
  kop: (r) => (r ? `Route naar ${r.naam} wijzigen` : 'Nieuwe route'),
};

/** A knooppunt's deelnames or routes, with a sub-form to add one or change one. */
class SubLijst<K extends SubKind> {
  private readonly soort: Soort<K>;
  private readonly opties: Opties;
  private readonly vast: Cellen;
  private readonly herlaad: () => Promise<void>;
  private objecten: readonly Bewerkbaar<Gegevens<K>>[] = [];

  constructor(soort: Soort<K>, opties: Opties, vast: Cellen, herlaad: () => Promise<void>) {
    this.soort = soort;
    this.opties = opties;
    this.vast = vast;
    this.herlaad = herlaad;
  }

  toon(objecten: readonly Bewerkbaar<Gegevens<K>>[]): void {
    this.objecten = objecten;
    const sectie = element(this.soort.sectie);
    sectie.hidden = false;
    render(this.template(), sectie);
  }

  private template(): TemplateResult {
    const { sectie, titel, leeg, toevoegen } = this.soort;
    return html`<h2 class="utrecht-heading-2" id=${`${sectie}-kop`}>${titel}</h2>
      ${this.objecten.length === 0 ? html`<p class="utrecht-paragraph">${leeg}</p>` : this.tabel()}
      <p>
        <button
          type="button"
          id=${`${sectie}-nieuw`}
          class="utrecht-button utrecht-button--secondary-action"
          @click=${() => this.open(null)}
        >
          ${toevoegen}
        </button>
      </p>
      <div id=${`${sectie}-formulier`}></div>`;
  }

  private tabel(): TemplateResult {
    const { titel, kolom, beschrijving, naam } = this.soort;
    return html`<div class="tabelvak" role="region" aria-label=${titel} tabindex="0">
      <table class="utrecht-table utrecht-table--html-table objecten">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">${kolom}</th>
            <th class="utrecht-table__header-cell" scope="col">
              <span class="sr-only">Wijzigen of verwijderen</span>
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          ${this.objecten.map(
            (o) =>
              html`<tr class="utrecht-table__row">
                <td class="utrecht-table__cell">${beschrijving(o)}</td>
                <td class="utrecht-table__cell">
                  <div class="acties">
                  <button
                    type="button"
                    class="utrecht-button utrecht-button--subtle"
                    @click=${() => this.open(o)}
                  >
                    Bewerken<span class="sr-only"> ${naam(o)}</span>
                  </button>
                  <button
                    type="button"
                    class="utrecht-button utrecht-button--subtle"
                    @click=${() => void this.verwijder(o)}
                  >
                    Verwijderen<span class="sr-only"> ${naam(o)}</span>
                  </button>
                  </div>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** A form for this object, or a new one; drawn afresh, so nothing of an earlier one stays. */
  private open(object: Bewerkbaar<Gegevens<K>> | null): void {
    const { kind, sectie, opslaan, kop } = this.soort;
    const plaats = element(`${sectie}-formulier`);
    render(nothing, plaats);
    const kopId = `${kind}-formulier-kop`;
    new Bewerker<K>({
      plaats,
      kind,
      object,
      cellen: object ? cellsOf(kind, object.gegevens) : { ...this.vast },
      opties: this.opties,
      vast: this.vast,
      kop: html`<h3 class="utrecht-heading-3" id=${kopId} tabindex="-1">${kop(object)}</h3>`,
      kopId,
      inleiding: nothing,
      opslaan,
      knoppen: html`<button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        @click=${() => this.sluit()}
      >
        Annuleren
      </button>`,
      conflictKopNiveau: 4,
      opgeslagen: async () => {
        await this.herlaad();
        this.sluit();
      },
    }).teken();
    element(kopId).focus();
  }

  private sluit(): void {
    render(nothing, element(`${this.soort.sectie}-formulier`));
    element(`${this.soort.sectie}-nieuw`).focus();
  }

  private async verwijder(o: Bewerkbaar<Gegevens<K>>): Promise<void> {
    if (!confirm(`${hoofdletter(this.soort.naam(o))} verwijderen?`)) return;
    try {
      await schrijver(this.soort.kind).verwijder(o.id, o.versie);
      meld(`${hoofdletter(this.soort.naam(o))} is verwijderd.`);
      await this.herlaad();
    } catch (error) {
      toonFout(foutTekst(error));
    }
  }
}

const inleiding = html`<p class="utrecht-paragraph">
  Velden met een <span aria-hidden="true">*</span><span class="sr-only">sterretje</span> zijn
  verplicht. De beschrijving volgt §2.6 stap 2 van de handreiking.
</p>`;

async function toon(knooppuntId: string | null, regioId: string | null): Promise<void> {
  const knooppunt = knooppuntId ? await laadKnooppunt(knooppuntId) : null;
  if (knooppuntId && !knooppunt)
    return toonFout(`Het knooppunt "${knooppuntId}" uit de link bestaat niet (meer).`);
  const regio = knooppunt?.gegevens.regioId ?? regioId;
  if (!regio)
    return toonFout(
      'Kies eerst wat u wilt bewerken: open een knooppunt op de kaart, of begin een nieuw knooppunt via Beheer.',
    );
  const opties = await laadOpties(regio);
  const titel = knooppunt ? `${knooppunt.naam} bewerken` : 'Nieuw knooppunt';
  element('titel').textContent = titel;
  document.title = `${titel} — Knooppuntenregister`;
  if (knooppunt && !knooppunt.rechten.wijzigen)
    return toonFout(
      'U mag dit knooppunt niet wijzigen. Meld u aan met een account van een organisatie die eraan deelneemt of waarbij het is belegd.',
    );

  const kaart = `/?regio=${encodeURIComponent(regio)}${knooppunt ? `&selectie=${encodeURIComponent(knooppunt.id)}` : ''}`;
  const verwijderKnooppunt = async () => {
    if (!knooppunt || !confirm(`${knooppunt.naam} verwijderen, met zijn deelnames en routes?`))
      return;
    try {
      await schrijver('knooppunt').verwijder(knooppunt.id, knooppunt.versie);
      location.assign(`/?regio=${encodeURIComponent(regio)}`);
    } catch (error) {
      toonFout(foutTekst(error));
    }
  };
  new Bewerker({
    plaats: element('knooppunt'),
    kind: 'knooppunt',
    object: knooppunt,
    cellen: cellsOf(
      'knooppunt',
      knooppunt?.gegevens ?? { ...ONBESCHREVEN_KNOOPPUNT, regioId: regio },
    ),
    opties,
    kop: nothing,
    kopId: 'titel',
    inleiding,
    opslaan: 'Opslaan',
    knoppen: html`${
      knooppunt?.rechten.verwijderen
        ? html`<button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            @click=${() => void verwijderKnooppunt()}
          >
            Verwijder knooppunt
          </button>`
        : nothing
    }
      <a class="utrecht-link utrecht-link--html-a" href=${kaart}>Terug naar de kaart</a>`,
    conflictKopNiveau: 2,
    opgeslagen: async (id) => {
      if (!knooppunt) location.assign(`/bewerken.html?knooppunt=${encodeURIComponent(id)}`);
    },
  }).teken();

  if (!knooppunt) return;
  const herlaad = async () => {
    const nu = await laadKnooppunt(knooppunt.id);
    if (!nu) return;
    deelnames.toon(nu.deelnames);
    routes.toon(nu.overdrachten);
  };
  const deelnames = new SubLijst(DEELNAMES, opties, { knooppuntId: knooppunt.id }, herlaad);
  const routes = new SubLijst(ROUTES, opties, { vanId: knooppunt.id }, herlaad);
  deelnames.toon(knooppunt.deelnames);
  routes.toon(knooppunt.overdrachten);
}

const params = new URLSearchParams(location.search);
void toonLayout('bewerken');
toon(params.get('knooppunt'), params.get('regio'))
  .catch((error: unknown) => toonFout(foutTekst(error)))
  .finally(() => {
    document.body.dataset['kaart'] = 'gereed';
  });
