// SPDX-License-Identifier: EUPL-1.2
// Routes as text: the chain of overdrachten, and per step the receiving knooppunt's criteria, who
// does the aanmelding, what information may go along, and the problems in plain words (R12, R13,
// R10). Direct routes come first, each named by its kind and where it leads; chains over more
// steps follow under their own heading. Used in the map's panel and list view and on the
// printable route card (where the chains are an appendix).
import { html, nothing, type TemplateResult } from 'lit-html';
import { aantal } from '../../server/domain/taal.ts';
import { bevinding } from './findings-view.ts';
import { graphql } from './gql/gql.ts';
import type { RoutesLijstFragment } from './gql/graphql.ts';
import { AANMELDING_DOOR, label, OVERDRACHT_SOORT } from './labels.ts';

/** What a page asks for to show routes as text; it may ask for more (the map draws them too). */
export const ROUTES_LIJST = graphql(/* GraphQL */ `
  fragment RoutesLijst on Routes {
    knooppunt {
      id
      naam
    }
    richting
    maxStappen
    afgekapt
    bereikbaar {
      id
    }
    routes {
      aantalProblemen
      stappen {
        van {
          id
          naam
        }
        naar {
          id
          naam
          aanmeldcriteria
        }
        overdracht {
          id
          soort
          criteria
          informatie
          warm
          clientGeinformeerdDoor
        }
        aanmeldingDoor
        aanmelder {
          naam
        }
        kandidaatAanmelders {
          naam
        }
        problemen {
          regel
          ernst
          melding
          bron
        }
      }
    }
  }
`);

type Stap = RoutesLijstFragment['routes'][number]['stappen'][number];

const ontbreekt = (tekst: string) => html`<span class="ontbreekt">${tekst}</span>`;

function aanmelding(s: Stap): TemplateResult | string {
  if (s.aanmeldingDoor === 'PARTNER' && s.aanmelder) return s.aanmelder.naam;
  if (s.aanmeldingDoor === 'KNOOPPUNT_ZELF') return `${s.van.naam} zelf`;
  const kandidaten = s.kandidaatAanmelders.map((k) => k.naam).join(', ');
  return html`${ontbreekt(label(AANMELDING_DOOR, s.aanmeldingDoor))}
  ${kandidaten ? `— partners in beide: ${kandidaten}` : '— geen partner neemt aan beide deel'}`;
}

const item = (term: string, waarde: unknown) =>
  html`<dt class="utrecht-data-list__item-key">${term}</dt>
    <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
      ${waarde}
    </dd>`;

const warm = (w: boolean | null) => (w === null ? 'onbekend' : w ? 'ja' : 'nee');

const stapKop = (s: Stap) =>
  html`<strong>${label(OVERDRACHT_SOORT, s.overdracht.soort)}</strong> van ${s.van.naam} naar
    <strong>${s.naar.naam}</strong>`;

/**
 * A step in full; or, if route `eerder` already described it, only where to read it. The step of
 * a direct route goes without its own heading: the route's name already says it.
 */
function stap(s: Stap, eerder: number | undefined, metKop = true): TemplateResult {
  if (eerder !== undefined)
    return html`<li>
      ${label(OVERDRACHT_SOORT, s.overdracht.soort)} naar ${s.naar.naam}: zie route ${eerder}.
    </li>`;
  const o = s.overdracht;
  const nietAfgesproken = ontbreekt('niet afgesproken');
  return html`<li>
    ${metKop ? stapKop(s) : nothing}
    <dl class="utrecht-data-list compact">
      ${item('Aanmeldcriteria', s.naar.aanmeldcriteria ?? ontbreekt('niet beschreven'))}
      ${o.criteria ? item('Criteria overdracht', o.criteria) : nothing}
      ${item('Aanmelding door', aanmelding(s))}
      ${item('Informatie die mee mag', o.informatie ?? nietAfgesproken)}
      ${item('Warme overdracht', warm(o.warm))}
      ${item('Cliënt geïnformeerd door', o.clientGeinformeerdDoor ?? nietAfgesproken)}
    </dl>
    ${
      s.problemen.length > 0
        ? html`<ul class="problemen">
          ${s.problemen.map((p) => html`<li>${bevinding(p)}</li>`)}
        </ul>`
        : nothing
    }
  </li>`;
}

/** The chain in one line, e.g. "Meldpunt → Casusoverleg → ZVH". */
export const keten = (stappen: readonly Stap[]): string =>
  [stappen[0]?.van.naam ?? '', ...stappen.map((s) => s.naar.naam)].join(' → ');

type Route = RoutesLijstFragment['routes'][number];

/** A direct route by its kind and where it leads; a chain by its knooppunten. */
const routeNaam = (route: Route): string =>
  route.stappen.length === 1
    ? `${label(OVERDRACHT_SOORT, route.stappen[0]!.overdracht.soort)} naar ${route.stappen[0]!.naar.naam}`
    : keten(route.stappen);

function samenvatting(route: Route): string {
  const stappen = aantal(route.stappen.length, 'stap', 'stappen');
  const punten = route.aantalProblemen;
  return punten > 0 ? `${stappen}, ${aantal(punten, 'aandachtspunt', 'aandachtspunten')}` : stappen;
}

export interface RoutesOpties {
  /** Every route unfolded (the list view and the route card). */
  open?: boolean;
  /** Offers "Markeer op de kaart" per route (the panel next to the map). */
  markeer?: (index: number) => void;
  /** The level of the headings of the direct routes and the chains (default 4, under a panel's h3). */
  kopniveau?: 2 | 4;
  /** The chains as an appendix that starts a new page on paper (the route card). */
  bijlage?: boolean;
}

const kopje = (niveau: 2 | 4, id: string, tekst: string) =>
  niveau === 2
    ? html`<h2 id=${id} class="utrecht-heading-2">${tekst}</h2>`
    : html`<h4 id=${id} class="utrecht-heading-4">${tekst}</h4>`;

export function routesLijst(
  r: RoutesLijstFragment,
  gekozen: number | null,
  opties: RoutesOpties = {},
): TemplateResult {
  if (r.routes.length === 0) {
    const geen =
      r.richting === 'UIT'
        ? 'Vanuit dit knooppunt zijn geen routes vastgelegd'
        : 'Er leiden geen vastgelegde routes naar dit knooppunt';
    return html`<p class="utrecht-paragraph">${geen} (binnen ${r.maxStappen} stappen).</p>`;
  }
  const { markeer, open, kopniveau = 4, bijlage = false } = opties;
  // Unfolded, each step is described once, at the first (shortest) route that takes it: longer
  // routes repeat the steps of shorter ones, and a card of repeats is not read.
  const beschreven = new Map<string, number>();
  const stappen = (route: Route, nummer: number) =>
    route.stappen.map((s) => {
      const eerder = open ? beschreven.get(s.overdracht.id) : undefined;
      if (eerder === undefined) beschreven.set(s.overdracht.id, nummer);
      return stap(s, eerder, route.stappen.length > 1);
    });
  // The routes come shortest first (server/domain/routes.ts): the direct ones lead.
  const routeItem = (route: Route, i: number) =>
    html`<li class=${i === gekozen ? 'gekozen' : ''} aria-current=${i === gekozen || nothing}>
      <details ?open=${open || i === gekozen}>
        <summary>
          <span class="routenummer">${i + 1}.</span> ${routeNaam(route)}
          <span class="aantal">(${samenvatting(route)})</span>
        </summary>
        <ol class="stappen ${route.stappen.length === 1 ? 'stappen--direct' : ''}">
          ${stappen(route, i + 1)}
        </ol>
      </details>
      ${
        markeer
          ? html`<button
            type="button"
            class="utrecht-button utrecht-button--subtle"
            @click=${() => markeer(i)}
          >
            ${i === gekozen ? 'Gemarkeerd op de kaart' : 'Markeer op de kaart'}
          </button>`
          : nothing
      }
    </li>`;
  const direct = r.routes.filter((route) => route.stappen.length === 1).length;
  const ketens = r.routes.length - direct;
  const id = `routes-${r.richting.toLowerCase()}`;
  const deel = (soort: 'direct' | 'ketens', kop: string, van: number, tot: number) =>
    html`<section
      class="routedeel ${soort === 'ketens' && bijlage ? 'bijlage' : ''}"
      aria-labelledby="${id}-${soort}"
    >
      ${kopje(kopniveau, `${id}-${soort}`, kop)}
      <ol class="routelijst" start=${van + 1}>
        ${r.routes.slice(van, tot).map((route, j) => routeItem(route, van + j))}
      </ol>
    </section>`;
  const naar = r.richting === 'UIT' ? 'naar' : 'vanuit';
  return html`<p class="utrecht-paragraph">
      ${aantal(r.routes.length, 'route', 'routes')} ${naar}
      ${aantal(r.bereikbaar.length, 'knooppunt', 'knooppunten')},
      ${r.maxStappen === 1 ? 'alleen directe routes' : `binnen ${r.maxStappen} stappen`}.${r.afgekapt ? ' Niet alle routes worden getoond.' : ''}
      ${open && ketens > 0 ? 'Een stap staat beschreven bij de eerste route die hem neemt.' : ''}
    </p>
    ${direct > 0 ? deel('direct', `Directe routes (${direct})`, 0, direct) : nothing}
    ${
      ketens > 0
        ? deel(
            'ketens',
            `${bijlage ? 'Bijlage: ketens' : 'Ketens'} via tussenstappen (${ketens})`,
            direct,
            r.routes.length,
          )
        : nothing
    }`;
}
