// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildKnooppunt, buildOverdracht, buildRegistry, entity } from '../../test/builders.ts';
import { exampleIndex } from '../../test/example-index.ts';
import { dekking } from './coverage.ts';
import { indexRegistry } from './registry-index.ts';

describe('dekking', () => {
  it('covers a cell exactly when some knooppunt handles that thema in that gemeente (property)', () => {
    const knooppunt = fc.record({
      themaIds: fc.subarray(['thema-a', 'thema-b'], { minLength: 1 }),
      gemeenteIds: fc.subarray(['GM0001', 'GM0002'], { minLength: 1 }),
      functie: fc.constantFrom('MELDPUNT' as const, 'OVERLEGTAFEL' as const),
    });
    fc.assert(
      fc.property(fc.array(knooppunt, { maxLength: 6 }), (parts) => {
        const index = indexRegistry(
          buildRegistry({
            knooppunten: parts.map((p, i) =>
              entity(`k${i}`, buildKnooppunt({ ...p, naam: `K${i}` })),
            ),
          }),
        );
        const d = dekking(index, 'regio-a');
        expect(d.cellen).toHaveLength(2 * 2);
        for (const cel of d.cellen) {
          const some = parts.some(
            (p) => p.themaIds.includes(cel.themaId) && p.gemeenteIds.includes(cel.gemeenteId),
          );
          expect(cel.knooppunten.length > 0).toBe(some);
          expect(d.lacunes.includes(cel)).toBe(!some);
        }
      }),
    );
  });

  it('knows whether a route from a meldpunt leads into the cell, and narrows on doelgroep', () => {
    const index = indexRegistry(
      buildRegistry({
        knooppunten: [
          entity(
            'm',
            buildKnooppunt({
              naam: 'M',
              functie: 'MELDPUNT',
              themaIds: ['thema-b'],
              gemeenteIds: ['GM0002'],
            }),
          ),
          entity(
            't',
            buildKnooppunt({
              naam: 'T',
              themaIds: ['thema-a'],
              gemeenteIds: ['GM0001'],
              leeftijdMax: 17,
            }),
          ),
          entity(
            'u',
            buildKnooppunt({ naam: 'U', themaIds: ['thema-a'], gemeenteIds: ['GM0002'] }),
          ),
        ],
        overdrachten: [entity('m-t', buildOverdracht('m', 't'))],
      }),
    );
    const cel = (d: ReturnType<typeof dekking>, t: string, g: string) =>
      d.cellen.find((c) => c.themaId === t && c.gemeenteId === g)!;
    const alle = dekking(index, 'regio-a');
    expect(cel(alle, 'thema-a', 'GM0001').bereikbaarVanuitMeldpunt).toBe(true);
    expect(cel(alle, 'thema-a', 'GM0002').bereikbaarVanuitMeldpunt).toBe(false);
    expect(cel(alle, 'thema-b', 'GM0002').bereikbaarVanuitMeldpunt).toBe(true);
    const volwassenen = dekking(index, 'regio-a', { van: 27, tot: 64 });
    expect(cel(volwassenen, 'thema-a', 'GM0001').knooppunten).toEqual([]);
  });

  it('finds gaps in the example region', () => {
    const d = dekking(exampleIndex(), 'ZVH-NHN');
    expect(d.gemeenten).toHaveLength(16);
    expect(d.themas).toHaveLength(17);
    expect(d.cellen).toHaveLength(17 * 16);
    expect(d.lacunes).toHaveLength(14);
  });
});
