// SPDX-License-Identifier: EUPL-1.2
// The audit trail page for the beheerder (ux review row 27, defect 10): search by knooppunt,
// person, action, result and period, every record in words; the integrity check shown and
// explained; and what an auditor needs: the records as CSV and the chain's signed head.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { aantal } from '../../../server/domain/taal.ts';
import { gql } from '../../shared/api.ts';
import { tijdstip } from '../../shared/datum.ts';
import { download, toCsv } from '../../shared/export.ts';
import type {
  AuditAnkerQuery,
  AuditControleQuery,
  AuditFilter,
  AuditStartQuery,
  AuditZoekQuery,
} from '../../shared/gql/graphql.ts';
import { toonLayout } from '../../shared/layout.ts';
import { AUDIT_ACTIE, AUDIT_RESULTAAT } from '../../shared/labels.ts';
import { AUDIT_ANKER, AUDIT_CONTROLE, AUDIT_START, AUDIT_ZOEK } from './queries.ts';

type Record = AuditZoekQuery['auditLog']['records'][number];
type Controle = AuditControleQuery['auditIntegriteit'];
type Anker = NonNullable<AuditAnkerQuery['auditAnker']>;

const PAGINA = 100;
const FILTERS = ['knooppuntId', 'persoon', 'actie', 'resultaat', 'van', 'tot'] as const;

interface Stand {
  regios: AuditStartQuery['regios'];
  filter: AuditFilter;
  records: Record[];
  totaal: number | null;
  volgende: number | null;
  controle: Controle | null;
  anker: Anker | null;
  /** Whether the last check was against a head the beheerder gave. */
  metKop: boolean;
  fout: string | null;
}
const s: Stand = {
  regios: [],
  filter: {},
  records: [],
  totaal: null,
  volgende: null,
  controle: null,
  anker: null,
  metKop: false,
  fout: null,
};

const foutTekst = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** An IPv4 client reaches a dual-stack server as ::ffff:a.b.c.d; people know it as a.b.c.d. */
const adres = (herkomst: string) => herkomst.replace(/^::ffff:(?=\d+\.)/, '');

/** A form's text field, trimmed; empty when absent. */
function tekstUit(form: EventTarget | null, naam: string): string {
  const v = new FormData(form as HTMLFormElement).get(naam);
  return typeof v === 'string' ? v.trim() : '';
}

/** The filter in the URL, so a search can be shared and reloaded. */
function filterUitUrl(): AuditFilter {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(FILTERS.flatMap((f) => (params.get(f) ? [[f, params.get(f)]] : [])));
}

function filterNaarUrl(filter: AuditFilter): void {
  const url = new URL(location.href);
  for (const f of FILTERS) {
    const waarde = filter[f];
    if (waarde) url.searchParams.set(f, String(waarde));
    else url.searchParams.delete(f);
  }
  history.replaceState(null, '', url);
}

function controleBlok(): TemplateResult {
  const c = s.controle;
  const uitslag =
    c === null
      ? html`<p class="utrecht-paragraph">De audittrail wordt gecontroleerd…</p>`
      : c.intact
        ? html`<div class="utrecht-alert utrecht-alert--ok" role="status">
            <div class="utrecht-alert__content">
              <p class="utrecht-paragraph utrecht-alert__message">
                De audittrail is ongeschonden. Alle ${aantal(c.aantal, 'record', 'records')} zijn er
                nog, in de goede volgorde, en niemand heeft ze achteraf veranderd. De beschrijvingen
                in het register kloppen met wat de audittrail als laatste vastlegde.
              </p>
            </div>
          </div>`
        : html`<div class="utrecht-alert utrecht-alert--error" role="alert">
            <div class="utrecht-alert__content">
              <p class="utrecht-paragraph utrecht-alert__message">
                Let op: de audittrail is niet ongeschonden.
                ${c.volgnummer === null ? '' : `Bij record ${c.volgnummer}: `}${c.reden}.
                ${s.metKop ? 'Klopt de kop die u opgaf niet, of is' : 'Iemand heeft'} buiten het
                register om iets veranderd of weggehaald${s.metKop ? '?' : '.'} Meld dit direct
                bij de functionaris gegevensbescherming en de beveiligingsverantwoordelijke.
              </p>
            </div>
          </div>`;
  return html`<section aria-labelledby="controle-kop">
    <h2 class="utrecht-heading-2" id="controle-kop">Is de audittrail ongeschonden?</h2>
    <p class="utrecht-paragraph">
      Elk record krijgt bij het vastleggen een digitale vingerafdruk (een hash), berekend over zijn
      inhoud én de vingerafdruk van het record ervoor, met een geheime sleutel van het register. Zo
      vormen de records een keten. Wie een record verandert, weghaalt of verplaatst, breekt de
      keten, en dat ziet deze controle.
    </p>
    ${uitslag}
    <button type="button" class="utrecht-button utrecht-button--secondary-action" @click=${controleer}>
      Opnieuw controleren
    </button>
  </section>`;
}

const optie = (waarde: string, tekst: string, gekozen: unknown) =>
  html`<option value=${waarde} ?selected=${gekozen === waarde}>${tekst}</option>`;

function veld(id: string, label: string, invoer: TemplateResult): TemplateResult {
  return html`<div class="utrecht-form-field">
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for=${id}>${label}</label>
    </div>
    <div class="utrecht-form-field__input">${invoer}</div>
  </div>`;
}

function zoekformulier(): TemplateResult {
  const f = s.filter;
  const keuze = (naam: string, labels: Readonly<{ [code: string]: string }>, leeg: string) =>
    html`<select id=${naam} name=${naam} class="utrecht-select utrecht-select--html-select">
      ${optie('', leeg, f[naam as keyof AuditFilter] ?? '')}
      ${Object.entries(labels).map(([code, tekst]) =>
        optie(code, tekst.split(' — ')[0]!, f[naam as keyof AuditFilter]),
      )}
    </select>`;
  const datum = (naam: 'van' | 'tot') =>
    html`<input
      id=${naam}
      name=${naam}
      type="date"
      class="utrecht-textbox utrecht-textbox--html-input"
      .value=${f[naam] ?? ''}
    />`;
  return html`<form class="zoekvelden" @submit=${zoek} aria-labelledby="zoek-kop">
    <h2 class="utrecht-heading-2" id="zoek-kop">Zoeken</h2>
    <div class="keuzelijst">
      ${veld(
        'knooppuntId',
        'Knooppunt',
        html`<select
          id="knooppuntId"
          name="knooppuntId"
          class="utrecht-select utrecht-select--html-select"
        >
          ${optie('', 'Alle knooppunten en het register', f.knooppuntId ?? '')}
          ${s.regios
            .filter((r) => r.knooppunten.length > 0)
            .map(
              (r) =>
                html`<optgroup label=${r.naam}>
                  ${r.knooppunten.map((k) => optie(k.id, k.naam, f.knooppuntId))}
                </optgroup>`,
            )}
        </select>`,
      )}
      ${veld(
        'persoon',
        'Persoon (naam of deel ervan)',
        html`<input
          id="persoon"
          name="persoon"
          class="utrecht-textbox utrecht-textbox--html-input"
          autocomplete="off"
          .value=${f.persoon ?? ''}
        />`,
      )}
      ${veld('actie', 'Handeling', keuze('actie', AUDIT_ACTIE, 'Alle handelingen'))}
      ${veld('resultaat', 'Uitkomst', keuze('resultaat', AUDIT_RESULTAAT, 'Alle uitkomsten'))}
      ${veld('van', 'Vanaf', datum('van'))} ${veld('tot', 'Tot en met', datum('tot'))}
    </div>
    <div class="utrecht-button-group">
      <button type="submit" class="utrecht-button utrecht-button--primary-action">Zoeken</button>
      <button type="button" class="utrecht-button utrecht-button--subtle" @click=${wisFilter}>
        Alles tonen
      </button>
    </div>
  </form>`;
}

function recordItem(r: Record): TemplateResult {
  const zinnen = r.wijzigingen.flatMap((w) =>
    w.inWoorden.map((v) => (r.wijzigingen.length > 1 ? `${w.onderwerp}: ${v.zin}` : v.zin)),
  );
  const objecten = r.wijzigingen.length > 1 ? r.wijzigingen.map((w) => w.onderwerp) : [];
  return html`<li class="utrecht-ordered-list__item auditrecord">
    <p class="utrecht-paragraph">
      <strong>${tijdstip(r.tijd)}</strong> · record ${r.volgnummer}
      ${r.herkomst ? html`· vanaf ${adres(r.herkomst)}` : nothing}
    </p>
    <p class="utrecht-paragraph">${r.inWoorden}</p>
    ${
      zinnen.length > 0 || objecten.length > 0
        ? html`<details class="utrecht-details">
            <summary>Wat veranderde</summary>
            <ul class="utrecht-unordered-list velden-in-woorden">
              ${(zinnen.length > 0 ? zinnen : objecten.slice(0, 50)).map(
                (z) => html`<li class="utrecht-unordered-list__item">${z}</li>`,
              )}
              ${
                zinnen.length === 0 && objecten.length > 50
                  ? html`<li class="utrecht-unordered-list__item">
                      en nog ${objecten.length - 50} objecten
                    </li>`
                  : nothing
              }
            </ul>
          </details>`
        : nothing
    }
  </li>`;
}

function resultaten(): TemplateResult {
  if (s.totaal === null) return html`<p class="utrecht-paragraph">De records worden geladen…</p>`;
  return html`<section aria-labelledby="resultaat-kop">
    <h2 class="utrecht-heading-2" id="resultaat-kop" tabindex="-1">
      ${aantal(s.totaal, 'record', 'records')} gevonden
    </h2>
    ${
      s.totaal === 0
        ? html`<p class="utrecht-paragraph">Geen records die aan deze zoekopdracht voldoen.</p>`
        : html`<p class="utrecht-paragraph">De nieuwste eerst; ${s.records.length} getoond.</p>
            <ol class="utrecht-ordered-list auditrecords">
              ${s.records.map(recordItem)}
            </ol>`
    }
    ${
      s.volgende !== null
        ? html`<button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            @click=${meer}
          >
            Meer records tonen
          </button>`
        : nothing
    }
  </section>`;
}

function ankerBlok(): TemplateResult {
  const a = s.anker;
  return html`<section aria-labelledby="auditor-kop">
    <h2 class="utrecht-heading-2" id="auditor-kop">Voor de auditor</h2>
    <p class="utrecht-paragraph">
      Download de gevonden records als CSV-bestand (opent in Excel). Om later te kunnen nagaan dat
      de audittrail sindsdien niet is ingekort of herschreven, bewaart de auditor de kop van de
      keten buiten het register: het volgnummer en de vingerafdruk van het laatste record, met de
      handtekening van het register. Bij een volgende controle geeft de beheerder die kop mee
      (onder “Controleren tegen een bewaarde kop”); klopt hij niet meer, dan meldt de controle dat.
    </p>
    <div class="utrecht-button-group">
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        @click=${exporteer}
      >
        Records als CSV
      </button>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" @click=${kop}>
        Kop van de keten tonen
      </button>
    </div>
    ${
      a
        ? html`<dl class="utrecht-data-list ketenkop">
              <div class="utrecht-data-list__item">
                <dt class="utrecht-data-list__item-key">Laatste record</dt>
                <dd class="utrecht-data-list__item-value">${a.volgnummer}, ${tijdstip(a.tijd)}</dd>
              </div>
              <div class="utrecht-data-list__item">
                <dt class="utrecht-data-list__item-key">Vingerafdruk (hash)</dt>
                <dd class="utrecht-data-list__item-value"><code>${a.hash}</code></dd>
              </div>
              <div class="utrecht-data-list__item">
                <dt class="utrecht-data-list__item-key">Handtekening</dt>
                <dd class="utrecht-data-list__item-value"><code>${a.handtekening}</code></dd>
              </div>
            </dl>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              @click=${() => downloadAnker(a)}
            >
              Kop downloaden
            </button>`
        : nothing
    }
    <form class="zoekvelden" @submit=${controleerAnker} aria-labelledby="anker-kop">
      <h3 class="utrecht-heading-3" id="anker-kop">Controleren tegen een bewaarde kop</h3>
      <div class="keuzelijst">
        ${veld(
          'anker-volgnummer',
          'Volgnummer',
          html`<input
            id="anker-volgnummer"
            name="volgnummer"
            inputmode="numeric"
            required
            class="utrecht-textbox utrecht-textbox--html-input"
          />`,
        )}
        ${veld(
          'anker-hash',
          'Vingerafdruk (hash)',
          html`<input
            id="anker-hash"
            name="hash"
            required
            class="utrecht-textbox utrecht-textbox--html-input"
          />`,
        )}
        ${veld(
          'anker-handtekening',
          'Handtekening',
          html`<input
            id="anker-handtekening"
            name="handtekening"
            required
            class="utrecht-textbox utrecht-textbox--html-input"
          />`,
        )}
      </div>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        Controleren tegen deze kop
      </button>
    </form>
  </section>`;
}

function pagina(): TemplateResult {
  return html`${
    s.fout
      ? html`<div class="utrecht-alert utrecht-alert--error" role="alert">
          <div class="utrecht-alert__content">
            <p class="utrecht-paragraph utrecht-alert__message">${s.fout}</p>
          </div>
        </div>`
      : nothing
  }
  ${controleBlok()} ${zoekformulier()} ${resultaten()} ${ankerBlok()}`;
}

const toon = () => render(pagina(), document.getElementById('audit')!);

async function poging(werk: () => Promise<void>): Promise<void> {
  try {
    s.fout = null;
    await werk();
  } catch (error) {
    s.fout = foutTekst(error);
  }
  toon();
}

async function laad(voor: number | null): Promise<void> {
  const { auditLog } = await gql(AUDIT_ZOEK, { filter: s.filter, voor, eerste: PAGINA });
  s.records = voor === null ? auditLog.records : [...s.records, ...auditLog.records];
  s.totaal = auditLog.totaal;
  s.volgende = auditLog.volgende;
}

function zoek(event: SubmitEvent): void {
  event.preventDefault();
  s.filter = Object.fromEntries(
    FILTERS.flatMap((f) => {
      const waarde = tekstUit(event.target, f);
      return waarde ? [[f, waarde]] : [];
    }),
  );
  filterNaarUrl(s.filter);
  void poging(() => laad(null)).then(() => document.getElementById('resultaat-kop')?.focus());
}

function wisFilter(): void {
  s.filter = {};
  filterNaarUrl(s.filter);
  void poging(() => laad(null));
}

const meer = () => void poging(() => laad(s.volgende));

function controleer(): void {
  s.controle = null;
  s.metKop = false;
  toon();
  void poging(async () => {
    s.controle = (await gql(AUDIT_CONTROLE, {})).auditIntegriteit;
  });
}

function controleerAnker(event: SubmitEvent): void {
  event.preventDefault();
  const anker = {
    volgnummer: Number(tekstUit(event.target, 'volgnummer')),
    hash: tekstUit(event.target, 'hash'),
    handtekening: tekstUit(event.target, 'handtekening'),
  };
  s.controle = null;
  s.metKop = true;
  toon();
  void poging(async () => {
    s.controle = (await gql(AUDIT_CONTROLE, { anker })).auditIntegriteit;
  }).then(() => document.getElementById('controle-kop')?.scrollIntoView());
}

const kop = () =>
  void poging(async () => {
    s.anker = (await gql(AUDIT_ANKER)).auditAnker;
  });

function downloadAnker(a: Anker): void {
  const tekst = [
    'Kop van de audittrail van het Knooppuntenregister',
    `Volgnummer: ${a.volgnummer}`,
    `Tijdstip: ${a.tijd}`,
    `Hash: ${a.hash}`,
    `Handtekening: ${a.handtekening}`,
    '',
    'Bewaar dit bestand buiten het register. Controleer later op de pagina Audittrail onder',
    '"Controleren tegen een bewaarde kop", of met de GraphQL-vraag auditIntegriteit(anker: …):',
    'het register meldt dan of dit record er nog is met dezelfde hash.',
  ].join('\n');
  download(`audittrail-kop-${a.volgnummer}.txt`, tekst, 'text/plain;charset=utf-8');
}

/** Every matching record, page by page, as CSV with ";" and a BOM (shared/export.ts). */
const exporteer = () =>
  void poging(async () => {
    const rijen: string[][] = [];
    for (let voor: number | null = null, verder = true; verder;) {
      const { auditLog }: AuditZoekQuery = await gql(AUDIT_ZOEK, {
        filter: s.filter,
        voor,
        eerste: 1000,
      });
      for (const r of auditLog.records)
        rijen.push([
          String(r.volgnummer),
          r.tijd,
          AUDIT_ACTIE[r.actie],
          AUDIT_RESULTAAT[r.resultaat].split(' — ')[0]!,
          r.door ?? '',
          r.herkomst ?? '',
          r.inWoorden,
          r.wijzigingen
            .flatMap((w) => w.inWoorden.map((v) => `${w.onderwerp}: ${v.zin}`))
            .join('\n'),
          r.hash,
        ]);
      voor = auditLog.volgende;
      verder = voor !== null;
    }
    const kolommen = [
      'Volgnummer',
      'Tijdstip',
      'Handeling',
      'Uitkomst',
      'Door',
      'Herkomst',
      'Wat er gebeurde',
      'Wijzigingen',
      'Hash',
    ];
    download('audittrail.csv', toCsv(rijen, kolommen), 'text/csv;charset=utf-8');
  });

function alleenBeheerder(aangemeld: boolean): TemplateResult {
  const terug = encodeURIComponent(location.pathname + location.search);
  return html`<div class="utrecht-alert utrecht-alert--warning">
    <div class="utrecht-alert__content">
      <p class="utrecht-paragraph utrecht-alert__message">
        ${
          aangemeld
            ? 'Alleen de beheerder van het register kan de audittrail inzien.'
            : html`Meld u aan als beheerder om de audittrail in te zien.
                <a class="utrecht-link utrecht-link--html-a" href="/aanmelden.html?terug=${terug}"
                  >Aanmelden</a
                >`
        }
      </p>
    </div>
  </div>`;
}

async function start(): Promise<void> {
  void toonLayout('audit');
  const data = await gql(AUDIT_START);
  if (data.ik?.rol !== 'BEHEERDER') {
    render(alleenBeheerder(data.ik !== null), document.getElementById('audit')!);
    return;
  }
  s.regios = data.regios;
  s.filter = filterUitUrl();
  toon();
  controleer();
  await poging(() => laad(null));
}

void start().finally(() => (document.body.dataset['kaart'] = 'gereed'));
