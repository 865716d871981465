// SPDX-License-Identifier: EUPL-1.2
// Who may use the registry, and as what (issue 8; H §2.6 stap 2–3: organisations describe and
// verify their knooppunten under a regional beheerder).
import { z } from 'zod';
import { ValidationError } from './errors.ts';
import { veldMeldingen, type VeldInfo } from './invoer-meldingen.ts';

/** lezer reads; redacteur edits for one or more organisaties; beheerder does everything. */
export const ACCOUNT_ROLLEN = ['LEZER', 'REDACTEUR', 'BEHEERDER'] as const;
export type AccountRol = (typeof ACCOUNT_ROLLEN)[number];

/** How an account signs in: only through the organisation's OpenID Connect provider, or with a password here. */
export const AANMELDINGEN = ['ORGANISATIE_ACCOUNT', 'WACHTWOORD'] as const;
export type Aanmelding = (typeof AANMELDINGEN)[number];

/** What this installation's sign-in asks of an account (server/auth/oidc.ts). */
export interface AccountRegels {
  /** Signing in through the organisation's provider is set up. */
  organisatieAccount: boolean;
  /** The provider's claim that names the account is the e-mail address. */
  gebruikersnaamIsEmail: boolean;
}

export const ZONDER_OIDC: AccountRegels = {
  organisatieAccount: false,
  gebruikersnaamIsEmail: false,
};

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

/** An account without a password signs in only through the organisation's provider. */
export const aanmeldingVan = (account: StoredAccount): Aanmelding =>
  account.wachtwoordHash === null ? 'ORGANISATIE_ACCOUNT' : 'WACHTWOORD';

/** An account as the audit trail and the API show it: never the password hash. */
export function zonderGeheimen(
  account: StoredAccount,
): Account & { oidcSubject: string | null; aanmelding: Aanmelding } {
  const { wachtwoordHash: _hash, ...rest } = account;
  return { ...rest, aanmelding: aanmeldingVan(account) };
}

/** What a beheerder supplies for an account; the password only when setting a new one. */
export interface AccountInvoer {
  gebruikersnaam: string;
  naam: string;
  rol: AccountRol;
  organisatieIds: string[];
  actief: boolean;
  aanmelding: Aanmelding;
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
  { pad: 'aanmelding', label: 'Aanmelden met', soort: 'keuze', waarden: AANMELDINGEN },
  { pad: 'wachtwoord', label: 'Wachtwoord', soort: 'tekst' },
];

const invoer = z.object({
  gebruikersnaam: z.string().trim().min(3).max(200),
  naam: z.string().trim().min(1).max(200),
  rol: z.enum(ACCOUNT_ROLLEN),
  organisatieIds: z.array(z.string().trim().min(1)).max(50),
  actief: z.boolean(),
  aanmelding: z.enum(AANMELDINGEN).default('WACHTWOORD'),
  wachtwoord: z
    .string()
    .min(MIN_WACHTWOORD)
    .max(200)
    .nullish()
    .transform((v) => v ?? null),
});

/** An e-mail address as providers give it: one @, a dot in the domain, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Validates what a beheerder supplies for an account; errors name the field (input.…). Someone
 * who signs in only through the organisation's provider has no password here, and is found by
 * the provider's claim: with the e-mail claim, the gebruikersnaam must be that address.
 */
export function parseAccountInvoer(
  input: unknown,
  regels: AccountRegels = ZONDER_OIDC,
): AccountInvoer {
  const result = invoer.safeParse(input, { reportInput: true });
  if (!result.success)
    throw new ValidationError(veldMeldingen(result.error, ACCOUNT_VELDEN, 'input'));
  if (result.data.aanmelding === 'ORGANISATIE_ACCOUNT') {
    if (!regels.organisatieAccount)
      throw ValidationError.field(
        'input.aanmelding',
        'Aanmelden met een organisatie-account is op deze server niet ingesteld; kies bij Aanmelden met: wachtwoord',
      );
    if (result.data.wachtwoord !== null)
      throw ValidationError.field(
        'input.wachtwoord',
        'Wie met het organisatie-account aanmeldt, heeft hier geen wachtwoord; laat Wachtwoord leeg',
      );
    if (regels.gebruikersnaamIsEmail && !EMAIL.test(result.data.gebruikersnaam))
      throw ValidationError.field(
        'input.gebruikersnaam',
        'Gebruikersnaam moet een e-mailadres zijn (zoals naam@organisatie.nl): daarmee herkent het register wie met het organisatie-account aanmeldt',
      );
  }
  if (result.data.rol === 'REDACTEUR' && result.data.organisatieIds.length === 0) {
    throw ValidationError.field(
      'input.organisatieIds',
      'Kies bij Organisaties minstens één organisatie: een redacteur beschrijft voor een organisatie',
    );
  }
  return result.data;
}
