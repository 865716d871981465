// SPDX-License-Identifier: EUPL-1.2
// Exporting the register, and bringing an inventory in from a spreadsheet (issue 8): a preview
// first (every change field by field, and every row error; nothing written), then confirm,
// written as one change. Progress is shown while the files are read, sent and checked (issue 22).
import { html, nothing, render } from 'lit-html';
import { ifDefined } from 'lit-html/directives/if-defined.js';
import type { ImportAntwoord, VeldWijziging } from '../../../server/domain/import-plan.ts';
import { KIND_LABELS } from '../../../server/domain/model.ts';
import { aantal } from '../../../server/domain/taal.ts';

/** The registry's own sheets (server/spreadsheet): `;`-separated, as Dutch Excel reads them. */
const CSV_BLADEN = ['organisaties', 'knooppunten', 'deelnames', 'overdrachten'];

const knopLink = (href: string, tekst: string, soort = 'secondary-action') =>
  html`<a
    class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${soort}"
    href=${href}
    download
    >${tekst}</a
  >`;

export function toonExport(element: HTMLElement): void {
  render(
    html`<h3 class="utrecht-heading-3">Exporteren</h3>
      <p class="utrecht-paragraph">
        Het hele register, ook beëindigde knooppunten, als Excel-bestand of als CSV per blad.
      </p>
      <p class="utrecht-button-group">
        ${knopLink('/export/register.xlsx', 'Register (Excel)', 'primary-action')}
        ${CSV_BLADEN.map((blad) =>
          knopLink(`/export/${blad}.csv`, `${blad[0]!.toUpperCase()}${blad.slice(1)} (CSV)`),
        )}
      </p>
      <p class="utrecht-paragraph">
        Begin een inventarisatie met het sjabloon. Iedere kolom heeft een Nederlandse titel met
        uitleg, keuzevelden hebben een keuzelijst, en het blad “Toelichting” beschrijft iedere
        kolom. Een knooppunt of organisatie mag u bij naam noemen; ids hoeft u niet te bedenken.
      </p>
      <p class="utrecht-button-group">
        ${knopLink('/export/register.xlsx?sjabloon=1', 'Sjabloon (Excel)')}
      </p>`,
    element,
  );
}

type Voorbeeld = ImportAntwoord & { errors?: { message: string }[] };
type Bestand = { naam: string; inhoud: string };

/** Where a preview or import is: the step in words, and how far (0–1), or null while waiting. */
interface Voortgang {
  stap: string;
  deel: number | null;
}

const staat: {
  bestanden: Bestand[];
  voorbeeld: Voorbeeld | null;
  melding: string;
  bezig: boolean;
  voortgang: Voortgang | null;
} = { bestanden: [], voorbeeld: null, melding: '', bezig: false, voortgang: null };

/**
 * Posts the files with XHR, whose upload reports progress (fetch does not): "Versturen…" while
 * the bytes go, then "Controleren…" while the server reads and checks them.
 */
function post(pad: string, body: unknown, voortgang: (v: Voortgang) => void): Promise<Voorbeeld> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', pad);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) =>
      voortgang({ stap: 'Versturen…', deel: e.lengthComputable ? e.loaded / e.total : null });
    xhr.upload.onload = () => voortgang({ stap: 'Controleren…', deel: null });
    xhr.onload = () => {
      const antwoord = xhr.response as Voorbeeld | null;
      if (!antwoord) return reject(new Error(`de server antwoordde niet (${xhr.status})`));
      if (antwoord.errors?.[0]) return reject(new Error(antwoord.errors[0].message));
      resolve(antwoord);
    };
    xhr.onerror = () => reject(new Error('de verbinding met de server is verbroken'));
    xhr.send(JSON.stringify(body));
  });
}

/** Base64 in slices: one character at a time takes seconds for a large workbook. */
const base64 = (buffer: ArrayBuffer) => {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** Reads the chosen files, reporting the share of their bytes read so far. */
async function leesBestanden(
  files: readonly File[],
  voortgang: (v: Voortgang) => void,
): Promise<Bestand[]> {
  const totaal = files.reduce((n, f) => n + f.size, 0) || 1;
  let klaar = 0;
  const bestanden: Bestand[] = [];
  for (const file of files) {
    const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
      const lezer = new FileReader();
      lezer.onprogress = (e) =>
        voortgang({ stap: 'Bestand lezen…', deel: (klaar + e.loaded) / totaal });
      lezer.onload = () => resolve(lezer.result as ArrayBuffer);
      lezer.onerror = () => reject(new Error(`‘${file.name}’ kon niet worden gelezen`));
      lezer.readAsArrayBuffer(file);
    });
    klaar += file.size;
    bestanden.push({ naam: file.name, inhoud: base64(buffer) });
  }
  return bestanden;
}

const reden = (error: unknown) => (error instanceof Error ? error.message : String(error));
const objecten = (n: number) => aantal(n, 'object', 'objecten');

const kop = (tekst: string) =>
  html`<th class="utrecht-table__header-cell" scope="col">${tekst}</th>`;
const cel = (inhoud: unknown) => html`<td class="utrecht-table__cell">${inhoud}</td>`;

/** A table named by the heading above it: a caption would scroll away with a wide table on a phone. */
function tabel(kopId: string, titel: string, koppen: string[], rijen: unknown[][]) {
  return html`<h5 class="utrecht-heading-5" id=${kopId}>${titel}</h5>
    <div class="tabelvak" role="region" aria-labelledby=${kopId} tabindex="0">
      <table class="utrecht-table utrecht-table--html-table" aria-labelledby=${kopId}>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            ${koppen.map(kop)}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          ${rijen.map((rij) => html`<tr class="utrecht-table__row">${rij.map(cel)}</tr>`)}
        </tbody>
      </table>
    </div>`;
}

function foutenTabel(v: Voorbeeld) {
  if (v.fouten.length === 0) return nothing;
  const welke = v.aantalFouten > v.fouten.length ? ` (de eerste ${v.fouten.length})` : '';
  return tabel(
    'import-fouten-kop',
    `Fouten${welke}`,
    ['Blad', 'Rij', 'Kolom', 'Melding'],
    v.fouten.map((f) => [f.blad, f.rij, f.kolom ?? '—', f.melding]),
  );
}

const waarde = (tekst: string) => (tekst === '' ? html`<em>leeg</em>` : tekst);

/** "Doel: oud → nieuw", the arrow read as "wordt". */
const veldWijziging = (v: VeldWijziging) =>
  html`<li>
    <strong>${v.veld}</strong>: <span class="import-oud">${waarde(v.oud)}</span>
    <span aria-hidden="true">→</span><span class="sr-only">wordt</span>
    <span class="import-nieuw">${waarde(v.nieuw)}</span>
  </li>`;

function wijzigingenTabel(v: Voorbeeld) {
  if (v.wijzigingen.length === 0) return nothing;
  return tabel(
    'import-wijzigingen-kop',
    'Wat er verandert',
    ['Soort', 'Naam', 'Blad en rij', 'Wat er verandert'],
    v.wijzigingen.map((w) => [
      KIND_LABELS[w.soort],
      w.naam,
      `${w.blad}, rij ${w.rij}`,
      w.nieuw
        ? 'Nieuw'
        : html`<ul class="import-velden">
            ${w.velden.map(veldWijziging)}
          </ul>`,
    ]),
  );
}

/** The step under way, with a progress bar: a fraction while it is known, else just moving. */
function voortgangWeergave(v: Voortgang | null) {
  if (!v) return nothing;
  return html`<div class="import-voortgang">
    <label class="utrecht-form-label" for="import-voortgang">${v.stap}</label>
    <progress id="import-voortgang" max="1" value=${ifDefined(v.deel ?? undefined)}></progress>
  </div>`;
}

/** What the preview means, and what to do next. */
function uitkomst(v: Voorbeeld) {
  const [soort, tekst] =
    v.aantalFouten > 0
      ? [
          'error',
          `Er is niets opgeslagen. Verbeter de ${aantal(v.aantalFouten, 'fout', 'fouten')} in het bestand en bekijk het voorbeeld opnieuw.`,
        ]
      : v.wijzigingen.length === 0
        ? ['info', 'Het bestand verandert niets aan het register.']
        : ['info', 'Er is nog niets opgeslagen. Controleer wat er verandert en bevestig dan.'];
  return html`<div class="utrecht-alert utrecht-alert--${soort}">
    <div class="utrecht-alert__content">
      <p class="utrecht-paragraph utrecht-alert__message">${tekst}</p>
    </div>
  </div>`;
}

function tellingen(v: Voorbeeld) {
  const nieuw = v.wijzigingen.filter((w) => w.nieuw).length;
  const regels: [string, string][] = [
    ['Nieuw', objecten(nieuw)],
    ['Gewijzigd', objecten(v.wijzigingen.length - nieuw)],
    ['Ongewijzigd', objecten(v.ongewijzigd)],
    ['Fouten', v.aantalFouten === 0 ? 'geen' : aantal(v.aantalFouten, 'fout', 'fouten')],
  ];
  return html`<dl class="utrecht-data-list tellingen">
    ${regels.map(
      ([sleutel, waarde]) =>
        html`<div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">${sleutel}</dt>
          <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            ${waarde}
          </dd>
        </div>`,
    )}
  </dl>`;
}

function voorbeeldWeergave(v: Voorbeeld, bevestig: () => void) {
  const kan = v.aantalFouten === 0 && v.wijzigingen.length > 0;
  return html`<h4 class="utrecht-heading-4" id="voorbeeld-kop" tabindex="-1">
      Voorbeeld van de import
    </h4>
    ${tellingen(v)} ${uitkomst(v)} ${foutenTabel(v)} ${wijzigingenTabel(v)}
    ${
      kan
        ? html`<p class="utrecht-button-group">
          <button
            type="button"
            class="utrecht-button utrecht-button--primary-action"
            ?disabled=${staat.bezig}
            @click=${bevestig}
          >
            Importeren bevestigen
          </button>
        </p>`
        : nothing
    }`;
}

function formulier(kies: (e: SubmitEvent) => void) {
  return html`<form novalidate @submit=${kies}>
    <div class="utrecht-form-field utrecht-form-field--text">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="bestanden">Bestanden (XLSX, of CSV per blad)</label>
      </div>
      <div class="utrecht-form-field-description utrecht-form-field__description" id="bestanden-uitleg">
        Er wordt niets opgeslagen voordat u het voorbeeld hebt bekeken en bevestigd. Een import
        verwijdert niets.
      </div>
      <div class="utrecht-form-field__input">
        <input
          id="bestanden"
          type="file"
          accept=".xlsx,.csv"
          multiple
          aria-describedby="bestanden-uitleg"
        />
      </div>
    </div>
    <p class="utrecht-button-group">
      <button
        type="submit"
        class="utrecht-button utrecht-button--secondary-action"
        ?disabled=${staat.bezig}
      >
        Voorbeeld bekijken
      </button>
    </p>
  </form>`;
}

/** The import form and its preview; `naImport` refreshes what the import may have changed. */
export function toonImport(element: HTMLElement, mag: boolean, naImport: () => Promise<void>) {
  const teken = () => {
    render(
      html`<h3 class="utrecht-heading-3">Importeren</h3>
        ${
          mag
            ? formulier((e) => void kies(e))
            : html`<p class="utrecht-paragraph">Importeren kan alleen de beheerder van de regio.</p>`
        }
        ${voortgangWeergave(staat.voortgang)}
        <p class="utrecht-paragraph" role="status">${staat.melding}</p>
        ${staat.voorbeeld ? voorbeeldWeergave(staat.voorbeeld, () => void bevestig()) : nothing}`,
      element,
    );
  };
  const zet = (wijziging: Partial<typeof staat>) => {
    Object.assign(staat, wijziging);
    teken();
  };

  async function kies(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const invoer = element.querySelector<HTMLInputElement>('#bestanden')!;
    const files = [...(invoer.files ?? [])];
    if (files.length === 0) return zet({ melding: 'Kies eerst een of meer bestanden.' });
    const voortgang = (v: Voortgang) => zet({ voortgang: v });
    zet({ melding: '', voorbeeld: null, bezig: true });
    try {
      const bestanden = await leesBestanden(files, voortgang);
      const voorbeeld = await post('/import/voorbeeld', { bestanden }, voortgang);
      zet({
        bestanden,
        voorbeeld,
        bezig: false,
        voortgang: null,
        melding: 'Het voorbeeld staat hieronder.',
      });
      // The preview appears below the form: take keyboard and screen reader users there.
      element.querySelector<HTMLElement>('#voorbeeld-kop')?.focus();
    } catch (error) {
      zet({ bezig: false, voortgang: null, melding: `Niet gelukt: ${reden(error)}` });
    }
  }

  async function bevestig(): Promise<void> {
    const { bestanden, voorbeeld } = staat;
    if (!voorbeeld) return;
    zet({ bezig: true, melding: '' });
    try {
      const v = await post('/import/bevestig', { bestanden, sleutel: voorbeeld.sleutel }, (s) =>
        zet({ voortgang: s.stap === 'Controleren…' ? { stap: 'Opslaan…', deel: null } : s }),
      );
      zet({
        voorbeeld: null,
        bezig: false,
        voortgang: null,
        melding: `Geïmporteerd: ${objecten(v.geschreven ?? 0)} in één wijziging.`,
      });
      await naImport();
    } catch (error) {
      zet({ bezig: false, voortgang: null, melding: `Niet geïmporteerd: ${reden(error)}` });
    }
  }

  teken();
}
