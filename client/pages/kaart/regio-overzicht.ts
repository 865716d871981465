// SPDX-License-Identifier: EUPL-1.2
// The national view: the regions of one kind on a map with how many knooppunten each region's map
// holds, each leading into its map, and the same as a table (WCAG 1.3.1: no map needed to read it).
// The counts come from the server (Regio.aantalKnooppunten): no knooppunt is loaded here.
import { html, render, type TemplateResult } from 'lit-html';
import { aantal } from '../../../server/domain/taal.ts';
import { gql } from '../../shared/api.ts';
import { gewoneKlik } from '../../shared/gewone-klik.ts';
import { laadSamenvoeging } from '../../shared/grenzen.ts';
import { KAART_REGIOGEMEENTEN, type Keuzelijsten } from './queries.ts';
import { regiokaart, tekenaar, type Regiovlak } from './regiokaart.ts';
import { radiogroep } from './velden.ts';

type Regio = Keuzelijsten['regios'][number];
type Soort = Regio['soort'];

/** The kinds of region, as the groups of the region select and of this overview name them. */
export const REGIOGROEP: Record<Soort, string> = {
  ZORG_EN_VEILIGHEIDSHUIS: 'Zorg- en veiligheidshuisregio’s',
  VEILIGHEIDSREGIO: 'Veiligheidsregio’s',
};

/** What the map needs, fetched and drawn once when the overview is first shown. */
interface Vlakken {
  land: string;
  perSoort: Record<Soort, Regiovlak[]>;
}

const stand: {
  soort: Soort;
  vlakken: Vlakken | null;
  fout: string | null;
  laden: Promise<void> | null;
  /** Draws the overview again with what it was last shown with. */
  teken: () => void;
} = { soort: 'ZORG_EN_VEILIGHEIDSHUIS', vlakken: null, fout: null, laden: null, teken: () => {} };

/** Lets the page answer between two pieces of work (a message: timers nested deeper wait 4 ms). */
const volgendeTaak = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(null);
  });

/**
 * Each region drawn as the union of its gemeenten, one region per task: joining and projecting
 * all of them at once blocked the page for about 200 ms (issue 20: the overview never blocks).
 */
async function laadVlakken(): Promise<Vlakken> {
  const [{ regios }, samen] = await Promise.all([gql(KAART_REGIOGEMEENTEN), laadSamenvoeging()]);
  const alle = new Set(regios.flatMap((r) => r.gemeenten.map((g) => g.id)));
  const land = samen([...alle]);
  await volgendeTaak();
  const teken = tekenaar(land);
  const perSoort: Record<Soort, Regiovlak[]> = {
    ZORG_EN_VEILIGHEIDSHUIS: [],
    VEILIGHEIDSREGIO: [],
  };
  for (const r of regios) {
    await volgendeTaak();
    perSoort[r.soort].push({
      id: r.id,
      naam: r.naam,
      aantal: r.aantalKnooppunten,
      ...teken.vlak(samen(r.gemeenten.map((g) => g.id))),
    });
  }
  return { land: teken.land, perSoort };
}

/** Shows the overview in `el`: `regios` are the regions one can open, `open` opens one. */
export function toonRegioOverzicht(
  el: HTMLElement,
  regios: readonly Regio[],
  open: (regio: string) => void,
): void {
  stand.teken = () => render(regioOverzicht(regios, open), el);
  stand.laden ??= laadVlakken()
    .then((v) => {
      stand.vlakken = v;
    })
    .catch((error: unknown) => {
      stand.fout = error instanceof Error ? error.message : String(error);
    })
    .finally(() => stand.teken());
  stand.teken();
}

const kop = (tekst: string) =>
  html`<th class="utrecht-table__header-cell" scope="col">${tekst}</th>`;

function kaartDeel(regios: readonly Regio[], open: (regio: string) => void): TemplateResult {
  if (stand.fout)
    return html`<p class="utrecht-paragraph" role="alert">
      De kaart van de regio’s kon niet worden geladen (${stand.fout}). De tabel bevat dezelfde
      gegevens.
    </p>`;
  if (!stand.vlakken)
    return html`<p class="utrecht-paragraph" role="status">Kaart van de regio’s laden…</p>`;
  return regiokaart({
    titel: `Kaart van de ${REGIOGROEP[stand.soort].toLowerCase()} met het aantal knooppunten per regio. De tabel bevat dezelfde gegevens.`,
    land: stand.vlakken.land,
    vlakken: stand.vlakken.perSoort[stand.soort],
    open: new Set(regios.map((r) => r.id)),
    kies: open,
  });
}

function tabel(leden: readonly Regio[], open: (regio: string) => void): TemplateResult {
  const link = (r: Regio) =>
    html`<a
      class="utrecht-link"
      href="/?regio=${encodeURIComponent(r.id)}"
      @click=${(event: MouseEvent) => {
        if (!gewoneKlik(event)) return;
        event.preventDefault();
        open(r.id);
      }}
      >${r.naam}</a
    >`;
  const totaal = Math.max(0, ...leden.map((r) => r.aantalKnooppunten));
  return html`<div class="tabelvak" role="region" aria-label=${REGIOGROEP[stand.soort]} tabindex="0">
    <table class="utrecht-table utrecht-table--html-table regiotabel">
      <caption class="utrecht-table__caption">
        ${REGIOGROEP[stand.soort]} (${leden.length})
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          ${kop('Regio')} ${kop('Knooppunten op de kaart')}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        ${leden.map(
          (r) =>
            html`<tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">${link(r)}</th>
              <td class="utrecht-table__cell regiotabel__aantal">
                <span class="balk" style="--aandeel: ${totaal ? r.aantalKnooppunten / totaal : 0}"></span>
                ${
                  r.aantalKnooppunten === 0
                    ? 'nog geen knooppunten'
                    : aantal(r.aantalKnooppunten, 'knooppunt', 'knooppunten')
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function regioOverzicht(regios: readonly Regio[], open: (regio: string) => void): TemplateResult {
  const soorten = (Object.keys(REGIOGROEP) as Soort[]).filter((s) =>
    regios.some((r) => r.soort === s),
  );
  if (!soorten.includes(stand.soort) && soorten[0]) stand.soort = soorten[0];
  const leden = regios
    .filter((r) => r.soort === stand.soort)
    .sort((a, b) => b.aantalKnooppunten - a.aantalKnooppunten || a.naam.localeCompare(b.naam));
  return html`<h2 id="landelijk-kop" class="utrecht-heading-2" tabindex="-1">Alle regio’s</h2>
    <p class="utrecht-paragraph">
      Kies een regio op de kaart of in de tabel om haar kaart te openen. Iedere gemeente hoort bij
      een zorg- en veiligheidshuisregio én bij een veiligheidsregio. Waar die dezelfde gemeenten
      hebben, staan dezelfde knooppunten op beide kaarten: kies dan de zorg- en
      veiligheidshuisregio, die de beschrijvingen beheert.
    </p>
    ${
      soorten.length > 1
        ? radiogroep(
            'Soort regio',
            'regiosoort',
            soorten.map((s) => ({ value: s, tekst: REGIOGROEP[s] })),
            stand.soort,
            (soort) => {
              stand.soort = soort;
              stand.teken();
            },
          )
        : ''
    }
    <div class="landelijk__inhoud">
      <div class="landelijk__kaart">${kaartDeel(regios, open)}</div>
      ${tabel(leden, open)}
    </div>`;
}
