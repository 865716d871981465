// SPDX-License-Identifier: EUPL-1.2
// The printable route card of a knooppunt: every route out of it, with criteria, who does the
// aanmelding, what may go along, and the problems, for the people at the meldpunt's desk.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { gql } from '../../shared/api.ts';
import { datum } from '../../shared/datum.ts';
import type { RoutekaartRoutesQuery } from '../../shared/gql/graphql.ts';
import { toonLayout } from '../../shared/layout.ts';
import { routesLijst } from '../../shared/routes-view.ts';
import { titelblok } from '../../shared/titelblok.ts';
import { kaartUrl, parseViewState } from '../../shared/view-state.ts';
import { ROUTEKAART_ROUTES } from './queries.ts';

const params = new URLSearchParams(location.search);
const id = params.get('knooppunt');
/** The map the card was opened from travels along in the URL, so "back" returns to that view. */
const view = parseViewState(location.search);
const terug = kaartUrl({ ...view, selectie: view.selectie ?? id });
const doel = document.querySelector<HTMLElement>('#routekaart')!;

const bediening = html`<p class="utrecht-paragraph niet-printen bediening">
  <a class="utrecht-link" href=${terug}>← Terug naar de kaart</a>
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
    ${routes ? routesLijst(routes, null, { open: true }) : nothing}
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
  const { routes } = await gql(ROUTEKAART_ROUTES, { id });
  document.title = `Routekaart ${routes.knooppunt.naam} — Knooppuntenregister`;
  render(kaart(routes), doel);
  document.body.dataset['kaart'] = 'gereed';
}

start().catch((error: unknown) => {
  const reden = error instanceof Error ? error.message : String(error);
  const tekst = `De routes konden niet worden geladen: ${reden}`;
  render(kaart(null, { tekst, soort: 'error' }), doel);
});
