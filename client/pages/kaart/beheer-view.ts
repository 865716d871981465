// SPDX-License-Identifier: EUPL-1.2
// What a signed-in user sees of a knooppunt's upkeep (issues 8, 22): its verification (H §2.6
// stap 3, RULES R20) and the form that records it, and its history in words.
import { html, nothing, type TemplateResult } from 'lit-html';
import { ENUM_LABELS } from '../../../server/domain/enum-labels.ts';
import { VERIFICATIE_ONDERDELEN } from '../../../server/domain/model.ts';
import { datum, tijdstip } from '../../shared/datum.ts';
import type { VerificatieInput, VerificatieStatus } from '../../shared/gql/graphql.ts';
import type { Details, GeschiedenisRecord } from './queries.ts';

const STATUS: Record<VerificatieStatus, string> = {
  NIET_GEVERIFIEERD: 'Nog niet geverifieerd met de betrokken professionals en organisaties.',
  VEROUDERD: 'Verificatie is ouder dan 12 maanden: opnieuw verifiëren.',
  GEWIJZIGD_NA_VERIFICATIE: 'Gewijzigd na de laatste verificatie: opnieuw verifiëren.',
  GEVERIFIEERD: '',
};

export interface Beheer {
  /** Opens (true) or closes the verification form. */
  verificatieFormulier: (open: boolean) => void;
  verifieer: (verificatie: VerificatieInput) => void;
  toonGeschiedenis: () => void;
  herstel: (volgnummer: number, versie: number) => void;
}

/** The organisations involved in the knooppunt: whom a verification is checked with (§2.6 stap 3). */
function betrokken(d: Details): { id: string; naam: string }[] {
  const alle = [...(d.belegdBij ? [d.belegdBij] : []), ...d.deelnames.map((p) => p.organisatie)];
  return [...new Map(alle.map((o) => [o.id, o])).values()];
}

/** The verification as the form holds it; nothing of a citizen, only organisations and roles. */
function uitFormulier(form: HTMLFormElement): VerificatieInput {
  const data = new FormData(form);
  const tekst = (naam: string) => {
    const v = data.get(naam);
    return typeof v === 'string' ? v.trim() : '';
  };
  return {
    namensId: tekst('namens') || null,
    geraadpleegd: data
      .getAll('geraadpleegd')
      .filter((id) => typeof id === 'string')
      .map((id) => ({ organisatieId: id, rol: tekst(`rol-${id}`) || null })),
    bevestigd: data
      .getAll('bevestigd')
      .filter((b) => typeof b === 'string') as VerificatieInput['bevestigd'],
    toelichting: tekst('toelichting') || null,
  };
}

function verificatieFormulier(d: Details, beheer: Beheer): TemplateResult {
  const namens = d.verifierenNamens;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const invoer = uitFormulier(form);
    // Said at the form, before asking the server (which checks the same, H §2.6 stap 3).
    const ontbreekt = [
      ...(invoer.geraadpleegd.length === 0
        ? ['Kies minstens één organisatie waarmee u de beschrijving hebt nagegaan.']
        : []),
      ...(invoer.bevestigd.length === 0 ? ['Kies minstens één onderdeel dat is bevestigd.'] : []),
    ];
    form.querySelector('.verificatie-fout')!.textContent = ontbreekt.join(' ');
    if (ontbreekt.length === 0) beheer.verifieer(invoer);
  };
  const vak = (naam: string, inhoud: TemplateResult, uitleg?: string) =>
    html`<fieldset class="utrecht-form-fieldset">
      <legend class="utrecht-form-fieldset__legend">${naam}</legend>
      ${uitleg ? html`<p class="utrecht-form-field-description">${uitleg}</p>` : nothing}
      ${inhoud}
    </fieldset>`;
  return html`<form class="verificatieformulier" aria-labelledby="verificatie-form-kop" @submit=${submit}>
    <h3 id="verificatie-form-kop" class="utrecht-heading-3" tabindex="-1">Verificatie vastleggen</h3>
    <p class="utrecht-paragraph">
      Leg vast met wie u de beschrijving hebt nagegaan en wat zij hebben bevestigd (handreiking
      §2.6 stap 3). Noem functies, geen namen, en niets over burgers.
    </p>
    <div class="utrecht-form-field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="verificatie-namens">Namens</label>
      </div>
      <div class="utrecht-form-field__input">
        <select id="verificatie-namens" name="namens" class="utrecht-select utrecht-select--html-select">
          ${
            // A beheerder verifies for the region unless they choose one of the organisations.
            d.verifierenAlsBeheer || namens.length === 0
              ? html`<option value="">Het regionaal beheer</option>`
              : nothing
          }
          ${namens.map((o) => html`<option value=${o.id}>${o.naam}</option>`)}
        </select>
      </div>
    </div>
    ${vak(
      'Nagegaan met',
      html`${betrokken(d).map(
        (o) => html`<div class="geraadpleegd">
          <label class="utrecht-checkbox-label">
            <input
              type="checkbox"
              class="utrecht-checkbox utrecht-checkbox--html-input"
              name="geraadpleegd"
              value=${o.id}
            />
            ${o.naam}
          </label>
          <label class="utrecht-form-label" for="rol-${o.id}">Functie bij ${o.naam}</label>
          <input
            id="rol-${o.id}"
            name="rol-${o.id}"
            class="utrecht-textbox utrecht-textbox--html-input"
            autocomplete="off"
            placeholder="bijvoorbeeld casusregisseur"
          />
        </div>`,
      )}`,
      'Minstens één betrokken organisatie.',
    )}
    ${vak(
      'Bevestigd',
      html`${VERIFICATIE_ONDERDELEN.map(
        (o) => html`<label class="utrecht-checkbox-label">
          <input
            type="checkbox"
            class="utrecht-checkbox utrecht-checkbox--html-input"
            name="bevestigd"
            value=${o}
          />
          ${ENUM_LABELS.VerificatieOnderdeel[o]}
        </label>`,
      )}`,
      'Wat de betrokkenen als juist hebben bevestigd; minstens één onderdeel.',
    )}
    <div class="utrecht-form-field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="verificatie-toelichting">Toelichting (optioneel)</label>
      </div>
      <div class="utrecht-form-field__input">
        <textarea
          id="verificatie-toelichting"
          name="toelichting"
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="3"
        ></textarea>
      </div>
    </div>
    <p class="utrecht-paragraph verificatie-waarschuwing verificatie-fout" role="alert"></p>
    <div class="utrecht-button-group">
      <button type="submit" class="utrecht-button utrecht-button--primary-action">
        Verificatie vastleggen
      </button>
      <button
        type="button"
        class="utrecht-button utrecht-button--subtle"
        @click=${() => beheer.verificatieFormulier(false)}
      >
        Annuleren
      </button>
    </div>
  </form>`;
}

export function verificatieBlok(
  d: Details,
  beheer: Beheer,
  formulierOpen: boolean,
): TemplateResult {
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
      d.verificatie
        ? html`<p class="utrecht-paragraph verificatie-verslag">
          ${d.verificatie.inWoorden.replace(/^n/, 'N')}.
        </p>`
        : nothing
    }
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
          ${
            verifieren && !formulierOpen
              ? knop('Verificatie vastleggen', () => beheer.verificatieFormulier(true))
              : nothing
          }
          ${geschiedenisLezen ? knop('Geschiedenis', beheer.toonGeschiedenis) : nothing}
        </div>`
        : nothing
    }
    ${verifieren && formulierOpen ? verificatieFormulier(d, beheer) : nothing}`;
}

type Wijziging = GeschiedenisRecord['wijzigingen'][number];

/** One object's changed fields, each as a sentence: "Doel gewijzigd van ‘…’ naar ‘…’". */
function wijziging(w: Wijziging, eigen: boolean): TemplateResult {
  return html`${eigen ? nothing : html`<p class="utrecht-paragraph wijziging">${w.onderwerp}</p>`}
  ${
    w.inWoorden.length > 0
      ? html`<ul class="utrecht-unordered-list velden-in-woorden">
          ${w.inWoorden.map((v) => html`<li class="utrecht-unordered-list__item">${v.zin}</li>`)}
        </ul>`
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
            <strong>${tijdstip(r.tijd)}</strong>${versie === null ? '' : ` (versie ${versie})`}
          </p>
          <p class="utrecht-paragraph">${r.inWoorden}</p>
          ${r.wijzigingen.map((w) => wijziging(w, w === eigen && r.wijzigingen.length === 1))}
          ${
            terug
              ? html`<button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                @click=${() => beheer.herstel(r.volgnummer, versie)}
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
