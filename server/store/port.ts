// SPDX-License-Identifier: EUPL-1.2
// The Store port: what the application needs from storage. Adapters only store and load; every
// analysis runs on the in-memory Registry (docs/adr/0002-analyses-in-memory.md).
//
// Contract, for both adapters (test/store-contract.ts); the rules of writing are written once,
// in write-protocol.ts, over primitives each adapter implements:
// - create/applyAll/update/remove are atomic, and bump the registry revision once.
// - update/remove carry the version the editor saw; a different current version throws ConflictError.
// - a reference to a missing object, or a duplicate unique key, throws ValidationError naming the field.
// - removing a knooppunt removes its deelnames, its overdrachten in and out, and the aanpalend
//   mentions of it (bumping the version of the knooppunten that mentioned it); removing an
//   organisatie that is still referenced throws InUseError.
// - every write appends one audit record, with the states before and after as read inside the
//   same transaction, chained to the previous record with the configured key (domain/audit.ts,
//   audit-keten.ts); records are never changed. After the commit, the new head goes to the
//   keten (the app's memory and anchor log).
// - sign-in state is shared by every instance on the store: sessions by the hash of their token,
//   and saveAccount ends the account's sessions and bumps accountsRevision in its transaction.
import type { StoredAccount } from '../domain/accounts.ts';
import type { AuditEntry, AuditRecord, Wijziging } from '../domain/audit.ts';
import type {
  EditableKind,
  EditableKinds,
  NewEntity,
  Referentiedata,
  Registry,
} from '../domain/model.ts';
import type { AuditKeten } from './audit-keten.ts';

/** One object of a bulk write: created when versie is null, else updated from that version. */
export type Change = NewEntity & { versie: number | null };

/** A bulk creation, as changes. */
export const creates = (entities: readonly NewEntity[]): Change[] =>
  entities.map((e) => ({ ...e, versie: null }));

export interface AuditQuery {
  /** Only records in this knooppunt's history. */
  knooppuntId?: string;
  /** Only records after this sequence number. */
  na?: number;
  /** At most this many, oldest first. */
  limiet: number;
}

/**
 * A signed-in session as the store keeps it: the SHA-256 of the token (never the token itself),
 * the account, and the idle and absolute deadlines in milliseconds since the epoch. Shared by
 * every instance over the store, so any instance serves any request (server/auth/sessions.ts).
 */
export interface StoredSession {
  hash: string;
  accountId: string;
  idleUntil: number;
  absoluteUntil: number;
}

export interface StoreHealth {
  ok: boolean;
  store: 'embedded' | 'neo4j';
  detail: string;
}

export interface Store {
  readonly kind: 'embedded' | 'neo4j';
  /** The audit chain's key and the highest head this process saw: held in memory, not in the store. */
  readonly keten: AuditKeten;
  /** Creates schema objects (tables, constraints, indexes); idempotent. */
  init(): Promise<void>;
  health(): Promise<StoreHealth>;
  /** A number that changes with every committed write, cheap to read: the cache key of load(). */
  revision(): Promise<number>;
  load(): Promise<Registry>;
  /** Upserts reference data (themas, gemeenten, regio's, wetten) by id; idempotent. */
  putReferentiedata(data: Referentiedata): Promise<void>;
  create<K extends EditableKind>(
    kind: K,
    id: string,
    gegevens: EditableKinds[K]['gegevens'],
    wijziging: Wijziging,
  ): Promise<EditableKinds[K]['entity']>;
  update<K extends EditableKind>(
    kind: K,
    id: string,
    expectedVersie: number,
    gegevens: EditableKinds[K]['gegevens'],
    wijziging: Wijziging,
  ): Promise<EditableKinds[K]['entity']>;
  /**
   * Creates and updates all objects in one transaction, in the given order, with one audit
   * record: all of them or, on any error, none. Errors name the item: "changes[3].naam".
   */
  applyAll(changes: readonly Change[], wijziging: Wijziging): Promise<void>;
  remove(
    kind: EditableKind,
    id: string,
    expectedVersie: number,
    wijziging: Wijziging,
  ): Promise<void>;
  /** Records what did not change the registry: refused or failed attempts, signing in and out. */
  appendAudit(entry: AuditEntry, at: Date): Promise<AuditRecord>;
  auditRecords(query: AuditQuery): Promise<AuditRecord[]>;
  /** Every (knooppunt, volgnummer) of the index behind auditRecords({ knooppuntId }), for the integrity check. */
  auditHistoryIndex(): Promise<{ knooppuntId: string; volgnummer: number }[]>;
  accounts(): Promise<StoredAccount[]>;
  /**
   * A number that changes with every saved account, cheap to read: what an instance's account
   * cache is keyed on, so a change made on another instance is seen at the next request.
   */
  accountsRevision(): Promise<number>;
  /**
   * Creates (expectedVersie null) or updates an account; the gebruikersnaam is unique. In the same
   * transaction it bumps accountsRevision and ends every session of the account, so a changed
   * role, organisatie, password or deactivation holds on every instance at once.
   */
  saveAccount(
    account: Omit<StoredAccount, 'versie'>,
    expectedVersie: number | null,
    wijziging: Wijziging,
  ): Promise<StoredAccount>;
  /** Stores a new session, and removes every session expired at `now` (idle or absolute). */
  startSession(session: StoredSession, now: number): Promise<void>;
  /** The session with this token hash, expired or not; undefined when there is none. */
  getSession(hash: string): Promise<StoredSession | undefined>;
  /** Moves the session's idle deadline forward to `idleUntil` (never back); no-op when gone. */
  touchSession(hash: string, idleUntil: number): Promise<void>;
  /** Ends one session; ending an unknown one is harmless. */
  endSession(hash: string): Promise<void>;
  /** Ends every session of an account. */
  endSessionsOf(accountId: string): Promise<void>;
  close(): Promise<void>;
}
