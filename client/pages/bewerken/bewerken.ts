// SPDX-License-Identifier: EUPL-1.2
// The edit page (issue 8, H §2.6 stap 2): a knooppunt with every field, its deelnames and its
// routes out. ?knooppunt=<id> edits, ?regio=<id> starts a new one. Each object is saved on its
// own with the version it was loaded at; a concurrent change opens the conflict view.
import { cellsOf } from '../../../server/domain/fields.ts';
import { ONBESCHREVEN_KNOOPPUNT, type EditableKind } from '../../../server/domain/model.ts';
import { toonAccount } from '../../shared/account.ts';
import { ApiError } from '../../shared/api.ts';
import {
  laadHuidig,
  laadKnooppunt,
  laadOpties,
  schrijf,
  verwijder,
  type Bewerkbaar,
  type BewerkbaarKnooppunt,
} from './bewerken-queries.ts';
import { renderConflict, samenvoegen, verschillen } from './conflict.ts';
import { Formulier, type Opties } from './formulier.ts';
import { html } from '../../shared/html.ts';
import { GRONDSLAG, label, OVERDRACHT_SOORT, ROL } from '../../shared/labels.ts';

const $ = <T extends HTMLElement>(selector: string, root: ParentNode = document) =>
  root.querySelector<T>(selector)!;
const status = $('#status');
const fout = $('#fout');

function meld(tekst: string): void {
  status.textContent = tekst;
}
function toonFout(tekst: string | null): void {
  fout.hidden = tekst === null;
  fout.textContent = tekst ?? '';
}

/** One object in a form: saving with its version, field errors, and conflicts. */
class Bewerker {
  private readonly formulier: Formulier;
  private readonly paneel: HTMLElement;
  private id: string | null;
  private versie: number;
  /** The cells as loaded: what "changed by me" is measured against in a conflict. */
  private basis: Record<string, string>;
  private readonly opgeslagen: (id: string) => Promise<void>;
  /** The version someone else saved, while the conflict view is open. */
  private huidig: Bewerkbaar<object> | null = null;

  constructor(
    form: HTMLFormElement,
    kind: EditableKind,
    object: Bewerkbaar<object> | null,
    cellen: Record<string, string>,
    opties: Opties,
    vast: Record<string, string>,
    opgeslagen: (id: string) => Promise<void>,
  ) {
    this.formulier = new Formulier(form, { prefix: kind, kind, cellen, opties, vast });
    this.paneel = $('[data-conflict-paneel]', form);
    this.id = object?.id ?? null;
    this.versie = object?.versie ?? 0;
    this.basis = cellen;
    this.opgeslagen = opgeslagen;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.bewaar();
    });
    this.paneel.addEventListener(
      'click',
      (e) =>
        void this.kiesInConflict(
          (e.target as HTMLElement).closest<HTMLElement>('[data-conflict]')?.dataset['conflict'],
        ),
    );
  }

  get kind(): EditableKind {
    return this.formulier.kind;
  }

  async bewaar(): Promise<void> {
    const input = this.formulier.invoer();
    if (!input) return meld('Niet opgeslagen: verbeter de gemarkeerde velden.');
    try {
      const saved = await schrijf(this.kind, this.id, this.versie, input);
      this.id = saved.id;
      this.versie = saved.versie;
      this.basis = this.formulier.cellen();
      this.paneel.hidden = true;
      toonFout(null);
      meld(`Opgeslagen (versie ${saved.versie}).`);
      await this.opgeslagen(saved.id);
    } catch (error) {
      await this.fout(error);
    }
  }

  private async fout(error: unknown): Promise<void> {
    if (!(error instanceof ApiError))
      return toonFout('De server is niet bereikbaar. Uw invoer staat nog in het formulier.');
    if (error.code === 'CONFLICT' && error.extensions.huidigeVersie !== undefined && this.id)
      return this.toonConflict();
    if (error.extensions.fields?.length) {
      this.formulier.toonServerFouten(error.extensions.fields);
      return meld('Niet opgeslagen: verbeter de gemarkeerde velden.');
    }
    toonFout(error.message);
  }

  private async toonConflict(): Promise<void> {
    this.huidig = await laadHuidig(this.kind, this.id!);
    if (!this.huidig)
      return toonFout(
        'Dit object is intussen door iemand anders verwijderd. Uw invoer staat nog in het formulier; sla het op als nieuw object of kopieer wat u nodig hebt.',
      );
    const lijst = verschillen(
      this.kind,
      this.basis,
      this.formulier.cellen(),
      cellsOf(this.kind, this.huidig.gegevens),
    );
    this.paneel.innerHTML = renderConflict(this.kind, this.huidig.versie, lijst).value;
    this.paneel.hidden = false;
    meld('Niet opgeslagen: iemand anders heeft dit intussen gewijzigd.');
    $<HTMLElement>(`#${this.kind}-conflict-kop`, this.paneel).focus();
  }

  private async kiesInConflict(keuze: string | undefined): Promise<void> {
    if (!keuze || !this.huidig) return;
    const huidig = cellsOf(this.kind, this.huidig.gegevens);
    const houdMijn = new Set(
      [...this.paneel.querySelectorAll<HTMLInputElement>('input[value="mijn"]:checked')].map(
        (i) => i.dataset['veld']!,
      ),
    );
    const cellen =
      keuze === 'samenvoegen' ? samenvoegen(huidig, this.formulier.cellen(), houdMijn) : huidig;
    this.formulier.vul(cellen);
    this.versie = this.huidig.versie;
    this.basis = huidig;
    this.paneel.hidden = true;
    if (keuze === 'samenvoegen') await this.bewaar();
    else meld(`De huidige versie (${this.huidig.versie}) staat in het formulier.`);
  }
}

/** A list of deelnames or routes, with a sub-form to add one or change one. */
function subLijst(
  sectie: HTMLElement,
  kind: 'deelname' | 'overdracht',
  objecten: Bewerkbaar<object>[],
  opties: Opties,
  vast: Record<string, string>,
  beschrijf: (o: Bewerkbaar<object>) => string,
  herlaad: () => Promise<void>,
): void {
  $('[data-lijst]', sectie).innerHTML = (
    objecten.length === 0
      ? html`<p>Nog geen.</p>`
      : html`<table class="objecten"><caption class="sr-only">${kind === 'deelname' ? 'Deelnames' : 'Routes'}</caption>
        <tbody>${objecten.map(
          (o) => html`<tr><td>${beschrijf(o)}</td>
          <td><button type="button" class="link" data-bewerk="${o.id}">Bewerken<span class="sr-only"> ${beschrijf(o)}</span></button></td>
          <td><button type="button" class="link" data-verwijder="${o.id}">Verwijderen<span class="sr-only"> ${beschrijf(o)}</span></button></td></tr>`,
        )}</tbody></table>`
  ).value;
  sectie.onclick = async (e) => {
    const doel = (e.target as HTMLElement).closest<HTMLElement>('button');
    if (!doel) return;
    const { bewerk, verwijder: weg } = doel.dataset;
    if (doel.matches('[data-nieuw]') || bewerk)
      openSubformulier(
        sectie,
        kind,
        objecten.find((o) => o.id === bewerk) ?? null,
        opties,
        vast,
        herlaad,
      );
    if (doel.matches('[data-annuleer]')) {
      $<HTMLFormElement>('form', sectie).hidden = true;
      $<HTMLElement>('[data-nieuw]', sectie).focus();
    }
    const object = objecten.find((o) => o.id === weg);
    if (!object || !confirm(`${beschrijf(object)} verwijderen?`)) return;
    try {
      await verwijder(kind, object.id, object.versie);
      meld('Verwijderd.');
      await herlaad();
    } catch (error) {
      toonFout(error instanceof Error ? error.message : String(error));
    }
  };
}

/** A fresh form element per opening, so nothing of an earlier object stays attached. */
function openSubformulier(
  sectie: HTMLElement,
  kind: 'deelname' | 'overdracht',
  object: Bewerkbaar<object> | null,
  opties: Opties,
  vast: Record<string, string>,
  herlaad: () => Promise<void>,
): void {
  const oud = $<HTMLFormElement>('form', sectie);
  const form = oud.cloneNode(true) as HTMLFormElement;
  oud.replaceWith(form);
  form.hidden = false;
  new Bewerker(
    form,
    kind,
    object,
    object ? cellsOf(kind, object.gegevens) : { ...vast },
    opties,
    vast,
    async () => {
      form.hidden = true;
      await herlaad();
    },
  );
  $<HTMLElement>('h3', form).focus();
}

async function toon(knooppuntId: string | null, regioId: string | null): Promise<void> {
  const knooppunt: BewerkbaarKnooppunt | null = knooppuntId
    ? await laadKnooppunt(knooppuntId)
    : null;
  if (knooppuntId && !knooppunt) return toonFout(`Knooppunt "${knooppuntId}" bestaat niet.`);
  const regio = knooppunt?.gegevens.regioId ?? regioId;
  if (!regio) return toonFout('Geef een knooppunt of een regio op.');
  const opties = await laadOpties(regio);
  $('#titel').textContent = knooppunt ? `${knooppunt.naam} bewerken` : 'Nieuw knooppunt';
  document.title = `${$('#titel').textContent} — Knooppuntenregister`;
  $<HTMLAnchorElement>('#naar-kaart').href =
    `/?regio=${encodeURIComponent(regio)}${knooppunt ? `&selectie=${encodeURIComponent(knooppunt.id)}` : ''}`;
  if (knooppunt && !knooppunt.rechten.wijzigen)
    return toonFout(
      'U mag dit knooppunt niet wijzigen. Meld u aan met een account van een organisatie die eraan deelneemt of waarbij het is belegd.',
    );

  const form = $<HTMLFormElement>('#knooppunt-formulier');
  form.hidden = false;
  const cellen = cellsOf(
    'knooppunt',
    knooppunt?.gegevens ?? { ...ONBESCHREVEN_KNOOPPUNT, regioId: regio },
  );
  new Bewerker(form, 'knooppunt', knooppunt, cellen, opties, {}, async (id) => {
    if (!knooppunt) location.assign(`/bewerken.html?knooppunt=${encodeURIComponent(id)}`);
  });

  const verwijderKnop = $<HTMLButtonElement>('#verwijder-knooppunt');
  verwijderKnop.hidden = !knooppunt?.rechten.verwijderen;
  verwijderKnop.onclick = async () => {
    if (!knooppunt || !confirm(`${knooppunt.naam} verwijderen, met zijn deelnames en routes?`))
      return;
    try {
      await verwijder('knooppunt', knooppunt.id, knooppunt.versie);
      location.assign(`/?regio=${encodeURIComponent(regio)}`);
    } catch (error) {
      toonFout(error instanceof Error ? error.message : String(error));
    }
  };

  if (!knooppunt) return;
  const herlaad = async () => {
    const nu = await laadKnooppunt(knooppunt.id);
    if (nu) toonRelaties(nu, opties);
  };
  const toonRelaties = (k: BewerkbaarKnooppunt, o: Opties) => {
    const deelnames = $('#deelnames');
    deelnames.hidden = false;
    subLijst(
      deelnames,
      'deelname',
      k.deelnames,
      o,
      { knooppuntId: k.id },
      (d) => {
        const g = (d as Bewerkbaar<{ rol: string; grondslag: string }>).gegevens;
        return `${d.naam} — ${label(ROL, g.rol)}, ${label(GRONDSLAG, g.grondslag)}`;
      },
      herlaad,
    );
    const routes = $('#overdrachten');
    routes.hidden = false;
    subLijst(
      routes,
      'overdracht',
      k.overdrachten,
      o,
      { vanId: k.id },
      (r) =>
        `${label(OVERDRACHT_SOORT, (r as Bewerkbaar<{ soort: string }>).gegevens.soort)} naar ${r.naam}`,
      herlaad,
    );
  };
  toonRelaties(knooppunt, opties);
}

const params = new URLSearchParams(location.search);
void toonAccount($('#account'));
toon(params.get('knooppunt'), params.get('regio')).catch((error: unknown) =>
  toonFout(error instanceof Error ? error.message : String(error)),
);
