// SPDX-License-Identifier: EUPL-1.2
// Signing in with a local account or, where the installation offers it, the organisation's own
// account (OpenID Connect); afterwards back to the page the user came from (same site only).
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { aanmeldMelding, eigenPad } from '../../../server/domain/aanmeld-meldingen.ts';
import { toonLayout } from '../../shared/layout.ts';

type Veld = 'gebruikersnaam' | 'wachtwoord';

const zoek = new URLSearchParams(location.search);
const terug = eigenPad(zoek.get('terug'));

const staat = {
  /** After an OpenID Connect attempt the server sends the reason as a code; only known texts show. */
  melding: aanmeldMelding(zoek.get('melding')) ?? null,
  fouten: {} as Partial<Record<Veld, string>>,
  oidc: false,
  bezig: false,
};

const VELDEN: { id: Veld; label: string; type: string; autocomplete: string; leeg: string }[] = [
  {
    id: 'gebruikersnaam',
    label: 'Gebruikersnaam',
    type: 'text',
    autocomplete: 'username',
    leeg: 'Vul uw gebruikersnaam in.',
  },
  {
    id: 'wachtwoord',
    label: 'Wachtwoord',
    type: 'password',
    autocomplete: 'current-password',
    leeg: 'Vul uw wachtwoord in.',
  },
];

function veld(v: (typeof VELDEN)[number]): TemplateResult {
  const fout = staat.fouten[v.id];
  const foutId = `${v.id}-fout`;
  return html`<div
    class="utrecht-form-field utrecht-form-field--text utrecht-form-field--distanced ${
      fout ? 'utrecht-form-field--invalid' : ''
    }"
  >
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for=${v.id}>${v.label}</label>
    </div>
    ${
      fout
        ? html`<div
          class="utrecht-form-field-error-message utrecht-form-field__error-message"
          id=${foutId}
        >
          ${fout}
        </div>`
        : nothing
    }
    <div class="utrecht-form-field__input">
      <input
        id=${v.id}
        name=${v.id}
        type=${v.type}
        autocomplete=${v.autocomplete}
        required
        class="utrecht-textbox utrecht-textbox--html-input ${fout ? 'utrecht-textbox--invalid' : ''}"
        aria-invalid=${fout ? 'true' : nothing}
        aria-describedby=${fout ? foutId : nothing}
      />
    </div>
  </div>`;
}

/** A clearly visible second way in, not small print under the form (ux review row 26). */
const organisatieAccount = () =>
  html`<section class="oidc" aria-labelledby="oidc-kop">
    <h2 id="oidc-kop" class="utrecht-heading-2">Of met het account van uw organisatie</h2>
    <p class="utrecht-paragraph">
      U meldt zich dan aan zoals u dat op uw werk doet. Het register bepaalt daarna wat u mag.
    </p>
    <a
      class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
      href="/auth/oidc?terug=${encodeURIComponent(terug)}"
      >Aanmelden met uw organisatie-account</a
    >
  </section>`;

const formulier = () =>
  html`<div id="melding" role="alert">
      ${
        staat.melding
          ? html`<div class="utrecht-alert utrecht-alert--error">
            <div class="utrecht-alert__content">
              <p class="utrecht-alert__message utrecht-paragraph">${staat.melding}</p>
            </div>
          </div>`
          : nothing
      }
    </div>
    <form id="aanmelden" class="aanmelden" novalidate @submit=${verstuur}>
      ${VELDEN.map(veld)}
      <div class="utrecht-button-group">
        <button
          type="submit"
          class="utrecht-button utrecht-button--primary-action"
          aria-disabled=${staat.bezig ? 'true' : nothing}
        >
          Aanmelden
        </button>
      </div>
    </form>
    ${staat.oidc ? organisatieAccount() : nothing}`;

const teken = () => render(formulier(), document.getElementById('aanmelden-vak')!);

async function aanmelden(gebruikersnaam: string, wachtwoord: string): Promise<void> {
  try {
    const res = await fetch('/auth/aanmelden', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ gebruikersnaam, wachtwoord }),
    });
    if (res.ok) {
      location.assign(terug);
      return;
    }
    staat.melding = ((await res.json()) as { fout?: string }).fout ?? 'Aanmelden is mislukt.';
  } catch {
    staat.melding = 'De server is niet bereikbaar.';
  }
  staat.bezig = false;
  teken();
}

function verstuur(event: SubmitEvent): void {
  event.preventDefault();
  if (staat.bezig) return;
  const data = new FormData(event.currentTarget as HTMLFormElement);
  const waarde = (id: Veld) => {
    const v = data.get(id);
    return typeof v === 'string' ? v : '';
  };
  staat.fouten = Object.fromEntries(VELDEN.filter((v) => !waarde(v.id)).map((v) => [v.id, v.leeg]));
  staat.melding = null;
  const leeg = VELDEN.find((v) => staat.fouten[v.id]);
  staat.bezig = !leeg;
  teken();
  if (leeg) document.getElementById(leeg.id)!.focus();
  else void aanmelden(waarde('gebruikersnaam'), waarde('wachtwoord'));
}

async function start(): Promise<void> {
  teken();
  try {
    const res = await fetch('/auth/methoden');
    staat.oidc = ((await res.json()) as { oidc?: boolean }).oidc === true;
  } catch {
    // Without the list of methods the local sign-in still works.
  }
  teken();
  document.body.dataset['kaart'] = 'gereed';
}

void toonLayout('aanmelden');
void start();
