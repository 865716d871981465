// SPDX-License-Identifier: EUPL-1.2
// Overlap for the bestuurder: scored pairs with the reasons, and what fits each pair. A statutory
// meldpunt and an overlegtafel are chain partners, not merge candidates (domain review, "errors that
// matter most" 8; UX review row 18).
import { describe, expect, it } from 'vitest';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  buildRegistry,
  entity,
} from '../../test/builders.ts';
import { exampleIndex } from '../../test/example-index.ts';
import type { KnooppuntGegevens } from './model.ts';
import { overlap, overlapPerSoort, type Overlap } from './overlap.ts';
import { indexRegistry } from './registry-index.ts';

const paar = (...tweede: Partial<KnooppuntGegevens>[]) => {
  const [a = {}, b = {}] = tweede;
  const index = indexRegistry(
    buildRegistry({
      knooppunten: [
        entity('a', buildKnooppunt({ naam: 'A', gemeenteIds: ['GM0001', 'GM0002'], ...a })),
        entity('b', buildKnooppunt({ naam: 'B', gemeenteIds: ['GM0001', 'GM0002'], ...b })),
      ],
      organisaties: [entity('ggz', buildOrganisatie())],
      deelnames: [entity('d1', buildDeelname('ggz', 'a')), entity('d2', buildDeelname('ggz', 'b'))],
    }),
  );
  const paren = overlap(index, 'regio-a');
  expect(paren).toHaveLength(1);
  return paren[0]!;
};

const tussen = (paren: Overlap[], x: string, y: string) =>
  paren.find((p) => [p.a.id, p.b.id].sort().join() === [x, y].sort().join());

describe('overlap', () => {
  it('scores pairs on themas, werkgebied, doelgroep and partijen, with the reasons in words', () => {
    const index = indexRegistry(
      buildRegistry({
        knooppunten: [
          entity(
            'a',
            buildKnooppunt({ naam: 'A', themaIds: ['thema-a'], gemeenteIds: ['GM0001', 'GM0002'] }),
          ),
          entity(
            'b',
            buildKnooppunt({ naam: 'B', themaIds: ['thema-a'], gemeenteIds: ['GM0001', 'GM0002'] }),
          ),
          entity(
            'c',
            buildKnooppunt({ naam: 'C', themaIds: ['thema-b'], gemeenteIds: ['GM0001'] }),
          ),
        ],
        organisaties: [entity('ggz', buildOrganisatie())],
        deelnames: [
          entity('d1', buildDeelname('ggz', 'a')),
          entity('d2', buildDeelname('ggz', 'b')),
        ],
      }),
    );
    const paren = overlap(index, 'regio-a');
    expect(paren).toHaveLength(1);
    expect(paren[0]).toMatchObject({
      a: { id: 'a' },
      b: { id: 'b' },
      score: 1,
      soort: 'SAMENVOEGEN',
      verschillen: [],
    });
    expect(paren[0]!.redenen).toEqual([
      'hetzelfde thema: thema a',
      'hetzelfde werkgebied',
      'een overlappende doelgroep',
      '1 gedeelde partij (GGZ-aanbieder Test)',
      'beide een overlegtafel',
    ]);
  });

  it('names shared themas as they read in a sentence: an abbreviation keeps its capitals', () => {
    const registry = buildRegistry({
      knooppunten: ['a', 'b'].map((id) =>
        entity(id, buildKnooppunt({ naam: id, themaIds: ['ggz', 'hg'], gemeenteIds: ['GM0001'] })),
      ),
    });
    registry.themas = [
      { id: 'ggz', naam: 'GGZ en verslaving', omschrijving: null },
      { id: 'hg', naam: 'Huiselijk geweld', omschrijving: null },
    ];
    const [paar] = overlap(indexRegistry(registry), 'regio-a');
    expect(paar!.redenen[0]).toBe("dezelfde thema's: GGZ en verslaving en huiselijk geweld");
  });

  it('never makes a meldpunt and an overlegtafel merge candidates: chain partners (H §2.4, §5.3)', () => {
    const p = paar({
      functie: 'MELDPUNT',
      werkproces: 'MELDPUNT',
      wettelijkeBasis: 'WETTELIJK_GEREGELD',
    });
    expect(p.soort).toBe('KETENPARTNERS');
    expect(p.advies).toMatch(/^Niet samenvoegen: A en B zijn schakels in één keten/);
    expect(p.advies).toMatch(/A is een wettelijk geregeld meldpunt/);
    expect(p.verschillen).toEqual([
      'functie: meldpunt en overlegtafel',
      'werkproces: meldpunt en casusoverleg',
      'wettelijke basis: wettelijk geregeld en niet expliciet geregeld',
    ]);
  });

  it('suggests an integraal meldpunt with triage per legal framework for two meldpunten with their own framework (H §4.2)', () => {
    const meldpunt = { functie: 'MELDPUNT', werkproces: 'MELDPUNT' } as const;
    const p = paar(
      { ...meldpunt, wettelijkeBasis: 'WETTELIJK_GEREGELD' },
      { ...meldpunt, wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ', taakhouderId: 'ggz' },
    );
    expect(p.soort).toBe('INTEGRAAL_MELDPUNT');
    expect(p.advies).toMatch(/integraal meldpunt .* triage .* juridisch kader .*H §4\.2/);
    // Two meldpunten without a legal framework of their own can merge.
    expect(paar(meldpunt, meldpunt).soort).toBe('SAMENVOEGEN');
  });

  it('keeps a groepsaanpak apart from individual casework (H Bijlage 1.3)', () => {
    const p = paar({ werkproces: 'GROEPSAANPAK' });
    expect(p.soort).toBe('WERK_VERDELEN');
    expect(p.advies).toMatch(/groepsaanpak .* casusoverleg .*Bijlage 1\.3/);
  });

  it('does not merge a table regulated by law into another, and names a different basis (H §2.5, §3.3)', () => {
    expect(paar({ wettelijkeBasis: 'WETTELIJK_GEREGELD' }).soort).toBe('WERK_VERDELEN');
    const p = paar({ wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ', taakhouderId: 'ggz' });
    expect(p.soort).toBe('SAMENVOEGEN');
    expect(p.advies).toMatch(/wettelijke basis verschilt.*H §3\.3/);
    expect(p.verschillen).toEqual([
      'wettelijke basis: taak van één partij en niet expliciet geregeld',
    ]);
  });

  it('in the example region: Veilig Thuis and the MDO, the meldpunt Wvggz and the verward-gedrag table are chain partners', () => {
    const paren = overlap(exampleIndex(), 'ZVH-NHN');
    expect(paren.length).toBeGreaterThan(40);
    expect(paren.every((p, i) => i === 0 || paren[i - 1]!.score >= p.score)).toBe(true);
    expect(tussen(paren, 'meldpunt-wvggz', 'netwerk-verward-gedrag')).toMatchObject({
      score: 0.84,
      soort: 'KETENPARTNERS',
    });
    // One shared partij is "1 gedeelde partij", not "1 dezelfde partijen" (domain review §9 item 6).
    expect(tussen(paren, 'meldpunt-mensenhandel', 'riec')?.redenen).toContain(
      '1 gedeelde partij (Politie basisteam Alkmaar)',
    );
    expect(tussen(paren, 'veilig-thuis', 'casusoverleg-huiselijk-geweld')?.soort).toBe(
      'KETENPARTNERS',
    );
    expect(tussen(paren, 'meldpunt-wvggz', 'meldpunt-zorg-overlast')?.soort).toBe(
      'INTEGRAAL_MELDPUNT',
    );
    // No merge candidate crosses functie or werkproces, or pairs a statutory knooppunt with another.
    for (const p of paren.filter((p) => p.soort === 'SAMENVOEGEN')) {
      expect(p.a.functie, `${p.a.id}–${p.b.id}`).toBe(p.b.functie);
      expect(p.a.werkproces).toBe(p.b.werkproces);
      expect([p.a.wettelijkeBasis, p.b.wettelijkeBasis]).not.toContain('WETTELIJK_GEREGELD');
    }
    // Grouped the way the page shows them: merge candidates first, chain partners last.
    const groepen = overlapPerSoort(paren);
    expect(groepen.map((g) => g.soort)).toEqual([
      'SAMENVOEGEN',
      'INTEGRAAL_MELDPUNT',
      'WERK_VERDELEN',
      'KETENPARTNERS',
    ]);
    expect(groepen.reduce((n, g) => n + g.paren.length, 0)).toBe(paren.length);
  });
});
