// SPDX-License-Identifier: EUPL-1.2
// The candidate index loses no match: over the national synthetic dataset, matching through the
// candidates gives exactly what a scan of every knooppunt gives, for any casus.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadReferentiedata } from '../../seed/reference-data.ts';
import { generateSyntheticDataset } from '../../seed/synthetic-dataset.ts';
import { entity } from '../../test/builders.ts';
import { kandidatenVoor } from './casus-kandidaten.ts';
import { matchCasus, type Casus } from './casus-matching.ts';
import { SIGNALEN, type Registry } from './model.ts';
import { indexRegistry } from './registry-index.ts';

/** When set, matching scores every knooppunt: the full scan the index must agree with. */
const scan = vi.hoisted(() => ({ volledig: false }));
vi.mock('./casus-kandidaten.ts', async (original) => {
  const echt = await original<typeof import('./casus-kandidaten.ts')>();
  return {
    ...echt,
    kandidatenVoor: (...args: Parameters<typeof echt.kandidatenVoor>) =>
      scan.volledig ? [...args[0].knooppuntenOpNaam] : echt.kandidatenVoor(...args),
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
    const kandidaten = kandidatenVoor(index, casus).map((k) => k.id);
    expect(kandidaten).toEqual(expect.arrayContaining(gevonden));
    expect(new Set(kandidaten).size).toBe(kandidaten.length);
    expect(kandidaten.length).toBeLessThan(index.knooppunten.size / 20);
  });
});
