// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildKnooppunt, buildRegistry, entity } from '../../test/builders.ts';
import { filterKnooppunten } from './knooppunt-filter.ts';
import { indexRegistry } from './registry-index.ts';

const leeftijd = fc.option(fc.integer({ min: 0, max: 120 }), { nil: null });

describe('filterKnooppunten', () => {
  it('matches a doelgroep band exactly when the age ranges overlap (a missing limit is open)', () => {
    fc.assert(
      fc.property(leeftijd, leeftijd, leeftijd, leeftijd, (min, max, van, tot) => {
        fc.pre(min === null || max === null || min <= max);
        fc.pre(van === null || tot === null || van <= tot);
        const index = indexRegistry(
          buildRegistry({
            knooppunten: [entity('k', buildKnooppunt({ leeftijdMin: min, leeftijdMax: max }))],
          }),
        );
        const found = filterKnooppunten(index, { leeftijd: { van, tot } }).length === 1;
        const overlap = [...Array(121).keys()].some(
          (age) =>
            age >= (min ?? 0) && age <= (max ?? 120) && age >= (van ?? 0) && age <= (tot ?? 120),
        );
        expect(found).toBe(overlap);
      }),
    );
  });

  it('puts knooppunten with the search text in their name first, ignoring case and accents', () => {
    const index = indexRegistry(
      buildRegistry({
        knooppunten: [
          entity(
            'a',
            buildKnooppunt({ naam: 'Aanmeldtafel', doel: 'Doorverwijzen naar Veilig Thuis' }),
          ),
          entity('b', buildKnooppunt({ naam: 'Veilig Thuis regio' })),
          entity('c', buildKnooppunt({ naam: 'Casusoverleg', doel: 'Iets anders' })),
        ],
      }),
    );
    expect(filterKnooppunten(index, { tekst: 'veilig thuis' }).map((k) => k.id)).toEqual([
      'b',
      'a',
    ]);
    expect(filterKnooppunten(index, { tekst: 'CASUSOVERLÉG' }).map((k) => k.id)).toEqual(['c']);
    expect(filterKnooppunten(index, {}).map((k) => k.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('filterKnooppunten narrowing by the index', () => {
  it('finds exactly what a plain scan finds, in name order (property)', () => {
    const themas = ['thema-a', 'thema-b'];
    const gemeenten = ['GM0001', 'GM0002'];
    const knooppunt = fc.record({
      themaIds: fc.subarray(themas, { minLength: 1 }),
      gemeenteIds: fc.subarray(gemeenten, { minLength: 1 }),
      functie: fc.constantFrom('MELDPUNT' as const, 'OVERLEGTAFEL' as const),
    });
    const filter = fc.record({
      themaIds: fc.option(fc.subarray(themas), { nil: undefined }),
      gemeenteIds: fc.option(fc.subarray(gemeenten), { nil: undefined }),
      regioIds: fc.option(fc.subarray(['regio-a', 'regio-x']), { nil: undefined }),
      functie: fc.option(fc.subarray(['MELDPUNT' as const, 'OVERLEGTAFEL' as const]), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(fc.array(knooppunt, { maxLength: 12 }), filter, (parts, f) => {
        const index = indexRegistry(
          buildRegistry({
            knooppunten: parts.map((p, i) =>
              entity(`k${i}`, buildKnooppunt({ ...p, naam: `K${(i * 7) % 13}-${i}` })),
            ),
          }),
        );
        const any = <T>(wanted: readonly T[] | undefined, has: (x: T) => boolean) =>
          !wanted?.length || wanted.some(has);
        const plain = index.knooppuntenOpNaam.filter(
          (k) =>
            any(f.themaIds, (t) => k.themaIds.includes(t)) &&
            any(f.gemeenteIds, (g) => k.gemeenteIds.includes(g)) &&
            any(
              f.regioIds,
              (r) => k.regioId === r || (r === 'regio-a' && k.gemeenteIds.length > 0),
            ) &&
            any(f.functie, (x) => k.functie === x),
        );
        expect(filterKnooppunten(index, f).map((k) => k.id)).toEqual(plain.map((k) => k.id));
      }),
    );
  });
});
