// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { exampleIndex } from '../../test/example-index.ts';
import { BEROEPSGEHEIM_BETEKENIS, organisatieOverzicht } from './organisation-view.ts';

const index = exampleIndex();
const overzicht = (ids: string[]) => organisatieOverzicht(index, ids, 'ZVH-NHN', '2026-11-22');

describe('what professional secrecy means at a table (H §4.5)', () => {
  it('names all four grounds, with toestemming first and the professional deciding per casus', () => {
    expect(Object.keys(BEROEPSGEHEIM_BETEKENIS)).toEqual([
      'TOESTEMMING',
      'CONFLICT_VAN_PLICHTEN',
      'WETTELIJK_MELDRECHT',
      'NOODSITUATIE',
    ]);
    expect(BEROEPSGEHEIM_BETEKENIS.NOODSITUATIE).toContain('acuut risico op levensgevaar');
    expect(BEROEPSGEHEIM_BETEKENIS.CONFLICT_VAN_PLICHTEN).toContain('eerst wordt toestemming');
    expect(BEROEPSGEHEIM_BETEKENIS.CONFLICT_VAN_PLICHTEN).toContain('niet vooraf in een convenant');
    expect(BEROEPSGEHEIM_BETEKENIS.WETTELIJK_MELDRECHT).toContain(
      'De meldcode zelf is een stappenplan, geen meldrecht',
    );
    for (const tekst of Object.values(BEROEPSGEHEIM_BETEKENIS))
      expect(tekst).not.toMatch(/ondanks/i);
  });
});

describe('organisatieOverzicht', () => {
  it('GGZ: its tables with role, basis and what its medical secrecy means there; tables in its field it does not join', () => {
    const ggz = overzicht(['ggz']);
    expect(ggz.betrokken.map((b) => b.knooppunt.id)).toEqual([
      'bemoeizorg-den-helder',
      'zvh-casusoverleg',
      'radicalisering-casusoverleg',
      'levensloopaanpak',
      'meldpunt-wvggz',
      'woonoverlast-wf',
      'netwerk-verward-gedrag',
    ]);
    for (const b of ggz.betrokken) {
      expect(b.deelname.organisatieId).toBe('ggz');
      expect(b.beroepsgeheim).toMatch(
        /^(Eerst toestemming|Conflict van plichten|Wettelijk meldrecht of spreekplicht|Noodsituatie of vitaal belang):|niet vastgelegd/,
      );
    }
    const mogelijk = new Map(ggz.mogelijk.map((m) => [m.knooppunt.id, m.redenen]));
    expect(mogelijk.get('wijkzorgoverleg-alkmaar')?.[0]).toContain('in uw vakgebied');
    expect(
      [...mogelijk.keys()].some((id) => ggz.betrokken.some((b) => b.knooppunt.id === id)),
    ).toBe(false);
    expect(ggz.bevindingen.map((f) => f.regel)).toEqual(['R10']);
  });

  it('a type: all woningcorporaties, with the findings about their own participations (R03, R11)', () => {
    const corporaties = overzicht(['woningcorporatie-wf', 'woningcorporatie-alkmaar']);
    expect(corporaties.organisaties).toHaveLength(2);
    expect(new Set(corporaties.bevindingen.map((f) => f.regel))).toEqual(new Set(['R03', 'R11']));
    expect(
      corporaties.bevindingen.every((f) =>
        ['woningcorporatie-wf', 'woningcorporatie-alkmaar'].includes(f.organisatieId!),
      ),
    ).toBe(true);
    expect(
      corporaties.mogelijk
        .find((m) => m.knooppunt.id === 'centrale-toegang-opvang')
        ?.redenen.join(' '),
    ).toContain('dakloosheid');
  });

  it('politie: many tables, and tables where another basisteam takes part but this one does not', () => {
    const alkmaar = overzicht(['politie-alkmaar']);
    const elders = alkmaar.mogelijk.filter((m) =>
      m.redenen.some((r) => r.includes('organisatie van uw soort')),
    );
    expect(elders.map((m) => m.knooppunt.id)).toEqual([
      'lvb-casusoverleg',
      'jeugdgroepoverleg-hoorn',
      'meldpunt-niet-acute-zorg',
      'signaleringstafel-jeugd-den-helder',
      'woonoverlast-wf',
    ]);
    // 19 deelnames at 18 knooppunten: netwerk-verward-gedrag has two basisteams at the table.
    expect(
      overzicht(['politie-alkmaar', 'politie-hoorn', 'politie-den-helder']).betrokken,
    ).toHaveLength(19);
  });
});
