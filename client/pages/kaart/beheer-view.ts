// SPDX-License-Identifier: EUPL-1.2
// What a signed-in user sees of a knooppunt's upkeep (issue 8): its verification (H §2.6 stap 3,
// RULES R20), the button to verify, and its history with who changed which fields.
import { html, type Markup } from '../../shared/html.ts';
import type { Details, GeschiedenisRecord, VerificatieStatus } from '../../shared/queries.ts';

const STATUS: Record<VerificatieStatus, string> = {
  NIET_GEVERIFIEERD: 'Nog niet geverifieerd met de betrokken professionals en organisaties.',
  VEROUDERD: 'Verificatie is ouder dan 12 maanden: opnieuw verifiëren.',
  GEWIJZIGD_NA_VERIFICATIE: 'Gewijzigd na de laatste verificatie: opnieuw verifiëren.',
  GEVERIFIEERD: '',
};

const ACTIE: Record<string, string> = {
  MAKEN: 'vastgelegd',
  WIJZIGEN: 'gewijzigd',
  VERWIJDEREN: 'verwijderd',
  VERIFIEREN: 'geverifieerd',
  HERSTELLEN: 'teruggezet',
  IMPORTEREN: 'geïmporteerd',
};

export function renderVerificatie(d: Details): Markup {
  const tekst = d.geverifieerdOp
    ? `Geverifieerd door ${d.geverifieerdDoor ?? 'onbekend'} op ${d.geverifieerdOp}`
    : 'Nog niet geverifieerd';
  const waarschuwing = STATUS[d.verificatieStatus];
  return html`<p class="verificatie">${tekst}</p>
    ${waarschuwing ? html`<p class="verificatie-waarschuwing">${waarschuwing}</p>` : ''}
    <div class="beheerknoppen">
      ${d.rechten.wijzigen ? html`<a class="knop" href="/bewerken.html?knooppunt=${encodeURIComponent(d.id)}">Bewerken</a>` : ''}
      ${d.rechten.verifieren ? html`<button type="button" data-verifieer="${d.id}" data-versie="${d.versie}">Markeer als geverifieerd</button>` : ''}
      ${d.rechten.geschiedenisLezen ? html`<button type="button" data-geschiedenis="${d.id}">Geschiedenis</button>` : ''}
    </div>`;
}

const waarde = (json: string | null) =>
  json === null ? '—' : json.length > 120 ? `${json.slice(0, 117)}…` : json;

/** The history, newest first; a change of the knooppunt itself can be brought back if the user may edit. */
export function renderGeschiedenis(d: Details, records: GeschiedenisRecord[]): Markup {
  return html`<section aria-labelledby="geschiedenis-kop" class="geschiedenis">
    <h3 id="geschiedenis-kop" tabindex="-1">Geschiedenis (${records.length})</h3>
    <ol reversed>
      ${[...records].reverse().map((r) => {
        const eigen = r.wijzigingen.find((w) => w.soort === 'knooppunt' && w.id === d.id);
        const terug = eigen?.versieNa != null && eigen.versieNa !== d.versie && d.rechten.wijzigen;
        return html`<li>
          <p><strong>${new Date(r.tijd).toLocaleString('nl-NL')}</strong> — ${r.door ?? 'onbekend'}: ${ACTIE[r.actie] ?? r.actie.toLowerCase()}${eigen?.versieNa != null ? ` (versie ${eigen.versieNa})` : ''}</p>
          ${r.wijzigingen.map(
            (w) => html`<p class="wijziging">${w.soort} ${w.id}</p>
              ${
                w.velden.length > 0
                  ? html`<table class="velden"><caption class="sr-only">Gewijzigde velden</caption><thead><tr><th scope="col">Veld</th><th scope="col">Voor</th><th scope="col">Na</th></tr></thead>
                <tbody>${w.velden.map((v) => html`<tr><th scope="row">${v.veld}</th><td>${waarde(v.voor)}</td><td>${waarde(v.na)}</td></tr>`)}</tbody></table>`
                  : ''
              }`,
          )}
          ${terug ? html`<button type="button" data-herstel="${r.volgnummer}" data-versie="${d.versie}">Zet versie ${eigen.versieNa} terug</button>` : ''}
        </li>`;
      })}
    </ol>
  </section>`;
}
