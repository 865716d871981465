// SPDX-License-Identifier: EUPL-1.2
// The bestuurder's overview of a region: the coverage matrix with its gaps, overlapping
// knooppunten, and every finding against the handreiking, counted — printable as a report.
import { download, toCsv } from '../../shared/export.ts';
import { renderGemeentekaart } from './gemeentekaart.ts';
import { html } from '../../shared/html.ts';
import { bevinding } from '../../shared/findings-view.ts';
import { ERNST, label, LEEFTIJDSBANDEN, type Leeftijdsband } from '../../shared/labels.ts';
import { kaartUrl } from '../../shared/view-state.ts';
import {
  laadBestuurderOverzicht,
  laadKeuzelijsten,
  zoekVoorNieuwProbleem,
  type BestuurderOverzicht,
} from '../../shared/queries.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
let data: BestuurderOverzicht | undefined;

const band = () => {
  const b = $<HTMLSelectElement>('#leeftijd').value as Leeftijdsband | '';
  return b ? { van: LEEFTIJDSBANDEN[b].van, tot: LEEFTIJDSBANDEN[b].tot } : null;
};

async function zoekNieuw(): Promise<void> {
  const regio = $<HTMLSelectElement>('#regio').value;
  const gemeente = $<HTMLSelectElement>('#nieuw-gemeente').value;
  const kandidaten = await zoekVoorNieuwProbleem(regio, {
    themaId: $<HTMLSelectElement>('#nieuw-thema').value,
    leeftijd: band(),
    gemeenteIds: gemeente ? [gemeente] : [],
  });
  $('#nieuw-resultaat').innerHTML = html`<ol>${kandidaten.map(
    (
      k,
    ) => html`<li><a href="${kaartUrl({ regio, selectie: k.knooppunt.id })}">${k.knooppunt.naam}</a> (${Math.round(k.score * 100)}%)
      ${k.alGedekt.length ? html`<br>Al aanwezig: ${k.alGedekt.join('; ')}.` : ''}
      ${k.nodig.length ? html`<br>Nodig: ${k.nodig.join('; ')}.` : html`<br>Kan het zonder wijziging oppakken.`}</li>`,
  )}</ol>`.value;
}

/** The gemeenten map for the chosen thema, from the same coverage cells as the matrix. */
async function renderKaart(): Promise<void> {
  if (!data) return;
  const keuze = $<HTMLSelectElement>('#kaart-thema');
  const thema = data.dekking.themas.find((t) => t.id === keuze.value) ?? data.dekking.themas[0];
  if (!thema) return;
  const aantallen = new Map(
    data.dekking.cellen
      .filter((c) => c.thema.id === thema.id)
      .map((c) => [c.gemeente.id, { naam: c.gemeente.naam, aantal: c.knooppunten.length }]),
  );
  await renderGemeentekaart(
    $('#gemeentekaart'),
    `Dekking van ${thema.naam.toLowerCase()} per gemeente`,
    aantallen,
  );
}

function render(regio: string): void {
  if (!data) return;
  const { dekking, overlap, verantwoording } = data;
  const keuze = $<HTMLSelectElement>('#kaart-thema');
  if (keuze.length === 0) {
    keuze.append(...dekking.themas.map((t) => new Option(t.naam, t.id)));
    // Start on the thema with the most gaps: that is where a bestuurder looks first.
    const gaten = (id: string) => dekking.lacunes.filter((l) => l.thema.id === id).length;
    keuze.value = [...dekking.themas].sort((a, b) => gaten(b.id) - gaten(a.id))[0]?.id ?? '';
  }
  void renderKaart().catch(toonFout);
  const cel = new Map(dekking.cellen.map((c) => [`${c.thema.id}|${c.gemeente.id}`, c]));
  $('#matrix').innerHTML = html`<table>
    <caption class="sr-only">Aantal knooppunten per thema (rijen) en gemeente (kolommen)</caption>
    <thead><tr><td></td>${dekking.gemeenten.map((g) => html`<th scope="col"><a href="${kaartUrl({ regio, filters: { gemeente: [g.id] } })}">${g.naam}</a></th>`)}</tr></thead>
    <tbody>${dekking.themas.map(
      (t) =>
        html`<tr><th scope="row"><a href="${kaartUrl({ regio, filters: { thema: [t.id] } })}">${t.naam}</a></th>${dekking.gemeenten.map(
          (g) => {
            const c = cel.get(`${t.id}|${g.id}`)!;
            if (c.knooppunten.length === 0) return html`<td class="lacune">Geen</td>`;
            return html`<td><a href="${kaartUrl({ regio, filters: { thema: [t.id], gemeente: [g.id] } })}" title="${c.knooppunten.map((k) => k.naam).join(', ')}">${c.knooppunten.length}</a>${c.bereikbaarVanuitMeldpunt ? '' : html` <span aria-hidden="true">○</span><span class="sr-only">niet bereikbaar vanuit een meldpunt</span>`}</td>`;
          },
        )}</tr>`,
    )}</tbody></table>`.value;
  $('#aantal-lacunes').textContent = String(dekking.lacunes.length);
  const perThema = new Map<string, string[]>();
  for (const l of dekking.lacunes)
    perThema.set(l.thema.naam, [...(perThema.get(l.thema.naam) ?? []), l.gemeente.naam]);
  $('#lacunes').innerHTML = dekking.lacunes.length
    ? html`<ul>${[...perThema].map(([thema, gemeenten]) => html`<li><strong>${thema}</strong>: ${gemeenten.length === dekking.gemeenten.length ? 'in geen enkele gemeente' : gemeenten.join(', ')}</li>`)}</ul>`
        .value
    : '<p>Geen lacunes.</p>';

  $('#overlap').innerHTML = overlap.paren.length
    ? html`<p>${overlap.totaal > overlap.paren.length ? `De ${overlap.paren.length} sterkste van ${overlap.totaal} paren.` : `${overlap.totaal} paren.`}</p><ol>${overlap.paren.map(
        (o) =>
          html`<li><a href="${kaartUrl({ regio, selectie: o.a.id })}">${o.a.naam}</a> en <a href="${kaartUrl({ regio, selectie: o.b.id })}">${o.b.naam}</a> — overlap ${Math.round(o.score * 100)}%: ${o.redenen.join('; ')}. <a href="${kaartUrl({ regio, selectie: o.a.id, naast: o.b.id })}">Samen op de kaart</a></li>`,
      )}</ol>`.value
    : '<p>Geen knooppunten die sterk overlappen.</p>';

  const v = verantwoording;
  $('#verantwoording').innerHTML = html`
    <p>${v.bevindingen.length} bevindingen, waarvan ${v.bevindingen.filter((b) => b.ernst === 'FOUT').length} fouten.</p>
    <table><caption>Per regel</caption><thead><tr><th scope="col">Regel</th><th scope="col">Ernst</th><th scope="col">Aantal</th><th scope="col">Bron</th></tr></thead>
      <tbody>${v.perRegel.map((r) => html`<tr><th scope="row">${r.regel.id} ${r.regel.titel}</th><td>${label(ERNST, r.regel.ernst)}</td><td>${r.aantal}</td><td>${r.regel.bron}</td></tr>`)}</tbody></table>
    <table><caption>Per knooppunt</caption><thead><tr><th scope="col">Knooppunt</th><th scope="col">Bevindingen</th><th scope="col">Waarvan fouten</th></tr></thead>
      <tbody>${v.perKnooppunt.map((k) => html`<tr><th scope="row"><a href="${kaartUrl({ regio, selectie: k.knooppunt.id })}">${k.knooppunt.naam}</a></th><td>${k.aantal}</td><td>${k.fouten}</td></tr>`)}</tbody></table>
    <table><caption>Per organisatie (bevindingen over haar deelnames)</caption><thead><tr><th scope="col">Organisatie</th><th scope="col">Bevindingen</th></tr></thead>
      <tbody>${v.perOrganisatie.map((o) => html`<tr><th scope="row"><a href="/organisatie.html?${new URLSearchParams({ regio, organisatie: o.organisatie.id }).toString()}">${o.organisatie.naam}</a></th><td>${o.aantal}</td></tr>`)}</tbody></table>
    <h3>Alle bevindingen</h3>
    <ul>${v.bevindingen.map((b) => html`<li>${bevinding(b, b.knooppunt.naam)}</li>`)}</ul>`.value;
}

async function laad(): Promise<void> {
  const regio = $<HTMLSelectElement>('#regio').value;
  const band = $<HTMLSelectElement>('#leeftijd').value as Leeftijdsband | '';
  history.replaceState(
    null,
    '',
    `${location.pathname}?${new URLSearchParams({ regio, ...(band ? { leeftijd: band } : {}) }).toString()}`,
  );
  const b = band ? LEEFTIJDSBANDEN[band] : null;
  data = await laadBestuurderOverzicht(regio, b ? { van: b.van, tot: b.tot } : null);
  const gemeente = $<HTMLSelectElement>('#nieuw-gemeente');
  gemeente.length = 1;
  gemeente.append(...data.dekking.gemeenten.map((g) => new Option(g.naam, g.id)));
  render(regio);
  $('#status').textContent =
    `${data.dekking.lacunes.length} lacunes, ${data.overlap.totaal} overlappende paren, ${data.verantwoording.bevindingen.length} bevindingen.`;
  document.body.dataset['overzicht'] = 'gereed';
}

async function start(): Promise<void> {
  const keuzes = await laadKeuzelijsten();
  const params = new URLSearchParams(location.search);
  const regios = keuzes.regios.filter((r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS');
  const regio = $<HTMLSelectElement>('#regio');
  regio.append(...regios.map((r) => new Option(`${r.naam} (${r.aantalKnooppunten})`, r.id)));
  regio.value =
    params.get('regio') ??
    [...regios].sort((a, b) => b.aantalKnooppunten - a.aantalKnooppunten)[0]?.id ??
    '';
  const leeftijd = $<HTMLSelectElement>('#leeftijd');
  leeftijd.append(...Object.entries(LEEFTIJDSBANDEN).map(([id, b]) => new Option(b.label, id)));
  leeftijd.value = params.get('leeftijd') ?? '';
  for (const select of [regio, leeftijd])
    select.addEventListener('change', () => void laad().catch(toonFout));
  $('#afdrukken').addEventListener('click', () => window.print());
  $('#kaart-thema').addEventListener('change', () => void renderKaart().catch(toonFout));
  $<HTMLSelectElement>('#nieuw-thema').append(
    ...keuzes.themas.map((t) => new Option(t.naam, t.id)),
  );
  $('#nieuw').addEventListener('submit', (event) => {
    event.preventDefault();
    zoekNieuw().catch(toonFout);
  });
  $('#export-lacunes').addEventListener('click', () => {
    if (data)
      download(
        'lacunes.csv',
        toCsv(
          data.dekking.lacunes.map((l) => [l.thema.naam, l.gemeente.naam]),
          ['thema', 'gemeente'],
        ),
        'text/csv;charset=utf-8',
      );
  });
  $('#export-bevindingen').addEventListener('click', () => {
    if (!data) return;
    const rows = data.verantwoording.bevindingen.map((b) => [
      b.knooppunt.naam,
      b.regel,
      label(ERNST, b.ernst),
      b.melding,
      b.bron,
      b.organisatie?.naam ?? '',
    ]);
    download(
      'bevindingen.csv',
      toCsv(rows, ['knooppunt', 'regel', 'ernst', 'melding', 'bron', 'organisatie']),
      'text/csv;charset=utf-8',
    );
  });
  await laad();
}

function toonFout(error: unknown): void {
  $('#status').textContent =
    `Het overzicht kon niet worden geladen: ${error instanceof Error ? error.message : String(error)}`;
}

start().catch(toonFout);
