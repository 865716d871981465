// SPDX-License-Identifier: EUPL-1.2
// What a signed-in user sees of a knooppunt's upkeep (issue 8): its verification (H §2.6 stap 3,
// RULES R20), the button to verify, and its history with who changed which fields.
import { html, nothing, type TemplateResult } from 'lit-html';
import { veldVanPad } from '../../../server/domain/fields.ts';
import { KIND_LABELS, type EditableKind } from '../../../server/domain/model.ts';
import { datum, tijdstip } from '../../shared/datum.ts';
import { AUDIT_ACTIE, label } from '../../shared/labels.ts';
import type { AuditActie, VerificatieStatus } from '../../shared/gql/graphql.ts';
import type { Details, GeschiedenisRecord } from './queries.ts';

const STATUS: Record<VerificatieStatus, string> = {
  NIET_GEVERIFIEERD: 'Nog niet geverifieerd met de betrokken professionals en organisaties.',
  VEROUDERD: 'Verificatie is ouder dan 12 maanden: opnieuw verifiëren.',
  GEWIJZIGD_NA_VERIFICATIE: 'Gewijzigd na de laatste verificatie: opnieuw verifiëren.',
  GEVERIFIEERD: '',
};

const ACTIE: Partial<Record<AuditActie, string>> = {
  MAKEN: 'vastgelegd',
  WIJZIGEN: 'gewijzigd',
  VERWIJDEREN: 'verwijderd',
  VERIFIEREN: 'geverifieerd',
  HERSTELLEN: 'teruggezet',
  IMPORTEREN: 'geïmporteerd',
};

export interface Beheer {
  verifieer: () => void;
  toonGeschiedenis: () => void;
  herstel: (volgnummer: number) => void;
}

export function verificatieBlok(d: Details, beheer: Beheer): TemplateResult {
  const tekst = d.geverifieerdOp
    ? `Geverifieerd door ${d.geverifieerdDoor ?? 'onbekend'} op ${datum(d.geverifieerdOp)}`
    : 'Nog niet geverifieerd';
  const waarschuwing = STATUS[d.verificatieStatus];
  const { wijzigen, verifieren, geschiedenisLezen } = d.rechten;
  const knop = (tekst: string, onClick: () => void) =>
    html`<button
      type="button"
      class="utrecht-button utrecht-button--secondary-action"
      @click=${onClick}
    >
      ${tekst}
    </button>`;
  return html`<p class="utrecht-paragraph verificatie">${tekst}</p>
    ${
      waarschuwing
        ? html`<p class="utrecht-paragraph verificatie-waarschuwing">${waarschuwing}</p>`
        : nothing
    }
    ${
      wijzigen || verifieren || geschiedenisLezen
        ? html`<div class="utrecht-button-group beheerknoppen">
          ${
            wijzigen
              ? html`<a
                class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                href="/bewerken.html?knooppunt=${encodeURIComponent(d.id)}"
                >Bewerken</a
              >`
              : nothing
          }
          ${verifieren ? knop('Markeer als geverifieerd', beheer.verifieer) : nothing}
          ${geschiedenisLezen ? knop('Geschiedenis', beheer.toonGeschiedenis) : nothing}
        </div>`
        : nothing
    }`;
}

const waarde = (json: string | null) =>
  json === null ? '—' : json.length > 120 ? `${json.slice(0, 117)}…` : json;

const isSoort = (soort: string): soort is EditableKind => soort in KIND_LABELS;

/** A field by its label on the edit form, not by its key in the data. */
const veldnaam = (soort: string, veld: string) =>
  (isSoort(soort) ? veldVanPad(soort, veld)?.label : undefined) ?? veld;

function wijziging(w: GeschiedenisRecord['wijzigingen'][number]): TemplateResult {
  const soort = isSoort(w.soort) ? KIND_LABELS[w.soort] : w.soort;
  return html`<p class="utrecht-paragraph wijziging">${soort} ${w.id}</p>
    ${
      w.velden.length > 0
        ? html`<table class="utrecht-table utrecht-table--html-table velden">
          <caption class="sr-only">Gewijzigde velden</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">Veld</th>
              <th class="utrecht-table__header-cell" scope="col">Voor</th>
              <th class="utrecht-table__header-cell" scope="col">Na</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            ${w.velden.map(
              (v) =>
                html`<tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    ${veldnaam(w.soort, v.veld)}
                  </th>
                  <td class="utrecht-table__cell">${waarde(v.voor)}</td>
                  <td class="utrecht-table__cell">${waarde(v.na)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`
        : nothing
    }`;
}

/** The history, newest first; the knooppunt's own earlier versions can be brought back by an editor. */
export function geschiedenisBlok(
  d: Details,
  records: readonly GeschiedenisRecord[],
  beheer: Beheer,
): TemplateResult {
  return html`<section aria-labelledby="geschiedenis-kop" class="geschiedenis">
    <h3 id="geschiedenis-kop" class="utrecht-heading-3" tabindex="-1">
      Geschiedenis (${records.length})
    </h3>
    <ol reversed class="utrecht-ordered-list">
      ${[...records].reverse().map((r) => {
        const eigen = r.wijzigingen.find((w) => w.soort === 'knooppunt' && w.id === d.id);
        const versie = eigen?.versieNa ?? null;
        const terug = versie !== null && versie !== d.versie && d.rechten.wijzigen;
        return html`<li class="utrecht-ordered-list__item">
          <p class="utrecht-paragraph">
            <strong>${tijdstip(r.tijd)}</strong> — ${r.door ?? 'onbekend'}:
            ${ACTIE[r.actie] ?? label(AUDIT_ACTIE, r.actie)}${versie === null ? '' : ` (versie ${versie})`}
          </p>
          ${r.wijzigingen.map(wijziging)}
          ${
            terug
              ? html`<button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                @click=${() => beheer.herstel(r.volgnummer)}
              >
                Zet versie ${versie} terug
              </button>`
              : nothing
          }
        </li>`;
      })}
    </ol>
  </section>`;
}
