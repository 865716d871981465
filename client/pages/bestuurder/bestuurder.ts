// SPDX-License-Identifier: EUPL-1.2
// The bestuurder's overview of a region (H §2.6): a one-page summary, then the coverage map and
// matrix with its gaps, whether an existing table can take on a new problem, overlapping
// knooppunten, and every finding against the handreiking, counted. Printable as a report.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { gql } from '../../shared/api.ts';
import { download, toCsv } from '../../shared/export.ts';
import { ENUM_LABELS } from '../../../server/domain/enum-labels.ts';
import { aantal } from '../../../server/domain/taal.ts';
import { ERNST_VOLGORDE, perErnst } from '../../shared/findings-view.ts';
import type {
  BestuurderKeuzesQuery,
  BestuurderNieuwProbleemQuery,
  BestuurderOverzichtQuery,
  Ernst,
  Signaal,
} from '../../shared/gql/graphql.ts';
import { ERNST, label, LEEFTIJDSBANDEN, SIGNAAL, type Leeftijdsband } from '../../shared/labels.ts';
import { toonLayout } from '../../shared/layout.ts';
import { titelblok } from '../../shared/titelblok.ts';
import { kaartUrl } from '../../shared/view-state.ts';
import { vinkje } from '../casus/velden.ts';
import { laadGrenzen, type Gemeentevlak } from '../../shared/grenzen.ts';
import { gemeentekaart } from './gemeentekaart.ts';
import { BESTUURDER_KEUZES, BESTUURDER_NIEUW_PROBLEEM, BESTUURDER_OVERZICHT } from './queries.ts';

type Overzicht = BestuurderOverzichtQuery;
type Kandidaat = BestuurderNieuwProbleemQuery['nieuwProbleem'][number];
type Optie = readonly [waarde: string, tekst: string];

const TITEL = 'Regionaal overzicht: dekking, overlap en verantwoording';
/** How many gaps and findings the summary names; the rest is in the details. */
const TOP = 5;

const staat: {
  keuzes?: BestuurderKeuzesQuery;
  regio: string;
  leeftijd: Leeftijdsband | '';
  data?: Overzicht;
  grenzen?: readonly Gemeentevlak[];
  kaartThema: string;
  /** Only the findings of this severity in the list of all findings. */
  ernst: Ernst | '';
  nieuw: {
    /** '': no thema yet, the problem is named freely. */
    thema: string;
    naam: string;
    /** '': derived from the thema on the server. */
    groep: '' | 'ja' | 'nee';
    signalen: Set<Signaal>;
    gemeente: string;
    fout?: string;
    kandidaten?: Kandidaat[];
  };
  melding?: { soort: 'info' | 'error'; tekst: string };
} = {
  regio: '',
  leeftijd: '',
  kaartThema: '',
  ernst: '',
  nieuw: { thema: '', naam: '', groep: '', signalen: new Set(), gemeente: '' },
};

const isBand = (b: string | null): b is Leeftijdsband => !!b && b in LEEFTIJDSBANDEN;
const band = () => (staat.leeftijd ? LEEFTIJDSBANDEN[staat.leeftijd] : null);
const regioNaam = () => staat.keuzes?.regios.find((r) => r.id === staat.regio)?.naam ?? '';
const doelgroep = () => band()?.label ?? 'Alle leeftijden';
const procent = (score: number) => `${Math.round(score * 100)}%`;
const link = (href: string, tekst: unknown) =>
  html`<a class="utrecht-link utrecht-link--html-a" href=${href}>${tekst}</a>`;
const teller = (n: number) => html`<span class="utrecht-number-badge">${n}</span>`;
const kop = (tekst: string, klasse = '') =>
  html`<th scope="col" class="utrecht-table__header-cell ${klasse}">${tekst}</th>`;
const cel = (inhoud: unknown, klasse = '') =>
  html`<td class="utrecht-table__cell ${klasse}">${inhoud}</td>`;
const rijkop = (inhoud: unknown) =>
  html`<th scope="row" class="utrecht-table__header-cell">${inhoud}</th>`;
const lijst = (items: unknown[]) =>
  html`<ul class="utrecht-unordered-list">
    ${items.map((i) => html`<li class="utrecht-unordered-list__item">${i}</li>`)}
  </ul>`;

// ---- Choosers --------------------------------------------------------------------------------

function keuzeveld(
  id: string,
  tekst: string,
  waarde: string,
  opties: readonly Optie[],
  kies: (waarde: string) => void,
): TemplateResult {
  return html`<div class="utrecht-form-field">
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for=${id}>${tekst}</label>
    </div>
    <div class="utrecht-form-field__input">
      <select
        id=${id}
        class="utrecht-select utrecht-select--html-select"
        @change=${(e: Event) => kies((e.target as HTMLSelectElement).value)}
      >
        ${opties.map(([v, t]) => html`<option value=${v} .selected=${v === waarde}>${t}</option>`)}
      </select>
    </div>
  </div>`;
}

function keuzeformulier(k: BestuurderKeuzesQuery): TemplateResult {
  const regios = k.regios
    .filter((r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS')
    .map((r): Optie => [
      r.id,
      `${r.naam} (${aantal(r.aantalKnooppunten, 'knooppunt', 'knooppunten')})`,
    ]);
  const banden = Object.entries(LEEFTIJDSBANDEN).map(([id, b]): Optie => [id, b.label]);
  return html`<div class="keuzes">
    ${keuzeveld('regio', 'Regio', staat.regio, regios, (v) => {
      staat.regio = v;
      void laad().catch(toonFout);
    })}
    ${keuzeveld(
      'leeftijd',
      'Doelgroep (leeftijd)',
      staat.leeftijd,
      [['', 'Alle leeftijden'], ...banden],
      (v) => {
        staat.leeftijd = isBand(v) ? v : '';
        void laad().catch(toonFout);
      },
    )}
    <div class="utrecht-button-group">
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        @click=${() => window.print()}
      >
        Rapport afdrukken
      </button>
    </div>
  </div>`;
}

// ---- Summary: one page ------------------------------------------------------------------------

const item = (sleutel: string, waarde: unknown) =>
  html`<div class="utrecht-data-list__item">
    <dt class="utrecht-data-list__item-key">${sleutel}</dt>
    <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${waarde}</dd>
  </div>`;

/** The gaps per thema, the thema with the most gaps first. */
function lacunesPerThema(d: Overzicht['dekking']): { thema: string; gemeenten: string[] }[] {
  const perThema = new Map<string, string[]>();
  for (const l of d.lacunes)
    perThema.set(l.thema.naam, [...(perThema.get(l.thema.naam) ?? []), l.gemeente.naam]);
  return [...perThema]
    .map(([thema, gemeenten]) => ({ thema, gemeenten }))
    .sort((a, b) => b.gemeenten.length - a.gemeenten.length || a.thema.localeCompare(b.thema));
}

function waar(gemeenten: string[], d: Overzicht['dekking']): string {
  return gemeenten.length === d.gemeenten.length
    ? `in geen enkele gemeente (${aantal(gemeenten.length, 'gemeente', 'gemeenten')})`
    : gemeenten.join(', ');
}

function kerncijfers(d: Overzicht): TemplateResult {
  const { dekking, overlap, verantwoording } = d;
  const metLacune = new Set(dekking.lacunes.map((l) => l.gemeente.id));
  const gedekt = dekking.gemeenten.filter((g) => !metLacune.has(g.id)).length;
  const themasMetLacune = new Set(dekking.lacunes.map((l) => l.thema.id)).size;
  const onbereikbaar = dekking.cellen.filter(
    (c) => c.knooppunten.length > 0 && !c.bereikbaarVanuitMeldpunt,
  ).length;
  const knooppunten = d.meldpunten.totaal + d.tafels.totaal;
  const samenvoegen = overlap.groepen.find((g) => g.soort === 'SAMENVOEGEN')?.totaal ?? 0;
  return html`<dl class="utrecht-data-list utrecht-data-list--rows kerncijfers">
    ${item(
      'Knooppunten',
      `${knooppunten}: ${aantal(d.meldpunten.totaal, 'meldpunt', 'meldpunten')}, ${aantal(d.tafels.totaal, 'overlegtafel', 'overlegtafels')}`,
    )}
    ${item(
      'Gemeenten',
      `${aantal(dekking.gemeenten.length, 'gemeente', 'gemeenten')}; in ${gedekt} daarvan is elk thema gedekt`,
    )}
    ${item(
      'Lacunes',
      dekking.lacunes.length
        ? `${aantal(dekking.lacunes.length, 'lacune', 'lacunes')} (thema zonder knooppunt in een gemeente), bij ${aantal(themasMetLacune, 'thema', 'thema’s')} van ${dekking.themas.length}`
        : 'geen: elk thema is in elke gemeente gedekt',
    )}
    ${item(
      'Zonder route vanuit een meldpunt',
      `${aantal(onbereikbaar, 'combinatie', 'combinaties')} van thema en gemeente`,
    )}
    ${item(
      'Overlap',
      `${aantal(overlap.totaal, 'paar', 'paren')} knooppunten met 40% overlap of meer, waarvan ${aantal(samenvoegen, 'kandidaat', 'kandidaten')} om samen te voegen (alle doelgroepen)`,
    )}
    ${item(
      'Bevindingen',
      `${verantwoording.bevindingen.length}: ${perErnst(verantwoording.bevindingen)} (alle doelgroepen)`,
    )}
  </dl>`;
}

function ernstigste(v: Overzicht['verantwoording']): TemplateResult {
  const regels = v.perRegel
    .filter((r) => r.aantal > 0)
    .sort(
      (a, b) =>
        ERNST_VOLGORDE.indexOf(a.regel.ernst) - ERNST_VOLGORDE.indexOf(b.regel.ernst) ||
        b.aantal - a.aantal,
    )
    .slice(0, TOP);
  const knooppunten = v.perKnooppunt
    .filter((k) => k.fouten > 0)
    .sort((a, b) => b.fouten - a.fouten || a.knooppunt.naam.localeCompare(b.knooppunt.naam))
    .slice(0, 3);
  return html`<h3 class="utrecht-heading-3">Ernstigste bevindingen</h3>
    ${lijst(
      regels.map(
        (r) =>
          html`<strong class="ernst">${label(ERNST, r.regel.ernst)}</strong> ${r.regel.titel}:
            ${aantal(r.aantal, 'bevinding', 'bevindingen')}
            <span class="bron">(${r.regel.id}; ${r.regel.bron})</span>`,
      ),
    )}
    ${
      knooppunten.length
        ? html`<p class="utrecht-paragraph">
          De meeste fouten:
          ${knooppunten.map((k) => `${k.knooppunt.naam} (${k.fouten})`).join(', ')}.
        </p>`
        : nothing
    }`;
}

function samenvatting(d: Overzicht): TemplateResult {
  const lacunes = lacunesPerThema(d.dekking);
  return html`<section class="samenvatting" aria-labelledby="kop-samenvatting">
    <h2 id="kop-samenvatting" class="utrecht-heading-2">Samenvatting</h2>
    ${kerncijfers(d)}
    <h3 class="utrecht-heading-3">Grootste lacunes</h3>
    ${
      lacunes.length
        ? lijst([
            ...lacunes
              .slice(0, TOP)
              .map((l) => html`<strong>${l.thema}</strong>: ${waar(l.gemeenten, d.dekking)}`),
            ...(lacunes.length > TOP
              ? [`En ${aantal(lacunes.length - TOP, 'thema', 'thema’s')} met minder lacunes.`]
              : []),
          ])
        : html`<p class="utrecht-paragraph">Geen lacunes.</p>`
    }
    ${ernstigste(d.verantwoording)}
  </section>`;
}

// ---- Coverage -------------------------------------------------------------------------------

function kaartdeel(d: Overzicht['dekking']): TemplateResult {
  const thema = d.themas.find((t) => t.id === staat.kaartThema) ?? d.themas[0];
  if (!thema) return html``;
  const aantallen = new Map(
    d.cellen
      .filter((c) => c.thema.id === thema.id)
      .map((c) => {
        const g = d.gemeenten.find((x) => x.id === c.gemeente.id);
        return [c.gemeente.id, { naam: g?.naam ?? c.gemeente.id, aantal: c.knooppunten.length }];
      }),
  );
  const themas = d.themas.map((t): Optie => [t.id, t.naam]);
  return html`<div class="kaart-en-keuze">
    <div class="niet-printen">
      ${keuzeveld('kaart-thema', 'Thema op de kaart', thema.id, themas, (v) => {
        staat.kaartThema = v;
        teken();
      })}
    </div>
    <p class="utrecht-paragraph alleen-print">Op de kaart: ${thema.naam}.</p>
    <div id="gemeentekaart">
      ${
        staat.grenzen
          ? gemeentekaart(
              staat.grenzen,
              `Dekking van ${thema.naam.toLowerCase()} per gemeente`,
              aantallen,
            )
          : html`<p class="utrecht-paragraph">De kaart wordt geladen…</p>`
      }
    </div>
  </div>`;
}

function matrix(d: Overzicht['dekking']): TemplateResult {
  const regio = staat.regio;
  const cellen = new Map(d.cellen.map((c) => [`${c.thema.id}|${c.gemeente.id}`, c]));
  const vak = (t: { id: string }, g: { id: string }) => {
    const c = cellen.get(`${t.id}|${g.id}`);
    if (!c || c.knooppunten.length === 0)
      return html`<td class="utrecht-table__cell lacune">Geen</td>`;
    const href = kaartUrl({ regio, filters: { thema: [t.id], gemeente: [g.id] } });
    return html`<td class="utrecht-table__cell">
      <a
        class="utrecht-link utrecht-link--html-a"
        href=${href}
        title=${c.knooppunten.map((k) => k.naam).join(', ')}
        >${c.knooppunten.length}</a
      >${
        c.bereikbaarVanuitMeldpunt
          ? nothing
          : html` <span aria-hidden="true">○</span
            ><span class="sr-only">niet bereikbaar vanuit een meldpunt</span>`
      }
    </td>`;
  };
  return html`<div id="matrix" class="tabelvak matrix" role="region" aria-label="Dekkingsmatrix" tabindex="0">
    <table class="utrecht-table utrecht-table--html-table">
      <caption class="utrecht-table__caption sr-only">
        Aantal knooppunten per thema (rijen) en gemeente (kolommen)
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <td class="utrecht-table__cell"></td>
          ${d.gemeenten.map(
            (g) =>
              html`<th scope="col" class="utrecht-table__header-cell gemeente">
                <span class="kantel"
                  >${link(kaartUrl({ regio, filters: { gemeente: [g.id] } }), g.naam)}</span
                >
              </th>`,
          )}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        ${d.themas.map(
          (t) =>
            html`<tr class="utrecht-table__row">
              <th
                scope="row"
                class="utrecht-table__header-cell utrecht-table__header-cell--sticky-inline"
              >
                ${link(kaartUrl({ regio, filters: { thema: [t.id] } }), t.naam)}
              </th>
              ${d.gemeenten.map((g) => vak(t, g))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function lacunesCsv(d: Overzicht['dekking']): void {
  const rijen = d.lacunes.map((l) => [l.thema.naam, l.gemeente.naam]);
  download('lacunes.csv', toCsv(rijen, ['Thema', 'Gemeente']), 'text/csv;charset=utf-8');
}

function dekkingsdeel(d: Overzicht['dekking']): TemplateResult {
  const lacunes = lacunesPerThema(d);
  return html`<section class="dekking" aria-labelledby="kop-dekking">
    <h2 id="kop-dekking" class="utrecht-heading-2">Dekking: thema’s × gemeenten</h2>
    <p class="utrecht-paragraph">
      Per thema en gemeente het aantal knooppunten dat het thema daar oppakt (doelgroep:
      ${doelgroep().toLowerCase()}). De kaart toont één thema, de tabel daaronder alle thema’s.
    </p>
    ${kaartdeel(d)}
    <div class="matrixpagina">
      <h3 class="utrecht-heading-3">Per thema en gemeente</h3>
      <p class="utrecht-paragraph">
        <span class="lacune-voorbeeld">Geen</span> is een lacune: geen knooppunt voor dat thema in
        die gemeente. ○ betekent dat er geen route vanuit een meldpunt naartoe leidt. Een getal
        opent die knooppunten op de kaart.
      </p>
      ${matrix(d)}
      <h3 class="utrecht-heading-3">Lacunes ${teller(d.lacunes.length)}</h3>
      <p class="utrecht-paragraph niet-printen">
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          @click=${() => lacunesCsv(d)}
        >
          Lacunes als CSV
        </button>
      </p>
      <div id="lacunes">
        ${
          lacunes.length
            ? lijst(lacunes.map((l) => html`<strong>${l.thema}</strong>: ${waar(l.gemeenten, d)}`))
            : html`<p class="utrecht-paragraph">Geen lacunes.</p>`
        }
      </div>
    </div>
  </section>`;
}

// ---- A new problem ---------------------------------------------------------------------------

async function zoekNieuw(event: Event): Promise<void> {
  event.preventDefault();
  const n = staat.nieuw;
  const naam = n.naam.trim();
  if (!n.thema && !naam) {
    staat.nieuw = { ...n, fout: 'Kies een thema, of geef het probleem een naam.' };
    teken();
    document.getElementById('nieuw-naam')?.focus();
    return;
  }
  const b = band();
  const { nieuwProbleem } = await gql(BESTUURDER_NIEUW_PROBLEEM, {
    regio: staat.regio,
    probleem: {
      themaId: n.thema || null,
      naam: n.thema ? null : naam,
      groep: n.groep === '' ? null : n.groep === 'ja',
      signalen: n.thema ? [] : [...n.signalen],
      leeftijd: b ? { van: b.van, tot: b.tot } : null,
      gemeenteIds: n.gemeente ? [n.gemeente] : [],
    },
  });
  staat.nieuw = { ...staat.nieuw, fout: undefined, kandidaten: nieuwProbleem };
  teken();
}

function kandidaat(k: Kandidaat): TemplateResult {
  return html`<li class="utrecht-ordered-list__item">
    ${link(kaartUrl({ regio: staat.regio, selectie: k.knooppunt.id }), k.knooppunt.naam)}
    (${procent(k.score)})
    ${k.alGedekt.length ? html`<br />Al aanwezig: ${k.alGedekt.join('; ')}.` : nothing}
    ${
      k.nodig.length
        ? html`<br />Nodig: ${k.nodig.join('; ')}.`
        : html`<br />Kan het zonder wijziging oppakken.`
    }
  </li>`;
}

/** Without a thema the problem gets a name, and the signals say what kind of casus it is. */
function zonderThema(): TemplateResult {
  const n = staat.nieuw;
  const fout = n.fout;
  return html`<div class="utrecht-form-field utrecht-form-field--text ${fout ? 'utrecht-form-field--invalid' : ''}">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="nieuw-naam">Naam van het probleem</label>
      </div>
      <div class="utrecht-form-field__description" id="nieuw-naam-uitleg">
        In algemene termen, bijvoorbeeld ‘uitbuiting van minderjarigen’. Wordt niet opgeslagen.
      </div>
      ${fout ? html`<div class="utrecht-form-field-error-message" id="nieuw-naam-fout">${fout}</div>` : nothing}
      <div class="utrecht-form-field__input">
        <input
          id="nieuw-naam"
          class="utrecht-textbox utrecht-textbox--html-input ${fout ? 'utrecht-textbox--invalid' : ''}"
          maxlength="120"
          autocomplete="off"
          aria-describedby=${fout ? 'nieuw-naam-uitleg nieuw-naam-fout' : 'nieuw-naam-uitleg'}
          aria-invalid=${fout ? 'true' : 'false'}
          .value=${n.naam}
          @input=${(e: Event) => (n.naam = (e.target as HTMLInputElement).value)}
        />
      </div>
    </div>
    <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset nieuw-signalen">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        Signalen die erbij horen
      </legend>
      ${(Object.entries(SIGNAAL) as [Signaal, string][]).map(([code, tekst]) =>
        vinkje(['nieuw-signaal', code], tekst, n.signalen.has(code), (aan) => {
          if (aan) n.signalen.add(code);
          else n.signalen.delete(code);
        }),
      )}
    </fieldset>`;
}

function nieuwDeel(
  d: Overzicht['dekking'],
  themas: BestuurderKeuzesQuery['themas'],
): TemplateResult {
  const n = staat.nieuw;
  return html`<section class="niet-printen" aria-labelledby="kop-nieuw">
    <h2 id="kop-nieuw" class="utrecht-heading-2">
      Nieuw probleem: kan een bestaande tafel het oppakken?
    </h2>
    <form id="nieuw" novalidate @submit=${(e: Event) => void zoekNieuw(e).catch(toonFout)}>
      <div class="keuzes">
        ${keuzeveld(
          'nieuw-thema',
          'Thema',
          n.thema,
          [
            ['', 'Nog geen thema: zelf een naam geven'],
            ...themas.map((t): Optie => [t.id, t.naam]),
          ],
          (v) => {
            staat.nieuw = { ...staat.nieuw, thema: v, fout: undefined };
            teken();
          },
        )}
        ${keuzeveld(
          'nieuw-aanpak',
          'Gaat het om een groep?',
          n.groep,
          [
            ['', 'Afleiden uit het thema'],
            ['nee', 'Nee, om één persoon of gezin'],
            ['ja', 'Ja, om een groep (groepsaanpak)'],
          ],
          (v) => (staat.nieuw = { ...staat.nieuw, groep: v === 'ja' || v === 'nee' ? v : '' }),
        )}
        ${keuzeveld(
          'nieuw-gemeente',
          'Werkgebied',
          n.gemeente,
          [['', 'De hele regio'], ...d.gemeenten.map((g): Optie => [g.id, g.naam])],
          (v) => (staat.nieuw = { ...staat.nieuw, gemeente: v }),
        )}
      </div>
      ${n.thema ? nothing : zonderThema()}
      <p class="utrecht-form-field-description">
        De doelgroep hierboven geldt ook hier. Alleen tafels met dezelfde werkwijze komen in
        aanmerking: een groepsprobleem hoort bij een groepsaanpak, niet bij een tafel voor
        individuele casussen (H Bijlage 1.3).
      </p>
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Zoek bestaande tafels
        </button>
      </div>
    </form>
    <div id="nieuw-resultaat" aria-live="polite">
      ${
        n.kandidaten
          ? n.kandidaten.length
            ? html`<ol class="utrecht-ordered-list">
              ${n.kandidaten.map(kandidaat)}
            </ol>`
            : html`<p class="utrecht-paragraph">
              Geen bestaande tafel met deze werkwijze komt in de buurt. Een groepsprobleem vraagt
              een groepsaanpak; is die er niet, dan is dat een lacune om met de regio te bespreken.
            </p>`
          : nothing
      }
    </div>
  </section>`;
}

// ---- Overlap ---------------------------------------------------------------------------------

/** Per soort the strongest pairs at once; the rest one click away, so the list stays readable. */
const PER_SOORT = 5;

type Paar = Overzicht['overlap']['groepen'][number]['paren'][number];

function overlaptabel(paren: readonly Paar[], kopId: string): TemplateResult {
  const regio = staat.regio;
  const paar = (p: Paar) =>
    html`<tr class="utrecht-table__row">
      ${rijkop(
        html`${link(kaartUrl({ regio, selectie: p.a.id }), p.a.naam)} en
        ${link(kaartUrl({ regio, selectie: p.b.id }), p.b.naam)}`,
      )}
      ${cel(procent(p.score), 'utrecht-table__cell--numeric-data')} ${cel(p.redenen.join('; '))}
      ${cel(html`${p.advies}${p.verschillen.length ? html`<br />Verschil in ${p.verschillen.join('; ')}.` : nothing}`)}
      ${cel(
        link(
          kaartUrl({ regio, selectie: p.a.id, naast: p.b.id }),
          html`Samen op de kaart<span class="sr-only">: ${p.a.naam} en ${p.b.naam}</span>`,
        ),
        'niet-printen kaartlink',
      )}
    </tr>`;
  return html`<div class="tabelvak" role="region" aria-labelledby=${kopId} tabindex="0">
    <table class="utrecht-table utrecht-table--html-table">
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          ${kop('Knooppunten', 'k-paar')}
          ${kop('Overlap', 'k-getal utrecht-table__header-cell--numeric-column')}
          ${kop('Waarin')} ${kop('Advies', 'k-advies')} ${kop('Kaart', 'niet-printen')}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        ${paren.map(paar)}
      </tbody>
    </table>
  </div>`;
}

/** Overlap grouped by what a bestuurder can do with it: merge candidates first (H §2.6). */
function overlapdeel(o: Overzicht['overlap']): TemplateResult {
  const groep = (g: Overzicht['overlap']['groepen'][number]) => {
    const kopId = `kop-overlap-${g.soort.toLowerCase()}`;
    const rest = g.paren.slice(PER_SOORT);
    return html`<section class="overlapgroep" data-soort=${g.soort} aria-labelledby=${kopId}>
      <h3 id=${kopId} class="utrecht-heading-3">
        ${ENUM_LABELS.OverlapSoort[g.soort]} ${teller(g.totaal)}
      </h3>
      ${overlaptabel(g.paren.slice(0, PER_SOORT), kopId)}
      ${
        rest.length
          ? html`<details class="overlap-meer">
            <summary>Toon de andere ${aantal(g.totaal - PER_SOORT, 'paar', 'paren')}</summary>
            ${overlaptabel(rest, kopId)}
          </details>`
          : nothing
      }
    </section>`;
  };
  return html`<section class="overlap" aria-labelledby="kop-overlap">
    <h2 id="kop-overlap" class="utrecht-heading-2">
      Overlap: samenvoegen, werk verdelen of afspraken maken ${teller(o.totaal)}
    </h2>
    <div id="overlap">
      ${
        o.totaal
          ? html`<p class="utrecht-paragraph">
              ${aantal(o.totaal, 'paar', 'paren')} knooppunten met 40% overlap of meer in
              thema's, werkgebied, doelgroep en partijen. Of samenvoegen kan, hangt af van hun
              functie, werkwijze en wettelijke basis: een meldpunt en een overlegtafel zijn
              ketenpartners, en een wettelijk geregeld knooppunt houdt zijn eigen taak (H §2.4,
              §2.5, §4.2).
            </p>
            ${o.groepen.map(groep)}`
          : html`<p class="utrecht-paragraph">Geen knooppunten die sterk overlappen.</p>`
      }
    </div>
  </section>`;
}

// ---- Accountability ---------------------------------------------------------------------------

function bevindingenCsv(v: Overzicht['verantwoording']): void {
  const rijen = v.bevindingen.map((b) => [
    b.knooppunt.naam,
    b.regel,
    label(ERNST, b.ernst),
    b.melding,
    b.bron,
    b.organisatie?.naam ?? '',
  ]);
  const kolommen = ['Knooppunt', 'Regel', 'Ernst', 'Bevinding', 'Bron', 'Organisatie'];
  download('bevindingen.csv', toCsv(rijen, kolommen), 'text/csv;charset=utf-8');
}

function tellingen(v: Overzicht['verantwoording']): TemplateResult {
  const regio = staat.regio;
  const tabel = (titel: string, koppen: TemplateResult, rijen: TemplateResult[]) =>
    html`<div class="tabelvak" role="region" aria-label=${titel} tabindex="0">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption">${titel}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">${koppen}</tr>
        </thead>
        <tbody class="utrecht-table__body">
          ${rijen}
        </tbody>
      </table>
    </div>`;
  const getal = (n: number) => cel(n, 'utrecht-table__cell--numeric-data');
  const getalkop = (t: string) => kop(t, 'utrecht-table__header-cell--numeric-column');
  return html`${tabel(
    'Per regel',
    html`${kop('Regel')} ${kop('Ernst')} ${getalkop('Aantal')} ${kop('Bron')}`,
    v.perRegel.map(
      (r) =>
        html`<tr class="utrecht-table__row">
            ${rijkop(`${r.regel.id} ${r.regel.titel}`)} ${cel(label(ERNST, r.regel.ernst))}
            ${getal(r.aantal)} ${cel(r.regel.bron)}
          </tr>`,
    ),
  )}
    <div class="tellingen">
      ${tabel(
        'Per knooppunt',
        html`${kop('Knooppunt')} ${getalkop('Bevindingen')} ${getalkop('Waarvan fouten')}`,
        v.perKnooppunt.map(
          (k) =>
            html`<tr class="utrecht-table__row">
              ${rijkop(link(kaartUrl({ regio, selectie: k.knooppunt.id }), k.knooppunt.naam))}
              ${getal(k.aantal)} ${getal(k.fouten)}
            </tr>`,
        ),
      )}
      ${tabel(
        'Per organisatie (bevindingen over haar deelnames)',
        html`${kop('Organisatie')} ${getalkop('Bevindingen')}`,
        v.perOrganisatie.map((o) => {
          const href = `/organisatie.html?${new URLSearchParams({ regio, organisatie: o.organisatie.id }).toString()}`;
          return html`<tr class="utrecht-table__row">
            ${rijkop(link(href, o.organisatie.naam))} ${getal(o.aantal)}
          </tr>`;
        }),
      )}
    </div>`;
}

/** Every finding, grouped per knooppunt (what each has to put right), most serious first. */
function alleBevindingen(v: Overzicht['verantwoording']): TemplateResult {
  const gekozen = v.bevindingen.filter((b) => !staat.ernst || b.ernst === staat.ernst);
  const perKnooppunt = new Map<string, typeof gekozen>();
  for (const b of gekozen)
    perKnooppunt.set(b.knooppunt.naam, [...(perKnooppunt.get(b.knooppunt.naam) ?? []), b]);
  const groepen = [...perKnooppunt].sort((a, b) => a[0].localeCompare(b[0], 'nl'));
  const ernst = (b: (typeof gekozen)[number]) => ERNST_VOLGORDE.indexOf(b.ernst);
  const ernsten = ERNST_VOLGORDE.map((e): Optie => [e, label(ERNST, e)]);
  const groep = ([naam, lijst]: (typeof groepen)[number]) =>
    html`<tbody class="utrecht-table__body">
      <tr class="utrecht-table__row">
        <th scope="rowgroup" colspan="3" class="utrecht-table__header-cell groepkop">
          ${naam} (${perErnst(lijst)})
        </th>
      </tr>
      ${[...lijst]
        .sort((a, b) => ernst(a) - ernst(b))
        .map(
          (b) =>
            html`<tr class="utrecht-table__row">
              ${cel(html`<strong class="ernst">${label(ERNST, b.ernst)}</strong>`)}
              ${cel(b.melding)} ${cel(`${b.regel}; ${b.bron}`, 'bron')}
            </tr>`,
        )}
    </tbody>`;
  return html`<h3 class="utrecht-heading-3" id="kop-alle">
      Alle bevindingen ${teller(gekozen.length)}
    </h3>
    <div class="keuzes niet-printen">
      ${keuzeveld('ernst', 'Ernst', staat.ernst, [['', 'Alle'], ...ernsten], (e) => {
        staat.ernst = ERNST_VOLGORDE.find((x) => x === e) ?? '';
        teken();
      })}
      <div class="utrecht-button-group">
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          @click=${() => bevindingenCsv(v)}
        >
          Bevindingen als CSV
        </button>
      </div>
    </div>
    <div class="tabelvak" role="region" aria-labelledby="kop-alle" tabindex="0">
      <table class="utrecht-table utrecht-table--html-table bevindingen">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            ${kop('Ernst', 'k-ernst')} ${kop('Bevinding')} ${kop('Regel en bron', 'k-bron')}
          </tr>
        </thead>
        ${groepen.map(groep)}
      </table>
    </div>`;
}

function verantwoordingsdeel(v: Overzicht['verantwoording']): TemplateResult {
  return html`<section class="verantwoording" aria-labelledby="kop-verantwoording">
    <h2 id="kop-verantwoording" class="utrecht-heading-2">
      Verantwoording: de beschrijvingen naast de regels uit de handreiking
    </h2>
    <div id="verantwoording">
      <p class="utrecht-paragraph">
        ${aantal(v.bevindingen.length, 'bevinding', 'bevindingen')}: ${perErnst(v.bevindingen)}.
      </p>
      ${tellingen(v)} ${alleBevindingen(v)}
    </div>
  </section>`;
}

// ---- The page --------------------------------------------------------------------------------

function rapport(d: Overzicht, k: BestuurderKeuzesQuery): TemplateResult {
  const kaartThema = d.dekking.themas.find((t) => t.id === staat.kaartThema)?.naam;
  const filters = [
    kaartThema && `Thema op de kaart: ${kaartThema}`,
    staat.ernst && `Bevindingen: alleen ${label(ERNST, staat.ernst).toLowerCase()}`,
  ].filter((x): x is string => !!x);
  const leeg = d.meldpunten.totaal + d.tafels.totaal === 0;
  return html`<div class="alleen-print">
      ${titelblok({ titel: TITEL, regio: regioNaam(), doelgroep: doelgroep(), filters })}
    </div>
    ${
      leeg
        ? html`<div class="utrecht-alert utrecht-alert--info">
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message utrecht-paragraph">
              In deze regio zijn voor deze doelgroep nog geen knooppunten beschreven: elk thema is
              daarom een lacune. Kies een andere regio of doelgroep.
            </p>
          </div>
        </div>`
        : nothing
    }
    ${samenvatting(d)} ${dekkingsdeel(d.dekking)} ${nieuwDeel(d.dekking, k.themas)}
    ${overlapdeel(d.overlap)} ${verantwoordingsdeel(d.verantwoording)}`;
}

function melding(): TemplateResult | typeof nothing {
  const m = staat.melding;
  if (!m) return nothing;
  return html`<div class="utrecht-alert utrecht-alert--${m.soort}">
    <div class="utrecht-alert__content">
      <p class="utrecht-alert__message utrecht-paragraph">${m.tekst}</p>
    </div>
  </div>`;
}

function teken(): void {
  const k = staat.keuzes;
  if (k) render(keuzeformulier(k), document.getElementById('keuze')!);
  render(
    html`<div id="status" role="status">${melding()}</div>
      ${staat.data && k ? rapport(staat.data, k) : nothing}`,
    document.getElementById('rapport')!,
  );
}

async function laad(): Promise<void> {
  document.body.dataset['kaart'] = 'laden';
  const zoek = new URLSearchParams({ regio: staat.regio });
  if (staat.leeftijd) zoek.set('leeftijd', staat.leeftijd);
  history.replaceState(null, '', `${location.pathname}?${zoek.toString()}`);
  void toonLayout('bestuurder');
  staat.melding = { soort: 'info', tekst: 'Het overzicht wordt geladen…' };
  teken();
  const b = band();
  const data = await gql(BESTUURDER_OVERZICHT, {
    regio: staat.regio,
    leeftijd: b ? { van: b.van, tot: b.tot } : null,
  });
  const d = data.dekking;
  if (!d.themas.some((t) => t.id === staat.kaartThema)) {
    // Start on the thema with the most gaps: that is where a bestuurder looks first.
    const gaten = (id: string) => d.lacunes.filter((l) => l.thema.id === id).length;
    staat.kaartThema = [...d.themas].sort((x, y) => gaten(y.id) - gaten(x.id))[0]?.id ?? '';
  }
  if (!d.gemeenten.some((g) => g.id === staat.nieuw.gemeente)) staat.nieuw.gemeente = '';
  staat.data = data;
  staat.nieuw.kandidaten = undefined;
  staat.melding = undefined;
  teken();
  document.body.dataset['kaart'] = 'gereed';
}

function toonFout(error: unknown): void {
  const reden = error instanceof Error ? error.message : String(error);
  staat.melding = { soort: 'error', tekst: `Het overzicht kon niet worden geladen: ${reden}` };
  teken();
  document.body.dataset['kaart'] = 'gereed';
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const keuzes = await gql(BESTUURDER_KEUZES);
  staat.keuzes = keuzes;
  const regios = keuzes.regios.filter((r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS');
  const gevraagd = params.get('regio');
  // Without a choice, the region with the most knooppunten: the one a newcomer most likely means.
  staat.regio = regios.some((r) => r.id === gevraagd)
    ? gevraagd!
    : ([...regios].sort((a, b) => b.aantalKnooppunten - a.aantalKnooppunten)[0]?.id ?? '');
  const leeftijd = params.get('leeftijd');
  staat.leeftijd = isBand(leeftijd) ? leeftijd : '';
  staat.nieuw.thema = keuzes.themas[0]?.id ?? '';
  void laadGrenzen()
    .then((g) => {
      staat.grenzen = g;
      teken();
    })
    .catch(toonFout);
  await laad();
}

start().catch(toonFout);
