// SPDX-License-Identifier: EUPL-1.2
// The Neo4j 5 adapter. This module owns the driver: sessions with an explicit database and
// access mode, managed transactions (executeRead/executeWrite) tagged with app metadata,
// session closed in finally, driver errors mapped in one place.
import { randomUUID } from 'node:crypto';
import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Session,
} from 'neo4j-driver';
import { geschreven, meegestuurd } from '../bladwijzers.ts';
import {
  gebruikersnaamSleutel,
  zonderGeheimen,
  type StoredAccount,
} from '../../domain/accounts.ts';
import {
  GENESIS_HASH,
  writeEntry,
  type AuditEntry,
  type AuditRecord,
  type AuditWijziging,
  type Wijziging,
} from '../../domain/audit.ts';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldIssue,
} from '../../domain/errors.ts';
import {
  KIND_LABELS,
  type EditableKind,
  type EditableKinds,
  type Referentiedata,
  type Registry,
} from '../../domain/model.ts';
import {
  referencesOf,
  uniqueKeyOf,
  unknownReferenceMessage,
  type RefTarget,
} from '../../domain/references.ts';
import { accountsVan, weigerAlsInGebruik } from '../../domain/organisatie-gebruik.ts';
import { AuditKeten, type AuditOptions } from '../audit-keten.ts';
import type { AuditQuery, Change, Store, StoreHealth, StoredSession } from '../port.ts';
import {
  deelnameProps,
  fromNeo4j,
  knooppuntProps,
  knooppuntRelationParams,
  organisatieProps,
  overdrachtProps,
  toDeelname,
  toKnooppunt,
  toNeo4jDateTime,
  toOrganisatie,
  toOverdracht,
  type KnooppuntRecord,
} from './mapping.ts';
import { SCHEMA_STATEMENTS, STATEMENTS, type StatementName } from './statements.ts';

export interface Neo4jOptions extends AuditOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
}

const TX_CONFIG = { metadata: { app: 'knooppuntenregister' }, timeout: 30_000 };
/** How long /healthz waits for Neo4j before reporting it unreachable. */
export const HEALTH_MS = 2_000;

const MISSING: Record<RefTarget, StatementName> = {
  knooppunt: 'missingKnooppunten',
  organisatie: 'missingOrganisaties',
  thema: 'missingThemas',
  gemeente: 'missingGemeenten',
  regio: 'missingRegios',
  wet: 'missingWetten',
};
const LOCK: Record<EditableKind, StatementName> = {
  knooppunt: 'lockKnooppunt',
  organisatie: 'lockOrganisatie',
  deelname: 'lockDeelname',
  overdracht: 'lockOverdracht',
};
const GET: Record<EditableKind, StatementName> = {
  knooppunt: 'getKnooppunt',
  organisatie: 'getOrganisatie',
  deelname: 'getDeelname',
  overdracht: 'getOverdracht',
};
const HOLDER: Record<EditableKind, StatementName> = {
  knooppunt: 'holderKnooppunt',
  organisatie: 'holderOrganisatie',
  deelname: 'holderDeelname',
  overdracht: 'holderOverdracht',
};

/** How often load() reads again when writes keep landing during the read. */
const LOAD_POGINGEN = 5;

/** A bookmark the database does not know or cannot parse: it came from a client. */
const isOngeldigeBladwijzer = (error: unknown) =>
  error instanceof Neo4jError &&
  error.code.startsWith('Neo.ClientError.Transaction.InvalidBookmark');

/** A retried write whose earlier attempt committed, where the write returns nothing. */
const klaar = async (): Promise<void> => undefined;

async function revisionIn(tx: ManagedTransaction): Promise<number> {
  return fromNeo4j((await run(tx, 'revision'))[0]?.get('revision')) as number;
}

/** Reference data compared as stored: sorted by id, absent values as null. */
function zelfdeReferentiedata(stored: Referentiedata, data: Referentiedata): boolean {
  const vorm = (items: readonly object[]) =>
    JSON.stringify(
      [...items]
        .map((item) =>
          Object.fromEntries(
            Object.entries(item)
              .map(([k, v]) => [k, v ?? null] as const)
              .sort(([a], [b]) => a.localeCompare(b)),
          ),
        )
        .sort((a, b) => String(a['id']).localeCompare(String(b['id']))),
    );
  return (['themas', 'wetten', 'regios', 'gemeenten'] as const).every(
    (soort) => vorm(stored[soort]) === vorm(data[soort]),
  );
}

async function run(
  tx: ManagedTransaction,
  name: StatementName,
  params: Record<string, unknown> = {},
) {
  return (await tx.run(STATEMENTS[name].cypher, params)).records;
}

/** A node deleted by a concurrent transaction while this one waited for it. */
const isGone = (error: unknown): boolean =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.EntityNotFound';

/**
 * The field a violated constraint concerns. Matched on the property and on the constraint's own
 * name (statements.ts), since the message's wording differs between Neo4j 5 and 2025 (review C14).
 */
function constraintField(message: string): string {
  if (/naamSleutel|\b(knooppunt|organisatie)_naam\b/.test(message)) return 'input.naam';
  if (/uniekSleutel|\b(deelname|overdracht)_uniek\b/.test(message)) return 'input';
  if (/\bsleutel\b|account_sleutel/.test(message)) return 'input.gebruikersnaam';
  return 'id';
}

/**
 * Maps what a concurrent write can cause to the answer the embedded store gives: a constraint
 * violation that slipped past the checks to a field error, an object deleted while this write
 * waited for it to NotFound (neo4j review C5, C13).
 */
function mapDriverError(error: unknown, wat: string, id: string): unknown {
  if (
    error instanceof Neo4jError &&
    error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  ) {
    return ValidationError.field(
      constraintField(error.message),
      `botst met een wijziging die tegelijk werd vastgelegd (${wat}); probeer het opnieuw`,
    );
  }
  if (isGone(error)) return new NotFoundError(wat, id);
  return error;
}

export class Neo4jStore implements Store {
  readonly kind = 'neo4j' as const;
  readonly keten: AuditKeten;
  private readonly driver: Driver;
  private readonly database: string;
  /**
   * One bookmark manager for the process: every session waits until the server it lands on has
   * seen this instance's own last write, so a follower never answers with the state before it
   * (neo4j review C2). Across instances a write is seen once replicated; identity reads go to
   * the leader (readOnLeader).
   */
  private readonly bookmarks = neo4j.bookmarkManager();
  /** The record each open transaction appended; handed to the keten only once it committed. */
  private readonly appended = new WeakMap<ManagedTransaction, AuditRecord>();
  /** The idempotency key of each open write transaction, stored with its audit record. */
  private readonly verzoeken = new WeakMap<ManagedTransaction, string>();

  constructor(options: Neo4jOptions) {
    this.keten = new AuditKeten(options);
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: false,
    });
    this.database = options.database;
  }

  /**
   * A session that waits for this instance's writes (the bookmark manager) and for the writes the
   * client saw on other instances (the bookmarks it sent back, server/store/bladwijzers.ts).
   */
  private session(mode: 'READ' | 'WRITE', bladwijzers = meegestuurd()): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
      bookmarks: bladwijzers,
    });
  }

  /**
   * Runs `werk` in a session; when the client's bookmarks are not valid ones (they come from a
   * request header), runs it once more without them rather than failing the request.
   */
  private async inSession<T>(
    mode: 'READ' | 'WRITE',
    werk: (session: Session) => Promise<T>,
  ): Promise<T> {
    const bladwijzers = meegestuurd();
    const probeer = async (metBladwijzers: boolean) => {
      const session = this.session(mode, metBladwijzers ? bladwijzers : []);
      try {
        return await werk(session);
      } finally {
        await session.close();
      }
    };
    try {
      return await probeer(bladwijzers.length > 0);
    } catch (error) {
      if (bladwijzers.length > 0 && isOngeldigeBladwijzer(error)) return probeer(false);
      throw error;
    }
  }

  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.inSession('READ', (session) => session.executeRead(work, TX_CONFIG));
  }

  /**
   * One write transaction. The driver retries it when the connection fails, also after a COMMIT
   * it could not confirm. A write that leaves an audit record is idempotent (review C6): its
   * record carries a key made once per write, and a retry that finds that record returns what the
   * earlier attempt wrote (`alGeschreven`) instead of writing again.
   */
  private async write<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    alGeschreven?: (tx: ManagedTransaction, record: AuditRecord) => Promise<T>,
  ): Promise<T> {
    const verzoekId = randomUUID();
    let poging = 0;
    let appended: AuditRecord | undefined;
    return this.inSession('WRITE', async (session) => {
      const result = await session.executeWrite(async (tx) => {
        // A retried transaction starts afresh: only the attempt that commits counts.
        appended = undefined;
        if (poging++ > 0 && alGeschreven) {
          const eerder = (await run(tx, 'auditRecordOfVerzoek', { verzoekId }))[0];
          if (eerder) {
            appended = JSON.parse(eerder.get('doc') as string) as AuditRecord;
            return alGeschreven(tx, appended);
          }
        }
        this.verzoeken.set(tx, verzoekId);
        const value = await work(tx);
        appended = this.appended.get(tx);
        return value;
      }, TX_CONFIG);
      if (appended) this.keten.vastgelegd(appended);
      geschreven(session.lastBookmarks());
      return result;
    });
  }

  /**
   * A read that decides who someone is and what they may (sessions, accounts): run on the leader
   * (the cluster's writer), so a sign-in or a revocation committed through another instance is
   * seen at the very next request, without waiting for a follower to catch up.
   */
  private async readOnLeader<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', (session) => session.executeWrite(work, TX_CONFIG));
  }

  async init(): Promise<void> {
    for (const statement of SCHEMA_STATEMENTS)
      await this.write((tx) => tx.run(statement.cypher, { genesis: GENESIS_HASH }));
  }

  /**
   * One try, answered within HEALTH_MS: a managed read retries for up to 30 s, and a load
   * balancer's probe must get its 503 while it still waits (neo4j review C10).
   */
  async health(): Promise<StoreHealth> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    let klok: NodeJS.Timeout | undefined;
    const teLaat = new Promise<never>((_, reject) => {
      klok = setTimeout(() => reject(new Error('health timeout')), HEALTH_MS);
    });
    try {
      await Promise.race([session.run(STATEMENTS.ping.cypher, {}, { timeout: HEALTH_MS }), teLaat]);
      return { ok: true, store: 'neo4j', detail: 'Neo4j' };
    } catch {
      return { ok: false, store: 'neo4j', detail: 'Neo4j is niet bereikbaar' };
    } finally {
      clearTimeout(klok);
      void session.close().catch(() => {});
    }
  }

  async revision(): Promise<number> {
    return this.read(revisionIn);
  }

  /**
   * Neo4j reads are read-committed: a write committing between the eight statements would give a
   * torn registry. The revision is read first and last; when a write landed in between, read again
   * (neo4j review C3).
   */
  async load(): Promise<Registry> {
    for (let poging = 1; ; poging++) {
      const { registry, voor, na } = await this.read(async (tx) => {
        const voor = await revisionIn(tx);
        const registry = await this.loadIn(tx);
        return { registry, voor, na: await revisionIn(tx) };
      });
      if (voor === na) return registry;
      if (poging === LOAD_POGINGEN)
        throw new Error('Het register veranderde steeds tijdens het lezen; probeer het opnieuw.');
    }
  }

  private async loadIn(tx: ManagedTransaction): Promise<Registry> {
    return {
      ...(await this.referentiedataIn(tx)),
      knooppunten: (await run(tx, 'loadKnooppunten')).map((r) =>
        toKnooppunt(r.toObject() as KnooppuntRecord),
      ),
      organisaties: (await run(tx, 'loadOrganisaties')).map((r) =>
        toOrganisatie(r.get('props') as Record<string, unknown>),
      ),
      deelnames: (await run(tx, 'loadDeelnames')).map((r) =>
        toDeelname(r.toObject() as Parameters<typeof toDeelname>[0]),
      ),
      overdrachten: (await run(tx, 'loadOverdrachten')).map((r) =>
        toOverdracht(r.toObject() as Parameters<typeof toOverdracht>[0]),
      ),
    };
  }

  private async referentiedataIn(tx: ManagedTransaction): Promise<Referentiedata> {
    const plain = async (name: StatementName) =>
      (await run(tx, name)).map((r) => fromNeo4j(r.toObject()));
    return {
      themas: (await plain('loadThemas')) as Referentiedata['themas'],
      wetten: (await plain('loadWetten')) as Referentiedata['wetten'],
      regios: (await plain('loadRegios')) as Referentiedata['regios'],
      gemeenten: (await plain('loadGemeenten')) as Referentiedata['gemeenten'],
    };
  }

  /** Writes and bumps only on a change: a second seed must not make every instance reload (C12). */
  async putReferentiedata(data: Referentiedata): Promise<void> {
    await this.write(async (tx) => {
      if (zelfdeReferentiedata(await this.referentiedataIn(tx), data)) return;
      await run(tx, 'putThemas', { items: data.themas });
      await run(tx, 'putWetten', { items: data.wetten });
      await run(tx, 'putRegios', { items: data.regios });
      await run(tx, 'putGemeenten', { items: data.gemeenten });
      await run(tx, 'bumpRevision');
    });
  }

  async create<K extends EditableKind>(
    kind: K,
    id: string,
    gegevens: EditableKinds[K]['gegevens'],
    wijziging: Wijziging,
  ): Promise<EditableKinds[K]['entity']> {
    return this.writeOne(kind, id, wijziging, 'MAKEN', (tx) =>
      this.apply(tx, { kind, id, gegevens, versie: null } as Change, wijziging.at),
    );
  }

  async update<K extends EditableKind>(
    kind: K,
    id: string,
    expectedVersie: number,
    gegevens: EditableKinds[K]['gegevens'],
    wijziging: Wijziging,
  ): Promise<EditableKinds[K]['entity']> {
    return this.writeOne(kind, id, wijziging, 'WIJZIGEN', (tx) =>
      this.apply(tx, { kind, id, gegevens, versie: expectedVersie } as Change, wijziging.at),
    );
  }

  async applyAll(changes: readonly Change[], wijziging: Wijziging): Promise<void> {
    let i = 0;
    try {
      await this.write(async (tx) => {
        const wijzigingen: AuditWijziging[] = [];
        for (i = 0; i < changes.length; i++)
          wijzigingen.push(await this.apply(tx, changes[i]!, wijziging.at));
        await this.commitChanges(
          tx,
          writeEntry(wijziging, 'IMPORTEREN', wijzigingen, { kind: 'register', id: 'register' }),
          wijziging.at,
        );
      }, klaar);
    } catch (error) {
      const change = changes[i];
      const mapped = mapDriverError(
        error,
        change ? KIND_LABELS[change.kind] : 'object',
        change?.id ?? '',
      );
      throw mapped instanceof ValidationError ? mapped.withRoot(`changes[${i}]`) : mapped;
    }
  }

  async remove(
    kind: EditableKind,
    id: string,
    expectedVersie: number,
    wijziging: Wijziging,
  ): Promise<void> {
    await this.write(async (tx) => {
      await this.checkVersion(tx, kind, id, expectedVersie);
      if (kind === 'organisatie') {
        const uses = fromNeo4j((await run(tx, 'organisatieUses', { id }))[0]?.toObject()) as Record<
          'knooppunt' | 'deelname' | 'overdracht',
          number
        >;
        const accounts = (await run(tx, 'loadAccounts')).map(
          (r) => JSON.parse(r.get('doc') as string) as StoredAccount,
        );
        weigerAlsInGebruik(id, { ...uses, account: accountsVan(accounts, id) });
      }
      const wijzigingen: AuditWijziging[] = [
        { kind, id, voor: await this.getIn(tx, kind, id), na: null },
      ];
      let aanpalend: string[] = [];
      if (kind === 'knooppunt') {
        const cascade = fromNeo4j(
          (await run(tx, 'cascadeKnooppunt', { id }))[0]?.toObject(),
        ) as Record<'deelnames' | 'overdrachten' | 'aanpalend', string[]>;
        for (const d of cascade.deelnames)
          wijzigingen.push({
            kind: 'deelname',
            id: d,
            voor: await this.getIn(tx, 'deelname', d),
            na: null,
          });
        for (const o of cascade.overdrachten)
          wijzigingen.push({
            kind: 'overdracht',
            id: o,
            voor: await this.getIn(tx, 'overdracht', o),
            na: null,
          });
        aanpalend = cascade.aanpalend;
        for (const k of aanpalend)
          wijzigingen.push({
            kind: 'knooppunt',
            id: k,
            voor: await this.getIn(tx, 'knooppunt', k),
            na: null,
          });
      }
      const statement: Record<EditableKind, StatementName> = {
        knooppunt: 'deleteKnooppunt',
        organisatie: 'deleteOrganisatie',
        deelname: 'deleteDeelname',
        overdracht: 'deleteOverdracht',
      };
      await run(
        tx,
        statement[kind],
        kind === 'knooppunt' ? { id, at: toNeo4jDateTime(wijziging.at) } : { id },
      );
      for (const w of wijzigingen)
        if (w.kind === 'knooppunt' && aanpalend.includes(w.id))
          w.na = await this.getIn(tx, 'knooppunt', w.id);
      await this.commitChanges(tx, writeEntry(wijziging, 'VERWIJDEREN', wijzigingen), wijziging.at);
    }, klaar).catch((error: unknown) => {
      throw mapDriverError(error, KIND_LABELS[kind], id);
    });
  }

  async appendAudit(entry: AuditEntry, at: Date): Promise<AuditRecord> {
    return this.write(
      (tx) => this.appendInTransaction(tx, entry, at),
      async (_tx, record) => record,
    );
  }

  async auditRecords(query: AuditQuery): Promise<AuditRecord[]> {
    const params = { na: neo4j.int(query.na ?? 0), limiet: neo4j.int(query.limiet) };
    const records = await this.read((tx) =>
      query.knooppuntId === undefined
        ? run(tx, 'auditRecords', params)
        : run(tx, 'auditRecordsOfKnooppunt', { ...params, knooppuntId: query.knooppuntId }),
    );
    return records.map((r) => JSON.parse(r.get('doc') as string) as AuditRecord);
  }

  async auditHistoryIndex(): Promise<{ knooppuntId: string; volgnummer: number }[]> {
    const records = await this.read((tx) => run(tx, 'auditHistoryIndex'));
    return records.map((r) => ({
      knooppuntId: r.get('knooppuntId') as string,
      volgnummer: fromNeo4j(r.get('volgnummer')) as number,
    }));
  }

  async accounts(): Promise<StoredAccount[]> {
    const records = await this.readOnLeader((tx) => run(tx, 'loadAccounts'));
    return records.map((r) => JSON.parse(r.get('doc') as string) as StoredAccount);
  }

  async accountsRevision(): Promise<number> {
    const records = await this.readOnLeader((tx) => run(tx, 'accountsRevision'));
    return fromNeo4j(records[0]?.get('revision')) as number;
  }

  async saveAccount(
    account: Omit<StoredAccount, 'versie'>,
    expectedVersie: number | null,
    wijziging: Wijziging,
  ): Promise<StoredAccount> {
    return this.write(
      async (tx) => {
        const row = (await run(tx, 'lockAccount', { id: account.id }))[0];
        const current = row
          ? {
              versie: fromNeo4j(row.get('versie')) as number,
              doc: JSON.parse(row.get('doc') as string) as StoredAccount,
            }
          : undefined;
        if (expectedVersie === null && current)
          throw ValidationError.field('id', `er bestaat al een account met id "${account.id}"`);
        if (expectedVersie !== null && !current) throw new NotFoundError('Account', account.id);
        if (current && current.versie !== expectedVersie)
          throw new ConflictError('Account', account.id, expectedVersie ?? 0, current.versie);
        const sleutel = gebruikersnaamSleutel(account.gebruikersnaam);
        if ((await run(tx, 'holderAccount', { key: sleutel, id: account.id })).length > 0) {
          throw ValidationError.field(
            'input.gebruikersnaam',
            'deze gebruikersnaam is al in gebruik',
          );
        }
        const saved: StoredAccount = { ...account, versie: (current?.versie ?? 0) + 1 };
        await run(tx, 'writeAccount', {
          id: account.id,
          sleutel,
          versie: neo4j.int(saved.versie),
          doc: JSON.stringify(saved),
        });
        // Revocation in the same transaction: every instance sees the account's sessions gone at once.
        await run(tx, 'endSessiesOf', { accountId: account.id });
        await run(tx, 'bumpAccountsRevision');
        const wijzigingen = [
          {
            kind: 'account' as const,
            id: account.id,
            voor: current ? zonderGeheimen(current.doc) : null,
            na: zonderGeheimen(saved),
          },
        ];
        await this.appendInTransaction(
          tx,
          writeEntry(wijziging, current ? 'ACCOUNT_WIJZIGEN' : 'ACCOUNT_MAKEN', wijzigingen),
          wijziging.at,
        );
        return saved;
      },
      async (tx) => {
        const row = (await run(tx, 'lockAccount', { id: account.id }))[0];
        return JSON.parse(row!.get('doc') as string) as StoredAccount;
      },
    ).catch((error: unknown) => {
      // Two creates of one gebruikersnaam at once: the constraint decides (neo4j review C13).
      throw mapDriverError(error, 'account', account.id);
    });
  }

  async startSession(session: StoredSession, now: number): Promise<void> {
    await this.write((tx) =>
      run(tx, 'startSessie', {
        hash: session.hash,
        accountId: session.accountId,
        idleUntil: neo4j.int(session.idleUntil),
        absoluteUntil: neo4j.int(session.absoluteUntil),
      }),
    );
    // The sweep in a transaction of its own, and best effort: two instances sweeping at once
    // may trip over the same node, and an expired session is refused when met anyway.
    await this.write((tx) => run(tx, 'sweepSessies', { now: neo4j.int(now) })).catch(
      (error: unknown) => {
        if (!isGone(error)) throw error;
      },
    );
  }

  async getSession(hash: string): Promise<StoredSession | undefined> {
    const record = (await this.readOnLeader((tx) => run(tx, 'getSessie', { hash })))[0];
    return record
      ? {
          hash,
          accountId: record.get('accountId') as string,
          idleUntil: fromNeo4j(record.get('idleUntil')) as number,
          absoluteUntil: fromNeo4j(record.get('absoluteUntil')) as number,
        }
      : undefined;
  }

  async touchSession(hash: string, idleUntil: number): Promise<void> {
    await this.write((tx) => run(tx, 'touchSessie', { hash, idleUntil: neo4j.int(idleUntil) }));
  }

  async endSession(hash: string): Promise<void> {
    await this.write((tx) => run(tx, 'endSessie', { hash })).catch((error: unknown) => {
      if (!isGone(error)) throw error;
    });
  }

  async endSessionsOf(accountId: string): Promise<void> {
    await this.write((tx) => run(tx, 'endSessiesOf', { accountId })).catch((error: unknown) => {
      if (!isGone(error)) throw error;
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** One write with its audit record in a single transaction; returns the object as written. */
  private async writeOne<K extends EditableKind>(
    kind: K,
    id: string,
    wijziging: Wijziging,
    actie: 'MAKEN' | 'WIJZIGEN',
    work: (tx: ManagedTransaction) => Promise<AuditWijziging>,
  ): Promise<EditableKinds[K]['entity']> {
    try {
      return await this.write(
        async (tx) => {
          const change = await work(tx);
          await this.commitChanges(tx, writeEntry(wijziging, actie, [change]), wijziging.at);
          return change.na as EditableKinds[K]['entity'];
        },
        async (_tx, record) => record.wijzigingen[0]!.na as EditableKinds[K]['entity'],
      );
    } catch (error) {
      throw mapDriverError(error, KIND_LABELS[kind], id);
    }
  }

  /** Creates (versie null) or updates one object; returns its states for the audit record. */
  private async apply(tx: ManagedTransaction, change: Change, at: Date): Promise<AuditWijziging> {
    const { kind, id, gegevens, versie } = change;
    if (versie === null) {
      if ((await run(tx, LOCK[kind], { id })).length > 0)
        throw ValidationError.field('id', `er bestaat al een ${kind} met id "${id}"`);
      await this.save(tx, kind, id, 1, gegevens, at);
      return { kind, id, voor: null, na: await this.getIn(tx, kind, id) };
    }
    await this.checkVersion(tx, kind, id, versie);
    const voor = await this.getIn(tx, kind, id);
    await this.save(tx, kind, id, versie + 1, gegevens, at);
    return { kind, id, voor, na: await this.getIn(tx, kind, id) };
  }

  /**
   * The end of every change to the registry: the revision bump and the audit record, both on the
   * Registry node and both last, so every write takes its locks in one order — objects first, the
   * Registry node once at the end — and an import cannot deadlock with an edit (review C11).
   */
  private async commitChanges(tx: ManagedTransaction, entry: AuditEntry, at: Date) {
    await run(tx, 'bumpRevision');
    return this.appendInTransaction(tx, entry, at);
  }

  private async appendInTransaction(
    tx: ManagedTransaction,
    entry: AuditEntry,
    at: Date,
  ): Promise<AuditRecord> {
    const head = (await run(tx, 'lockAuditHead'))[0];
    const volgnummer = fromNeo4j(head?.get('volgnummer')) as number | null;
    const previous = volgnummer ? { volgnummer, hash: head?.get('hash') as string } : null;
    const tijdMs = fromNeo4j(head?.get('tijdMs')) as number | null;
    const record = this.keten.volgende(previous, tijdMs === null ? at : new Date(tijdMs), entry);
    const result = await tx.run(STATEMENTS.appendAudit.cypher, {
      volgnummer: neo4j.int(record.volgnummer),
      hash: record.hash,
      knooppuntIds: record.knooppuntIds,
      doc: JSON.stringify(record),
      verzoekId: this.verzoeken.get(tx) ?? null,
    });
    // Without the Registry node the MATCH finds nothing and the write would commit unaudited (C15).
    if (result.summary.counters.updates().nodesCreated !== 1)
      throw new Error('Het auditspoor kon niet worden bijgewerkt: de registerknoop ontbreekt.');
    this.appended.set(tx, record);
    return record;
  }

  private async checkVersion(
    tx: ManagedTransaction,
    kind: EditableKind,
    id: string,
    expected: number,
  ): Promise<number> {
    const record = (await run(tx, LOCK[kind], { id }))[0];
    if (!record) throw new NotFoundError(KIND_LABELS[kind], id);
    const versie = fromNeo4j(record.get('versie')) as number;
    if (versie !== expected) throw new ConflictError(KIND_LABELS[kind], id, expected, versie);
    return versie;
  }

  /** Checks references and the unique key inside the transaction, then writes. */
  private async save<K extends EditableKind>(
    tx: ManagedTransaction,
    kind: K,
    id: string,
    versie: number,
    gegevens: EditableKinds[K]['gegevens'],
    at: Date,
  ): Promise<void> {
    const references = referencesOf(kind, gegevens);
    const issues: FieldIssue[] = [];
    for (const target of new Set(references.map((r) => r.target))) {
      const ofTarget = references.filter((r) => r.target === target);
      const missing = new Set(
        fromNeo4j(
          (await run(tx, MISSING[target], { ids: ofTarget.map((r) => r.id) }))[0]?.get('missing'),
        ) as string[],
      );
      for (const ref of ofTarget)
        if (missing.has(ref.id))
          issues.push({ field: `input.${ref.field}`, message: unknownReferenceMessage(ref) });
    }
    const unique = uniqueKeyOf(kind, gegevens);
    if ((await run(tx, HOLDER[kind], { key: unique.key, id })).length > 0)
      issues.push({ field: `input.${unique.field}`, message: unique.message });
    if (issues.length > 0) throw new ValidationError(issues);

    const nieuw = versie === 1;
    switch (kind) {
      case 'knooppunt': {
        const k = gegevens as EditableKinds['knooppunt']['gegevens'];
        await run(tx, nieuw ? 'createKnooppunt' : 'updateKnooppunt', {
          id,
          props: knooppuntProps(id, versie, k, unique.key, at),
          ...knooppuntRelationParams(k),
        });
        break;
      }
      case 'organisatie':
        await run(tx, nieuw ? 'createOrganisatie' : 'updateOrganisatie', {
          id,
          props: organisatieProps(
            id,
            versie,
            gegevens as EditableKinds['organisatie']['gegevens'],
            unique.key,
            at,
          ),
        });
        break;
      case 'deelname': {
        const d = gegevens as EditableKinds['deelname']['gegevens'];
        await run(tx, nieuw ? 'createDeelname' : 'updateDeelname', {
          id,
          props: deelnameProps(id, versie, d, unique.key, at),
          organisatieId: d.organisatieId,
          knooppuntId: d.knooppuntId,
          wetten: d.wetten.map((w, positie) => ({ ...w, positie: neo4j.int(positie) })),
        });
        break;
      }
      case 'overdracht': {
        const o = gegevens as EditableKinds['overdracht']['gegevens'];
        const params = {
          id,
          vanId: o.vanId,
          naarId: o.naarId,
          props: overdrachtProps(id, versie, o, unique.key, at),
        };
        if (nieuw) await run(tx, 'createOverdracht', params);
        else if ((await run(tx, 'updateOverdracht', params)).length === 0)
          await run(tx, 'moveOverdracht', params);
        break;
      }
    }
  }

  private async getIn<K extends EditableKind>(
    tx: ManagedTransaction,
    kind: K,
    id: string,
  ): Promise<EditableKinds[K]['entity']> {
    const record = (await run(tx, GET[kind], { id }))[0];
    if (!record) throw new NotFoundError(KIND_LABELS[kind], id);
    const convert = {
      knooppunt: toKnooppunt,
      organisatie: (r: { props: Record<string, unknown> }) => toOrganisatie(r.props),
      deelname: toDeelname,
      overdracht: toOverdracht,
    }[kind];
    return (convert as (r: unknown) => EditableKinds[K]['entity'])(record.toObject());
  }
}
