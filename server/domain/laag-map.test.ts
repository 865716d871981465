// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LaagMap, metWijzigingen } from './laag-map.ts';

/** A key from a small set, so sets and deletes meet the same keys often. */
const sleutel = fc.integer({ min: 0, max: 90 }).map((i) => `k${i}`);
const stap = fc.oneof(
  fc.tuple(fc.constant('set' as const), sleutel, fc.integer()),
  fc.tuple(fc.constant('later' as const), sleutel, fc.integer()),
  fc.tuple(fc.constant('delete' as const), sleutel, fc.constant(0)),
);

describe('metWijzigingen', () => {
  it('equals a copied Map with the same sets and deletes, in order too, over many writes', () => {
    // A value set later is set where the key is in the lookup, and is then read or not.
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
                const er = new Map(map);
                for (const [soort, k, v] of write) {
                  if (soort === 'later' && er.has(k)) m.setLater(k, () => v);
                  else if (soort !== 'delete') m.set(k, v);
                  else m.delete(k);
                  if (soort === 'delete') er.delete(k);
                  else er.set(k, v);
                }
              },
              samenvoegen,
            );
            kopie = new Map(kopie);
            for (const [soort, k, v] of write) {
              if (soort === 'delete') kopie.delete(k);
              else kopie.set(k, v);
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

  it('makes a value set later when it is first read, once, also for the layers after it', () => {
    const voor = new Map(Array.from({ length: 1000 }, (_, i) => [`k${i}`, [i]]));
    let gemaakt = 0;
    const na = metWijzigingen(voor, (m) =>
      m.setLater('k5', () => {
        gemaakt++;
        return [-5];
      }),
    );
    const daarna = metWijzigingen(na, (m) => m.set('k6', [-6]));
    expect(gemaakt).toBe(0);
    expect(daarna.get('k5')).toEqual([-5]);
    expect(na.get('k5')).toBe(daarna.get('k5'));
    expect(gemaakt).toBe(1);
    expect(() => metWijzigingen(voor, (m) => m.setLater('nieuw', () => [0]))).toThrow();
  });

  it('lays changes over the lookup, leaving it as it was', () => {
    const voor = new Map(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    const na = metWijzigingen(voor, (m) => m.set('k5', -5));
    expect(na).toBeInstanceOf(LaagMap);
    expect([na.get('k5'), voor.get('k5')]).toEqual([-5, 5]);
  });
});
