// SPDX-License-Identifier: EUPL-1.2
import type { AccountService } from '../auth/account-service.ts';
import type { RegistryIndex } from '../domain/registry-index.ts';
import type { EditService, Verzoeker } from '../edit-service.ts';
import type { RegistryService } from '../registry-service.ts';

/** Per-request context. */
export interface Context {
  registry: RegistryService;
  edits: EditService;
  accounts: AccountService;
  /** Who asks (null actor: not signed in), and from where. */
  verzoeker: Verzoeker;
  /** The registry as this request sees it: loaded once per request, again after a write. */
  view(): Promise<RegistryIndex>;
  /** Called by mutations so the returned object's relations show the write. */
  afterWrite(): void;
}

export function createContext(services: Pick<Context, 'registry' | 'edits' | 'accounts'>, verzoeker: Verzoeker): Context {
  let memo: Promise<RegistryIndex> | undefined;
  return {
    ...services,
    verzoeker,
    view: () => (memo ??= services.registry.index()),
    afterWrite: () => (memo = undefined),
  };
}
