// SPDX-License-Identifier: EUPL-1.2
// Managing accounts on the beheer page (beheerder only): who may edit for which organisaties.
// Saving carries the version shown, so a concurrent change is refused, not overwritten; a change
// of rights or deactivation ends that account's sessions (server).
import { ApiError, gql } from '../../shared/api.ts';
import { html } from '../../shared/html.ts';
import type { Keuze } from '../../shared/queries.ts';

interface Account {
  id: string;
  gebruikersnaam: string;
  naam: string;
  rol: 'LEZER' | 'REDACTEUR' | 'BEHEERDER';
  organisaties: Keuze[];
  actief: boolean;
  versie: number;
}

const ROL = { LEZER: 'Lezer', REDACTEUR: 'Redacteur', BEHEERDER: 'Beheerder' } as const;
const VELDEN = ['gebruikersnaam', 'naam', 'rol', 'organisatieIds', 'wachtwoord'] as const;
const laad = () =>
  gql<{ accounts: Account[] }>(
    '{ accounts { id gebruikersnaam naam rol organisaties { id naam } actief versie } }',
  ).then((d) => d.accounts);

export async function toonAccountbeheer(sectie: HTMLElement, organisaties: Keuze[]): Promise<void> {
  const accounts = await laad();
  sectie.hidden = false;
  const lijst = sectie.querySelector<HTMLElement>('[data-accounts]')!;
  lijst.innerHTML = html`<table class="objecten"><caption class="sr-only">Accounts</caption>
    <thead><tr><th scope="col">Naam</th><th scope="col">Gebruikersnaam</th><th scope="col">Rol</th><th scope="col">Organisaties</th><th scope="col">Actief</th><th scope="col"><span class="sr-only">Bewerken</span></th></tr></thead>
    <tbody>${accounts.map(
      (
        a,
      ) => html`<tr><td>${a.naam}</td><td>${a.gebruikersnaam}</td><td>${ROL[a.rol]}</td><td>${a.organisaties.map((o) => o.naam).join(', ') || '—'}</td><td>${a.actief ? 'ja' : 'nee'}</td>
      <td><button type="button" class="link" data-account="${a.id}">Bewerken<span class="sr-only"> ${a.naam}</span></button></td></tr>`,
    )}</tbody></table>`.value;

  const form = sectie.querySelector<HTMLFormElement>('form')!;
  const veld = <T extends HTMLElement>(naam: string) => form.querySelector<T>(`#account-${naam}`)!;
  let bewerkt: Account | null = null;
  const vul = (a: Account | null) => {
    bewerkt = a;
    form.querySelector('h3')!.textContent = a ? `${a.naam} bewerken` : 'Nieuw account';
    veld<HTMLInputElement>('gebruikersnaam').value = a?.gebruikersnaam ?? '';
    veld<HTMLInputElement>('naam').value = a?.naam ?? '';
    veld<HTMLSelectElement>('rol').value = a?.rol ?? 'REDACTEUR';
    veld<HTMLInputElement>('actief').checked = a?.actief ?? true;
    veld<HTMLInputElement>('wachtwoord').value = '';
    veld('organisatieIds').innerHTML =
      html`${organisaties.map((o) => html`<label><input type="checkbox" value="${o.id}" ${a?.organisaties.some((x) => x.id === o.id) ? 'checked' : ''}> ${o.naam}</label>`)}`.value;
    for (const naam of VELDEN) veld(`${naam}-fout`).textContent = '';
  };
  vul(null);
  lijst.onclick = (e) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-account]')?.dataset['account'];
    if (!id) return;
    vul(accounts.find((a) => a.id === id) ?? null);
    veld('gebruikersnaam').focus();
  };
  form.onsubmit = async (e) => {
    e.preventDefault();
    const melding = sectie.querySelector<HTMLElement>('[role=status]')!;
    for (const naam of VELDEN) veld(`${naam}-fout`).textContent = '';
    const input = {
      gebruikersnaam: veld<HTMLInputElement>('gebruikersnaam').value,
      naam: veld<HTMLInputElement>('naam').value,
      rol: veld<HTMLSelectElement>('rol').value,
      organisatieIds: [
        ...veld('organisatieIds').querySelectorAll<HTMLInputElement>('input:checked'),
      ].map((i) => i.value),
      actief: veld<HTMLInputElement>('actief').checked,
      wachtwoord: veld<HTMLInputElement>('wachtwoord').value || null,
    };
    try {
      if (bewerkt)
        await gql(
          'mutation($id: ID!, $v: Int!, $i: AccountInput!) { updateAccount(id: $id, versie: $v, input: $i) { id } }',
          { id: bewerkt.id, v: bewerkt.versie, i: input },
        );
      else
        await gql('mutation($i: AccountInput!) { createAccount(input: $i) { id } }', { i: input });
      await toonAccountbeheer(sectie, organisaties);
      melding.textContent = `Account ${input.naam} opgeslagen.`;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const velden = error.extensions.fields ?? [];
      for (const f of velden) {
        const naam = VELDEN.find((v) => f.field.replace(/^input\./, '').startsWith(v));
        if (naam) veld(`${naam}-fout`).textContent = f.message;
      }
      if (error.code === 'CONFLICT') await toonAccountbeheer(sectie, organisaties);
      melding.textContent =
        error.code === 'CONFLICT'
          ? 'Iemand anders heeft dit account intussen gewijzigd; de lijst is opnieuw geladen.'
          : `Niet opgeslagen: ${error.message}`;
    }
  };
}
