// SPDX-License-Identifier: EUPL-1.2
// The index updated from a write's changed objects equals the index of the registry loaded again,
// after a series of writes: create, update and delete of each kind.
import { describe, expect, it } from 'vitest';
import { exampleIndex } from '../../test/example-index.ts';
import { gewoneMaps } from '../../test/gewone-maps.ts';
import type { EditableKind, Registry } from './model.ts';
import {
  indexRegistry,
  verschilVan,
  werkIndexBij,
  type ObjectNaWijziging,
  type RegistryIndex,
} from './registry-index.ts';

const LIJST = {
  knooppunt: 'knooppunten',
  organisatie: 'organisaties',
  deelname: 'deelnames',
  overdracht: 'overdrachten',
} as const satisfies Record<EditableKind, keyof Registry>;
type Lijst = { id: string }[];

/** What the store's load gives: every list by id. */
const geladen = (registry: Registry): Registry => {
  const r = { ...registry } as Record<string, unknown>;
  for (const naam of Object.values(LIJST))
    r[naam] = [...(registry[naam] as Lijst)].sort((a, b) => (a.id < b.id ? -1 : 1));
  return r as unknown as Registry;
};

/** The registry after the write, as the store would hold it. */
const na = (registry: Registry, w: ObjectNaWijziging): Registry => {
  const lijst = (registry[LIJST[w.kind]] as Lijst).filter((o) => o.id !== w.id);
  return geladen({ ...registry, [LIJST[w.kind]]: w.na === null ? lijst : [...lijst, w.na] });
};

describe('werkIndexBij', () => {
  it('equals a full reload after creating, updating and deleting each kind', () => {
    let registry = geladen(exampleIndex().registry);
    let index = indexRegistry(registry);
    const eerste = (kind: EditableKind, n = 0) =>
      (registry[LIJST[kind]] as (Lijst[number] & { versie: number })[])[n]!;
    const schrijf = (...ws: ObjectNaWijziging[]) => {
      for (const w of ws) registry = na(registry, w);
      const vorige = index;
      index = werkIndexBij(index, ws);
      expect(gewoneMaps(index)).toEqual(indexRegistry(registry));
      // What changed is named: every lookup that is not the same, with every key that differs.
      const { anders } = verschilVan(index)!;
      for (const naam of Object.keys(index) as (keyof RegistryIndex)[]) {
        if (index[naam] === vorige[naam]) continue;
        const sleutels = anders.get(naam);
        expect(sleutels, naam).not.toBeUndefined();
        if (!sleutels) continue;
        const [voor, nu] = [vorige[naam], index[naam]] as ReadonlyMap<string, unknown>[];
        for (const s of new Set([...voor!.keys(), ...nu!.keys()]))
          if (voor!.get(s) !== nu!.get(s)) expect(sleutels.has(s), `${naam} ${s}`).toBe(true);
      }
    };
    for (const kind of Object.keys(LIJST) as EditableKind[]) {
      // Created: a copy under a new id (a knooppunt named to land in the middle of the order).
      const bron = eerste(kind, 1);
      schrijf({ kind, id: `nieuw-${kind}`, na: { ...bron, id: `nieuw-${kind}`, naam: 'M nieuw' } });
      // Updated: renamed to the front (a knooppunt moves in name order) and a new version.
      const oud = eerste(kind, 2);
      schrijf({ kind, id: oud.id, na: { ...oud, naam: 'Aaa', versie: oud.versie + 1 } });
      // Removed.
      schrijf({ kind, id: eerste(kind, 3).id, na: null });
    }
    // One write changing several objects at once (an import), the same object twice.
    const k = eerste('knooppunt', 5);
    schrijf(
      { kind: 'knooppunt', id: k.id, na: { ...k, naam: 'Tussenstand' } },
      { kind: 'organisatie', id: eerste('organisatie', 4).id, na: null },
      { kind: 'knooppunt', id: k.id, na: { ...k, naam: 'Zzz laatste', versie: k.versie + 1 } },
    );
    expect(index.knooppuntenOpNaam.at(-1)?.naam).toBe('Zzz laatste');
  });

  it('keeps what a write did not touch identical, so results computed from it can be reused', () => {
    const index = indexRegistry(geladen(exampleIndex().registry));
    const k = index.knooppuntenOpNaam[3]!;
    const na = werkIndexBij(index, [
      { kind: 'knooppunt', id: k.id, na: { ...k, doelgroep: 'Anders', versie: k.versie + 1 } },
    ]);
    for (const naam of ['organisaties', 'deelnames', 'deelnamesVanKnooppunt', 'positieOpNaam'])
      expect(na[naam as keyof typeof na], naam).toBe(index[naam as keyof typeof index]);
    const ander = index.knooppuntenOpNaam.find((x) => x.id !== k.id)!;
    expect(na.knooppunten.get(ander.id)).toBe(ander);
    const thema = [...index.knooppuntenVanThema.keys()].find((t) => !k.themaIds.includes(t))!;
    expect(na.knooppuntenVanThema.get(thema)).toBe(index.knooppuntenVanThema.get(thema));
    const eigen = k.themaIds[0]!;
    expect(na.knooppuntenVanThema.get(eigen)).not.toBe(index.knooppuntenVanThema.get(eigen));
  });

  it('equals a full reload when read only after many writes, and so does each index between', () => {
    // Groups changed by a write are made when first read, once for the writes since: here none
    // is read until the last of sixty writes, then every index is read from the last back.
    let registry = geladen(exampleIndex().registry);
    const themas = [...new Set(registry.knooppunten.flatMap((k) => k.themaIds))];
    const signalen = [...new Set(registry.knooppunten.flatMap((k) => k.signalen))];
    const stappen: { index: RegistryIndex; registry: Registry }[] = [];
    let index = indexRegistry(registry);
    for (let i = 0; i < 60; i++) {
      const k = registry.knooppunten[(i * 7) % registry.knooppunten.length]!;
      const veranderd = {
        ...k,
        versie: k.versie + 1,
        doelgroep: `doelgroep ${i}`,
        // Now and then into other groups, renamed to another place in name order, or removed.
        ...(i % 3 === 0 && { themaIds: [themas[i % themas.length]!] }),
        ...(i % 4 === 0 && { signalen: [signalen[i % signalen.length]!] }),
        ...(i % 5 === 0 && { naam: `${i % 2 ? 'A' : 'Z'} hernoemd ${i}` }),
      };
      const w: ObjectNaWijziging =
        i % 11 === 10
          ? { kind: 'knooppunt', id: k.id, na: null }
          : { kind: 'knooppunt', id: k.id, na: veranderd };
      registry = na(registry, w);
      index = werkIndexBij(index, [w]);
      stappen.push({ index, registry });
    }
    for (const stap of stappen.reverse())
      expect(gewoneMaps(stap.index)).toEqual(indexRegistry(stap.registry));
  });
});
