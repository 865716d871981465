// SPDX-License-Identifier: EUPL-1.2
// The printable route card of a knooppunt: its direct routes, with criteria, who does the
// aanmelding, what may go along, and the problems, for the people at the meldpunt's desk; one or
// two A4 pages. Chains over 2 or 3 steps only when asked (the map's "Hoe ver", or the link on the
// card), as an appendix on pages of their own.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { gql } from '../../shared/api.ts';
import { datum } from '../../shared/datum.ts';
import type { RoutekaartRoutesQuery } from '../../shared/gql/graphql.ts';
import { toonLayout } from '../../shared/layout.ts';
import { routesLijst } from '../../shared/routes-view.ts';
import { titelblok } from '../../shared/titelblok.ts';
import { kaartUrl, parseViewState, serializeViewState } from '../../shared/view-state.ts';
import { ROUTEKAART_ROUTES } from './queries.ts';

const params = new URLSearchParams(location.search);
const id = params.get('knooppunt');
/** The map the card was opened from travels along in the URL, so "back" returns to that view. */
const view = parseViewState(location.search);
const terug = kaartUrl({ ...view, selectie: view.selectie ?? id });
const doel = document.querySelector<HTMLElement>('#routekaart')!;

/** This card with the chains up to 3 steps as an appendix, or with the direct routes only. */
function andereKaart(): string {
  const params = new URLSearchParams(
    serializeViewState({ ...view, stappen: view.stappen === 1 ? 3 : 1 }),
  );
  if (id) params.set('knooppunt', id);
  return `/routekaart.html?${params}`;
}

const bediening = html`<p class="utrecht-paragraph niet-printen bediening">
  <a class="utrecht-link" href=${terug}>← Terug naar de kaart</a>
  <a class="utrecht-link" href=${andereKaart()}>
    ${
      view.stappen === 1
        ? 'Ketens tot 3 stappen als bijlage toevoegen'
        : 'Alleen de directe routes (zonder bijlage)'
    }
  </a>
  <button
    type="button"
    id="afdrukken"
    class="utrecht-button utrecht-button--secondary-action"
    @click=${() => window.print()}
  >
    Afdrukken
  </button>
</p>`;

const melding = (tekst: string, soort: 'info' | 'error') =>
  html`<div
    class="utrecht-alert utrecht-alert--${soort}"
    role=${soort === 'error' ? 'alert' : 'status'}
  >
    <div class="utrecht-alert__content">
      <div class="utrecht-alert__message"><p class="utrecht-paragraph">${tekst}</p></div>
    </div>
  </div>`;

type Melding = { tekst: string; soort: 'info' | 'error' };

function kaart(routes: RoutekaartRoutesQuery['routes'] | null, bericht?: Melding): TemplateResult {
  const knooppunt = routes?.knooppunt;
  return html`${bediening}
    ${titelblok({
      titel: knooppunt ? `Routekaart: ${knooppunt.naam}` : 'Routekaart',
      regio: knooppunt?.regio.naam ?? null,
      filters: [],
      peildatum: null,
    })}
    ${bericht ? melding(bericht.tekst, bericht.soort) : nothing}
    ${routes ? routesLijst(routes, null, { open: true, kopniveau: 2, bijlage: true }) : nothing}
    <p class="utrecht-paragraph voetnoot">
      Knooppuntenregister — routes volgens het register op ${datum(new Date().toISOString())}.
      Aanmelding via een partner, tenzij het knooppunt een eigen wettelijke taak heeft
      (handreiking §4.3 fase 4, §5.3). Voorbeelddata.
    </p>`;
}

async function start(): Promise<void> {
  void toonLayout('routekaart');
  if (!id) {
    render(kaart(null, { tekst: 'Kies eerst een knooppunt op de kaart.', soort: 'info' }), doel);
    document.body.dataset['kaart'] = 'gereed';
    return;
  }
  render(kaart(null, { tekst: 'Routes worden geladen…', soort: 'info' }), doel);
  const { routes } = await gql(ROUTEKAART_ROUTES, { id, maxStappen: view.stappen });
  document.title = `Routekaart ${routes.knooppunt.naam} — Knooppuntenregister`;
  render(kaart(routes), doel);
  document.body.dataset['kaart'] = 'gereed';
}

start().catch((error: unknown) => {
  const reden = error instanceof Error ? error.message : String(error);
  const tekst = `De routes konden niet worden geladen: ${reden}`;
  render(kaart(null, { tekst, soort: 'error' }), doel);
});
