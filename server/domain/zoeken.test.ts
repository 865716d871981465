// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  buildRegistry,
  entity,
} from '../../test/builders.ts';
import { indexRegistry } from './registry-index.ts';
import { zoekKnooppunten, zoekvorm } from './zoeken.ts';

const index = indexRegistry(
  buildRegistry({
    organisaties: [entity('ggz', buildOrganisatie({ naam: 'GGZ Noord-Holland' }))],
    knooppunten: [
      entity('bemoei', buildKnooppunt({ naam: 'Bemoeizorgoverleg', doel: 'Zorg bieden' })),
      entity('vt', buildKnooppunt({ naam: 'Veilig Thuis Noord-Holland', doel: 'Advies' })),
      entity(
        'zvh',
        buildKnooppunt({
          naam: 'Casusoverleg ZVH',
          doel: 'Samen met Veilig Thuis',
          themaIds: ['thema-b'],
          gemeenteIds: ['GM0002'],
        }),
      ),
      entity('wvggz', buildKnooppunt({ naam: 'Meldpunt Wvggz', doel: 'Verkennend onderzoek' })),
    ],
    deelnames: [entity('d', buildDeelname('ggz', 'wvggz'))],
  }),
);
const zoek = (tekst: string) =>
  zoekKnooppunten(index, index.knooppuntenOpNaam, tekst).map((r) => [
    r.knooppunt.id,
    r.gevondenIn,
    r.via,
  ]);

describe('zoekKnooppunten', () => {
  it('finds compounds however they are split, and ignores case, accents and hyphens', () => {
    expect(zoekvorm('Bemoei-zorg Óverleg')).toBe('bemoeizorgoverleg');
    expect(zoek('bemoei zorg')).toEqual([['bemoei', 'NAAM', null]]);
    expect(zoek('veiligthuis')[0]).toEqual(['vt', 'NAAM', null]);
    expect(zoek('VÉILIG thuis').map(([id]) => id)).toEqual(['vt', 'zvh']);
  });

  it('tolerates one typo in a longer word, but not in a short one', () => {
    expect(zoek('bemoeizrog')).toEqual([['bemoei', 'NAAM', null]]);
    expect(zoek('casusoverlg')[0]).toEqual(['zvh', 'NAAM', null]);
    expect(zoek('gzz')).toEqual([]);
  });

  it('finds by gemeente, organisatie and thema, saying which, after matches in a name', () => {
    expect(zoek('gemeente twee')).toEqual([['zvh', 'GEMEENTE', 'Gemeente Twee']]);
    expect(zoek('ggz noord')).toEqual([['wvggz', 'ORGANISATIE', 'GGZ Noord-Holland']]);
    expect(zoek('thema b')).toEqual([['zvh', 'THEMA', 'Thema B']]);
    expect(zoek('noord holland').map(([id, waar]) => `${id}:${waar}`)).toEqual([
      'vt:NAAM',
      'wvggz:ORGANISATIE',
    ]);
  });

  it('finds nothing for a term that is not there or too short', () => {
    expect(zoek('xyzzy')).toEqual([]);
    expect(zoek(' - ')).toEqual([]);
    expect(zoek('b')).toEqual([]);
  });
});
