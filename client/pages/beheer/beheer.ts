// SPDX-License-Identifier: EUPL-1.2
// The beheer page (issue 8): start a new description, see what waits for verification, and bring
// a region's inventory in from a spreadsheet: preview first (every change and row error), then
// confirm, written as one change.
import { KIND_LABELS } from '../../../server/domain/model.ts';
import type { ImportAntwoord } from '../../../server/domain/import-plan.ts';
import { toonAccount } from '../../shared/account.ts';
import { toonAccountbeheer } from './accountbeheer.ts';
import { gql } from '../../shared/api.ts';
import { html } from '../../shared/html.ts';
import { laadIk, laadKeuzelijsten, type Keuze } from '../../shared/queries.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const regio = $<HTMLSelectElement>('#regio');
const status = $('#import-status');
const voorbeeld = $('#voorbeeld');

const STATUS: Record<string, string> = {
  NIET_GEVERIFIEERD: 'nog nooit geverifieerd',
  VEROUDERD: 'langer dan 12 maanden geleden geverifieerd',
  GEWIJZIGD_NA_VERIFICATIE: 'gewijzigd na de laatste verificatie',
};

async function toonWachtrij(): Promise<void> {
  const { verificatieWachtrij } = await gql<{
    verificatieWachtrij: { knooppunt: Keuze; status: string }[];
  }>(
    'query($regio: ID) { verificatieWachtrij(regioId: $regio) { knooppunt { id naam } status } }',
    { regio: regio.value },
  );
  $('#wachtrij').innerHTML = (
    verificatieWachtrij.length === 0
      ? html`<p>Alle beschrijvingen in deze regio zijn geverifieerd.</p>`
      : html`<p>${verificatieWachtrij.length} beschrijvingen wachten.</p><ul>${verificatieWachtrij.map(
          (t) =>
            html`<li><a href="/?regio=${encodeURIComponent(regio.value)}&selectie=${encodeURIComponent(t.knooppunt.id)}">${t.knooppunt.naam}</a>: ${STATUS[t.status] ?? t.status}</li>`,
        )}</ul>`
  ).value;
}

type Voorbeeld = ImportAntwoord & { errors?: { message: string }[] };

let bestanden: { naam: string; inhoud: string }[] = [];

async function post(pad: string, body: unknown): Promise<Voorbeeld> {
  const res = await fetch(pad, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const antwoord = (await res.json()) as Voorbeeld;
  if (antwoord.errors?.[0]) throw new Error(antwoord.errors[0].message);
  return antwoord;
}

const base64 = (buffer: ArrayBuffer) => {
  let binary = '';
  new Uint8Array(buffer).forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary);
};

function toonVoorbeeld(v: Voorbeeld): void {
  const nieuw = v.wijzigingen.filter((w) => w.nieuw).length;
  const kan = v.aantalFouten === 0 && v.wijzigingen.length > 0;
  voorbeeld.innerHTML = html`<h3 id="voorbeeld-kop" tabindex="-1">Voorbeeld</h3>
    <p>${nieuw} nieuw, ${v.wijzigingen.length - nieuw} gewijzigd, ${v.ongewijzigd} ongewijzigd${v.aantalFouten ? html`, <strong>${v.aantalFouten} ${v.aantalFouten === 1 ? 'fout' : 'fouten'}</strong>` : ''}.</p>
    ${
      v.fouten.length
        ? html`<table class="objecten"><caption>${v.aantalFouten > v.fouten.length ? `De eerste ${v.fouten.length} van ${v.aantalFouten} fouten` : 'Fouten'}: verbeter ze in het bestand en bekijk het voorbeeld opnieuw</caption>
      <thead><tr><th scope="col">Blad</th><th scope="col">Rij</th><th scope="col">Kolom</th><th scope="col">Melding</th></tr></thead>
      <tbody>${v.fouten.map((f) => html`<tr><td>${f.blad}</td><td>${f.rij}</td><td>${f.kolom ?? '—'}</td><td>${f.melding}</td></tr>`)}</tbody></table>`
        : ''
    }
    ${
      v.wijzigingen.length
        ? html`<table class="objecten"><caption>Wat er verandert</caption>
      <thead><tr><th scope="col">Soort</th><th scope="col">Naam</th><th scope="col">Blad en rij</th><th scope="col">Wijziging</th></tr></thead>
      <tbody>${v.wijzigingen.map((w) => html`<tr><td>${KIND_LABELS[w.soort]}</td><td>${w.naam}</td><td>${w.blad} ${w.rij}</td><td>${w.nieuw ? 'nieuw' : 'gewijzigd'}</td></tr>`)}</tbody></table>`
        : ''
    }
    ${kan ? html`<div class="knoppen"><button type="button" id="bevestig" data-sleutel="${v.sleutel}">Importeren bevestigen</button></div>` : ''}`.value;
  $('#voorbeeld-kop').focus();
}

$<HTMLFormElement>('#import').addEventListener('submit', (event) => {
  event.preventDefault();
  const files = [...($<HTMLInputElement>('#bestanden').files ?? [])];
  if (files.length === 0) {
    status.textContent = 'Kies eerst een of meer bestanden.';
    return;
  }
  status.textContent = 'Bestanden worden gelezen…';
  voorbeeld.innerHTML = '';
  void Promise.all(
    files.map(async (f) => ({ naam: f.name, inhoud: base64(await f.arrayBuffer()) })),
  )
    .then(async (gelezen) => {
      bestanden = gelezen;
      toonVoorbeeld(await post('/import/voorbeeld', { bestanden }));
      status.textContent = 'Het voorbeeld staat hieronder; er is nog niets opgeslagen.';
    })
    .catch(
      (error: unknown) =>
        (status.textContent = `Niet gelukt: ${error instanceof Error ? error.message : String(error)}`),
    );
});

voorbeeld.addEventListener('click', (event) => {
  const knop = (event.target as HTMLElement).closest<HTMLButtonElement>('#bevestig');
  if (!knop) return;
  knop.disabled = true;
  void post('/import/bevestig', { bestanden, sleutel: knop.dataset['sleutel'] })
    .then((v) => {
      voorbeeld.innerHTML = '';
      status.textContent = `Geïmporteerd: ${v.geschreven ?? 0} objecten in één wijziging.`;
      return toonWachtrij();
    })
    .catch((error: unknown) => {
      knop.disabled = false;
      status.textContent = `Niet geïmporteerd: ${error instanceof Error ? error.message : String(error)}`;
    });
});

async function start(): Promise<void> {
  void toonAccount($('#account'));
  const [ik, keuzes] = await Promise.all([laadIk(), laadKeuzelijsten()]);
  regio.append(
    ...keuzes.regios.filter((r) => r.aantalKnooppunten > 0).map((r) => new Option(r.naam, r.id)),
  );
  const gekozen = new URLSearchParams(location.search).get('regio');
  if (gekozen) regio.value = gekozen;
  const volg = () => {
    $<HTMLAnchorElement>('#nieuw-knooppunt').href =
      `/bewerken.html?regio=${encodeURIComponent(regio.value)}`;
    if (ik) void toonWachtrij();
  };
  regio.addEventListener('change', volg);
  if (!ik) {
    $('#niet-aangemeld').hidden = false;
    $('#nieuw-knooppunt').hidden = true;
  }
  if (ik?.rol === 'BEHEERDER') void toonAccountbeheer($('#accountbeheer'), keuzes.organisaties);
  // Importing is for the beheerder (README, policy table); the server refuses anyone else.
  if (ik?.rol !== 'BEHEERDER') {
    $('#import').hidden = true;
    status.textContent = 'Importeren kan alleen de beheerder van de regio.';
  }
  volg();
}
void start();
