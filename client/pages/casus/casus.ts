// SPDX-License-Identifier: EUPL-1.2
// The casus wizard: four short steps, then the knooppunten that fit, with the reasons. Nothing of
// the casus is kept: not in the URL, not in storage; it goes only into the matching query.
import { html } from '../../shared/html.ts';
import { LEEFTIJDSBANDEN, OVERDRACHT_SOORT, SIGNAAL, label } from '../../shared/labels.ts';
import { kaartUrl } from '../../shared/view-state.ts';
import {
  laadGemeenten,
  laadKaart,
  laadKeuzelijsten,
  zoekPassendeTafels,
  type AcuutAdvies,
  type CasusMatch,
  type CasusVraag,
} from '../../shared/queries.ts';

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

const kaartLinkVan = (m: CasusMatch) =>
  kaartUrl({ regio: m.knooppunt.regio.id, selectie: m.knooppunt.id });

/** Acute danger first: whom to call, before any table (H §4.5 noodsituatie). */
function toonAcuut(a: AcuutAdvies): ReturnType<typeof html> {
  const nummer = (n: string) => html`<a href="tel:${n.replace(/\D/g, '')}">${n}</a>`;
  return html`<section class="acuut" aria-labelledby="acuut-kop">
    <h2 id="acuut-kop" tabindex="-1">Acuut gevaar: eerst bellen</h2>
    <p><strong>${a.kop}</strong></p>
    <ol>${a.stappen.map((s) => html`<li><strong>${s.wie}${s.nummer ? html`: ${nummer(s.nummer)}` : ''}</strong>. ${s.wanneer}</li>`)}</ol>
    <p>${a.daarna}</p>
    <p class="bron">${a.bron}</p>
  </section>`;
}

function toonMatch(m: CasusMatch, rang: number): ReturnType<typeof html> {
  const route = m.route
    ? html`<p><strong>Route vanaf uw knooppunt:</strong> ${[m.route.stappen[0]!.van.naam, ...m.route.stappen.map((s) => `${label(OVERDRACHT_SOORT, s.overdracht.soort).toLowerCase()} → ${s.naar.naam}`)].join(' ')}</p>`
    : '';
  const namen = (lijst: CasusMatch['aanmelders']) =>
    lijst
      .slice(0, 6)
      .map((a) => (a.alBetrokken ? `${a.organisatie.naam} (al betrokken)` : a.organisatie.naam))
      .join(', ') + (lijst.length > 6 ? ' en anderen' : '');
  // Anyone may report to a meldpunt (Bijlage 1.1); at an overlegtafel a partner brings it in.
  const aanmelders =
    m.knooppunt.functie === 'MELDPUNT'
      ? html`<p><strong>Melden:</strong> iedereen mag hier melden, ook wie niet aan het meldpunt deelneemt${m.aanmelders.length ? `. Al betrokken: ${namen(m.aanmelders)}` : ''}.</p>`
      : m.aanmelders.length
        ? html`<p><strong>Aanmelden via:</strong> ${namen(m.aanmelders)}</p>`
        : '';
  return html`<article class="match">
    <h3>${rang}. <a href="${kaartLinkVan(m)}">${m.knooppunt.naam}</a> <span class="aantal">(${m.knooppunt.functie === 'MELDPUNT' ? 'meldpunt' : 'overlegtafel'}, ${m.knooppunt.regio.naam})</span></h3>
    ${m.voorrang ? html`<p class="voorrang">${m.voorrang}</p>` : ''}
    ${m.voldaan.length ? html`<p>Past, want:</p><ul class="voldaan">${m.voldaan.map((v) => html`<li>${v}</li>`)}</ul>` : ''}
    ${m.nietVoldaan.length ? html`<p>Let op:</p><ul class="niet-voldaan">${m.nietVoldaan.map((v) => html`<li>${v}</li>`)}</ul>` : ''}
    ${m.knooppunt.aanmeldcriteria ? html`<p><strong>Aanmeldcriteria:</strong> ${m.knooppunt.aanmeldcriteria}</p>` : ''}
    ${route}${aanmelders}
  </article>`;
}

async function zoek(): Promise<void> {
  const vraag = leesVraag();
  const resultaat = await zoekPassendeTafels(vraag);
  $('#acuut').innerHTML = resultaat.acuut ? toonAcuut(resultaat.acuut).value : '';
  $('#resultaat-kop').textContent = resultaat.passend.length
    ? 'Passende knooppunten'
    : 'Geen passend knooppunt';
  const ongedekt = resultaat.ongedekteThemas.map((t) => t.naam.toLowerCase()).join(', ');
  const waar = vraag.gemeenteId ? 'in deze gemeente' : 'in het register';
  $('#resultaat-inhoud').innerHTML = html`
    ${resultaat.eigen ? html`<p class="eigen">${resultaat.eigen}</p>` : ''}
    ${resultaat.lacune ? html`<p class="lacune">${resultaat.lacune}</p>` : ''}
    ${
      !resultaat.passend.length && !resultaat.lacune && !resultaat.eigen
        ? html`<p class="lacune">Kies in stap 1 welke problematiek speelt. Op signalen alleen zoekt deze wijzer geen tafel.</p>`
        : ''
    }
    ${
      resultaat.passend.length && ongedekt
        ? html`<p class="lacune">Voor ${ongedekt} is er ${waar} geen knooppunt. Het dekkingsoverzicht voor bestuurders toont dat als lacune: meld het aan de regionale beheerder.</p>`
        : ''
    }
    ${resultaat.passend.slice(0, 10).map((m, i) => toonMatch(m, i + 1))}
    ${
      resultaat.elders.length
        ? html`<h2>Waar de casus ook al kan liggen</h2>
          <p>De casus haalt ook alle criteria van deze tafels. Ga na of de casus daar al bekend is, zodat partijen niet langs elkaar heen werken.</p>
          <ul>${resultaat.elders.map((m) => html`<li><a href="${kaartLinkVan(m)}">${m.knooppunt.naam}</a></li>`)}</ul>`
        : ''
    }
    ${
      resultaat.verwant.length
        ? html`<details class="verwant"><summary>Verwant, maar niet passend (${resultaat.verwant.length})</summary>
          <p>Deze knooppunten pakken de problematiek op, maar de casus voldoet niet aan een voorwaarde.</p>
          <ul>${resultaat.verwant.map((m) => html`<li><a href="${kaartLinkVan(m)}">${m.knooppunt.naam}</a>: ${m.nietVoldaan.join('; ')}</li>`)}</ul></details>`
        : ''
    }`.value;
  $('#resultaat').hidden = false;
  // The acute advice, when there is one, is what the professional reads first.
  const kop = $(resultaat.acuut ? '#acuut-kop' : '#resultaat-kop');
  kop.focus({ preventScroll: true });
  (resultaat.acuut ? $('.acuut') : kop).scrollIntoView({ block: 'start' });
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
    $('#acuut').innerHTML = '';
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
