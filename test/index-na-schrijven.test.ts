// SPDX-License-Identifier: EUPL-1.2
// The first answer after a write: the registry service updates its index from the write's audit
// record instead of loading everything again, and the result equals a full reload, after a
// series of writes (create, update and delete of each kind) on the embedded store. So do the
// analyses the service keeps across writes (coverage, overlap, findings, routes): after each write
// they equal a fresh computation on the registry loaded again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadExampleRegion } from '../seed/load.ts';
import { systeemWijziging } from '../server/domain/audit.ts';
import { gegevensVan, type EditableKind } from '../server/domain/model.ts';
import { verantwoording } from '../server/domain/compliance.ts';
import { dekking } from '../server/domain/coverage.ts';
import { filterKnooppunten } from '../server/domain/knooppunt-filter.ts';
import { overlap } from '../server/domain/overlap.ts';
import {
  indexRegistry,
  objectenVan,
  verschilVan,
  type RegistryIndex,
} from '../server/domain/registry-index.ts';
import { registryOp } from '../server/domain/validity.ts';
import { findRoutes, type Richting } from '../server/domain/routes.ts';
import { RegistryService } from '../server/registry-service.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { TEST_AUDIT_SLEUTEL } from './builders.ts';
import { gewoneMaps } from './gewone-maps.ts';

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
    const VANDAAG = '2026-12-02';
    const regios = [...(await service.index()).regios.keys()];
    /** Every analysis through the service (kept across writes) equals one computed afresh. */
    const analyses = async (index: RegistryIndex, vers: RegistryIndex) => {
      for (const regio of regios) {
        expect(service.dekking(index, regio, null)).toEqual(dekking(vers, regio));
        expect(service.overlap(index, regio, 0.4)).toEqual(overlap(vers, regio, 0.4));
        const knooppunten = filterKnooppunten(vers, { regioIds: [regio] });
        expect(service.verantwoording(index, regio, VANDAAG)).toEqual(
          verantwoording(vers, knooppunten, VANDAAG),
        );
      }
      for (const k of index.knooppuntenOpNaam.filter((k) => k.functie === 'MELDPUNT'))
        for (const richting of ['UIT', 'IN'] as Richting[]) {
          const { routes, bereikbaar, afgekapt } = await service.routes(index, k, {
            richting,
            maxStappen: 3,
          });
          expect({ routes, bereikbaar, afgekapt }).toEqual(
            findRoutes(vers, k.id, { richting, maxStappen: 3 }),
          );
        }
    };
    await analyses(await service.index(), await service.index());
    const vergelijk = async () => {
      const bijgewerkt = await service.index();
      expect(loads, 'the service loaded everything again').not.toHaveBeenCalled();
      const vers = indexRegistry(await store.load());
      expect(gewoneMaps(bijgewerkt)).toEqual(vers);
      await analyses(bijgewerkt, vers);
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
      // An update of what the analyses read: a name (which moves it in name order), a task, a route.
      const o = objectenVan(await service.index(), kind).get(oud!.id)!;
      const wijziging = {
        knooppunt: { naam: `${(o as { naam?: string }).naam} (gewijzigd)` },
        organisatie: { naam: `${(o as { naam?: string }).naam} (gewijzigd)` },
        deelname: { taak: null },
        overdracht: { informatie: null },
      }[kind];
      await store.update(
        kind,
        o.id,
        o.versie,
        { ...gegevensVan(o), ...wijziging } as never,
        systeemWijziging(),
      );
      await vergelijk();
    }
    for (const kind of [...kinds].reverse()) {
      const o = objectenVan(await service.index(), kind).get(`nieuw-${kind}`)!;
      await store.remove(kind, o.id, o.versie, systeemWijziging());
      await vergelijk();
    }
  });

  it('updates the registry on a date from the write too, when a knooppunt has ended', async () => {
    const DAG = '2026-12-02';
    const [beeindigd, ander] = (await service.index()).knooppuntenOpNaam.slice(4, 6);
    const { id, versie } = beeindigd!;
    await store.update(
      'knooppunt',
      id,
      versie,
      { ...gegevensVan(beeindigd!), geldigTot: '2020-01-01' },
      systeemWijziging(),
    );
    /** The view equals one computed afresh; `bijgewerkt`: it was updated, not computed afresh. */
    const vergelijk = async (bijgewerkt: boolean) => {
      const view = service.opDatum(await service.index(), DAG);
      expect(gewoneMaps(view)).toEqual(indexRegistry(registryOp(await store.load(), DAG)));
      expect(verschilVan(view) !== undefined).toBe(bijgewerkt);
    };
    await vergelijk(false);
    const k = (await service.index()).knooppunten.get(ander!.id)!;
    await store.update(
      'knooppunt',
      k.id,
      k.versie,
      { ...gegevensVan(k), doelgroep: 'Anders' },
      systeemWijziging(),
    );
    await vergelijk(true);
    // A deelname of the ended knooppunt changes nothing on the date; one of another does.
    const deelnames = (await service.index()).deelnamesVanKnooppunt;
    for (const d of [deelnames.get(id)![0]!, deelnames.get(k.id)![0]!]) {
      await store.update(
        'deelname',
        d.id,
        d.versie,
        { ...gegevensVan(d), taak: null },
        systeemWijziging(),
      );
      await vergelijk(true);
    }
  });

  it('never shares a load under way of an older revision with a request that read a newer one', async () => {
    const apart = new RegistryService(store);
    const k = (await service.index()).knooppuntenOpNaam[1]!;
    // The store's own load (an earlier test spies on it too).
    const echt = () => EmbeddedStore.prototype.load.call(store);
    let verder!: () => void;
    const poort = new Promise<void>((resolve) => (verder = resolve));
    // Each load reads the registry, then waits: a write lands meanwhile.
    const load = vi.spyOn(store, 'load').mockImplementation(async () => {
      const registry = await echt();
      await poort;
      return registry;
    });
    load.mockClear();
    try {
      const eerder = apart.index();
      await vi.waitUntil(() => load.mock.calls.length > 0);
      await store.update(
        'knooppunt',
        k.id,
        k.versie,
        { ...gegevensVan(k), doelgroep: 'Na de write' },
        systeemWijziging(),
      );
      // A request that saw the write (its own, say) asks while the older load is under way.
      const later = apart.index();
      verder();
      expect((await eerder).knooppunten.get(k.id)!.doelgroep).not.toBe('Na de write');
      expect((await later).knooppunten.get(k.id)!.doelgroep).toBe('Na de write');
    } finally {
      load.mockRestore();
    }
  });
});
