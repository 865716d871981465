// SPDX-License-Identifier: EUPL-1.2
import type { AccountService } from '../auth/account-service.ts';
import type { RegistryIndex } from '../domain/registry-index.ts';
import type { EditService, Verzoeker } from '../edit-service.ts';
import type { RegistryService } from '../registry-service.ts';
import { vandaag } from '../vandaag.ts';

/** Per-request context. */
export interface Context {
  registry: RegistryService;
  edits: EditService;
  accounts: AccountService;
  /** About this installation: the regional beheerder's contact address (if set) and the version. */
  registerInfo: { readonly contact: string | null; readonly versie: string };
  /** Who asks (null actor: not signed in), and from where. */
  verzoeker: Verzoeker;
  /** Today (server/vandaag.ts), read once per request so every field of an answer agrees. */
  readonly vandaag: string;
  /**
   * The registry as it stands today, for lists, maps and analyses: what has ended (or not yet
   * begun) is left out. Loaded once per request, again after a write.
   */
  view(): Promise<RegistryIndex>;
  /** Everything stored, ended or not: for looking up an object and its relations, and for rights. */
  volledig(): Promise<RegistryIndex>;
  /** The registry on another date, or everything stored when datum is null. */
  viewOp(datum: string | null): Promise<RegistryIndex>;
  /**
   * `view()` or `volledig()` when this request has loaded it already, else undefined: a field can
   * then be resolved at once, without a promise and a turn of the event loop (relations.ts).
   */
  geladen(welke: 'view' | 'volledig'): RegistryIndex | undefined;
  /** Called by mutations so the returned object's relations show the write. */
  afterWrite(): void;
}

/** `revisie`: the store's revision as the request read it before (RegistryService.revisieVoor). */
export function createContext(
  services: Pick<Context, 'registry' | 'edits' | 'accounts' | 'registerInfo'>,
  verzoeker: Verzoeker,
  revisie?: Promise<number>,
): Context {
  let memo: Promise<RegistryIndex> | undefined;
  let geladen: RegistryIndex | undefined;
  let vandaagGeladen: RegistryIndex | undefined;
  let gelezen = revisie;
  const dag = vandaag();
  const laad = async () => services.registry.index(gelezen && (await gelezen));
  const volledig = () => {
    if (!memo) {
      const deze = (memo = laad());
      // Kept only while it is this request's index (a write may have come in between).
      deze.then(
        (index) => {
          if (memo === deze) geladen = index;
        },
        () => {},
      );
    }
    return memo;
  };
  const viewOp = async (datum: string | null) =>
    datum === null ? volledig() : services.registry.opDatum(await volledig(), datum);
  return {
    ...services,
    verzoeker,
    volledig,
    viewOp,
    vandaag: dag,
    view: () => viewOp(dag),
    geladen: (welke) => {
      if (!geladen || welke === 'volledig') return geladen;
      return (vandaagGeladen ??= services.registry.opDatum(geladen, dag));
    },
    // After a write the revision is read again.
    afterWrite: () => {
      memo = undefined;
      geladen = vandaagGeladen = undefined;
      gelezen = undefined;
    },
  };
}
