// SPDX-License-Identifier: EUPL-1.2
// The casus wizard: four short steps, then the knooppunten that fit, with the reasons. Nothing of
// the casus is kept: not in the URL, not in storage; it goes only into the matching query.
import { html } from './html.ts';
import { LEEFTIJDSBANDEN, OVERDRACHT_SOORT, SIGNAAL, label } from './labels.ts';
import { kaartUrl } from './view-state.ts';
import {
  laadGemeenten,
  laadKaart,
  laadKeuzelijsten,
  zoekPassendeTafels,
  type CasusMatch,
  type CasusVraag,
} from './queries.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#wizard');
const stappen = [...form.querySelectorAll<HTMLFieldSetElement>(':scope > fieldset')];
let stap = 0;

const SIGNALEN = Object.entries(SIGNAAL);

const checkbox = (name: string, value: string, text: string) =>
  html`<label class="keuze"><input type="checkbox" name="${name}" value="${value}"> ${text}</label>`;

function toonStap(n: number): void {
  stap = n;
  stappen.forEach((f, i) => (f.hidden = i !== n));
  $('#vorige').hidden = n === 0;
  $('#volgende').hidden = n === stappen.length - 1;
  $('#zoek').hidden = n !== stappen.length - 1;
  stappen[n]!.querySelector<HTMLElement>('legend')!.focus();
}

async function vulRegio(regio: string): Promise<void> {
  const [gemeenten, kaart] = await Promise.all([
    laadGemeenten(regio),
    laadKaart(regio, 'OVERZICHT', false),
  ]);
  const gemeente = $<HTMLSelectElement>('#gemeente');
  gemeente.length = 1;
  gemeente.append(...gemeenten.map((g) => new Option(g.naam, g.id)));
  const eigen = $<HTMLSelectElement>('#eigen');
  eigen.length = 1;
  eigen.append(...kaart.knooppunten.map((k) => new Option(k.naam, k.id)));
  $('#betrokken').innerHTML =
    html`${kaart.organisaties.map((o) => checkbox('betrokken', o.id, o.naam))}`.value;
}

function leesVraag(): CasusVraag {
  const data = new FormData(form);
  const tekst = (key: string) => {
    const v = data.get(key);
    return typeof v === 'string' && v !== '' ? v : null;
  };
  const lijst = (key: string) => data.getAll(key).filter((v): v is string => typeof v === 'string');
  const band = tekst('leeftijd');
  const leeftijd =
    band && band in LEEFTIJDSBANDEN ? LEEFTIJDSBANDEN[band as keyof typeof LEEFTIJDSBANDEN] : null;
  return {
    themaIds: lijst('thema'),
    leeftijd: leeftijd ? { van: leeftijd.van, tot: leeftijd.tot } : null,
    gemeenteId: tekst('gemeente'),
    signalen: lijst('signaal'),
    betrokkenOrganisatieIds: lijst('betrokken'),
    vanKnooppuntId: tekst('eigen'),
  };
}

function toonMatch(m: CasusMatch, rang: number): ReturnType<typeof html> {
  const kaartLink = kaartUrl({ regio: m.knooppunt.regio.id, selectie: m.knooppunt.id });
  const route = m.route
    ? html`<p><strong>Route vanaf uw knooppunt:</strong> ${[m.route.stappen[0]!.van.naam, ...m.route.stappen.map((s) => `${label(OVERDRACHT_SOORT, s.overdracht.soort).toLowerCase()} → ${s.naar.naam}`)].join(' ')}</p>`
    : '';
  const aanmelders = m.aanmelders.length
    ? html`<p><strong>Aanmelden via:</strong> ${m.aanmelders
        .slice(0, 6)
        .map((a) => (a.alBetrokken ? `${a.organisatie.naam} (al betrokken)` : a.organisatie.naam))
        .join(', ')}${m.aanmelders.length > 6 ? ' en anderen' : ''}</p>`
    : '';
  return html`<article class="match">
    <h3>${rang}. <a href="${kaartLink}">${m.knooppunt.naam}</a> <span class="aantal">(${m.knooppunt.functie === 'MELDPUNT' ? 'meldpunt' : 'overlegtafel'}, ${m.knooppunt.regio.naam})</span></h3>
    ${m.voorrang ? html`<p class="voorrang">${m.voorrang}</p>` : ''}
    ${m.voldaan.length ? html`<p>Past, want:</p><ul class="voldaan">${m.voldaan.map((v) => html`<li>${v}</li>`)}</ul>` : ''}
    ${m.nietVoldaan.length ? html`<p>Let op:</p><ul class="niet-voldaan">${m.nietVoldaan.map((v) => html`<li>${v}</li>`)}</ul>` : ''}
    ${route}${aanmelders}
  </article>`;
}

async function zoek(): Promise<void> {
  const resultaat = await zoekPassendeTafels(leesVraag());
  $('#resultaat-inhoud').innerHTML = html`
    ${resultaat.lacune ? html`<p class="lacune">${resultaat.lacune}</p>` : ''}
    ${resultaat.passend.slice(0, 10).map((m, i) => toonMatch(m, i + 1))}
    ${
      resultaat.elders.length
        ? html`<h2>Waar de casus ook al kan liggen</h2>
          <p>Deze tafels halen ook alle criteria. Ga na of de casus daar al bekend is, zodat partijen niet langs elkaar heen werken.</p>
          <ul>${resultaat.elders.map((m) => html`<li><a href="${kaartUrl({ regio: m.knooppunt.regio.id, selectie: m.knooppunt.id })}">${m.knooppunt.naam}</a></li>`)}</ul>`
        : ''
    }`.value;
  $('#resultaat').hidden = false;
  $('#resultaat-kop').focus();
  document.body.dataset['resultaat'] = 'gereed';
}

async function start(): Promise<void> {
  const keuzes = await laadKeuzelijsten();
  $('#themas').innerHTML = html`${keuzes.themas.map((t) => checkbox('thema', t.id, t.naam))}`.value;
  $('#signalen').innerHTML = html`${SIGNALEN.map(([v, t]) => checkbox('signaal', v, t))}`.value;
  $('#leeftijd').innerHTML =
    html`<label class="keuze"><input type="radio" name="leeftijd" value="" checked> Onbekend of niet van belang</label>${Object.entries(
      LEEFTIJDSBANDEN,
    ).map(
      ([v, b]) =>
        html`<label class="keuze"><input type="radio" name="leeftijd" value="${v}"> ${b.label}</label>`,
    )}`.value;
  const regios = keuzes.regios.filter((r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS');
  const regio = $<HTMLSelectElement>('#regio');
  regio.append(...regios.map((r) => new Option(r.naam, r.id)));
  regio.value = [...regios].sort((a, b) => b.aantalKnooppunten - a.aantalKnooppunten)[0]?.id ?? '';
  await vulRegio(regio.value);
  regio.addEventListener('change', () => void vulRegio(regio.value));
  $('#volgende').addEventListener('click', () => toonStap(Math.min(stap + 1, stappen.length - 1)));
  $('#vorige').addEventListener('click', () => toonStap(Math.max(stap - 1, 0)));
  $('#opnieuw').addEventListener('click', () => {
    form.reset();
    $('#resultaat').hidden = true;
    toonStap(0);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    zoek().catch(toonFout);
  });
  document.body.dataset['wizard'] = 'gereed';
}

function toonFout(error: unknown): void {
  $('#fout').hidden = false;
  $('#fout').textContent =
    `Zoeken lukte niet: ${error instanceof Error ? error.message : String(error)}`;
}

start().catch(toonFout);
