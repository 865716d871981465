// SPDX-License-Identifier: EUPL-1.2
// Routes as text: the chain of overdrachten, and per step the receiving knooppunt's criteria, who
// does the aanmelding, what information may go along, and the problems in plain words (R12, R13,
// R10). Used in the map's panel and list view and on the printable route card.
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

/** A step in full; or, if route `eerder` already described it, only where to read it. */
function stap(s: Stap, eerder: number | undefined): TemplateResult {
  if (eerder !== undefined)
    return html`<li>
      ${label(OVERDRACHT_SOORT, s.overdracht.soort)} naar ${s.naar.naam}: zie route ${eerder}.
    </li>`;
  const o = s.overdracht;
  const nietAfgesproken = ontbreekt('niet afgesproken');
  return html`<li>
    ${stapKop(s)}
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

function samenvatting(route: RoutesLijstFragment['routes'][number]): string {
  const stappen = aantal(route.stappen.length, 'stap', 'stappen');
  const punten = route.aantalProblemen;
  return punten > 0 ? `${stappen}, ${aantal(punten, 'aandachtspunt', 'aandachtspunten')}` : stappen;
}

export interface RoutesOpties {
  /** Every route unfolded (the list view and the route card). */
  open?: boolean;
  /** Offers "Markeer op de kaart" per route (the panel next to the map). */
  markeer?: (index: number) => void;
}

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
  const { markeer, open } = opties;
  // Unfolded, each step is described once, at the first (shortest) route that takes it: longer
  // routes repeat the steps of shorter ones, and a card of repeats is not read.
  const beschreven = new Map<string, number>();
  const stappen = (route: RoutesLijstFragment['routes'][number], nummer: number) =>
    route.stappen.map((s) => {
      const eerder = open ? beschreven.get(s.overdracht.id) : undefined;
      if (eerder === undefined) beschreven.set(s.overdracht.id, nummer);
      return stap(s, eerder);
    });
  return html`<p class="utrecht-paragraph">
      ${aantal(r.routes.length, 'route', 'routes')} naar
      ${aantal(r.bereikbaar.length, 'knooppunt', 'knooppunten')}, binnen ${r.maxStappen}
      stappen.${r.afgekapt ? ' Niet alle routes worden getoond.' : ''}
      ${open ? 'Een stap staat beschreven bij de eerste route die hem neemt.' : ''}
    </p>
    <ol class="routelijst">
      ${r.routes.map(
        (route, i) =>
          html`<li class=${i === gekozen ? 'gekozen' : ''} aria-current=${i === gekozen || nothing}>
            <details ?open=${open || i === gekozen}>
              <summary>
                ${keten(route.stappen)} <span class="aantal">(${samenvatting(route)})</span>
              </summary>
              <ol class="stappen">
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
          </li>`,
      )}
    </ol>`;
}
