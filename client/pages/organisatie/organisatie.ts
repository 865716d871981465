// SPDX-License-Identifier: EUPL-1.2
// The organisation's view: the tables it joins (with its role, task, grondslag and what its
// professional secrecy means there), the tables that may ask it, and the findings about its own
// participations. Filter, sort, compare two tables, open them in the map, export or print.
import { download, toCsv } from '../../shared/export.ts';
import { html } from '../../shared/html.ts';
import { bevinding } from '../../shared/findings-view.ts';
import {
  FUNCTIE,
  GRONDSLAG,
  label,
  ORGANISATIE_TYPE,
  ROL,
  WETTELIJKE_BASIS,
  wetTekst,
} from '../../shared/labels.ts';
import {
  laadKeuzelijsten,
  laadOrganisatieOverzicht,
  type OrganisatieOverzicht,
  type OverzichtKnooppunt,
} from '../../shared/queries.ts';
import { kaartUrl } from '../../shared/view-state.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

let overzicht: OrganisatieOverzicht | undefined;

const params = () => new URLSearchParams(location.search);
const kaartLink = (k: OverzichtKnooppunt) => kaartUrl({ regio: k.regio.id, selectie: k.id });

function filters() {
  return {
    thema: $<HTMLSelectElement>('#f-thema').value,
    functie: $<HTMLSelectElement>('#f-functie').value,
    rol: $<HTMLSelectElement>('#f-rol').value,
    gemeente: $<HTMLSelectElement>('#f-gemeente').value,
    sorteer: $<HTMLSelectElement>('#sorteer').value,
  };
}

function past(k: OverzichtKnooppunt, f: ReturnType<typeof filters>): boolean {
  return (
    (!f.thema || k.themas.some((t) => t.id === f.thema)) &&
    (!f.functie || k.functie === f.functie) &&
    (!f.gemeente || k.werkgebied.some((g) => g.id === f.gemeente))
  );
}
const volgorde = (sorteer: string) => (a: OverzichtKnooppunt, b: OverzichtKnooppunt) =>
  (sorteer === 'functie' ? a.functie.localeCompare(b.functie) : 0) ||
  a.naam.localeCompare(b.naam, 'nl');

function render(): void {
  if (!overzicht) return;
  const f = filters();
  const betrokken = overzicht.betrokken
    .filter((b) => past(b.knooppunt, f) && (!f.rol || b.deelname.rol === f.rol))
    .sort((a, b) => volgorde(f.sorteer)(a.knooppunt, b.knooppunt));
  const mogelijk = overzicht.mogelijk
    .filter((m) => past(m.knooppunt, f))
    .sort((a, b) => volgorde(f.sorteer)(a.knooppunt, b.knooppunt));
  const vergelijk = (k: OverzichtKnooppunt) =>
    html`<label class="keuze"><input type="checkbox" name="vergelijk" value="${k.id}"> <span class="sr-only">Vergelijk ${k.naam}</span><span aria-hidden="true">vergelijk</span></label>`;
  $('#betrokken').innerHTML =
    html`<table><caption class="sr-only">Tafels waaraan we deelnemen (${betrokken.length})</caption>
    <thead><tr><th scope="col">Tafel</th><th scope="col">Functie</th>${overzicht.organisaties.length > 1 ? html`<th scope="col">Organisatie</th>` : ''}<th scope="col">Rol</th><th scope="col">Taak en wet</th><th scope="col">Grondslag</th><th scope="col">Gegevens</th><th scope="col">Beroepsgeheim aan deze tafel</th><th scope="col">Aanmeldcriteria</th><th scope="col" class="geen-print">Vergelijk</th></tr></thead>
    <tbody>${betrokken.map(
      (b) => html`<tr>
      <th scope="row"><a href="${kaartLink(b.knooppunt)}">${b.knooppunt.naam}</a></th><td>${label(FUNCTIE, b.knooppunt.functie)}</td>
      ${overzicht!.organisaties.length > 1 ? html`<td>${b.organisatie.naam}</td>` : ''}
      <td>${label(ROL, b.deelname.rol)}</td><td class="lang">${b.deelname.taak ?? html`<span class="ontbreekt">geen taak vastgelegd</span>`}${b.deelname.wetten.length ? ` (${wetTekst(b.deelname.wetten)})` : ''}</td>
      <td>${label(GRONDSLAG, b.deelname.grondslag)}</td>
      <td>${[b.deelname.bijzondereGegevens && 'bijzondere', b.deelname.strafrechtelijkeGegevens && 'strafrechtelijke', b.deelname.bsn && 'BSN'].filter(Boolean).join(', ') || 'gewone'}</td>
      <td class="lang">${b.beroepsgeheim ?? '—'}</td><td class="lang">${b.knooppunt.aanmeldcriteria ?? html`<span class="ontbreekt">niet beschreven</span>`}</td>
      <td class="geen-print">${vergelijk(b.knooppunt)}</td></tr>`,
    )}</tbody></table>
    <p>${betrokken.length} van ${overzicht.betrokken.length} deelnames.</p>`.value;
  $('#mogelijk').innerHTML =
    html`<table><caption class="sr-only">Tafels die ons kunnen vragen (${mogelijk.length})</caption>
    <thead><tr><th scope="col">Tafel</th><th scope="col">Functie</th><th scope="col">Waarom</th><th scope="col">Aanmeldcriteria</th><th scope="col" class="geen-print">Vergelijk</th></tr></thead>
    <tbody>${mogelijk.map(
      (
        m,
      ) => html`<tr><th scope="row"><a href="${kaartLink(m.knooppunt)}">${m.knooppunt.naam}</a></th><td>${label(FUNCTIE, m.knooppunt.functie)}</td>
      <td class="lang">${m.redenen.join('; ')}</td><td class="lang">${m.knooppunt.aanmeldcriteria ?? html`<span class="ontbreekt">niet beschreven</span>`}</td><td class="geen-print">${vergelijk(m.knooppunt)}</td></tr>`,
    )}</tbody></table>
    <p>${mogelijk.length} van ${overzicht.mogelijk.length} tafels.</p>`.value;
  $('#bevindingen').innerHTML = overzicht.bevindingen.length
    ? html`<ul>${overzicht.bevindingen.map((b) => html`<li class="bevinding">${bevinding(b, b.knooppunt.naam)}</li>`)}</ul>`
        .value
    : '<p>Geen bevindingen over onze deelnames.</p>';
}

function renderVergelijking(): void {
  if (!overzicht) return;
  const gekozen = [
    ...document.querySelectorAll<HTMLInputElement>('input[name=vergelijk]:checked'),
  ].map((i) => i.value);
  const alle = new Map(
    [
      ...overzicht.betrokken.map((b) => b.knooppunt),
      ...overzicht.mogelijk.map((m) => m.knooppunt),
    ].map((k) => [k.id, k]),
  );
  const twee = [...new Set(gekozen)].slice(0, 2).map((id) => alle.get(id)!);
  $('#vergelijk-sectie').hidden = twee.length < 2;
  if (twee.length < 2) return;
  const rij = (kop: string, waarde: (k: OverzichtKnooppunt) => string) =>
    html`<tr><th scope="row">${kop}</th>${twee.map((k) => html`<td>${waarde(k)}</td>`)}</tr>`;
  $('#vergelijk').innerHTML =
    html`<table><thead><tr><td></td>${twee.map((k) => html`<th scope="col">${k.naam}</th>`)}</tr></thead><tbody>
    ${rij('Functie', (k) => label(FUNCTIE, k.functie))}
    ${rij('Wettelijke basis', (k) => label(WETTELIJKE_BASIS, k.wettelijkeBasis))}
    ${rij('Doel', (k) => k.doel ?? 'niet beschreven')}
    ${rij('Aanmeldcriteria', (k) => k.aanmeldcriteria ?? 'niet beschreven')}
    ${rij("Thema's", (k) => k.themas.map((t) => t.naam).join(', '))}
    ${rij('Werkgebied', (k) => k.werkgebied.map((g) => g.naam).join(', '))}
    ${rij('Aantal deelnemers', (k) => String(k.deelnames.length))}
    ${rij('Convenant', (k) => k.convenant.status.toLowerCase())}
    ${rij('DPIA', (k) => k.dpia.status.toLowerCase())}
  </tbody></table>`.value;
  $('#kop-vergelijk').focus();
}

async function laad(): Promise<void> {
  const p = params();
  const regio = p.get('regio');
  const organisatieId = p.get('organisatie') ?? undefined;
  const type = p.get('type') ?? undefined;
  $<HTMLSelectElement>('#organisatie').value = organisatieId ?? '';
  $<HTMLSelectElement>('#type').value = type ?? '';
  if (!organisatieId && !type) {
    $('#status').textContent = 'Kies een organisatie of een soort organisatie.';
    $('#overzicht').hidden = true;
    return;
  }
  overzicht = await laadOrganisatieOverzicht(
    organisatieId ? { organisatieId } : { type: type! },
    regio,
  );
  $('#titel').textContent = organisatieId
    ? (overzicht.organisaties[0]?.naam ?? '')
    : `Alle organisaties van de soort ${label(ORGANISATIE_TYPE, type)}`;
  $<HTMLAnchorElement>('#naar-kaart').href = kaartUrl({
    regio,
    filters: { organisatie: overzicht.organisaties.map((o) => o.id) },
  });
  const themas = new Map(
    [...overzicht.betrokken.map((b) => b.knooppunt), ...overzicht.mogelijk.map((m) => m.knooppunt)]
      .flatMap((k) => k.themas)
      .map((t) => [t.id, t.naam]),
  );
  const gemeenten = new Map(
    [...overzicht.betrokken.map((b) => b.knooppunt), ...overzicht.mogelijk.map((m) => m.knooppunt)]
      .flatMap((k) => k.werkgebied)
      .map((g) => [g.id, g.naam]),
  );
  const vul = (id: string, opties: [string, string][]) => {
    const select = $<HTMLSelectElement>(id);
    select.length = 1;
    select.append(
      ...opties.sort((a, b) => a[1].localeCompare(b[1], 'nl')).map(([v, t]) => new Option(t, v)),
    );
  };
  vul('#f-thema', [...themas]);
  vul('#f-gemeente', [...gemeenten]);
  vul(
    '#f-rol',
    [...new Set(overzicht.betrokken.map((b) => b.deelname.rol))].map((r) => [r, label(ROL, r)]),
  );
  const n = (aantal: number, een: string, meer: string) => `${aantal} ${aantal === 1 ? een : meer}`;
  $('#status').textContent =
    `${n(overzicht.betrokken.length, 'deelname', 'deelnames')}, ${n(overzicht.mogelijk.length, 'tafel die kan vragen', 'tafels die kunnen vragen')}, ${n(overzicht.bevindingen.length, 'bevinding', 'bevindingen')}.`;
  $('#overzicht').hidden = false;
  render();
  document.body.dataset['overzicht'] = 'gereed';
}

function kies(change: Record<string, string>): void {
  const p = params();
  for (const [k, v] of Object.entries(change)) {
    if (v) p.set(k, v);
    else p.delete(k);
  }
  history.pushState(null, '', `${location.pathname}?${p.toString()}`);
  void laad().catch(toonFout);
}

function exportCsv(): void {
  if (!overzicht) return;
  const rows = [
    ...overzicht.betrokken.map((b) => [
      'deelname',
      b.knooppunt.naam,
      label(FUNCTIE, b.knooppunt.functie),
      b.organisatie.naam,
      label(ROL, b.deelname.rol),
      b.deelname.taak ?? '',
      wetTekst(b.deelname.wetten),
      label(GRONDSLAG, b.deelname.grondslag),
      b.beroepsgeheim ?? '',
      '',
      b.knooppunt.aanmeldcriteria ?? '',
    ]),
    ...overzicht.mogelijk.map((m) => [
      'kan vragen',
      m.knooppunt.naam,
      label(FUNCTIE, m.knooppunt.functie),
      '',
      '',
      '',
      '',
      '',
      '',
      m.redenen.join('; '),
      m.knooppunt.aanmeldcriteria ?? '',
    ]),
  ];
  const csv = toCsv(rows, [
    'soort',
    'tafel',
    'functie',
    'organisatie',
    'rol',
    'taak',
    'wet',
    'grondslag',
    'beroepsgeheim',
    'waarom',
    'aanmeldcriteria',
  ]);
  download('organisatie-overzicht.csv', csv, 'text/csv;charset=utf-8');
}

function toonFout(error: unknown): void {
  $('#status').textContent =
    `Het overzicht kon niet worden geladen: ${error instanceof Error ? error.message : String(error)}`;
}

async function start(): Promise<void> {
  const keuzes = await laadKeuzelijsten();
  const regio = $<HTMLSelectElement>('#regio');
  const regios = keuzes.regios.filter((r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS');
  regio.append(
    new Option('Alle regio’s', ''),
    ...regios.map((r) => new Option(`${r.naam} (${r.aantalKnooppunten})`, r.id)),
  );
  regio.value =
    params().get('regio') ??
    [...regios].sort((a, b) => b.aantalKnooppunten - a.aantalKnooppunten)[0]?.id ??
    '';
  $<HTMLSelectElement>('#organisatie').append(
    ...keuzes.organisaties.map((o) => new Option(o.naam, o.id)),
  );
  $<HTMLSelectElement>('#type').append(
    ...[...new Set(keuzes.organisaties.map((o) => o.type))]
      .sort()
      .map((t) => new Option(label(ORGANISATIE_TYPE, t), t)),
  );
  regio.addEventListener('change', () => kies({ regio: regio.value }));
  $<HTMLSelectElement>('#organisatie').addEventListener('change', (e) =>
    kies({ organisatie: (e.target as HTMLSelectElement).value, type: '' }),
  );
  $<HTMLSelectElement>('#type').addEventListener('change', (e) =>
    kies({ type: (e.target as HTMLSelectElement).value, organisatie: '' }),
  );
  for (const id of ['#f-thema', '#f-functie', '#f-rol', '#f-gemeente', '#sorteer'])
    $(id).addEventListener('change', render);
  document.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[name=vergelijk]')) renderVergelijking();
  });
  $('#export-csv').addEventListener('click', exportCsv);
  $('#afdrukken').addEventListener('click', () => window.print());
  window.addEventListener('popstate', () => void laad().catch(toonFout));
  if (!params().has('regio') && regio.value)
    history.replaceState(
      null,
      '',
      `${location.pathname}?${new URLSearchParams({ ...Object.fromEntries(params()), regio: regio.value }).toString()}`,
    );
  await laad();
}

start().catch(toonFout);
