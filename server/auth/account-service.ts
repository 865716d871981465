// SPDX-License-Identifier: EUPL-1.2
// Accounts: signing in with a local password, the first beheerder from the environment, and
// account management by beheerders. Every sign-in attempt and account change is audited, and so is
// every refused or failed change (through EditService.refused, as for the registry's objects).
import { randomUUID } from 'node:crypto';
import {
  gebruikersnaamSleutel,
  parseAccountInvoer,
  ZONDER_OIDC,
  type AccountInvoer,
  type AccountRegels,
  type StoredAccount,
} from '../domain/accounts.ts';
import type { AuditContext } from '../domain/audit.ts';
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import { mayOnRegister, type EditService, type Verzoeker } from '../edit-service.ts';
import type { Store } from '../store/port.ts';
import { AANMELD_MELDINGEN, type AanmeldCode } from '../domain/aanmeld-meldingen.ts';
import { SlidingWindow } from '../sliding-window.ts';
import { controleerWachtwoord } from './password-policy.ts';
import { DUMMY_HASH, hashWachtwoord, verifyWachtwoord } from './passwords.ts';

/** Failed sign-ins per name and address: this many are free, then each next one waits twice as long. */
const VRIJE_POGINGEN = 5;
const VENSTER_MS = 15 * 60_000;
const ONBEKEND = 'Onbekende gebruikersnaam of onjuist wachtwoord.';

/** How long until the next attempt may be tried: 0, then 1, 2, 4, 8 and at most 15 minutes after the last failure. */
export function wachttijd(mislukt: readonly number[], nu: number): number {
  const teVeel = mislukt.length - VRIJE_POGINGEN;
  if (teVeel < 0) return 0;
  const laatste = mislukt.at(-1) ?? 0;
  return Math.max(0, laatste + Math.min(VENSTER_MS, 60_000 * 2 ** teVeel) - nu);
}

export type SignIn =
  { ok: true; account: StoredAccount } | { ok: false; melding: string; code?: AanmeldCode };

export class AccountService {
  private readonly store: Store;
  private readonly edits: Pick<EditService, 'refused'>;
  /**
   * The accounts as read at an accounts revision (Store.accountsRevision). Every use reads the
   * revision first, so an account changed through another instance is never served stale.
   */
  private cache: Promise<{ revision: number; byId: Map<string, StoredAccount> }> | undefined;
  /** Failed sign-ins per name and address: per instance (README, ADR 0007). */
  private readonly mislukt = new SlidingWindow(VENSTER_MS);

  /** What the sign-in set up here asks of an account: with OIDC, accounts without a password. */
  readonly regels: AccountRegels;

  constructor(
    store: Store,
    edits: Pick<EditService, 'refused'>,
    regels: AccountRegels = ZONDER_OIDC,
  ) {
    this.store = store;
    this.edits = edits;
    this.regels = regels;
  }

  async byId(id: string): Promise<StoredAccount | undefined> {
    return (await this.all()).get(id);
  }

  /** All accounts; for beheerders. */
  async list(wie: Verzoeker): Promise<StoredAccount[]> {
    mayOnRegister(wie, 'ACCOUNTS_BEHEREN');
    return this.alle();
  }

  private async byGebruikersnaam(gebruikersnaam: string): Promise<StoredAccount | undefined> {
    const sleutel = gebruikersnaamSleutel(gebruikersnaam);
    return (await this.alle()).find((a) => gebruikersnaamSleutel(a.gebruikersnaam) === sleutel);
  }

  private async alle(): Promise<StoredAccount[]> {
    return [...(await this.all()).values()];
  }

  /** Creates the first beheerder when there are no accounts yet; returns whether it did. */
  async bootstrap(gebruikersnaam: string, naam: string, wachtwoord: string): Promise<boolean> {
    if ((await this.alle()).length > 0) return false;
    const parsed = parseAccountInvoer({
      gebruikersnaam,
      naam,
      rol: 'BEHEERDER',
      organisatieIds: [],
      actief: true,
      wachtwoord,
    });
    try {
      await this.save(randomUUID(), parsed, null, {
        actorId: 'systeem',
        actorNaam: 'Systeem',
        herkomst: 'configuratie',
      });
    } catch (error) {
      // Instances started at the same moment: the one that came first made the beheerder.
      if (error instanceof ValidationError && (await this.byGebruikersnaam(gebruikersnaam)))
        return false;
      throw error;
    }
    return true;
  }

  async signIn(gebruikersnaam: string, wachtwoord: string, herkomst: string): Promise<SignIn> {
    // Back-off per name and address: guessing from one address slows down there, while the same
    // name keeps working from anywhere else (no lockout of the beheerder by a stranger, M3).
    const sleutel = `${gebruikersnaamSleutel(gebruikersnaam)}|${herkomst}`;
    const wacht = wachttijd(this.mislukt.recent(sleutel), Date.now());
    const account = await this.byGebruikersnaam(gebruikersnaam);
    // What the audit trail records; the person is told the same, except that an inactive account
    // answers as a wrong password would, so the answer tells nobody which accounts exist (L5).
    let reden: string | null = null;
    let melding = ONBEKEND;
    if (wacht > 0) {
      reden =
        melding = `Te veel mislukte pogingen vanaf dit adres; probeer het over ${Math.ceil(wacht / 60_000)} ${wacht > 60_000 ? 'minuten' : 'minuut'} opnieuw.`;
    } else {
      // Verify even for an unknown name, so timing does not tell which names exist.
      const ok = await verifyWachtwoord(wachtwoord, account?.wachtwoordHash ?? DUMMY_HASH);
      if (!ok || !account) reden = ONBEKEND;
      else if (!account.actief) reden = AANMELD_MELDINGEN['niet-actief'];
    }
    await this.auditAanmelding(account, reden, herkomst);
    if (reden === null && account) {
      this.mislukt.clear(sleutel);
      return { ok: true, account };
    }
    if (wacht === 0) this.mislukt.hit(sleutel);
    return { ok: false, melding };
  }

  /**
   * Signing in vouched for by the OpenID Connect provider: an active account with that
   * gebruikersnaam must exist; its rights stay those the beheerder gave it.
   */
  async signInExternal(gebruikersnaam: string, herkomst: string): Promise<SignIn> {
    const account = await this.byGebruikersnaam(gebruikersnaam);
    const code: AanmeldCode | null = !account
      ? 'geen-account'
      : !account.actief
        ? 'niet-actief'
        : null;
    // The trail names who the provider vouched for, so a beheerder can make the missing account.
    await this.auditAanmelding(
      account,
      code === 'geen-account'
        ? `Er is geen account voor ${gebruikersnaam}.`
        : code && AANMELD_MELDINGEN[code],
      herkomst,
    );
    return code === null && account
      ? { ok: true, account }
      : { ok: false, melding: AANMELD_MELDINGEN[code ?? 'mislukt'], code: code ?? 'mislukt' };
  }

  /** Every attempt to sign in, in the audit trail (RULES: verantwoordingsplicht §3.2 (7)). */
  private async auditAanmelding(
    account: StoredAccount | undefined,
    melding: string | null,
    herkomst: string,
  ): Promise<void> {
    await this.store.appendAudit(
      {
        actie: 'AANMELDEN',
        actorId: account?.id ?? null,
        actorNaam: account?.naam ?? null,
        herkomst,
        object: account ? { kind: 'account', id: account.id } : null,
        resultaat: melding === null ? 'GELUKT' : 'GEWEIGERD',
        melding,
        wijzigingen: [],
        knooppuntIds: [],
      },
      new Date(),
    );
  }

  async create(input: unknown, wie: Verzoeker): Promise<StoredAccount> {
    try {
      mayOnRegister(wie, 'ACCOUNTS_BEHEREN');
      const parsed = parseAccountInvoer(input, this.regels);
      if (parsed.aanmelding === 'WACHTWOORD' && parsed.wachtwoord === null)
        throw ValidationError.field(
          'input.wachtwoord',
          'Een nieuw account heeft een wachtwoord nodig',
        );
      return await this.save(randomUUID(), parsed, null, this.context(wie));
    } catch (error) {
      return this.edits.refused(wie, 'ACCOUNT_MAKEN', null, error);
    }
  }

  /** Any change ends the account's sessions on every instance (Store.saveAccount). */
  async update(id: string, versie: number, input: unknown, wie: Verzoeker): Promise<StoredAccount> {
    try {
      mayOnRegister(wie, 'ACCOUNTS_BEHEREN');
      const current = await this.byId(id);
      if (!current) throw new NotFoundError('Account', id, 'id');
      const parsed = parseAccountInvoer(input, this.regels);
      if (
        parsed.aanmelding === 'WACHTWOORD' &&
        parsed.wachtwoord === null &&
        current.wachtwoordHash === null
      )
        throw ValidationError.field(
          'input.wachtwoord',
          'Dit account meldde aan met het organisatie-account; kies een wachtwoord om voortaan met een wachtwoord aan te melden',
        );
      return await this.save(id, parsed, versie, this.context(wie));
    } catch (error) {
      return this.edits.refused(wie, 'ACCOUNT_WIJZIGEN', { kind: 'account', id }, error);
    }
  }

  private context(wie: Verzoeker): AuditContext {
    return {
      actorId: wie.actor?.accountId ?? null,
      actorNaam: wie.actor?.naam ?? null,
      herkomst: wie.herkomst,
    };
  }

  private async save(
    id: string,
    input: AccountInvoer,
    versie: number | null,
    context: AuditContext,
  ): Promise<StoredAccount> {
    const current = versie === null ? undefined : await this.byId(id);
    const { wachtwoord, aanmelding, ...rest } = input;
    if (wachtwoord !== null) controleerWachtwoord(wachtwoord, [rest.gebruikersnaam, rest.naam]);
    // Signing in only through the organisation: no password here that could be guessed.
    const wachtwoordHash =
      aanmelding === 'ORGANISATIE_ACCOUNT'
        ? null
        : wachtwoord !== null
          ? await hashWachtwoord(wachtwoord)
          : (current?.wachtwoordHash ?? null);
    // The save moves the accounts revision: the next look here, or on any instance, reloads.
    return this.store.saveAccount(
      { ...rest, id, wachtwoordHash, oidcSubject: current?.oidcSubject ?? null },
      versie,
      { at: new Date(), context },
    );
  }

  /**
   * All accounts, current as of this call: one cheap read of the accounts revision, and a reload
   * only when it moved (a save here or on another instance). Concurrent callers share a reload.
   * The revision is read before the accounts, so a save in between only causes one more reload.
   */
  private async all(): Promise<Map<string, StoredAccount>> {
    const revision = await this.store.accountsRevision();
    for (;;) {
      const kept = this.cache;
      const current = kept && (await kept.catch(() => undefined));
      if (current && current.revision >= revision) return current.byId;
      // Another caller may have started a reload meanwhile: look at that one first.
      if (this.cache !== kept) continue;
      const loading = this.store
        .accounts()
        .then((list) => ({ revision, byId: new Map(list.map((a) => [a.id, a])) }));
      this.cache = loading;
      // A failed read is not kept: the next call tries again.
      loading.catch(() => {
        if (this.cache === loading) this.cache = undefined;
      });
      return (await loading).byId;
    }
  }
}
