// SPDX-License-Identifier: EUPL-1.2
// The application's use cases over a Store: validated writes, and reads from an in-memory index
// that is rebuilt only when the store's revision changes (so every app instance on a shared
// Neo4j sees the others' writes).
import { randomUUID } from 'node:crypto';
import { indexRegistry, type RegistryIndex } from './domain/registry-index.ts';
import type { EditableKind, EditableKinds } from './domain/model.ts';
import { parseGegevens } from './domain/validation.ts';
import type { Store } from './store/port.ts';

export class RegistryService {
  readonly store: Store;
  private cached: { revision: number; index: RegistryIndex } | undefined;
  private loading: Promise<RegistryIndex> | undefined;

  constructor(store: Store) {
    this.store = store;
  }

  /** The current index; concurrent callers share one load. */
  async index(): Promise<RegistryIndex> {
    const revision = await this.store.revision();
    if (this.cached?.revision === revision) return this.cached.index;
    this.loading ??= this.reload(revision).finally(() => (this.loading = undefined));
    return this.loading;
  }

  /** The revision was read before loading: a write landing in between only causes one more reload. */
  private async reload(revision: number): Promise<RegistryIndex> {
    const index = indexRegistry(await this.store.load());
    this.cached = { revision, index };
    return index;
  }

  async create<K extends EditableKind>(kind: K, input: unknown, id: string = randomUUID()): Promise<EditableKinds[K]['entity']> {
    return this.store.create(kind, id, parseGegevens(kind, input), new Date());
  }

  async update<K extends EditableKind>(kind: K, id: string, versie: number, input: unknown): Promise<EditableKinds[K]['entity']> {
    return this.store.update(kind, id, versie, parseGegevens(kind, input), new Date());
  }

  async remove(kind: EditableKind, id: string, versie: number): Promise<void> {
    await this.store.remove(kind, id, versie);
  }
}
