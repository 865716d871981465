// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  buildRegistry,
  entity,
} from '../../test/builders.ts';
import { knooppuntFacetten, type FacetVeld } from './knooppunt-facetten.ts';
import { filterKnooppunten, type KnooppuntFilter } from './knooppunt-filter.ts';
import { indexRegistry } from './registry-index.ts';

const FUNCTIES = ['MELDPUNT', 'OVERLEGTAFEL'] as const;
const THEMAS = ['thema-a', 'thema-b'];
const GEMEENTEN = ['GM0001', 'GM0002'];
const ORGANISATIES = ['org-a', 'org-b'];

const registry = fc
  .array(
    fc.record({
      functie: fc.constantFrom(...FUNCTIES),
      themaIds: fc.subarray(THEMAS),
      gemeenteIds: fc.subarray(GEMEENTEN, { minLength: 1 }),
      deelnemers: fc.subarray(ORGANISATIES),
    }),
    { maxLength: 12 },
  )
  .map((ks) =>
    buildRegistry({
      organisaties: ORGANISATIES.map((id) => entity(id, buildOrganisatie({ naam: id }))),
      knooppunten: ks.map(({ deelnemers: _, ...k }, i) =>
        entity(`k${i}`, buildKnooppunt({ ...k, naam: `K${i}` })),
      ),
      deelnames: ks.flatMap((k, i) =>
        k.deelnemers.map((o) => entity(`d${i}-${o}`, buildDeelname(o, `k${i}`))),
      ),
    }),
  );

const filter: fc.Arbitrary<KnooppuntFilter> = fc.record({
  functie: fc.subarray([...FUNCTIES]),
  themaIds: fc.subarray(THEMAS),
  gemeenteIds: fc.subarray(GEMEENTEN),
  organisatieIds: fc.subarray(ORGANISATIES),
});

const OPTIES: Partial<Record<FacetVeld, readonly string[]>> = {
  functie: FUNCTIES,
  themaIds: THEMAS,
  gemeenteIds: GEMEENTEN,
  organisatieIds: ORGANISATIES,
};

describe('knooppuntFacetten', () => {
  it('counts for each option what the filters would leave with only that option in its own filter (property)', () => {
    fc.assert(
      fc.property(registry, filter, (reg, f) => {
        const index = indexRegistry(reg);
        const facetten = knooppuntFacetten(index, f);
        for (const [veld, opties] of Object.entries(OPTIES) as [FacetVeld, string[]][]) {
          const geteld = new Map(facetten[veld].map((w) => [w.waarde, w.aantal]));
          for (const optie of opties) {
            const verwacht = filterKnooppunten(index, { ...f, [veld]: [optie] }).length;
            expect(geteld.get(optie) ?? 0, `${veld} ${optie}`).toBe(verwacht);
          }
          expect(facetten[veld].every((w) => w.aantal > 0)).toBe(true);
        }
      }),
    );
  });

  it('counts an organisation once per knooppunt, belegd bij it and taking part', () => {
    const index = indexRegistry(
      buildRegistry({
        organisaties: [entity('ggz', buildOrganisatie({ naam: 'GGZ' }))],
        knooppunten: [entity('k', buildKnooppunt({ belegdBijId: 'ggz' }))],
        deelnames: [entity('d', buildDeelname('ggz', 'k'))],
      }),
    );
    expect(knooppuntFacetten(index, {}).organisatieIds).toEqual([{ waarde: 'ggz', aantal: 1 }]);
  });
});
