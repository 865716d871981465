// SPDX-License-Identifier: EUPL-1.2
// The result of a casus: what to do in acute danger first, then the knooppunten that fit with the
// reasons, where the casus may already lie, and what is related but does not fit.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { CasusMatchQuery, CasusMatchVeldenFragment } from '../../shared/gql/graphql.ts';
import { FUNCTIE, OVERDRACHT_SOORT, label } from '../../shared/labels.ts';
import { kaartUrl } from '../../shared/view-state.ts';

type Resultaat = CasusMatchQuery['casusMatch'];
type Match = CasusMatchVeldenFragment;

const opsomming = (namen: readonly string[]) =>
  new Intl.ListFormat('nl', { type: 'conjunction' }).format(namen);

const kaartLink = (m: Match) =>
  html`<a
    class="utrecht-link utrecht-link--html-a"
    href=${kaartUrl({ regio: m.knooppunt.regio.id, selectie: m.knooppunt.id })}
    >${m.knooppunt.naam}</a
  >`;

const alert = (soort: 'info' | 'warning' | 'error', klasse: string, inhoud: unknown) =>
  html`<div class="utrecht-alert utrecht-alert--${soort} ${klasse}">
    <div class="utrecht-alert__content">
      <div class="utrecht-alert__message">${inhoud}</div>
    </div>
  </div>`;

/** Gaps go to the regional beheerder, whose address is on the over page (H §2.6). */
const MELDEN = 'meld het aan de regionale beheerder';
function metMeldlink(tekst: string): TemplateResult {
  const i = tekst.indexOf(MELDEN);
  if (i < 0) return html`${tekst}`;
  return html`${tekst.slice(0, i)}<a class="utrecht-link utrecht-link--html-a" href="/over.html#contact"
      >${MELDEN}</a
    >${tekst.slice(i + MELDEN.length)}`;
}

/** Acute danger first: whom to call, before any table (H §4.5 noodsituatie). */
function acuut(a: NonNullable<Resultaat['acuut']>): TemplateResult {
  const nummer = (n: string) =>
    html`<a class="utrecht-link utrecht-link--html-a utrecht-link--telephone" href="tel:${n.replace(/\D/g, '')}"
      >${n}</a
    >`;
  return html`<section class="utrecht-alert utrecht-alert--error acuut" aria-labelledby="acuut-kop">
    <div class="utrecht-alert__content">
      <div class="utrecht-alert__message">
        <h2 id="acuut-kop" class="utrecht-heading-2" tabindex="-1">Acuut gevaar: eerst bellen</h2>
        <p class="utrecht-paragraph"><strong>${a.kop}</strong></p>
        <ol class="utrecht-ordered-list">
          ${a.stappen.map(
            (s) =>
              html`<li class="utrecht-ordered-list__item">
                <strong>${s.wie}${s.nummer ? html`: ${nummer(s.nummer)}` : nothing}</strong>.
                ${s.wanneer}
              </li>`,
          )}
        </ol>
        <p class="utrecht-paragraph">${a.daarna}</p>
        <p class="utrecht-paragraph utrecht-paragraph--small">${a.bron}</p>
      </div>
    </div>
  </section>`;
}

/** The names of who may report, the involved parties first (the server orders them so). */
function namen(aanmelders: Match['aanmelders']): string {
  const getoond = aanmelders
    .slice(0, 6)
    .map((a) => (a.alBetrokken ? `${a.organisatie.naam} (al betrokken)` : a.organisatie.naam));
  return aanmelders.length > 6 ? `${getoond.join(', ')} en anderen` : opsomming(getoond);
}

function aanmelden(m: Match): TemplateResult | typeof nothing {
  // Anyone may report to a meldpunt (Bijlage 1.1); at an overlegtafel a partner brings it in.
  if (m.knooppunt.functie === 'MELDPUNT') {
    const betrokken = m.aanmelders.length ? `. Al betrokken: ${namen(m.aanmelders)}` : '';
    return html`<p class="utrecht-paragraph">
      <strong>Melden:</strong> iedereen mag hier melden, ook wie niet aan het meldpunt
      deelneemt${betrokken}.
    </p>`;
  }
  return m.aanmelders.length
    ? html`<p class="utrecht-paragraph">
        <strong>Aanmelden via:</strong> ${namen(m.aanmelders)}
      </p>`
    : nothing;
}

function route(m: Match): TemplateResult | typeof nothing {
  const stappen = m.route?.stappen;
  if (!stappen?.length) return nothing;
  const keten = [
    stappen[0]!.van.naam,
    ...stappen.map(
      (s) => `${label(OVERDRACHT_SOORT, s.overdracht.soort).toLowerCase()} → ${s.naar.naam}`,
    ),
  ].join(' ');
  return html`<p class="utrecht-paragraph"><strong>Route vanaf uw knooppunt:</strong> ${keten}</p>`;
}

const redenen = (kop: string, klasse: string, lijst: readonly string[]) =>
  lijst.length
    ? html`<p class="utrecht-paragraph">${kop}</p>
        <ul class="utrecht-unordered-list ${klasse}">
          ${lijst.map((r) => html`<li class="utrecht-unordered-list__item">${r}</li>`)}
        </ul>`
    : nothing;

function kaartje(m: Match, rang: number): TemplateResult {
  const k = m.knooppunt;
  return html`<article class="match">
    <h3 class="utrecht-heading-3">${rang}. ${kaartLink(m)}</h3>
    <p class="utrecht-paragraph utrecht-paragraph--small soort">
      ${label(FUNCTIE, k.functie)} · ${k.regio.naam}
    </p>
    ${
      m.voorrang
        ? alert('warning', 'voorrang', html`<p class="utrecht-paragraph">${m.voorrang}</p>`)
        : nothing
    }
    ${redenen('Past, want:', 'voldaan', m.voldaan)}
    ${redenen('Let op:', 'niet-voldaan', m.nietVoldaan)}
    ${
      k.aanmeldcriteria
        ? html`<p class="utrecht-paragraph">
          <strong>Aanmeldcriteria:</strong> ${k.aanmeldcriteria}
        </p>`
        : nothing
    }
    ${route(m)} ${aanmelden(m)}
  </article>`;
}

function samenvatting(aantal: number, getoond: number): TemplateResult {
  if (aantal === 1) return html`<p class="utrecht-paragraph">1 knooppunt past bij deze casus.</p>`;
  const meer = aantal > getoond ? ` Hieronder de ${getoond} die het best passen.` : '';
  return html`<p class="utrecht-paragraph">
    ${aantal} knooppunten passen bij deze casus, het best passende eerst.${meer}
  </p>`;
}

/** Knooppunten whose criteria the casus meets too: ask there first, so partners do not work apart (H §2.6). */
const elders = (lijst: readonly Match[], aantal: number) =>
  alert(
    'warning',
    'elders',
    html`<h3 class="utrecht-heading-3">Waar de casus ook al kan liggen</h3>
      <p class="utrecht-paragraph">
        De casus haalt ook alle criteria van
        ${
          aantal === 1
            ? 'dit knooppunt'
            : aantal > lijst.length
              ? `${aantal} andere knooppunten; hier de eerste ${lijst.length}`
              : `deze ${aantal} knooppunten`
        }. Ga na of de casus daar al bekend is, zodat partijen niet langs elkaar heen werken.
      </p>
      <ul class="utrecht-unordered-list">
        ${lijst.map(
          (m) =>
            html`<li class="utrecht-unordered-list__item">
              ${kaartLink(m)} (${label(FUNCTIE, m.knooppunt.functie).toLowerCase()})
            </li>`,
        )}
      </ul>`,
  );

function verwant(lijst: readonly Match[], n: number): TemplateResult {
  const eerste = n > lijst.length ? ` Hier de eerste ${lijst.length}.` : '';
  return html`<details class="verwant">
    <summary>Verwant, maar niet passend: ${n} ${n === 1 ? 'knooppunt' : 'knooppunten'}</summary>
    <p class="utrecht-paragraph">
      ${n === 1 ? 'Dit knooppunt pakt' : 'Deze knooppunten pakken'} de problematiek op, maar de
      casus voldoet niet aan een voorwaarde.${eerste}
    </p>
    <ul class="utrecht-unordered-list">
      ${lijst.map(
        (m) =>
          html`<li class="utrecht-unordered-list__item">
            ${kaartLink(m)}: ${m.nietVoldaan.join('; ')}
          </li>`,
      )}
    </ul>
  </details>`;
}

/** Themes of the casus no knooppunt there takes up, when others did fit: a gap to report. */
function ongedekt(
  r: Resultaat,
  metGemeente: boolean,
  regio: string,
): TemplateResult | typeof nothing {
  if (!r.passend.length || !r.ongedekteThemas.length) return nothing;
  const themas = opsomming(r.ongedekteThemas.map((t) => t.naam.toLowerCase()));
  const waar = metGemeente ? 'in deze gemeente' : 'in het register';
  const dekking = `/bestuurder.html?regio=${encodeURIComponent(regio)}`;
  return alert(
    'warning',
    'lacune',
    html`<p class="utrecht-paragraph">
      Voor ${themas} is er ${waar} geen knooppunt. Het
      <a class="utrecht-link utrecht-link--html-a" href=${dekking}>dekkingsoverzicht</a> voor
      bestuurders toont dat als lacune: ${metMeldlink(`${MELDEN}.`)}
    </p>`,
  );
}

export interface ResultaatOpties {
  /** A gemeente was given, so "not here" means that gemeente. */
  metGemeente: boolean;
  regio: string;
  opnieuw: () => void;
  /** Asks for more of each list. */
  meer: () => void;
}

export function toonResultaat(r: Resultaat, opties: ResultaatOpties): TemplateResult {
  const tekst = (t: TemplateResult | string) => html`<p class="utrecht-paragraph">${t}</p>`;
  const zonderThema = !r.passend.length && !r.lacune && !r.eigen;
  return html`<section id="resultaat" aria-labelledby="resultaat-kop">
    ${r.acuut ? acuut(r.acuut) : nothing}
    <h2 id="resultaat-kop" class="utrecht-heading-2" tabindex="-1">${
      r.passend.length ? 'Passende knooppunten' : 'Geen passend knooppunt'
    }</h2>
    ${r.passend.length ? samenvatting(r.aantalPassend, r.passend.length) : nothing}
    ${r.eigen ? alert('info', 'eigen', tekst(r.eigen)) : nothing}
    ${r.lacune ? alert('warning', 'lacune', tekst(metMeldlink(r.lacune))) : nothing}
    ${
      zonderThema
        ? alert(
            'info',
            'geen-thema',
            tekst(
              'Kies in stap 1 welke problematiek speelt. Op signalen alleen zoekt deze wijzer geen tafel.',
            ),
          )
        : nothing
    }
    ${ongedekt(r, opties.metGemeente, opties.regio)}
    ${r.elders.length ? elders(r.elders, r.aantalElders) : nothing}
    ${r.passend.map((m, i) => kaartje(m, i + 1))}
    ${r.verwant.length ? verwant(r.verwant, r.aantalVerwant) : nothing}
    <div class="utrecht-button-group">
      ${
        r.aantalPassend > r.passend.length ||
        r.aantalElders > r.elders.length ||
        r.aantalVerwant > r.verwant.length
          ? html`<button
              type="button"
              class="utrecht-button utrecht-button--primary-action meer"
              @click=${opties.meer}
            >
              Meer knooppunten tonen
            </button>`
          : nothing
      }
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        @click=${opties.opnieuw}
      >
        Nieuwe casus
      </button>
    </div>
  </section>`;
}
