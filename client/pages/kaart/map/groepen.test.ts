// SPDX-License-Identifier: EUPL-1.2
// Grouping a region: one group per knooppunt, and a layout where groups do not overlap.
import { describe, expect, it } from 'vitest';
import { groepIndeling, groepVan } from './groepen.ts';

const gemeente = (id: string) => ({ id, naam: `Gemeente ${id}` });
const kp = (werkgebied: string[], themas: string[] = [], functie = 'OVERLEGTAFEL') => ({
  functie,
  werkgebied: werkgebied.map(gemeente),
  themas: themas.map((id) => ({ id, naam: id })),
});

describe('groepVan', () => {
  it('by gemeente: one gemeente, the whole region, several, or none', () => {
    expect(groepVan(kp(['a']), 'gemeente', 3)).toEqual({ sleutel: 'a', naam: 'Gemeente a' });
    expect(groepVan(kp(['a', 'b', 'c']), 'gemeente', 3).naam).toBe('Hele regio');
    expect(groepVan(kp(['a', 'b']), 'gemeente', 3).naam).toBe('Meerdere gemeenten');
    expect(groepVan(kp([]), 'gemeente', 3).naam).toBe('Geen werkgebied');
  });

  it('by thema (the first) and by functie, with Dutch labels', () => {
    expect(groepVan(kp([], ['zorg', 'wonen']), 'thema', 3).sleutel).toBe('zorg');
    expect(groepVan(kp([]), 'thema', 3).naam).toBe('Geen thema');
    expect(groepVan(kp([], [], 'MELDPUNT'), 'functie', 3)).toEqual({
      sleutel: 'MELDPUNT',
      naam: 'Meldpunt',
    });
  });
});

describe('groepIndeling', () => {
  it('places every member of an open group, none of a closed one, and keeps groups apart', () => {
    const { leden, centra } = groepIndeling([
      { sleutel: 'x', leden: ['a', 'b', 'c', 'd', 'e'], open: true },
      { sleutel: 'y', leden: ['f', 'g'], open: false },
      { sleutel: 'z', leden: ['h'], open: true },
    ]);
    expect([...leden.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'h']);
    expect([...centra.keys()].sort()).toEqual(['x', 'y', 'z']);
    const punten = [...leden.values()];
    for (const [i, p] of punten.entries())
      for (const q of punten.slice(i + 1))
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(120);
  });
});
