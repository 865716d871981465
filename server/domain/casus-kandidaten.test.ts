// SPDX-License-Identifier: EUPL-1.2
// The shortcuts of casus matching lose nothing, over the national synthetic dataset and for any
// casus: the candidate index (matching through the candidates gives exactly what a scan of every
// knooppunt gives), and the ranking in numbers with its best-N lists (casus-rangorde.ts gives
// exactly what scoring every knooppunt with beoordeel, sorting all and cutting the lists gives).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadReferentiedata } from '../../seed/reference-data.ts';
import { generateSyntheticDataset } from '../../seed/synthetic-dataset.ts';
import { entity } from '../../test/builders.ts';
import { casusIndex, kandidatenVoor, type CasusIndex } from './casus-kandidaten.ts';
import { beoordeel, matchCasus, type Beoordeling, type Casus } from './casus-matching.ts';
import { rangorde } from './casus-rangorde.ts';
import { SIGNALEN, type Registry } from './model.ts';
import {
  indexRegistry,
  werkIndexBij,
  type ObjectNaWijziging,
  type RegistryIndex,
} from './registry-index.ts';

/** When set, matching scores every knooppunt: the full scan the index must agree with. */
const scan = vi.hoisted(() => ({ volledig: false }));
vi.mock('./casus-kandidaten.ts', async (original) => {
  const echt = await original<typeof import('./casus-kandidaten.ts')>();
  return {
    ...echt,
    kandidatenVoor: (...args: Parameters<typeof echt.kandidatenVoor>) =>
      scan.volledig
        ? { nummers: Int32Array.from(args[0].knooppunten, (_, i) => i), gedeeld: null }
        : echt.kandidatenVoor(...args),
  };
});

const referentiedata = loadReferentiedata();
const registry: Registry = {
  ...referentiedata,
  knooppunten: [],
  organisaties: [],
  deelnames: [],
  overdrachten: [],
};
const lijst = {
  knooppunt: registry.knooppunten,
  organisatie: registry.organisaties,
  deelname: registry.deelnames,
  overdracht: registry.overdrachten,
} as Record<string, object[]>;
for (const item of generateSyntheticDataset(referentiedata))
  lijst[item.kind]!.push(entity(item.id, item.gegevens));
const index = indexRegistry(registry);

const gemeenten = [...index.gemeenten.keys()];
const themas = [...index.themas.keys()];
const organisaties = [...index.organisaties.keys()].slice(0, 40);
const knooppunten = index.knooppuntenOpNaam.map((k) => k.id);

const casusArb: fc.Arbitrary<Casus> = fc.record({
  themaIds: fc.uniqueArray(fc.constantFrom(...themas), { maxLength: 4 }),
  leeftijd: fc.option(
    fc.record({
      van: fc.option(fc.integer({ min: 0, max: 90 })),
      tot: fc.option(fc.integer({ min: 0, max: 99 })),
    }),
  ),
  gemeenteId: fc.option(fc.constantFrom(...gemeenten)),
  signalen: fc.uniqueArray(fc.constantFrom(...SIGNALEN), { maxLength: 4 }),
  betrokkenOrganisatieIds: fc.uniqueArray(fc.constantFrom(...organisaties), { maxLength: 3 }),
  vanKnooppuntId: fc.option(fc.constantFrom(...knooppunten), { freq: 4 }),
});

const beide = (casus: Casus) => {
  scan.volledig = true;
  const volledig = matchCasus(index, casus, 10_000);
  scan.volledig = false;
  return { volledig, geindexeerd: matchCasus(index, casus, 10_000) };
};

describe('kandidatenVoor over the national synthetic dataset', () => {
  it('matching through the candidates equals a scan of every knooppunt, for any casus', () => {
    fc.assert(
      fc.property(casusArb, (casus) => {
        const { volledig, geindexeerd } = beide(casus);
        expect(geindexeerd).toEqual(volledig);
      }),
      { numRuns: 60 },
    );
  });

  it('holds every knooppunt matching returns, and narrows the country to far fewer', () => {
    const casus: Casus = {
      themaIds: ['verslaving'],
      leeftijd: null,
      gemeenteId: 'GM0014',
      signalen: ['HUISELIJK_GEWELD_OF_KINDERMISHANDELING'],
      betrokkenOrganisatieIds: [],
      vanKnooppuntId: null,
    };
    const { volledig } = beide(casus);
    const gevonden = [...volledig.passend, ...volledig.verwant].map((m) => m.knooppunt.id);
    expect(gevonden.length).toBeGreaterThan(0);
    const ix = casusIndex(index);
    const kandidaten = Array.from(kandidatenVoor(ix, casus).nummers, (k) => ix.knooppunten[k]!.id);
    expect(kandidaten).toEqual(expect.arrayContaining(gevonden));
    expect(new Set(kandidaten).size).toBe(kandidaten.length);
    expect(kandidaten.length).toBeLessThan(index.knooppunten.size / 20);
  });
});

/**
 * What matching must answer, written the plain way: judge every knooppunt in the country, sort all
 * by voorrang, score and name, and cut the lists as casus-matching.ts describes them.
 */
function alleBeoordeeld(casus: Casus, max: number) {
  const alle = index.knooppuntenOpNaam
    .map((k) => beoordeel(index, casus, k))
    .filter((b): b is Beoordeling => b !== null)
    .sort(
      (a, b) =>
        Number(b.voorrang !== null) - Number(a.voorrang !== null) ||
        b.score - a.score ||
        index.positieOpNaam.get(a.knooppunt.id)! - index.positieOpNaam.get(b.knooppunt.id)!,
    );
  const anderen = alle.filter((b) => b.knooppunt.id !== casus.vanKnooppuntId);
  const passend = anderen.filter((b) => b.voorwaardenGehaald);
  const elders = passend.slice(1).filter((b) => b.nietVoldaan.length === 0);
  const verwant = anderen.filter((b) => !b.voorwaardenGehaald);
  const ids = (bs: Beoordeling[]) => bs.slice(0, max).map((b) => b.knooppunt.id);
  return {
    passend: ids(passend),
    elders: ids(elders),
    verwant: ids(verwant),
    aantal: { passend: passend.length, elders: elders.length, verwant: verwant.length },
    eigen:
      alle.find((b) => b.knooppunt.id === casus.vanKnooppuntId && b.voorwaardenGehaald)?.knooppunt
        .id ?? null,
    score: new Map(alle.map((b) => [b.knooppunt.id, b.score])),
  };
}

describe('rangorde over the national synthetic dataset', () => {
  it('gives the lists, order, counts and scores of judging every knooppunt, for any casus and list length', () => {
    fc.assert(
      fc.property(casusArb, fc.constantFrom(0, 1, 3, 20, 10_000), (casus, max) => {
        const verwacht = alleBeoordeeld(casus, max);
        const orde = rangorde(index, casus, max);
        const ids = (ks: { id: string }[]) => ks.map((k) => k.id);
        expect({
          passend: ids(orde.passend),
          elders: ids(orde.elders),
          verwant: ids(orde.verwant),
          eigen: orde.eigen?.id ?? null,
          aantal: orde.aantal,
        }).toEqual({
          passend: verwacht.passend,
          elders: verwacht.elders,
          verwant: verwacht.verwant,
          eigen: verwacht.eigen,
          aantal: verwacht.aantal,
        });
        // The scores matching reports are those it ranked by.
        const r = matchCasus(index, casus, max);
        for (const m of [...r.passend, ...r.elders, ...r.verwant])
          expect(m.score).toBe(verwacht.score.get(m.knooppunt.id));
      }),
      { numRuns: 150 },
    );
  });
});

describe('casusIndex after a write', () => {
  const opId = <T extends { id: string }>(l: readonly T[]) =>
    [...l].sort((a, b) => (a.id < b.id ? -1 : 1));
  /**
   * Writes as werkIndexBij gets them: a knooppunt's signals and more, a deelname moved to another
   * organisatie, a knooppunt no longer for domestic violence.
   */
  function writesOn(na: Registry, view: RegistryIndex): ObjectNaWijziging[] {
    const k = view.knooppuntenOpNaam[100]!;
    const [d] = na.deelnames;
    const hg = view.knooppuntenVanSignaal.get('HUISELIJK_GEWELD_OF_KINDERMISHANDELING')![3]!;
    return [
      {
        kind: 'knooppunt',
        id: k.id,
        na: {
          ...k,
          signalen: ['HUISELIJK_GEWELD_OF_KINDERMISHANDELING'],
          uitsluitingen: ['DETENTIE'],
          leeftijdMin: 12,
          werkproces: 'GROEPSAANPAK',
          versie: k.versie + 1,
        },
      },
      { kind: 'deelname', id: d!.id, na: { ...d!, organisatieId: organisaties[7]! } },
      { kind: 'knooppunt', id: hg.id, na: { ...hg, signalen: [], versie: hg.versie + 1 } },
    ];
  }
  const toegepast = (na: Registry, w: ObjectNaWijziging): Registry => {
    const lijst = w.kind === 'knooppunt' ? 'knooppunten' : 'deelnames';
    return {
      ...na,
      [lijst]: (na[lijst] as { id: string }[]).map((o) => (o.id === w.id ? w.na : o)),
    };
  };
  const begin = (): Registry => ({
    ...registry,
    knooppunten: opId(registry.knooppunten),
    deelnames: opId(registry.deelnames),
  });

  it.each([
    ['the view before', true],
    ['the last view that had one, over writes no casus saw', false],
  ])('patches the index of %s, equal to one built afresh', (_, naElkeWrite) => {
    let na = begin();
    let view = indexRegistry(na);
    const eerder = casusIndex(view);
    const writes = writesOn(na, view);
    for (const [i, w] of writes.entries()) {
      na = toegepast(na, w);
      view = werkIndexBij(view, [w]);
      if (!naElkeWrite && i < writes.length - 1) continue;
      const bijgewerkt = casusIndex(view);
      // Patched, not built again: the flat lists are the ones from before.
      expect(bijgewerkt.themas).toBe(eerder.themas);
      // Profiles are numbered as they were first met: each knooppunt's must be the same.
      const vers = casusIndex(indexRegistry(na));
      const profielen = (ix: CasusIndex) => Array.from(ix.profiel, (p) => ix.profielen[p]);
      expect(profielen(bijgewerkt)).toEqual(profielen(vers));
      const zonderNummers = ({
        profiel: _,
        profielen: __,
        profielNummer: ___,
        ...rest
      }: CasusIndex) => rest;
      expect(zonderNummers(bijgewerkt)).toEqual(zonderNummers(vers));
    }
  });
});
