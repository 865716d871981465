// SPDX-License-Identifier: EUPL-1.2
// The first answer after a write: the registry service updates its index from the write's audit
// record instead of loading everything again, and the result equals a full reload, after a
// series of writes (create, update and delete of each kind) on the embedded store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadExampleRegion } from '../seed/load.ts';
import { systeemWijziging } from '../server/domain/audit.ts';
import { gegevensVan, type EditableKind } from '../server/domain/model.ts';
import { indexRegistry, objectenVan } from '../server/domain/registry-index.ts';
import { RegistryService } from '../server/registry-service.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { TEST_AUDIT_SLEUTEL } from './builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'kpr-index-'));
const store = new EmbeddedStore(dir, { auditSleutel: TEST_AUDIT_SLEUTEL });
const service = new RegistryService(store);
afterAll(async () => {
  await service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('RegistryService after a write', () => {
  it('updates its index from the audit record, equal to a full reload', async () => {
    await store.init();
    await loadExampleRegion(store);
    await service.index();
    // A write of this process makes its head known; from then on writes update the index.
    const eerste = (await service.index()).knooppuntenOpNaam[0]!;
    await store.update(
      'knooppunt',
      eerste.id,
      eerste.versie,
      gegevensVan(eerste),
      systeemWijziging(),
    );
    await service.index();
    const loads = vi.spyOn(store, 'load');
    const vergelijk = async () => {
      const bijgewerkt = await service.index();
      expect(loads, 'the service loaded everything again').not.toHaveBeenCalled();
      expect(bijgewerkt).toEqual(indexRegistry(await store.load()));
      loads.mockClear();
    };
    const kinds: EditableKind[] = ['organisatie', 'knooppunt', 'deelname', 'overdracht'];
    for (const kind of kinds) {
      const [bron, oud] = [...objectenVan(await service.index(), kind).values()].slice(1, 3);
      const gegevens = gegevensVan(bron!) as Record<string, unknown>;
      const id = `nieuw-${kind}`;
      // A copy must keep unique keys unique: a new name, or for a link another knooppunt.
      const kopie =
        kind === 'knooppunt' || kind === 'organisatie'
          ? { ...gegevens, naam: `Nieuw ${kind}` }
          : kind === 'deelname'
            ? { ...gegevens, knooppuntId: 'nieuw-knooppunt' }
            : { ...gegevens, vanId: 'nieuw-knooppunt' };
      await store.create(kind, id, kopie as never, systeemWijziging());
      await vergelijk();
      const o = objectenVan(await service.index(), kind).get(oud!.id)!;
      await store.update(kind, o.id, o.versie, gegevensVan(o) as never, systeemWijziging());
      await vergelijk();
    }
    for (const kind of [...kinds].reverse()) {
      const o = objectenVan(await service.index(), kind).get(`nieuw-${kind}`)!;
      await store.remove(kind, o.id, o.versie, systeemWijziging());
      await vergelijk();
    }
  });
});
