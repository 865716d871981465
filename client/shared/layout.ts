// SPDX-License-Identifier: EUPL-1.2
// The layout every page shares: skip link, header with the product name and the chosen region,
// one navigation, the sign-in state, and the footer. A page's HTML holds the empty slots
// <header id="paginakop"> and <footer id="paginavoet"> around its <main id="inhoud">.
import { html, render, type TemplateResult } from 'lit-html';
import { gql } from './api.ts';
import { graphql } from './gql/gql.ts';
import { laadIk } from './queries.ts';

export type Pagina =
  | 'kaart'
  | 'casus'
  | 'organisatie'
  | 'bestuurder'
  | 'beheer'
  | 'bewerken'
  | 'routekaart'
  | 'aanmelden'
  | 'over'
  | 'toegankelijkheid';

/** The main navigation, in the order of the issue: the pages a person chooses between. */
const NAVIGATIE: { pagina: Pagina | 'api'; href: string; label: string }[] = [
  { pagina: 'kaart', href: '/', label: 'Kaart' },
  { pagina: 'casus', href: '/casus.html', label: 'Casus' },
  { pagina: 'organisatie', href: '/organisatie.html', label: 'Organisatie' },
  { pagina: 'bestuurder', href: '/bestuurder.html', label: 'Dekking en verantwoording' },
  { pagina: 'beheer', href: '/beheer.html', label: 'Beheer' },
  { pagina: 'api', href: '/graphql', label: 'API' },
];

const ROL: Record<string, string> = {
  LEZER: 'lezer',
  REDACTEUR: 'redacteur',
  BEHEERDER: 'beheerder',
};

const REGIO_NAAM = graphql(/* GraphQL */ `
  query RegioNaam {
    regios {
      id
      naam
    }
  }
`);

/** The region chosen in the URL travels along with every link, so a page opens where one was. */
function metRegio(href: string, regio: string | null): string {
  if (!regio || href.startsWith('/graphql')) return href;
  return `${href}?regio=${encodeURIComponent(regio)}`;
}

function afmelden(): void {
  void fetch('/auth/afmelden', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
  }).then(() => location.reload());
}

async function accountRegel(): Promise<TemplateResult> {
  const ik = await laadIk();
  if (!ik) {
    const terug = encodeURIComponent(location.pathname + location.search);
    return html`<a href="/aanmelden.html?terug=${terug}">Aanmelden</a>`;
  }
  return html`Aangemeld als <strong>${ik.naam}</strong> (${ROL[ik.rol] ?? ik.rol}) ·
    <button type="button" class="link" @click=${afmelden}>Afmelden</button>`;
}

function kop(pagina: Pagina, regio: string | null, regioNaam: string | null, account: unknown) {
  return html`<a class="skip" href="#inhoud">Naar de inhoud</a>
    <div class="kop-merk">
      <a class="product" href=${metRegio('/', regio)}>Knooppuntenregister</a>
      ${regioNaam ? html`<span class="regio">${regioNaam}</span>` : ''}
    </div>
    <nav aria-label="Hoofdmenu">
      <ul>
        ${NAVIGATIE.map(
          (item) =>
            html`<li>
              <a
                href=${metRegio(item.href, regio)}
                aria-current=${item.pagina === pagina ? 'page' : 'false'}
                >${item.label}</a
              >
            </li>`,
        )}
      </ul>
    </nav>
    <p class="account" id="account">${account}</p>`;
}

function voet() {
  return html`<nav aria-label="Over dit register">
    <ul>
      <li><a href="/over.html">Over dit register</a></li>
      <li><a href="/over.html#begrippen">Begrippen</a></li>
      <li><a href="/toegankelijkheid.html">Toegankelijkheid</a></li>
    </ul>
  </nav>`;
}

/** Draws the shared header and footer; the account line and region name follow when loaded. */
export async function toonLayout(pagina: Pagina): Promise<void> {
  const kopSlot = document.getElementById('paginakop');
  const voetSlot = document.getElementById('paginavoet');
  const regio = new URLSearchParams(location.search).get('regio');
  if (voetSlot) render(voet(), voetSlot);
  if (!kopSlot) return;
  render(kop(pagina, regio, null, ''), kopSlot);
  const [account, regios] = await Promise.all([
    accountRegel(),
    regio ? gql(REGIO_NAAM).then((d) => d.regios) : Promise.resolve([]),
  ]);
  const naam = regios.find((r) => r.id === regio)?.naam ?? null;
  render(kop(pagina, regio, naam, account), kopSlot);
}
