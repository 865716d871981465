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
import type { StoredAccount } from '../../domain/accounts.ts';
import {
  GENESIS_HASH,
  type AuditEntry,
  type AuditRecord,
  type Wijziging,
} from '../../domain/audit.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import {
  KIND_LABELS,
  type EditableKind,
  type EditableKinds,
  type Referentiedata,
  type Registry,
} from '../../domain/model.ts';
import { uniqueKeyOf } from '../../domain/references.ts';
import { AuditKeten, type AuditOptions } from '../audit-keten.ts';
import type { AuditQuery, Change, Store, StoreHealth, StoredSession } from '../port.ts';
import {
  append,
  applyAll,
  remove,
  runAsync,
  saveAccount,
  writeOne,
  type Entity,
} from '../write-protocol.ts';
import {
  fromNeo4j,
  toDeelname,
  toKnooppunt,
  toOrganisatie,
  toOverdracht,
  type KnooppuntRecord,
} from './mapping.ts';
import { Neo4jWrites, run } from './neo4j-writes.ts';
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
    work: (tx: ManagedTransaction, writes: Neo4jWrites) => Promise<T>,
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
        const writes = new Neo4jWrites(tx, this.keten, verzoekId);
        const value = await work(tx, writes);
        appended = writes.appended;
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
    return this.writeOne({ kind, id, gegevens, versie: null } as Change, wijziging);
  }

  async update<K extends EditableKind>(
    kind: K,
    id: string,
    expectedVersie: number,
    gegevens: EditableKinds[K]['gegevens'],
    wijziging: Wijziging,
  ): Promise<EditableKinds[K]['entity']> {
    return this.writeOne({ kind, id, gegevens, versie: expectedVersie } as Change, wijziging);
  }

  async applyAll(changes: readonly Change[], wijziging: Wijziging): Promise<void> {
    try {
      await this.write(async (_tx, writes) => {
        await runAsync(applyAll(writes, changes, wijziging));
      }, klaar);
    } catch (error) {
      // A constraint that a concurrent write tripped names its value: the change it concerns.
      const i = changes.findIndex(
        (c) =>
          error instanceof Neo4jError &&
          [c.id, uniqueKeyOf(c.kind, c.gegevens).key].some((v) => error.message.includes(`'${v}'`)),
      );
      const change = changes[i];
      const mapped = mapDriverError(
        error,
        change ? KIND_LABELS[change.kind] : 'object',
        change?.id ?? '',
      );
      throw mapped instanceof ValidationError && change && mapped !== error
        ? mapped.withRoot(`changes[${i}]`)
        : mapped;
    }
  }

  async remove(
    kind: EditableKind,
    id: string,
    expectedVersie: number,
    wijziging: Wijziging,
  ): Promise<void> {
    await this.write(
      (_tx, writes) => runAsync(remove(writes, kind, id, expectedVersie, wijziging)),
      klaar,
    ).catch((error: unknown) => {
      throw mapDriverError(error, KIND_LABELS[kind], id);
    });
  }

  async appendAudit(entry: AuditEntry, at: Date): Promise<AuditRecord> {
    return this.write(
      (_tx, writes) => runAsync(append(writes, entry, at)),
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
      (_tx, writes) => runAsync(saveAccount(writes, account, expectedVersie, wijziging)),
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

  /** One create or update with its audit record; a retry that finds it answers what was written. */
  private async writeOne<E extends Entity>(change: Change, wijziging: Wijziging): Promise<E> {
    try {
      return (await this.write(
        (_tx, writes) => runAsync(writeOne(writes, change, wijziging)),
        async (_tx, record) => record.wijzigingen[0]!.na as Entity,
      )) as E;
    } catch (error) {
      throw mapDriverError(error, KIND_LABELS[change.kind], change.id);
    }
  }
}
