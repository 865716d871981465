// SPDX-License-Identifier: EUPL-1.2
// The Store port: what the application needs from storage. Adapters only store and load; every
// analysis runs on the in-memory Registry (docs/adr/0002-analyses-in-memory.md).
//
// Contract, for both adapters (test/store-contract.ts):
// - create/createAll/update/remove are atomic, and bump the registry revision.
// - update/remove carry the version the editor saw; a different current version throws ConflictError.
// - a reference to a missing object, or a duplicate unique key, throws ValidationError naming the field.
// - removing a knooppunt removes its deelnames, its overdrachten in and out, and the aanpalend
//   mentions of it (bumping the version of the knooppunten that mentioned it); removing an
//   organisatie that is still referenced throws InUseError.
// - every write appends one audit record, with the states before and after as read inside the
//   same transaction, chained to the previous record with the configured key (domain/audit.ts,
//   audit-keten.ts); records are never changed. After the commit, the new head goes to the
//   keten (the app's memory and anchor log).
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
  /** Creates (expectedVersie null) or updates an account; the gebruikersnaam is unique. */
  saveAccount(
    account: Omit<StoredAccount, 'versie'>,
    expectedVersie: number | null,
    wijziging: Wijziging,
  ): Promise<StoredAccount>;
  close(): Promise<void>;
}
