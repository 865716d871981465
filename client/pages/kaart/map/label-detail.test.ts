// SPDX-License-Identifier: EUPL-1.2
// Level of detail for map labels: readable on screen, none over a more important one.
import { describe, expect, it } from 'vitest';
import { LABEL_FONT, LABEL_MAX_EM } from './encoding.ts';
import {
  gewikkeldeBreedte,
  kiesLabels,
  labelBox,
  labelFont,
  LABEL_PX,
  lijnMidden,
  vrijeTellingen,
  zichtbareLabels,
  type Box,
  type LabelKandidaat,
} from './label-detail.ts';

const knoop = (id: string, x: number, y: number, prioriteit = 0): LabelKandidaat => ({
  id,
  x,
  y,
  hoogte: 44,
  breedteEm: 8,
  prioriteit,
});

describe('label level of detail', () => {
  it('keeps labels at least LABEL_PX on screen, in steps, up to a limit', () => {
    expect(labelFont(1)).toBe(LABEL_FONT);
    expect(labelFont(4)).toBe(LABEL_FONT);
    for (const zoom of [0.9, 0.5, 0.3, 0.2])
      expect(labelFont(zoom) * zoom).toBeGreaterThanOrEqual(LABEL_PX - 1e-9);
    expect(labelFont(0.5)).toBe(labelFont(0.48));
    expect(labelFont(0.001)).toBe(LABEL_FONT * 8);
  });

  it('leaves out a label that overlaps a more important one, and keeps labels that do not', () => {
    const naast = [knoop('a', 0, 0, 1), knoop('b', 20, 5, 5), knoop('c', 500, 0, 0)];
    expect([...zichtbareLabels(naast, LABEL_FONT)].sort()).toEqual(['b', 'c']);
  });

  it('leaves out a label that another node would cover, whatever its priority', () => {
    // b sits just below a, on the line where a's label would be; c is far away.
    const kandidaten = [knoop('a', 0, 0, 9), knoop('b', 0, 60, 0), knoop('c', 500, 0, 0)];
    expect([...zichtbareLabels(kandidaten, LABEL_FONT)].sort()).toEqual(['b', 'c']);
    // The selection is drawn above the other nodes: its label stays.
    kandidaten[0] = { ...kandidaten[0]!, boven: true };
    expect([...zichtbareLabels(kandidaten, LABEL_FONT)].sort()).toEqual(['a', 'b', 'c']);
  });

  it('shows all labels zoomed in that it hides zoomed out', () => {
    const rij = Array.from({ length: 10 }, (_, i) => knoop(`k${i}`, i * 130, 0, i));
    expect(zichtbareLabels(rij, labelFont(1)).size).toBe(10);
    const ver = zichtbareLabels(rij, labelFont(0.2));
    expect(ver.size).toBeLessThan(10);
    // The most important first.
    expect(ver.has('k9')).toBe(true);
  });

  it('counts the lines a label wraps to at spaces, not its width divided by the line width', () => {
    // 5 + 8 + 6 em: 19 em would be two lines of 11, but no two words fit on one line together.
    expect(Math.ceil(gewikkeldeBreedte([5, 8, 6], 0.3) / LABEL_MAX_EM)).toBe(3);
    expect(gewikkeldeBreedte([3, 4], 0.3)).toBeCloseTo(7.3);
    expect(gewikkeldeBreedte([6, 4, 7], 0.3)).toBeCloseTo(LABEL_MAX_EM + 7);
  });

  it('places a label below its node, wrapped to at most three lines', () => {
    const box = labelBox({ ...knoop('a', 0, 0), breedteEm: 40 }, 10);
    expect(box.y1).toBeGreaterThan(20);
    expect(box.y2 - box.y1).toBeLessThan(3 * 10 * 1.25 + 10);
  });
});

describe('counts on bundled lines', () => {
  const doos = (x: number, y: number, breedte = 400, hoogte = 100): Box => ({
    x1: x - breedte / 2,
    x2: x + breedte / 2,
    y1: y - hoogte / 2,
    y2: y + hoogte / 2,
  });

  it('puts a count halfway along the line between the boxes, not between their centres', () => {
    // From a wide box to a narrow one: the line leaves at x 400 and reaches the other at x 950.
    const midden = lijnMidden(doos(0, 0, 800), doos(1000, 0, 100));
    expect(midden.x).toBeCloseTo(675);
    expect(midden.y).toBe(0);
    expect(lijnMidden(doos(0, 0), doos(0, 1000))).toEqual({ x: 0, y: 500 });
  });

  it('draws a count only clear of the boxes and of the counts drawn before it', () => {
    const [a, b, c] = [doos(0, 0), doos(0, 1000), doos(0, 160)];
    const telling = (id: string, van: Box, naar: Box, prioriteit: number) => ({
      id,
      van,
      naar,
      breedteEm: 2,
      prioriteit,
    });
    const tellingen = (ba: number) =>
      vrijeTellingen(
        [
          telling('ab', a, b, 5),
          // The other way between the same boxes: the same place, drawn only if it goes first.
          telling('ba', b, a, ba),
          // Between a and c is a gap of 60, too small for a count of font 40.
          telling('ac', a, c, 9),
        ],
        40,
        [a, b, c],
      );
    expect([...tellingen(3)]).toEqual(['ab']);
    expect([...tellingen(7)]).toEqual(['ba']);
  });

  it('chooses for a map as a whole: closed groups named, counts only between two closed ones', () => {
    const [a, b] = [doos(0, 0), doos(0, 1000)];
    const bundel = (id: string, van: string, naar: string) => ({
      id,
      van,
      naar,
      breedteEm: 2,
      prioriteit: 1,
    });
    const { labels, tellingen } = kiesLabels(
      {
        // Below closed box a: its label would run into the box.
        knopen: [knoop('onder-a', 0, -100, 10), knoop('vrij', 2000, 0)],
        open: [{ frame: doos(2000, 500, 600, 300), breedteEm: 6, maxBreedte: Infinity }],
        dicht: new Map([
          ['a', a],
          ['b', b],
        ]),
        // Between a and b; and from a to the open group, which has no box to end on.
        bundels: [bundel('ab', 'a', 'b'), bundel('a-open', 'a', 'open')],
      },
      40,
    );
    expect([...labels]).toEqual(['vrij']);
    expect([...tellingen]).toEqual(['ab']);
  });
});
