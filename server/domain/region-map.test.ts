// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  buildOverdracht,
  buildRegistry,
  entity,
} from '../../test/builders.ts';
import { layoutGraphOf, regionMap } from './region-map.ts';
import { indexRegistry } from './registry-index.ts';

const registry = buildRegistry({
  knooppunten: [
    entity('a', buildKnooppunt({ naam: 'A', functie: 'MELDPUNT' })),
    entity('b', buildKnooppunt({ naam: 'B' })),
    entity(
      'elders',
      buildKnooppunt({ naam: 'Elders', regioId: 'regio-b', gemeenteIds: ['GM0003'] }),
    ),
  ],
  organisaties: [entity('ggz', buildOrganisatie())],
  deelnames: [entity('d', buildDeelname('ggz', 'b'))],
  overdrachten: [
    entity('ab', buildOverdracht('a', 'b')),
    entity('a-elders', buildOverdracht('a', 'elders')),
  ],
});
registry.regios.push({
  id: 'regio-b',
  naam: 'Regio B',
  soort: 'ZORG_EN_VEILIGHEIDSHUIS',
  zekerheid: null,
});
registry.gemeenten.push({ id: 'GM0003', naam: 'Gemeente Drie', regioIds: ['regio-b'] });

describe('regionMap', () => {
  it('holds the region’s knooppunten, the routes between them, and who takes part', () => {
    const map = regionMap(indexRegistry(registry), 'regio-a');
    expect(map.knooppunten.map((k) => k.id)).toEqual(['a', 'b']);
    expect(map.overdrachten.map((o) => o.id)).toEqual(['ab']);
    expect(map.organisaties.map((o) => o.id)).toEqual(['ggz']);
    expect(map.deelnames.map((d) => d.id)).toEqual(['d']);
  });

  it('has a canonical layout graph, with organisaties only as a layer', () => {
    const map = regionMap(indexRegistry(registry), 'regio-a');
    const shuffled = { ...map, knooppunten: [...map.knooppunten].reverse() };
    expect(layoutGraphOf(shuffled, false)).toEqual(layoutGraphOf(map, false));
    expect(layoutGraphOf(map, false)).toEqual({
      nodes: [
        { kind: 'KNOOPPUNT', id: 'a', laag: 0 },
        { kind: 'KNOOPPUNT', id: 'b', laag: 1 },
      ],
      edges: [{ source: 'k:a', target: 'k:b' }],
    });
    expect(layoutGraphOf(map, true).nodes).toContainEqual({
      kind: 'ORGANISATIE',
      id: 'ggz',
      laag: 2,
    });
    expect(layoutGraphOf(map, true).edges).toContainEqual({ source: 'k:b', target: 'o:ggz' });
  });
});
