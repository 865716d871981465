// SPDX-License-Identifier: EUPL-1.2
// Managing accounts on the beheer page (beheerder only): who may edit for which organisaties.
// Saving carries the version shown, so a concurrent change is refused, not overwritten; a change
// of rights or deactivation ends that account's sessions (server). Where the organisation's
// OpenID Connect is set up, an account signs in with it or with a password: only the latter asks
// for one, and the former's gebruikersnaam is the e-mail address the provider gives (issue 22).
import { html, nothing, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { ApiError, gql } from '../../shared/api.ts';
import type { Aanmelding, AccountRol, BeheerAccountsQuery } from '../../shared/gql/graphql.ts';
import { AANMELDING } from '../../shared/labels.ts';
import { BEHEER_ACCOUNT_MAKEN, BEHEER_ACCOUNT_WIJZIGEN, BEHEER_ACCOUNTS } from './queries.ts';

type Account = BeheerAccountsQuery['accounts'][number];
type Organisatie = BeheerAccountsQuery['organisaties'][number];
type Regels = BeheerAccountsQuery['accountRegels'];
type Veld =
  'gebruikersnaam' | 'naam' | 'rol' | 'organisatieIds' | 'actief' | 'aanmelding' | 'wachtwoord';

const ROL: Record<AccountRol, string> = {
  LEZER: 'Lezer',
  REDACTEUR: 'Redacteur',
  BEHEERDER: 'Beheerder',
};
/** The fields as the form names them: the server's errors point at `input.<veld>`. */
const LABEL: Record<Veld, string> = {
  gebruikersnaam: 'Gebruikersnaam',
  naam: 'Naam',
  rol: 'Rol',
  organisatieIds: 'Organisaties',
  actief: 'Actief',
  aanmelding: 'Aanmelden met',
  wachtwoord: 'Wachtwoord',
};
const VELDEN = Object.keys(LABEL) as Veld[];

interface Invoer {
  gebruikersnaam: string;
  naam: string;
  rol: AccountRol;
  organisatieIds: string[];
  actief: boolean;
  aanmelding: Aanmelding;
  wachtwoord: string;
}

const ZONDER_OIDC: Regels = { organisatieAccount: false, gebruikersnaamIsEmail: false };

const staat = {
  accounts: [] as Account[],
  organisaties: [] as Organisatie[],
  regels: ZONDER_OIDC,
  bewerkt: null as Account | null,
  invoer: leeg(null, ZONDER_OIDC),
  fouten: {} as Partial<Record<Veld, string>>,
  /** Errors that belong to no one field. */
  overige: [] as string[],
  melding: '',
};

function leeg(a: Account | null, regels: Regels): Invoer {
  return {
    gebruikersnaam: a?.gebruikersnaam ?? '',
    naam: a?.naam ?? '',
    rol: a?.rol ?? 'REDACTEUR',
    organisatieIds: a?.organisaties.map((o) => o.id) ?? [],
    actief: a?.actief ?? true,
    // A new account signs in with the organisation's account where that is set up.
    aanmelding: a?.aanmelding ?? (regels.organisatieAccount ? 'ORGANISATIE_ACCOUNT' : 'WACHTWOORD'),
    wachtwoord: '',
  };
}

/** Redraws the form; set by toonAccountbeheer (a choice of sign-in shows or hides the password). */
let herteken = () => {};

const id = (veld: Veld) => `account-${veld}`;
const vinkjeId = (o: Organisatie) => `account-organisatie-${o.id}`;
/** Where a message in the summary leads: the field, or the first box of the organisaties. */
const doel = (veld: Veld) =>
  veld === 'organisatieIds' && staat.organisaties[0] ? vinkjeId(staat.organisaties[0]) : id(veld);
/** The server's messages mostly name their field already; otherwise the label goes first. */
const metLabel = (veld: Veld, melding: string) =>
  melding.toLowerCase().startsWith(LABEL[veld].toLowerCase())
    ? melding
    : `${LABEL[veld]}: ${melding}`;
const beschreven = (veld: Veld, uitleg?: string) =>
  [uitleg, staat.fouten[veld] ? `${id(veld)}-fout` : undefined].filter(Boolean).join(' ') ||
  nothing;

function foutmelding(veld: Veld) {
  const fout = staat.fouten[veld];
  return fout
    ? html`<div
        class="utrecht-form-field-error-message utrecht-form-field__error-message"
        id="${id(veld)}-fout"
      >
        ${fout}
      </div>`
    : nothing;
}

function veldvak(veld: Veld, invoer: unknown, uitleg?: { id: string; tekst: string }) {
  return html`<div
    class="utrecht-form-field utrecht-form-field--text ${
      staat.fouten[veld] ? 'utrecht-form-field--invalid' : ''
    }"
  >
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for=${id(veld)}>${LABEL[veld]}</label>
    </div>
    ${
      uitleg
        ? html`<div
          class="utrecht-form-field-description utrecht-form-field__description"
          id=${uitleg.id}
        >
          ${uitleg.tekst}
        </div>`
        : nothing
    }
    ${foutmelding(veld)}
    <div class="utrecht-form-field__input">${invoer}</div>
  </div>`;
}

function tekstveld(veld: 'gebruikersnaam' | 'naam' | 'wachtwoord', uitleg?: string) {
  const ongeldig = Boolean(staat.fouten[veld]);
  const wachtwoord = veld === 'wachtwoord';
  const uitlegId = uitleg ? `${id(veld)}-uitleg` : undefined;
  return veldvak(
    veld,
    html`<input
      id=${id(veld)}
      class="utrecht-textbox utrecht-textbox--html-input ${
        ongeldig ? 'utrecht-textbox--invalid' : ''
      }"
      type=${wachtwoord ? 'password' : 'text'}
      autocomplete=${wachtwoord ? 'new-password' : 'off'}
      aria-invalid=${ongeldig ? 'true' : nothing}
      aria-describedby=${beschreven(veld, uitlegId)}
      .value=${live(staat.invoer[veld])}
      @input=${(e: Event) => (staat.invoer[veld] = (e.target as HTMLInputElement).value)}
    />`,
    uitleg && uitlegId ? { id: uitlegId, tekst: uitleg } : undefined,
  );
}

/** `?selected` picks the first choice (the options do not exist yet when `.value` is first set). */
function rolveld() {
  return veldvak(
    'rol',
    html`<select
      id=${id('rol')}
      class="utrecht-select utrecht-select--html-select"
      aria-describedby=${beschreven('rol')}
      .value=${live(staat.invoer.rol)}
      @change=${(e: Event) =>
        (staat.invoer.rol = (e.target as HTMLSelectElement).value as AccountRol)}
    >
      ${(Object.keys(ROL) as AccountRol[]).map(
        (r) => html`<option value=${r} ?selected=${r === staat.invoer.rol}>${ROL[r]}</option>`,
      )}
    </select>`,
  );
}

function vinkje(
  vinkId: string,
  label: string,
  aan: boolean,
  wissel: (aan: boolean) => void,
  waarde = 'ja',
) {
  return html`<div class="utrecht-form-field utrecht-form-field--checkbox">
    <div class="utrecht-form-field__input">
      <input
        id=${vinkId}
        class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
        type="checkbox"
        value=${waarde}
        .checked=${live(aan)}
        @change=${(e: Event) => wissel((e.target as HTMLInputElement).checked)}
      />
    </div>
    <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
      <label class="utrecht-form-label utrecht-form-label--checkbox" for=${vinkId}>${label}</label>
    </div>
  </div>`;
}

function organisatieveld() {
  const ids = staat.invoer.organisatieIds;
  // Read at the moment of ticking: the form is not redrawn between two ticks.
  const wissel = (o: Organisatie) => (aan: boolean) => {
    const nu = staat.invoer.organisatieIds.filter((x) => x !== o.id);
    staat.invoer.organisatieIds = aan ? [...nu, o.id] : nu;
  };
  const ongeldig = Boolean(staat.fouten.organisatieIds);
  return html`<fieldset
    class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ${
      ongeldig ? 'utrecht-form-fieldset--invalid' : ''
    }"
    aria-describedby=${beschreven('organisatieIds', 'account-organisatieIds-uitleg')}
  >
    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
      Organisaties
    </legend>
    <div
      class="utrecht-form-field-description utrecht-form-field__description"
      id="account-organisatieIds-uitleg"
    >
      Een redacteur beschrijft voor deze organisaties.
    </div>
    ${foutmelding('organisatieIds')}
    <div class="keuzelijst" id=${id('organisatieIds')}>
      ${staat.organisaties.map((o) =>
        vinkje(vinkjeId(o), o.naam, ids.includes(o.id), wissel(o), o.id),
      )}
    </div>
  </fieldset>`;
}

/** Organisation account or password; offered only where the organisation's sign-in is set up. */
function aanmeldveld() {
  if (!staat.regels.organisatieAccount) return nothing;
  const kies = (a: Aanmelding) => () => {
    staat.invoer.aanmelding = a;
    herteken();
  };
  return html`<fieldset
    class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
    aria-describedby=${beschreven('aanmelding')}
    id=${id('aanmelding')}
  >
    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
      ${LABEL.aanmelding}
    </legend>
    ${foutmelding('aanmelding')}
    ${(['ORGANISATIE_ACCOUNT', 'WACHTWOORD'] as const).map(
      (a) =>
        html`<div class="utrecht-form-field utrecht-form-field--radio">
          <div class="utrecht-form-field__input">
            <input
              id="account-aanmelding-${a}"
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              name="aanmelding"
              value=${a}
              .checked=${live(staat.invoer.aanmelding === a)}
              @change=${kies(a)}
            />
          </div>
          <div class="utrecht-form-field__label utrecht-form-field__label--radio">
            <label
              class="utrecht-form-label utrecht-form-label--radio"
              for="account-aanmelding-${a}"
              >${AANMELDING[a].toLowerCase()}</label
            >
          </div>
        </div>`,
    )}
  </fieldset>`;
}

/** Above the form after a refused save: every problem by its field's label, linked to the field. */
function foutsamenvatting() {
  const velden = VELDEN.filter((v) => staat.fouten[v]);
  if (velden.length === 0 && staat.overige.length === 0) return nothing;
  return html`<div class="utrecht-alert utrecht-alert--error" id="account-fouten" tabindex="-1">
    <div class="utrecht-alert__content">
      <div class="utrecht-alert__message">
        <p class="utrecht-paragraph">Het account is niet opgeslagen:</p>
        <ul class="utrecht-unordered-list">
          ${velden.map(
            (v) =>
              html`<li class="utrecht-unordered-list__item">
                <a class="utrecht-link utrecht-link--html-a" href="#${doel(v)}"
                  >${metLabel(v, staat.fouten[v]!)}</a
                >
              </li>`,
          )}
          ${staat.overige.map((m) => html`<li class="utrecht-unordered-list__item">${m}</li>`)}
        </ul>
      </div>
    </div>
  </div>`;
}

function accountRij(a: Account, bewerk: (a: Account) => void) {
  const cel = (inhoud: unknown) => html`<td class="utrecht-table__cell">${inhoud}</td>`;
  return html`<tr class="utrecht-table__row">
    ${cel(a.naam)} ${cel(a.gebruikersnaam)} ${cel(ROL[a.rol])}
    ${cel(a.organisaties.map((o) => o.naam).join(', ') || '—')}
    ${staat.regels.organisatieAccount ? cel(AANMELDING[a.aanmelding]) : nothing}
    ${cel(a.actief ? 'Ja' : 'Nee')}
    ${cel(
      html`<button
        type="button"
        class="utrecht-link-button utrecht-link-button--html-button"
        @click=${() => bewerk(a)}
      >
        Bewerken<span class="sr-only"> ${a.naam}</span>
      </button>`,
    )}
  </tr>`;
}

function accountTabel(bewerk: (a: Account) => void) {
  const kop = (tekst: unknown) =>
    html`<th class="utrecht-table__header-cell" scope="col">${tekst}</th>`;
  return html`<div class="tabelvak" role="region" aria-label="Accounts" tabindex="0">
    <table class="utrecht-table utrecht-table--html-table">
      <caption class="utrecht-table__caption sr-only">
        Accounts
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          ${kop('Naam')} ${kop('Gebruikersnaam')} ${kop('Rol')} ${kop('Organisaties')}
          ${staat.regels.organisatieAccount ? kop('Aanmelden met') : nothing} ${kop('Actief')} ${kop(html`<span class="sr-only">Bewerken</span>`)}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        ${staat.accounts.map((a) => accountRij(a, bewerk))}
      </tbody>
    </table>
  </div>`;
}

/** With the organisation's account, the provider's e-mail address finds the account. */
function gebruikersnaamUitleg(): string | undefined {
  if (staat.invoer.aanmelding !== 'ORGANISATIE_ACCOUNT') return undefined;
  return staat.regels.gebruikersnaamIsEmail
    ? 'Het e-mailadres waarmee deze persoon bij de eigen organisatie aanmeldt.'
    : 'De naam waarmee deze persoon bij de eigen organisatie aanmeldt.';
}

function formulier(opslaan: (e: SubmitEvent) => void, nieuw: () => void) {
  const { bewerkt } = staat;
  return html`<form class="accountformulier" novalidate aria-labelledby="account-kop" @submit=${opslaan}>
    <h3 class="utrecht-heading-3" id="account-kop">
      ${bewerkt ? `${bewerkt.naam} bewerken` : 'Nieuw account'}
    </h3>
    ${foutsamenvatting()} ${aanmeldveld()}
    ${tekstveld('gebruikersnaam', gebruikersnaamUitleg())} ${tekstveld('naam')} ${rolveld()}
    ${organisatieveld()}
    ${vinkje(id('actief'), 'Actief', staat.invoer.actief, (aan) => (staat.invoer.actief = aan))}
    ${
      staat.invoer.aanmelding === 'WACHTWOORD'
        ? tekstveld(
            'wachtwoord',
            bewerkt?.aanmelding === 'WACHTWOORD'
              ? 'Minstens 12 tekens. Leeg laten houdt het huidige wachtwoord.'
              : 'Minstens 12 tekens.',
          )
        : nothing
    }
    <p class="utrecht-button-group">
      <button type="submit" class="utrecht-button utrecht-button--primary-action">
        Account opslaan
      </button>
      ${
        bewerkt
          ? html`<button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            @click=${nieuw}
          >
            Nieuw account in plaats daarvan
          </button>`
          : nothing
      }
    </p>
  </form>`;
}

/** Fills the section with the accounts and the form; the beheerder's part of the page. */
export async function toonAccountbeheer(sectie: HTMLElement): Promise<void> {
  const element = sectie.querySelector<HTMLElement>('#accounts')!;
  const teken = () =>
    render(
      html`${accountTabel(bewerk)} ${formulier((e) => void opslaan(e), nieuw)}
        <p class="utrecht-paragraph" role="status">${staat.melding}</p>`,
      element,
    );
  const vul = (a: Account | null) => {
    Object.assign(staat, { bewerkt: a, invoer: leeg(a, staat.regels), fouten: {}, overige: [] });
    teken();
  };
  const laad = async () => {
    const data = await gql(BEHEER_ACCOUNTS);
    Object.assign(staat, {
      accounts: data.accounts,
      organisaties: data.organisaties,
      regels: data.accountRegels,
    });
  };
  function bewerk(a: Account): void {
    vul(a);
    document.getElementById(id('gebruikersnaam'))?.focus();
  }
  function nieuw(): void {
    vul(null);
    document.getElementById(id('gebruikersnaam'))?.focus();
  }

  async function opslaan(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { invoer, bewerkt } = staat;
    const input = {
      ...invoer,
      wachtwoord: (invoer.aanmelding === 'WACHTWOORD' && invoer.wachtwoord) || null,
    };
    try {
      if (bewerkt)
        await gql(BEHEER_ACCOUNT_WIJZIGEN, { id: bewerkt.id, versie: bewerkt.versie, input });
      else await gql(BEHEER_ACCOUNT_MAKEN, { input });
      await laad();
      staat.melding = `Account ${input.naam} opgeslagen.`;
      vul(null);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'CONFLICT') {
        await laad();
        staat.melding =
          'Iemand anders heeft dit account intussen gewijzigd; het formulier toont nu de huidige gegevens.';
        return vul(staat.accounts.find((a) => a.id === bewerkt?.id) ?? null);
      }
      toonFouten(error);
    }
  }

  function toonFouten(error: ApiError): void {
    const fouten: Partial<Record<Veld, string>> = {};
    const overige: string[] = [];
    for (const f of error.extensions.fields ?? []) {
      const veld = VELDEN.find((v) => f.field.replace(/^input\./, '').startsWith(v));
      if (veld) fouten[veld] = f.message;
      else overige.push(f.message);
    }
    if (Object.keys(fouten).length === 0 && overige.length === 0) overige.push(error.message);
    Object.assign(staat, { fouten, overige, melding: '' });
    teken();
    document.getElementById('account-fouten')?.focus();
  }

  herteken = teken;
  await laad();
  sectie.hidden = false;
  vul(null);
}
