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
  const groep = (sleutel: string, aantal: number, open = true, titelEm = 8) => ({
    sleutel,
    leden: Array.from({ length: aantal }, (_, i) => `${sleutel}${i}`),
    open,
    titelEm,
  });
  const TITEL_FONT = 130;

  it('places every member of an open group, none of a closed one, and keeps members apart', () => {
    const { leden, centra, maten } = groepIndeling(
      [groep('x', 5), groep('y', 2, false), groep('z', 1)],
      TITEL_FONT,
    );
    expect([...leden.keys()].sort()).toEqual(['x0', 'x1', 'x2', 'x3', 'x4', 'z0']);
    expect([...centra.keys()].sort()).toEqual(['x', 'y', 'z']);
    expect([...maten.keys()]).toEqual(['y']);
    const punten = [...leden.values()];
    for (const [i, p] of punten.entries())
      for (const q of punten.slice(i + 1))
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(120);
  });

  it('lays out no groups as nothing', () => {
    expect(groepIndeling([], TITEL_FONT).centra.size).toBe(0);
  });

  it('gives each group, with its whole title at the largest font above it, a place of its own', () => {
    // A large region by gemeente: two large groups, many small ones with long names, one closed.
    const groepen = [
      groep('meer', 279, true, 12),
      groep('hele', 174, true, 8),
      ...Array.from({ length: 24 }, (_, i) => groep(`g${i}`, 6 + (i % 12), true, 6 + (i % 8))),
      groep('dicht', 145, false, 7),
    ];
    const { leden, centra, titelBreedte, maten } = groepIndeling(groepen, TITEL_FONT);
    type Vak = { x1: number; y1: number; x2: number; y2: number };
    const vakken = groepen.map((g): Vak[] => {
      const titel = g.titelEm * TITEL_FONT * 1.1;
      // Never cut off at the largest font.
      if (g.open) expect(titelBreedte.get(g.sleutel)).toBeGreaterThanOrEqual(titel);
      const maat = maten.get(g.sleutel);
      const c = centra.get(g.sleutel)!;
      const frame = maat
        ? {
            x1: c.x - maat.breedte / 2,
            x2: c.x + maat.breedte / 2,
            y1: c.y - maat.hoogte / 2,
            y2: c.y + maat.hoogte / 2,
          }
        : (() => {
            // A member's node (at most 64 wide) and the frame's padding (24) around it.
            const p = g.leden.map((id) => leden.get(id)!);
            return {
              x1: Math.min(...p.map((q) => q.x)) - 56,
              x2: Math.max(...p.map((q) => q.x)) + 56,
              y1: Math.min(...p.map((q) => q.y)) - 56,
              y2: Math.max(...p.map((q) => q.y)) + 56,
            };
          })();
      if (maat) return [frame];
      const midden = (frame.x1 + frame.x2) / 2;
      const titelVak = {
        x1: midden - titel / 2,
        x2: midden + titel / 2,
        y1: frame.y1 - TITEL_FONT * 1.4,
        y2: frame.y1,
      };
      return [frame, titelVak];
    });
    const over = (a: Vak, b: Vak) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const botsingen: string[] = [];
    vakken.forEach((a, i) =>
      vakken.forEach((b, j) => {
        if (i < j && a.some((v) => b.some((w) => over(v, w))))
          botsingen.push(`${groepen[i]!.sleutel} en ${groepen[j]!.sleutel}`);
      }),
    );
    expect(botsingen).toEqual([]);
  });

  it("on a phone's canvas, lays closed groups out so that their names fit it at 12 px", () => {
    // ZVH-UT by gemeente, all closed: the widths of its 28 names (in font sizes) and their sizes.
    const namen = [
      12.6, 7.4, 11.8, 4.7, 5.2, 4.9, 5.4, 5.6, 5.9, 5.7, 10.1, 7.7, 9.9, 6.3, 5.5, 7.8, 7.4, 6.2,
      7.2, 8.1, 4.4, 8.3, 6.2, 10.2, 7.1, 7.0, 4.2, 7.2,
    ];
    const groepen = namen.map((em, i) => groep(`g${i}`, 300 - i * 10, false, em));
    const FONT = 104;
    // The canvas of a phone 390 wide, less its edge: 338 by 444 CSS pixels.
    const [breedte, hoogte] = [338, 444];
    const { centra, maten } = groepIndeling(groepen, TITEL_FONT, {
      verhouding: breedte / hoogte,
      naamFont: FONT,
    });
    const vakken = groepen.map((g) => {
      const { x, y } = centra.get(g.sleutel)!;
      const maat = maten.get(g.sleutel)!;
      // Each box holds its bold name on one line.
      expect(maat.breedte).toBeGreaterThan(g.titelEm * FONT * 1.1);
      const [b, h] = [maat.breedte / 2, maat.hoogte / 2];
      return { x1: x - b, x2: x + b, y1: y - h, y2: y + h };
    });
    for (const [i, a] of vakken.entries())
      for (const b of vakken.slice(i + 1))
        expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
    // The zoom at which all of them fit, and the names' size on screen at that zoom.
    const omvang = (k: 'x' | 'y') =>
      Math.max(...vakken.map((v) => v[`${k}2`])) - Math.min(...vakken.map((v) => v[`${k}1`]));
    const zoom = Math.min(breedte / omvang('x'), hoogte / omvang('y'));
    expect(FONT * zoom).toBeGreaterThanOrEqual(12);
  });
});
