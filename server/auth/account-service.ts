// SPDX-License-Identifier: EUPL-1.2
// Accounts: signing in with a local password, the first beheerder from the environment, and
// account management by beheerders. Every sign-in attempt and account change is audited.
import { randomUUID } from 'node:crypto';
import { gebruikersnaamSleutel, parseAccountInvoer, type AccountInvoer, type StoredAccount } from '../domain/accounts.ts';
import type { AuditContext } from '../domain/audit.ts';
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import { mayOnRegister, type Verzoeker } from '../edit-service.ts';
import type { Store } from '../store/port.ts';
import { DUMMY_HASH, hashWachtwoord, verifyWachtwoord } from './passwords.ts';

/** Failed sign-ins per name: after this many in the window, the name is refused until the window passes. */
const MAX_MISLUKT = 5;
const VENSTER_MS = 15 * 60_000;

export type SignIn = { ok: true; account: StoredAccount } | { ok: false; melding: string };

export class AccountService {
  private readonly store: Store;
  private cache: Promise<Map<string, StoredAccount>> | undefined;
  private readonly mislukt = new Map<string, number[]>();
  /** Called when an account's rights change, to end its sessions. */
  onChange: (accountId: string) => void = () => {};

  constructor(store: Store) {
    this.store = store;
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
    const parsed = parseAccountInvoer({ gebruikersnaam, naam, rol: 'BEHEERDER', organisatieIds: [], actief: true, wachtwoord });
    await this.save(randomUUID(), parsed, null, { actorId: 'systeem', actorNaam: 'Systeem', herkomst: 'configuratie' });
    return true;
  }

  async signIn(gebruikersnaam: string, wachtwoord: string, herkomst: string): Promise<SignIn> {
    const sleutel = gebruikersnaamSleutel(gebruikersnaam);
    const now = Date.now();
    const recent = (this.mislukt.get(sleutel) ?? []).filter((t) => now - t < VENSTER_MS);
    const account = await this.byGebruikersnaam(gebruikersnaam);
    let melding: string | null = null;
    if (recent.length >= MAX_MISLUKT) {
      melding = 'Te veel mislukte pogingen; probeer het over een kwartier opnieuw.';
    } else {
      // Verify even for an unknown name, so timing does not tell which names exist.
      const ok = await verifyWachtwoord(wachtwoord, account?.wachtwoordHash ?? DUMMY_HASH);
      if (!ok || !account) melding = 'Onbekende gebruikersnaam of onjuist wachtwoord.';
      else if (!account.actief) melding = 'Dit account is niet actief.';
    }
    await this.auditAanmelding(account, melding, herkomst);
    if (melding !== null || !account) {
      this.mislukt.set(sleutel, [...recent, now]);
      return { ok: false, melding: melding ?? '' };
    }
    this.mislukt.delete(sleutel);
    return { ok: true, account };
  }

  /**
   * Signing in vouched for by the OpenID Connect provider: an active account with that
   * gebruikersnaam must exist; its rights stay those the beheerder gave it.
   */
  async signInExternal(gebruikersnaam: string, herkomst: string): Promise<SignIn> {
    const account = await this.byGebruikersnaam(gebruikersnaam);
    const melding = !account
      ? `Er is geen account voor ${gebruikersnaam}; vraag de beheerder van het register om er een te maken.`
      : !account.actief
        ? 'Dit account is niet actief.'
        : null;
    await this.auditAanmelding(account, melding, herkomst);
    return melding === null && account ? { ok: true, account } : { ok: false, melding: melding ?? '' };
  }

  /** Every attempt to sign in, in the audit trail (RULES: verantwoordingsplicht §3.2 (7)). */
  private async auditAanmelding(account: StoredAccount | undefined, melding: string | null, herkomst: string): Promise<void> {
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
    mayOnRegister(wie, 'ACCOUNTS_BEHEREN');
    const parsed = parseAccountInvoer(input);
    if (parsed.wachtwoord === null) throw ValidationError.field('input.wachtwoord', 'een nieuw account heeft een wachtwoord nodig');
    return this.save(randomUUID(), parsed, null, this.context(wie));
  }

  async update(id: string, versie: number, input: unknown, wie: Verzoeker): Promise<StoredAccount> {
    mayOnRegister(wie, 'ACCOUNTS_BEHEREN');
    if (!(await this.byId(id))) throw new NotFoundError('Account', id, 'id');
    const saved = await this.save(id, parseAccountInvoer(input), versie, this.context(wie));
    this.onChange(id);
    return saved;
  }

  private context(wie: Verzoeker): AuditContext {
    return { actorId: wie.actor?.accountId ?? null, actorNaam: wie.actor?.naam ?? null, herkomst: wie.herkomst };
  }

  private async save(id: string, input: AccountInvoer, versie: number | null, context: AuditContext): Promise<StoredAccount> {
    const current = versie === null ? undefined : await this.byId(id);
    const { wachtwoord, ...rest } = input;
    const wachtwoordHash = wachtwoord !== null ? await hashWachtwoord(wachtwoord) : (current?.wachtwoordHash ?? null);
    try {
      return await this.store.saveAccount({ ...rest, id, wachtwoordHash, oidcSubject: current?.oidcSubject ?? null }, versie, { at: new Date(), context });
    } finally {
      this.cache = undefined;
    }
  }

  private all(): Promise<Map<string, StoredAccount>> {
    this.cache ??= this.store.accounts().then((list) => new Map(list.map((a) => [a.id, a])));
    return this.cache;
  }
}

