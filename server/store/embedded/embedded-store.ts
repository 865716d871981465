// SPDX-License-Identifier: EUPL-1.2
// The zero-setup store: SQLite (Node's built-in node:sqlite) in DATA_DIR. Every write is one
// IMMEDIATE transaction in WAL mode with synchronous=FULL, so an acknowledged write survives a
// crash of the process or the machine (docs/adr/0001-embedded-store.md). Objects are kept as
// JSON documents; references and unique keys live in indexed columns so SQLite enforces them
// inside the same transaction.
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { StoredAccount } from '../../domain/accounts.ts';
import type { AuditEntry, AuditRecord, Wijziging } from '../../domain/audit.ts';
import { StoreBusyError } from '../../domain/errors.ts';
import {
  ONBESCHREVEN_KNOOPPUNT,
  type EditableKind,
  type EditableKinds,
  type Referentiedata,
  type Registry,
} from '../../domain/model.ts';
import { AuditKeten, type AuditOptions } from '../audit-keten.ts';
import type { AuditQuery, Change, Store, StoreHealth, StoredSession } from '../port.ts';
import { statements, type Sql } from './statements.ts';
import {
  append,
  applyAll,
  remove,
  runSync,
  saveAccount,
  writeOne,
  type Protocol,
} from '../write-protocol.ts';
import {
  EmbeddedWrites,
  REFERENCE_KINDS,
  storedAccounts,
  toEntity,
  type EntityRow,
} from './embedded-writes.ts';

/** SQLite's own wait for a lock blocks the process: keep it short and wait asynchronously instead. */
const SQLITE_WACHT_MS = 20;
/** How long a request waits for another process's write before it is answered 503. */
const SCHRIJF_WACHTTIJD_MS = 2000;
/** At start-up the other instance may be importing the start data for a while. */
const START_WACHTTIJD_MS = 60_000;
const wacht = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** SQLITE_BUSY and its extended codes (the low byte is the primary code). */
const isBezet = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'errcode' in error &&
  typeof error.errcode === 'number' &&
  (error.errcode & 0xff) === 5;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('revision', 0);
CREATE TABLE IF NOT EXISTS reference (kind TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (kind, id));
CREATE TABLE IF NOT EXISTS entity (
  kind TEXT NOT NULL, id TEXT NOT NULL, versie INTEGER NOT NULL, gewijzigd_op TEXT NOT NULL,
  uniek TEXT NOT NULL, doc TEXT NOT NULL,
  PRIMARY KEY (kind, id), UNIQUE (kind, uniek));
CREATE TABLE IF NOT EXISTS ref (
  from_kind TEXT NOT NULL, from_id TEXT NOT NULL, field TEXT NOT NULL, to_kind TEXT NOT NULL, to_id TEXT NOT NULL,
  PRIMARY KEY (from_kind, from_id, field),
  FOREIGN KEY (from_kind, from_id) REFERENCES entity (kind, id) ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS ref_to ON ref (to_kind, to_id);
CREATE TABLE IF NOT EXISTS audit (volgnummer INTEGER PRIMARY KEY, hash TEXT NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit_knooppunt (knooppunt_id TEXT NOT NULL, volgnummer INTEGER NOT NULL, PRIMARY KEY (knooppunt_id, volgnummer));
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'auditrecords zijn onveranderlijk'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'auditrecords zijn onveranderlijk'); END;
CREATE TABLE IF NOT EXISTS account (id TEXT PRIMARY KEY, sleutel TEXT NOT NULL UNIQUE, versie INTEGER NOT NULL, doc TEXT NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('accounts', 0);
CREATE TABLE IF NOT EXISTS sessie (
  hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, idle_until INTEGER NOT NULL, absolute_until INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sessie_account ON sessie (account_id);
CREATE INDEX IF NOT EXISTS sessie_idle ON sessie (idle_until);
CREATE INDEX IF NOT EXISTS sessie_absolute ON sessie (absolute_until);
`;

export class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;
  readonly keten: AuditKeten;
  private readonly db: DatabaseSync;
  private readonly sql: Sql;
  private readonly file: string;
  /** The write protocol's primitives on this connection. */
  private readonly writes: EmbeddedWrites;

  constructor(dataDir: string, audit: AuditOptions) {
    this.keten = new AuditKeten(audit);
    // Accounts' password hashes and client addresses are in here: readable by the app's user only
    // (SQLite gives its -wal and -shm files the database file's mode).
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    this.file = join(dataDir, 'knooppuntenregister.sqlite');
    this.db = new DatabaseSync(this.file);
    chmodSync(this.file, 0o600);
    this.sql = statements(this.db);
    this.writes = new EmbeddedWrites(this.sql, this.keten);
    this.db.exec(
      `PRAGMA busy_timeout = ${SQLITE_WACHT_MS}; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;`,
    );
  }

  async init(): Promise<void> {
    // At start-up another instance may be importing the start data: wait for it, without blocking.
    // WAL with synchronous=FULL: a commit is on disk before it returns. Switching a new file to WAL
    // needs it to itself, so this too waits for the other instance.
    await this.zodraVrij(() => this.db.exec('PRAGMA journal_mode = WAL'), START_WACHTTIJD_MS);
    await this.transaction('IMMEDIATE', () => this.migrate(), START_WACHTTIJD_MS);
  }

  private migrate(): void {
    this.db.exec(SCHEMA);
    // Validity dates came later (issue 8): descriptions stored before have none, which is null.
    this.db.exec(`UPDATE entity SET doc = json_set(doc, '$.geldigVanaf', NULL, '$.geldigTot', NULL,
        '$.convenant.geldigTot', NULL, '$.privacyprotocol.geldigTot', NULL, '$.dpia.geldigTot', NULL)
      WHERE kind = 'knooppunt' AND json_type(doc, '$.geldigTot') IS NULL`);
    // The privacy analysis (R23–R37) came later (issue 18): a description stored before lacks
    // those fields, which means "not described". json_insert leaves every field it has alone.
    const velden = Object.entries(ONBESCHREVEN_KNOOPPUNT);
    this.db
      .prepare(
        `UPDATE entity SET doc = json_insert(doc, ${velden.map(() => '?, json(?)').join(', ')})
        WHERE kind = 'knooppunt' AND json_type(doc, '$.verderGebruik') IS NULL`,
      )
      .run(...velden.flatMap(([veld, waarde]) => [`$.${veld}`, JSON.stringify(waarde)]));
    // Exclusions came later still (issue 18): a description without them excludes nothing.
    this.db.exec(`UPDATE entity SET doc = json_insert(doc, '$.uitsluitingen', json('[]'))
      WHERE kind = 'knooppunt' AND json_type(doc, '$.uitsluitingen') IS NULL`);
  }

  async health(): Promise<StoreHealth> {
    try {
      const row = this.sql('PRAGMA quick_check').get() as { quick_check: string } | undefined;
      const ok = row?.quick_check === 'ok';
      return { ok, store: 'embedded', detail: ok ? 'SQLite' : 'integriteitscontrole mislukt' };
    } catch {
      return { ok: false, store: 'embedded', detail: 'de database is niet bereikbaar' };
    }
  }

  async revision(): Promise<number> {
    return (this.sql("SELECT value FROM meta WHERE key = 'revision'").get() as { value: number })
      .value;
  }

  async load(): Promise<Registry> {
    return this.transaction('DEFERRED', () => {
      const reference = (kind: string) =>
        (
          this.sql('SELECT doc FROM reference WHERE kind = ? ORDER BY id').all(kind) as {
            doc: string;
          }[]
        ).map((r) => JSON.parse(r.doc) as unknown);
      return {
        themas: reference('thema') as Registry['themas'],
        gemeenten: reference('gemeente') as Registry['gemeenten'],
        regios: reference('regio') as Registry['regios'],
        wetten: reference('wet') as Registry['wetten'],
        knooppunten: this.entities('knooppunt'),
        organisaties: this.entities('organisatie'),
        deelnames: this.entities('deelname'),
        overdrachten: this.entities('overdracht'),
      };
    });
  }

  async putReferentiedata(data: Referentiedata): Promise<void> {
    await this.transaction('IMMEDIATE', () => {
      const upsert = this.sql(
        'INSERT INTO reference (kind, id, doc) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET doc = excluded.doc WHERE doc <> excluded.doc',
      );
      const lists: Record<(typeof REFERENCE_KINDS)[number], { id: string }[]> = {
        thema: data.themas,
        gemeente: data.gemeenten,
        regio: data.regios,
        wet: data.wetten,
      };
      let changed = 0;
      for (const kind of REFERENCE_KINDS) {
        for (const item of lists[kind])
          changed += Number(upsert.run(kind, item.id, JSON.stringify(item)).changes);
      }
      if (changed > 0) this.writes.bumpRevision();
    });
  }

  async create<K extends EditableKind>(
    kind: K,
    id: string,
    gegevens: EditableKinds[K]['gegevens'],
    wijziging: Wijziging,
  ): Promise<EditableKinds[K]['entity']> {
    const change = { kind, id, gegevens, versie: null } as Change;
    return this.protocol(() => writeOne(this.writes, change, wijziging));
  }

  async applyAll(changes: readonly Change[], wijziging: Wijziging): Promise<void> {
    await this.protocol(() => applyAll(this.writes, changes, wijziging));
  }

  async update<K extends EditableKind>(
    kind: K,
    id: string,
    expectedVersie: number,
    gegevens: EditableKinds[K]['gegevens'],
    wijziging: Wijziging,
  ): Promise<EditableKinds[K]['entity']> {
    const change = { kind, id, gegevens, versie: expectedVersie } as Change;
    return this.protocol(() => writeOne(this.writes, change, wijziging));
  }

  async remove(
    kind: EditableKind,
    id: string,
    expectedVersie: number,
    wijziging: Wijziging,
  ): Promise<void> {
    await this.protocol(() => remove(this.writes, kind, id, expectedVersie, wijziging));
  }

  async appendAudit(entry: AuditEntry, at: Date): Promise<AuditRecord> {
    return this.protocol(() => append(this.writes, entry, at));
  }

  async auditRecords(query: AuditQuery): Promise<AuditRecord[]> {
    const rows = (
      query.knooppuntId === undefined
        ? this.sql('SELECT doc FROM audit WHERE volgnummer > ? ORDER BY volgnummer LIMIT ?').all(
            query.na ?? 0,
            query.limiet,
          )
        : this.sql(
            'SELECT a.doc FROM audit_knooppunt k JOIN audit a ON a.volgnummer = k.volgnummer WHERE k.knooppunt_id = ? AND k.volgnummer > ? ORDER BY k.volgnummer LIMIT ?',
          ).all(query.knooppuntId, query.na ?? 0, query.limiet)
    ) as { doc: string }[];
    return rows.map((r) => JSON.parse(r.doc) as AuditRecord);
  }

  async auditHistoryIndex(): Promise<{ knooppuntId: string; volgnummer: number }[]> {
    const rows = this.sql(
      'SELECT knooppunt_id, volgnummer FROM audit_knooppunt ORDER BY volgnummer, knooppunt_id',
    ).all() as { knooppunt_id: string; volgnummer: number }[];
    return rows.map((r) => ({ knooppuntId: r.knooppunt_id, volgnummer: r.volgnummer }));
  }

  async accounts(): Promise<StoredAccount[]> {
    return storedAccounts(this.sql);
  }

  async accountsRevision(): Promise<number> {
    return (this.sql("SELECT value FROM meta WHERE key = 'accounts'").get() as { value: number })
      .value;
  }

  async saveAccount(
    account: Omit<StoredAccount, 'versie'>,
    expectedVersie: number | null,
    wijziging: Wijziging,
  ): Promise<StoredAccount> {
    return this.protocol(() => saveAccount(this.writes, account, expectedVersie, wijziging));
  }

  async startSession(session: StoredSession, now: number): Promise<void> {
    await this.transaction('IMMEDIATE', () => {
      this.sql('DELETE FROM sessie WHERE idle_until < ? OR absolute_until < ?').run(now, now);
      this.sql(
        'INSERT INTO sessie (hash, account_id, idle_until, absolute_until) VALUES (?, ?, ?, ?)',
      ).run(session.hash, session.accountId, session.idleUntil, session.absoluteUntil);
    });
  }

  async getSession(hash: string): Promise<StoredSession | undefined> {
    const row = this.sql(
      'SELECT account_id, idle_until, absolute_until FROM sessie WHERE hash = ?',
    ).get(hash) as { account_id: string; idle_until: number; absolute_until: number } | undefined;
    return row
      ? {
          hash,
          accountId: row.account_id,
          idleUntil: row.idle_until,
          absoluteUntil: row.absolute_until,
        }
      : undefined;
  }

  async touchSession(hash: string, idleUntil: number): Promise<void> {
    await this.zodraVrij(
      () =>
        this.sql('UPDATE sessie SET idle_until = ? WHERE hash = ? AND idle_until < ?').run(
          idleUntil,
          hash,
          idleUntil,
        ),
      SCHRIJF_WACHTTIJD_MS,
    );
  }

  async endSession(hash: string): Promise<void> {
    await this.zodraVrij(
      () => this.sql('DELETE FROM sessie WHERE hash = ?').run(hash),
      SCHRIJF_WACHTTIJD_MS,
    );
  }

  async endSessionsOf(accountId: string): Promise<void> {
    await this.zodraVrij(
      () => this.sql('DELETE FROM sessie WHERE account_id = ?').run(accountId),
      SCHRIJF_WACHTTIJD_MS,
    );
  }

  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close();
  }

  /**
   * Runs `stap` once another process no longer holds the lock it needs. The first try runs at
   * once, synchronously, so calls of this process never interleave; SQLite's own wait is short,
   * and between later tries this waits asynchronously, so other requests go on. Past `wachttijd`
   * nothing was done.
   */
  private async zodraVrij<T>(stap: () => T, wachttijd: number): Promise<T> {
    const tot = Date.now() + wachttijd;
    for (let poging = 0; ; poging++) {
      try {
        return stap();
      } catch (error) {
        if (!isBezet(error)) throw error;
        if (Date.now() >= tot) throw new StoreBusyError();
        await wacht(Math.min(5 * 2 ** poging, 100) * (0.5 + Math.random()));
      }
    }
  }

  /** Runs `work` in one transaction, tried again as a whole while another process holds the lock. */
  private transaction<T>(
    mode: 'DEFERRED' | 'IMMEDIATE',
    work: () => T,
    wachttijd = SCHRIJF_WACHTTIJD_MS,
  ): Promise<T> {
    return this.zodraVrij(() => this.inTransactie(mode, work), wachttijd);
  }

  /** `work` is synchronous: nothing else of this process runs inside the transaction. */
  private inTransactie<T>(mode: 'DEFERRED' | 'IMMEDIATE', work: () => T): T {
    this.db.exec(`BEGIN ${mode}`);
    this.writes.appended = undefined;
    try {
      const result = work();
      this.db.exec('COMMIT');
      const appended = this.writes.appended as AuditRecord | undefined;
      this.writes.appended = undefined;
      if (appended) this.keten.vastgelegd(appended);
      return result;
    } catch (error) {
      this.writes.appended = undefined;
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Runs a write protocol in one IMMEDIATE transaction. */
  private protocol<T>(protocol: () => Protocol<T>): Promise<T> {
    return this.transaction('IMMEDIATE', () => runSync(protocol()));
  }

  private entities<K extends EditableKind>(kind: K): EditableKinds[K]['entity'][] {
    const rows = this.sql('SELECT * FROM entity WHERE kind = ? ORDER BY id').all(
      kind,
    ) as unknown as EntityRow[];
    return rows.map((row) => toEntity(row) as EditableKinds[K]['entity']);
  }
}
