// SPDX-License-Identifier: EUPL-1.2
import type { RegistryIndex } from '../domain/registry-index.ts';
import type { RegistryService } from '../registry-service.ts';

/** Per-request context. */
export interface Context {
  registry: RegistryService;
  /** The request carried the configured edit token. */
  mayEdit: boolean;
  /** The registry as this request sees it: loaded once per request, again after a write. */
  view(): Promise<RegistryIndex>;
  /** Called by mutations so the returned object's relations show the write. */
  afterWrite(): void;
}

export function createContext(registry: RegistryService, mayEdit: boolean): Context {
  let memo: Promise<RegistryIndex> | undefined;
  return {
    registry,
    mayEdit,
    view: () => (memo ??= registry.index()),
    afterWrite: () => (memo = undefined),
  };
}
