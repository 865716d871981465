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
import type { EditableKind, EditableKinds, NewEntity, Referentiedata, Registry } from '../domain/model.ts';

export interface StoreHealth {
  ok: boolean;
  store: 'embedded' | 'neo4j';
  detail: string;
}

export interface Store {
  readonly kind: 'embedded' | 'neo4j';
  /** Creates schema objects (tables, constraints, indexes); idempotent. */
  init(): Promise<void>;
  health(): Promise<StoreHealth>;
  /** A number that changes with every committed write, cheap to read: the cache key of load(). */
  revision(): Promise<number>;
  load(): Promise<Registry>;
  /** Upserts reference data (themas, gemeenten, regio's, wetten) by id; idempotent. */
  putReferentiedata(data: Referentiedata): Promise<void>;
  create<K extends EditableKind>(kind: K, id: string, gegevens: EditableKinds[K]['gegevens'], at: Date): Promise<EditableKinds[K]['entity']>;
  update<K extends EditableKind>(
    kind: K,
    id: string,
    expectedVersie: number,
    gegevens: EditableKinds[K]['gegevens'],
    at: Date,
  ): Promise<EditableKinds[K]['entity']>;
  /** Creates all objects in one transaction, in the given order: all of them or, on any error, none. */
  createAll(entities: readonly NewEntity[], at: Date): Promise<void>;
  remove(kind: EditableKind, id: string, expectedVersie: number): Promise<void>;
  close(): Promise<void>;
}
