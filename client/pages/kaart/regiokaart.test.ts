// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { treden } from './regiokaart.ts';

describe('the shades of the national map', () => {
  it('gives 0 its own shade and splits the rest into three steps up to the busiest region', () => {
    const { tint, legenda } = treden(760);
    expect(legenda).toEqual(['0', '1 tot en met 254', '255 tot en met 507', '508 tot en met 760']);
    expect([0, 1, 254, 255, 507, 508, 760].map(tint)).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });

  it('leaves out the steps that small numbers cannot fill, and every count has a shown step', () => {
    for (const max of [0, 1, 2, 3, 4, 27]) {
      const { tint, legenda } = treden(max);
      for (let n = 0; n <= max; n++) expect(legenda[tint(n)], `${n} van ${max}`).not.toBe('');
    }
    expect(treden(0).legenda.filter(Boolean)).toEqual(['0']);
    expect(treden(1).legenda.filter(Boolean)).toEqual(['0', '1']);
    expect(treden(1200).legenda[3]).toBe('801 tot en met 1.200');
  });
});
