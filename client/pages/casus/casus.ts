// SPDX-License-Identifier: EUPL-1.2
// The casus wizard: four short steps, then the knooppunten that fit, with the reasons. Nothing of
// the casus is kept: it lives only in this page's memory (not in the URL, not in storage) and goes
// only into the matching query, in a POST body (queries.ts).
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { gql } from '../../shared/api.ts';
import type { CasusKeuzesQuery, CasusMatchQuery, Signaal } from '../../shared/gql/graphql.ts';
import { LEEFTIJDSBANDEN, SIGNAAL, type Leeftijdsband } from '../../shared/labels.ts';
import { toonLayout } from '../../shared/layout.ts';
import { CASUS_KEUZES, CASUS_MATCH, CASUS_REGIO } from './queries.ts';
import { toonResultaat } from './resultaat.ts';
import { keuzelijst, radioknop, vinkje, type Keuze } from './velden.ts';

/** The casus as answered so far. */
interface Casus {
  themas: Set<string>;
  gemeente: string;
  leeftijd: Leeftijdsband | '';
  signalen: Set<Signaal>;
  eigen: string;
  betrokken: Set<string>;
}

const nieuweCasus = (): Casus => ({
  themas: new Set(),
  gemeente: '',
  leeftijd: '',
  signalen: new Set(),
  eigen: '',
  betrokken: new Set(),
});

/** What a professional reads at once: the server counts the rest, the page shows more on request. */
const PAGINA = 10;

const staat = {
  keuzes: { regios: [], themas: [] } as CasusKeuzesQuery,
  regio: '',
  gemeenten: [] as Keuze[],
  knooppunten: [] as Keuze[],
  organisaties: [] as Keuze[],
  casus: nieuweCasus(),
  stap: 0,
  resultaat: null as { antwoord: CasusMatchQuery['casusMatch']; metGemeente: boolean } | null,
  /** How many knooppunten each list of the result names: ten, and ten more per "meer tonen". */
  eerste: PAGINA,
  fout: null as string | null,
};

const VRAGEN = [
  'welke problematiek speelt er?',
  'wie en waar?',
  'wat maakt het een complexe casus?',
  'wie zijn er al betrokken?',
];
const SIGNALEN = Object.entries(SIGNAAL) as [Signaal, string][];
const LEEFTIJDEN = Object.entries(LEEFTIJDSBANDEN) as [Leeftijdsband, { label: string }][];

const wissel =
  <T>(set: Set<T>, waarde: T) =>
  (aan: boolean) => {
    if (aan) set.add(waarde);
    else set.delete(waarde);
  };

/** One step's fieldset; its legend takes the focus when the step opens. */
function stapVak(inhoud: TemplateResult, role?: string): TemplateResult {
  const n = staat.stap + 1;
  return html`<div class="utrecht-form-fieldset stap">
    <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
      <legend
        id="stap-kop"
        class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend"
        tabindex="-1"
        role=${role ?? nothing}
      >
        Stap ${n} van ${VRAGEN.length}: ${VRAGEN[staat.stap]}
      </legend>
      ${inhoud}
    </fieldset>
  </div>`;
}

const stap1 = () =>
  stapVak(
    html`<div class="kolommen">
      ${staat.keuzes.themas.map((t) =>
        vinkje(
          ['thema', t.id],
          t.naam,
          staat.casus.themas.has(t.id),
          wissel(staat.casus.themas, t.id),
        ),
      )}
    </div>`,
  );

function stap2(): TemplateResult {
  const c = staat.casus;
  const regios = zorgEnVeiligheidshuizen();
  return stapVak(html`
    ${keuzelijst({ id: 'regio', label: 'Regio', opties: regios, waarde: staat.regio }, (id) => {
      kiesRegio(id).catch(toonFout);
    })}
    ${keuzelijst(
      {
        id: 'gemeente',
        label: 'Gemeente waar de casus speelt',
        leeg: 'Onbekend of niet van belang',
        opties: staat.gemeenten,
        waarde: c.gemeente,
      },
      (id) => (c.gemeente = id),
    )}
    <div class="utrecht-form-fieldset">
      <fieldset
        class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        role="radiogroup"
      >
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          Doelgroep naar leeftijd
        </legend>
        ${radioknop(
          ['leeftijd', 'onbekend'],
          'Onbekend of niet van belang',
          c.leeftijd === '',
          () => {
            c.leeftijd = '';
          },
        )}
        ${LEEFTIJDEN.map(([band, b]) =>
          radioknop(['leeftijd', band], b.label, c.leeftijd === band, () => (c.leeftijd = band)),
        )}
      </fieldset>
    </div>
  `);
}

const stap3 = () =>
  stapVak(
    html`${SIGNALEN.map(([code, tekst]) =>
      vinkje(
        ['signaal', code],
        tekst,
        staat.casus.signalen.has(code),
        wissel(staat.casus.signalen, code),
      ),
    )}`,
  );

function stap4(): TemplateResult {
  const c = staat.casus;
  const aantal = c.betrokken.size;
  return stapVak(html`
    ${keuzelijst(
      {
        id: 'eigen',
        label: 'Uw eigen knooppunt',
        omschrijving: 'Niet verplicht. Kiest u het, dan ziet u de route vanaf uw knooppunt.',
        leeg: 'Geen',
        opties: staat.knooppunten,
        waarde: c.eigen,
      },
      (id) => (c.eigen = id),
    )}
    <details class="betrokken">
      <summary>
        Partijen die al betrokken zijn${aantal ? ` (${aantal} gekozen)` : ''}
      </summary>
      <div class="kolommen">
        ${staat.organisaties.map((o) =>
          vinkje(['betrokken', o.id], o.naam, c.betrokken.has(o.id), (aan) => {
            wissel(c.betrokken, o.id)(aan);
            teken();
          }),
        )}
      </div>
    </details>
  `);
}

const STAPPEN = [stap1, stap2, stap3, stap4];

function wizard(): TemplateResult {
  const laatste = staat.stap === STAPPEN.length - 1;
  return html`<form id="wizard" autocomplete="off" novalidate @submit=${zoek}>
    ${STAPPEN[staat.stap]!()}
    <div class="utrecht-button-group knoppen">
      ${
        staat.stap > 0
          ? html`<button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            @click=${() => naarStap(staat.stap - 1)}
          >
            Vorige
          </button>`
          : nothing
      }
      ${
        laatste
          ? html`<button type="submit" class="utrecht-button utrecht-button--primary-action">
            Zoek passende tafels
          </button>`
          : html`<button
            type="button"
            class="utrecht-button utrecht-button--primary-action"
            @click=${() => naarStap(staat.stap + 1)}
          >
            Volgende
          </button>`
      }
    </div>
  </form>`;
}

const foutmelding = (tekst: string) =>
  html`<div class="utrecht-alert utrecht-alert--error">
    <div class="utrecht-alert__content">
      <p class="utrecht-alert__message utrecht-paragraph">${tekst}</p>
    </div>
  </div>`;

function teken(): void {
  render(wizard(), document.getElementById('wizard-vak')!);
  render(
    staat.resultaat
      ? toonResultaat(staat.resultaat.antwoord, {
          metGemeente: staat.resultaat.metGemeente,
          regio: staat.regio,
          opnieuw,
          meer: () => void meer(),
        })
      : nothing,
    document.getElementById('resultaat-vak')!,
  );
  render(staat.fout ? foutmelding(staat.fout) : nothing, document.getElementById('fout')!);
}

function naarStap(n: number): void {
  staat.stap = n;
  teken();
  document.getElementById('stap-kop')!.focus();
}

const zorgEnVeiligheidshuizen = () =>
  staat.keuzes.regios.filter((r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS');

/** The region's gemeenten, knooppunten and their organisaties; answers of another region go. */
async function kiesRegio(regio: string): Promise<void> {
  staat.regio = regio;
  Object.assign(staat.casus, { gemeente: '', eigen: '', betrokken: new Set() });
  const data = await gql(CASUS_REGIO, { regioId: regio });
  if (staat.regio !== regio) return; // another region was chosen meanwhile
  const organisaties = new Map(
    data.knooppunten.items.flatMap((k) =>
      k.deelnames.map((d) => [d.organisatie.id, d.organisatie]),
    ),
  );
  staat.gemeenten = data.gemeenten;
  staat.knooppunten = data.knooppunten.items;
  staat.organisaties = [...organisaties.values()].sort((a, b) =>
    a.naam.localeCompare(b.naam, 'nl'),
  );
  teken();
}

/** Asks the server for the casus's knooppunten, `eerste` per list; null when that failed. */
async function vraag(eerste: number): Promise<CasusMatchQuery['casusMatch'] | null> {
  const c = staat.casus;
  const band = c.leeftijd ? LEEFTIJDSBANDEN[c.leeftijd] : null;
  try {
    const { casusMatch } = await gql(CASUS_MATCH, {
      casus: {
        themaIds: [...c.themas],
        leeftijd: band ? { van: band.van, tot: band.tot } : null,
        gemeenteId: c.gemeente || null,
        signalen: [...c.signalen],
        betrokkenOrganisatieIds: [...c.betrokken],
        vanKnooppuntId: c.eigen || null,
      },
      eerste,
    });
    staat.resultaat = { antwoord: casusMatch, metGemeente: c.gemeente !== '' };
    staat.eerste = eerste;
    staat.fout = null;
  } catch (error) {
    toonFout(error);
    return null;
  }
  teken();
  return staat.resultaat.antwoord;
}

async function zoek(event: Event): Promise<void> {
  event.preventDefault();
  const antwoord = await vraag(PAGINA);
  if (!antwoord) return;
  // The acute advice, when there is one, is what the professional reads first.
  const kop = document.getElementById(antwoord.acuut ? 'acuut-kop' : 'resultaat-kop')!;
  kop.focus({ preventScroll: true });
  document.getElementById('resultaat')!.scrollIntoView({ block: 'start' });
  document.body.dataset['resultaat'] = 'gereed';
}

/**
 * Ten more per list. The focus goes to the first card that was not there yet, else stays on the
 * button, else (all shown) goes to the result's heading.
 */
async function meer(): Promise<void> {
  const getoond = staat.resultaat?.antwoord.passend.length ?? 0;
  if (!(await vraag(staat.eerste + PAGINA))) return;
  const doel =
    document.querySelectorAll<HTMLElement>('#resultaat article.match h3 a')[getoond] ??
    document.querySelector<HTMLElement>('#resultaat button.meer') ??
    document.getElementById('resultaat-kop');
  doel?.focus();
}

function opnieuw(): void {
  staat.casus = nieuweCasus();
  staat.resultaat = null;
  naarStap(0);
}

function toonFout(error: unknown): void {
  staat.fout = `Zoeken lukte niet: ${error instanceof Error ? error.message : String(error)}`;
  teken();
}

async function start(): Promise<void> {
  staat.keuzes = await gql(CASUS_KEUZES);
  const regios = zorgEnVeiligheidshuizen();
  // The region chosen elsewhere in the product (?regio=), else the one with the most knooppunten.
  const gevraagd = new URLSearchParams(location.search).get('regio');
  const grootste = [...regios].sort((a, b) => b.aantalKnooppunten - a.aantalKnooppunten)[0];
  await kiesRegio(regios.find((r) => r.id === gevraagd)?.id ?? grootste?.id ?? '');
  document.body.dataset['kaart'] = 'gereed';
}

void toonLayout('casus');
start().catch(toonFout);
