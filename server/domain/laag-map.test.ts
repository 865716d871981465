// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LaagMap, metWijzigingen } from './laag-map.ts';

/** A key from a small set, so sets and deletes meet the same keys often. */
const sleutel = fc.integer({ min: 0, max: 90 }).map((i) => `k${i}`);
const stap = fc.oneof(
  fc.tuple(fc.constant('set' as const), sleutel, fc.integer()),
  fc.tuple(fc.constant('delete' as const), sleutel, fc.constant(0)),
);

describe('metWijzigingen', () => {
  it('equals a copied Map with the same sets and deletes, in order too, over many writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(stap, { maxLength: 6 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 20 }),
        (writes, samenvoegen) => {
          let map: ReadonlyMap<string, number> = new Map(
            Array.from({ length: 80 }, (_, i) => [`k${i}`, i] as const),
          );
          let kopie = new Map(map);
          for (const write of writes) {
            const voor = map;
            map = metWijzigingen(
              map,
              (m) => {
                for (const [soort, k, v] of write) {
                  if (soort === 'set') m.set(k, v);
                  else m.delete(k);
                }
              },
              samenvoegen,
            );
            kopie = new Map(kopie);
            for (const [soort, k, v] of write) {
              if (soort === 'set') kopie.set(k, v);
              else kopie.delete(k);
            }
            for (let i = 0; i <= 90; i++) {
              expect(map.get(`k${i}`)).toBe(kopie.get(`k${i}`));
              expect(map.has(`k${i}`)).toBe(kopie.has(`k${i}`));
            }
            expect(map.size).toBe(kopie.size);
            expect([...map]).toEqual([...kopie]);
            // The lookup before the write is left as it was.
            expect(voor).not.toBe(map);
          }
        },
      ),
    );
  });

  it('lays changes over the lookup, leaving it as it was', () => {
    const voor = new Map(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    const na = metWijzigingen(voor, (m) => m.set('k5', -5));
    expect(na).toBeInstanceOf(LaagMap);
    expect([na.get('k5'), voor.get('k5')]).toEqual([-5, 5]);
  });
});
