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
            // The same on a copy; a value set later is set from the one before where there is one.
            kopie = new Map(kopie);
            const stappen = write.map(([soort, k, v]) => {
              const later = soort === 'later' && kopie.has(k);
              if (soort === 'delete') kopie.delete(k);
              else kopie.set(k, later ? kopie.get(k)! + v : v);
              return [later ? 'later' : soort === 'delete' ? 'delete' : 'set', k, v] as const;
            });
            map = metWijzigingen(
              map,
              (m) => {
                for (const [soort, k, v] of stappen) {
                  if (soort === 'later')
                    m.setLater(k, v, (van, stappen) => stappen.reduce((a, b) => a + b, van));
                  else if (soort === 'set') m.set(k, v);
                  else m.delete(k);
                }
              },
              samenvoegen,
            );
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

  it('makes a value set later when it is first read, once for all writes since', () => {
    const voor = new Map(Array.from({ length: 1000 }, (_, i) => [`k${i}`, [i]]));
    const gemaakt: (readonly number[])[] = [];
    const maak = (van: number[], stappen: readonly number[]) => {
      gemaakt.push(stappen);
      return [...van, ...stappen];
    };
    const na = metWijzigingen(voor, (m) => m.setLater('k5', -1, maak));
    const daarna = metWijzigingen(na, (m) => m.setLater('k5', -2, maak));
    expect(gemaakt).toEqual([]);
    expect(daarna.get('k5')).toEqual([5, -1, -2]);
    expect(daarna.get('k5')).toBe(daarna.get('k5'));
    expect(na.get('k5')).toEqual([5, -1]);
    expect(gemaakt).toEqual([[-1, -2], [-1]]);
    expect(() => metWijzigingen(voor, (m) => m.setLater('nieuw', 0, maak))).toThrow();
  });

  it('makes a value set later in many writes and never read once its steps are many', () => {
    let map: ReadonlyMap<string, number[]> = new Map([['k', [0]]]);
    let gemaakt = 0;
    for (let i = 1; i <= 100; i++)
      map = metWijzigingen(map, (m) =>
        m.setLater('k', i, (van, stappen) => {
          gemaakt++;
          return [...van, ...stappen];
        }),
      );
    expect(gemaakt).toBe(1);
    expect(map.get('k')).toEqual(Array.from({ length: 101 }, (_, i) => i));
  });

  it('lays changes over the lookup, leaving it as it was', () => {
    const voor = new Map(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    const na = metWijzigingen(voor, (m) => m.set('k5', -5));
    expect(na).toBeInstanceOf(LaagMap);
    expect([na.get('k5'), voor.get('k5')]).toEqual([-5, 5]);
  });
});
