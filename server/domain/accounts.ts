// SPDX-License-Identifier: EUPL-1.2
// Who may use the registry, and as what (issue 8; H §2.6 stap 2–3: organisations describe and
// verify their knooppunten under a regional beheerder).
import { z } from 'zod';
import { ValidationError } from './errors.ts';
import { veldMeldingen, type VeldInfo } from './invoer-meldingen.ts';

/** lezer reads; redacteur edits for one or more organisaties; beheerder does everything. */
export const ACCOUNT_ROLLEN = ['LEZER', 'REDACTEUR', 'BEHEERDER'] as const;
export type AccountRol = (typeof ACCOUNT_ROLLEN)[number];

export interface Account {
  id: string;
  /** Sign-in name (usually an e-mail address); unique, compared case-insensitively. */
  gebruikersnaam: string;
  naam: string;
  rol: AccountRol;
  /** The organisaties a redacteur edits for. */
  organisatieIds: string[];
  actief: boolean;
  versie: number;
}

/** An account as stored: with its password hash (local sign-in) or its OpenID Connect subject. */
export interface StoredAccount extends Account {
  wachtwoordHash: string | null;
  oidcSubject: string | null;
}

/** Whoever does something: a signed-in account, or the system itself (seeding, the API token). */
export interface Actor {
  accountId: string;
  naam: string;
  rol: AccountRol;
  organisatieIds: readonly string[];
}

export const actorOf = (account: Account): Actor => ({
  accountId: account.id,
  naam: account.naam,
  rol: account.rol,
  organisatieIds: account.organisatieIds,
});

/** The seed loader and other start-up work: a beheerder that is not a person. */
export const SYSTEEM: Actor = {
  accountId: 'systeem',
  naam: 'Systeem',
  rol: 'BEHEERDER',
  organisatieIds: [],
};

export const gebruikersnaamSleutel = (gebruikersnaam: string): string =>
  gebruikersnaam.trim().toLowerCase();

/** An account as the audit trail and the API show it: never the password hash. */
export function zonderGeheimen(account: StoredAccount): Account & { oidcSubject: string | null } {
  const { wachtwoordHash: _hash, ...rest } = account;
  return rest;
}

/** What a beheerder supplies for an account; the password only when setting a new one. */
export interface AccountInvoer {
  gebruikersnaam: string;
  naam: string;
  rol: AccountRol;
  organisatieIds: string[];
  actief: boolean;
  wachtwoord: string | null;
}

export const MIN_WACHTWOORD = 12;

/** The account form's fields by their labels, for the messages (invoer-meldingen.ts). */
const ACCOUNT_VELDEN: readonly VeldInfo[] = [
  { pad: 'gebruikersnaam', label: 'Gebruikersnaam', soort: 'tekst' },
  { pad: 'naam', label: 'Naam', soort: 'tekst' },
  { pad: 'rol', label: 'Rol', soort: 'keuze', waarden: ACCOUNT_ROLLEN },
  { pad: 'organisatieIds', label: 'Organisaties', soort: 'refs' },
  { pad: 'actief', label: 'Actief', soort: 'janee' },
  { pad: 'wachtwoord', label: 'Wachtwoord', soort: 'tekst' },
];

const invoer = z.object({
  gebruikersnaam: z.string().trim().min(3).max(200),
  naam: z.string().trim().min(1).max(200),
  rol: z.enum(ACCOUNT_ROLLEN),
  organisatieIds: z.array(z.string().trim().min(1)).max(50),
  actief: z.boolean(),
  wachtwoord: z
    .string()
    .min(MIN_WACHTWOORD)
    .max(200)
    .nullish()
    .transform((v) => v ?? null),
});

/** Validates what a beheerder supplies for an account; errors name the field (input.…). */
export function parseAccountInvoer(input: unknown): AccountInvoer {
  const result = invoer.safeParse(input, { reportInput: true });
  if (!result.success)
    throw new ValidationError(veldMeldingen(result.error, ACCOUNT_VELDEN, 'input'));
  if (result.data.rol === 'REDACTEUR' && result.data.organisatieIds.length === 0) {
    throw ValidationError.field(
      'input.organisatieIds',
      'Kies bij Organisaties minstens één organisatie: een redacteur beschrijft voor een organisatie',
    );
  }
  return result.data;
}
