// SPDX-License-Identifier: EUPL-1.2
// The printable route card of a knooppunt: every route out of it, with criteria, who does the
// aanmelding, what may go along, and the problems, for the people at the meldpunt's desk.
import { laadRoutes } from '../../shared/queries.ts';
import { renderRoutes } from '../../shared/routes-view.ts';

const id = new URLSearchParams(location.search).get('knooppunt');
const status = document.querySelector<HTMLElement>('#status')!;
document.querySelector('#afdrukken')?.addEventListener('click', () => window.print());
document.querySelector('#datum')!.textContent = new Date().toLocaleDateString('nl-NL', {
  dateStyle: 'long',
});

async function start(): Promise<void> {
  if (!id) {
    status.textContent = 'Kies eerst een knooppunt op de kaart.';
    return;
  }
  const routes = await laadRoutes(id, 'UIT', 3, {});
  document.title = `Routekaart ${routes.knooppunt.naam} — Knooppuntenregister`;
  document.querySelector('#titel')!.textContent = `Routekaart: ${routes.knooppunt.naam}`;
  document.querySelector('#routekaart')!.innerHTML = renderRoutes(routes, null, {
    open: true,
  }).value;
  status.textContent = '';
  document.body.dataset['kaart'] = 'gereed';
}

start().catch((error: unknown) => {
  status.textContent = `De routes konden niet worden geladen: ${error instanceof Error ? error.message : String(error)}`;
});
