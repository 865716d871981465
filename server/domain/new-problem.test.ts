// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { exampleIndex } from '../../test/example-index.ts';
import { nieuwProbleem } from './new-problem.ts';

const index = exampleIndex();

describe('nieuwProbleem', () => {
  it('finds the tables closest to a new problem and says what they would need', () => {
    // Problematic youth groups are only handled in Hoorn: what would it take elsewhere in West-Friesland?
    const kandidaten = nieuwProbleem(index, 'ZVH-NHN', {
      themaId: 'jeugdgroepen',
      leeftijd: { van: 12, tot: 17 },
      gemeenteIds: ['GM0405', 'GM0532', 'GM0420'],
    });
    expect(kandidaten[0]!.knooppunt.id).toBe('jeugdgroepoverleg-hoorn');
    expect(kandidaten[0]!.alGedekt).toContain('pakt problematische jeugdgroepen al op');
    expect(kandidaten[0]!.nodig.join(' ')).toMatch(
      /werkgebied uitbreiden met .*Medemblik|werkgebied uitbreiden met .*Enkhuizen/,
    );
    expect(kandidaten.every((k, i) => i === 0 || kandidaten[i - 1]!.score >= k.score)).toBe(true);
  });

  it('names the missing partijen for a table that does not yet take up the thema', () => {
    const kandidaten = nieuwProbleem(
      index,
      'ZVH-NHN',
      { themaId: 'radicalisering', leeftijd: null, gemeenteIds: [] },
      27,
    );
    const ander = kandidaten.find((k) => k.knooppunt.id !== 'radicalisering-casusoverleg')!;
    expect(ander.nodig[0]).toBe('radicalisering opnemen in doel en aanmeldcriteria');
    expect(
      kandidaten
        .find((k) => k.knooppunt.id === 'radicalisering-casusoverleg')!
        .nodig.some((n) => n.startsWith('radicalisering')),
    ).toBe(false);
  });
});
