// SPDX-License-Identifier: EUPL-1.2
// The layout every page shares: skip link, header with the product name and the chosen region,
// one navigation, the sign-in state, a help link, and the footer. A page's HTML holds the empty
// slots <header id="paginakop"> and <footer id="paginavoet"> around its <main id="inhoud">; the
// look is NL Design System's (utrecht page-header, nav-bar, link-list, page-footer; styles.css).
import { html, nothing, render } from 'lit-html';
import { gql } from './api.ts';
import { graphql } from './gql/gql.ts';
import { urlMeldingen } from './view-state.ts';
import type { AccountRol, LayoutQuery } from './gql/graphql.ts';

export type Pagina =
  | 'kaart'
  | 'casus'
  | 'organisatie'
  | 'bestuurder'
  | 'beheer'
  | 'audit'
  | 'bewerken'
  | 'routekaart'
  | 'aanmelden'
  | 'over'
  | 'privacy'
  | 'toegankelijkheid';

/** The one navigation, in the order of the issue: the pages a person chooses between. */
const NAVIGATIE: readonly { pagina: Pagina | 'api'; href: string; label: string }[] = [
  { pagina: 'kaart', href: '/', label: 'Kaart' },
  { pagina: 'casus', href: '/casus.html', label: 'Casus' },
  { pagina: 'organisatie', href: '/organisatie.html', label: 'Organisatie' },
  { pagina: 'bestuurder', href: '/bestuurder.html', label: 'Dekking en verantwoording' },
  { pagina: 'beheer', href: '/beheer.html', label: 'Beheer' },
  { pagina: 'api', href: '/graphql', label: 'API' },
];

/** Pages outside the navigation that belong to one of its items, which is then marked as current. */
const VALT_ONDER: Partial<Record<Pagina, Pagina>> = {
  bewerken: 'beheer',
  audit: 'beheer',
  routekaart: 'kaart',
};

/** Pages with a help section on the over page (over.html#help-<pagina>). */
const MET_HULP: ReadonlySet<Pagina> = new Set<Pagina>([
  'kaart',
  'casus',
  'organisatie',
  'bestuurder',
  'beheer',
  'audit',
  'bewerken',
  'routekaart',
  'aanmelden',
]);

const ROL: Record<AccountRol, string> = {
  LEZER: 'lezer',
  REDACTEUR: 'redacteur',
  BEHEERDER: 'beheerder',
};

/** From this width the navigation is one row; below it, a "Menu" disclosure (phones). */
const BREED = '(min-width: 48em)';

const LAYOUT = graphql(/* GraphQL */ `
  query Layout($metRegio: Boolean!) {
    ik {
      naam
      rol
    }
    regios @include(if: $metRegio) {
      id
      naam
    }
  }
`);

interface Stand {
  pagina: Pagina;
  /** The region chosen in the URL (?regio=), which every navigation link carries along. */
  regio: string | null;
  regioNaam: string | null;
  /** The overview of all regions (?landelijk=ja): the header names no region. */
  landelijk: boolean;
  /** Who is signed in: undefined while loading, null when nobody is. */
  ik: LayoutQuery['ik'] | undefined;
  breed: boolean;
}

/**
 * What the link a person came in with asked for but cannot be shown (an unknown filter value, a
 * date that does not exist), read once on arrival: the page then rewrites its URL without it.
 */
let meldingen: readonly string[] | undefined;

const linkMeldingen = (lijst: readonly string[]) =>
  lijst.length === 0
    ? nothing
    : html`<div class="utrecht-alert utrecht-alert--warning paginakop__meldingen" role="status">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            ${lijst.map((m) => html`<p class="utrecht-paragraph">${m}</p>`)}
          </div>
        </div>
      </div>`;

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

function account(stand: Stand) {
  const { ik, pagina } = stand;
  if (ik === undefined || (ik === null && pagina === 'aanmelden')) return nothing;
  if (ik === null) {
    const terug = encodeURIComponent(location.pathname + location.search);
    return html`<a class="utrecht-link utrecht-link--html-a" href="/aanmelden.html?terug=${terug}"
      >Aanmelden</a
    >`;
  }
  return html`<span>Aangemeld als <strong>${ik.naam}</strong> (${ROL[ik.rol]})</span>
    <button type="button" class="utrecht-button utrecht-button--subtle" @click=${afmelden}>
      Afmelden
    </button>`;
}

function huidig(item: Pagina | 'api', pagina: Pagina): 'page' | 'true' | undefined {
  if (item === pagina) return 'page';
  return item === VALT_ONDER[pagina] ? 'true' : undefined;
}

function navigatielijst({ pagina, regio }: Stand) {
  return html`<ul class="utrecht-nav-list utrecht-nav-list--inline-size-auto" role="list">
    ${NAVIGATIE.map(
      (item) =>
        html`<li class="utrecht-nav-list__item">
          <a
            class="utrecht-link utrecht-link--html-a utrecht-nav-list__link"
            href=${metRegio(item.href, regio)}
            aria-current=${huidig(item.pagina, pagina) ?? nothing}
            >${item.label}</a
          >
        </li>`,
    )}
  </ul>`;
}

/** On a phone the list folds into a "Menu" disclosure, so the header stays short. */
function navigatie(stand: Stand) {
  const lijst = navigatielijst(stand);
  if (stand.breed) return lijst;
  return html`<details class="paginakop__menu">
    <summary>Menu</summary>
    ${lijst}
  </details>`;
}

function hulplink(pagina: Pagina) {
  if (!MET_HULP.has(pagina)) return nothing;
  return html`<a
    class="utrecht-link utrecht-link--html-a paginakop__hulp"
    href="/over.html#help-${pagina}"
    >Help bij deze pagina</a
  >`;
}

/**
 * The map page puts its toolbar and filters before the map: about 40 Tabs from the top. This link
 * goes straight to the canvas, or to the list when the list is shown instead (UX check).
 */
const naarDeKaart = html`<a
  class="utrecht-skip-link utrecht-skip-link--visible-on-focus"
  href="#kaart"
  @click=${(event: Event) => {
    if (!document.getElementById('kaart-sectie')?.hidden) return;
    event.preventDefault();
    document.getElementById('lijst-kop')?.focus();
  }}
  >Naar de kaart</a
>`;

function kop(stand: Stand) {
  const { pagina, regio, regioNaam, landelijk } = stand;
  return html`<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud"
      >Naar de inhoud</a
    >
    ${pagina === 'kaart' && !landelijk ? naarDeKaart : nothing}
    <div class="utrecht-page-header">
      <div class="utrecht-page-header__content paginakop__merk">
        <p class="paginakop__product">
          <a class="paginakop__naam" href=${metRegio('/', regio)}>Knooppuntenregister</a>
          ${regioNaam && !landelijk ? html`<span class="paginakop__regio">${regioNaam}</span>` : nothing}
        </p>
        <p class="paginakop__account" id="account">${account(stand)}</p>
      </div>
    </div>
    <nav class="utrecht-nav-bar paginakop__balk" aria-label="Hoofdmenu">
      <div class="utrecht-nav-bar__content">${navigatie(stand)} ${hulplink(pagina)}</div>
    </nav>
    ${linkMeldingen(meldingen ?? [])}`;
}

const VOETLINKS: readonly { href: string; label: string }[] = [
  { href: '/over.html', label: 'Over dit register' },
  { href: '/over.html#begrippen', label: 'Begrippen' },
  { href: '/privacy.html', label: 'Privacy per knooppunt' },
  { href: '/toegankelijkheid.html', label: 'Toegankelijkheid' },
  { href: '/over.html#contact', label: 'Een lacune of fout melden' },
];

function voet() {
  return html`<div class="utrecht-page-footer">
    <div class="utrecht-page-footer__content paginavoet__inhoud">
      <nav aria-label="Over dit register">
        <ul class="utrecht-link-list utrecht-link-list--html-ul" role="list">
          ${VOETLINKS.map(
            (link) =>
              html`<li class="utrecht-link-list__item">
                <a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href=${link.href}
                  >${link.label}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <p class="paginavoet__versie">
        Knooppuntenregister, versie ${__VERSIE__}.<br />Open source onder de EUPL-1.2.
      </p>
    </div>
  </div>`;
}

/** The layout as drawn now; pages call toonLayout again when the region in the URL changes. */
let stand: Stand | undefined;
let breedte: MediaQueryList | undefined;

function teken(): void {
  const kopSlot = document.getElementById('paginakop');
  if (stand && kopSlot) render(kop(stand), kopSlot);
}

/**
 * Draws the shared header and footer; the sign-in state and the region's name follow when loaded,
 * and then `body[data-layout=gereed]` says the layout is complete. A page calls it again when the
 * region in its URL changes. When the server refuses (reading needs signing in), the header offers
 * signing in.
 */
export async function toonLayout(pagina: Pagina): Promise<void> {
  const voetSlot = document.getElementById('paginavoet');
  document.body.dataset['pagina'] = pagina;
  meldingen ??= urlMeldingen(location.search);
  if (voetSlot) render(voet(), voetSlot);
  if (!breedte) {
    const media = matchMedia(BREED);
    media.addEventListener('change', () => {
      if (stand) stand.breed = media.matches;
      teken();
    });
    breedte = media;
  }
  const params = new URLSearchParams(location.search);
  const regio = params.get('regio');
  // The overview of all regions keeps the region in its link (to go back to it), but is about none.
  const landelijk = params.get('landelijk') === 'ja';
  const vorige = stand;
  const nu: Stand = {
    pagina,
    regio,
    landelijk,
    regioNaam: vorige?.regio === regio ? vorige.regioNaam : null,
    ik: vorige?.ik,
    breed: breedte.matches,
  };
  stand = nu;
  teken();
  try {
    const data = await gql(LAYOUT, { metRegio: regio !== null });
    nu.ik = data.ik ?? null;
    nu.regioNaam = data.regios?.find((r) => r.id === regio)?.naam ?? null;
  } catch {
    nu.ik = null;
  }
  // A later call (another region) has drawn since: its answer counts, not this one.
  if (stand !== nu) return;
  teken();
  document.body.dataset['layout'] = 'gereed';
}
