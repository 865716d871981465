// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  buildOverdracht,
  buildRegistry,
  entity,
} from '../../test/builders.ts';
import type { Knooppunt, Overdracht } from './model.ts';
import { indexRegistry } from './registry-index.ts';
import { findRoutes, routeGraphOf } from './routes.ts';

const k = (id: string, overrides: Partial<Knooppunt> = {}) =>
  entity(id, buildKnooppunt({ naam: id.toUpperCase(), ...overrides }));
const o = (van: string, naar: string, overrides: Partial<Overdracht> = {}) =>
  entity(`${van}-${naar}`, buildOverdracht(van, naar, overrides));
const chains = (result: ReturnType<typeof findRoutes>) =>
  result.routes.map((r) => [r.stappen[0]!.van.id, ...r.stappen.map((s) => s.naar.id)].join('>'));

describe('findRoutes', () => {
  // m → a → b → c → d, a cycle b → a, a second way m → b, and an unreachable table x.
  const registry = buildRegistry({
    knooppunten: [
      k('m', { functie: 'MELDPUNT' }),
      k('a'),
      k('b', { themaIds: ['thema-b'] }),
      k('c'),
      k('d'),
      k('x'),
    ],
    overdrachten: [o('m', 'a'), o('a', 'b'), o('b', 'a'), o('b', 'c'), o('c', 'd'), o('m', 'b')],
  });
  const index = indexRegistry(registry);

  it('finds every simple route within the bound, shortest first, and survives cycles', () => {
    expect(chains(findRoutes(index, 'm'))).toEqual([
      'm>a',
      'm>b',
      'm>b>a',
      'm>a>b',
      'm>b>c',
      'm>a>b>c',
      'm>b>c>d',
    ]);
  });

  it('lays routes out in columns by their fewest steps, the chosen knooppunt at the start', () => {
    const uit = routeGraphOf('m', findRoutes(index, 'm').routes, 'UIT');
    expect(Object.fromEntries(uit.nodes.map((n) => [n.id, n.laag]))).toEqual({
      m: 0,
      a: 1,
      b: 1,
      c: 2,
      d: 3,
    });
    const naarC = routeGraphOf(
      'c',
      findRoutes(index, 'c', { richting: 'IN', maxStappen: 2 }).routes,
      'IN',
    );
    expect(Object.fromEntries(naarC.nodes.map((n) => [n.id, n.laag]))).toEqual({
      c: 2,
      b: 1,
      a: 0,
      m: 0,
    });
  });

  it('respects the bound on steps and never reaches an unconnected table', () => {
    expect(chains(findRoutes(index, 'm', { maxStappen: 1 }))).toEqual(['m>a', 'm>b']);
    const all = chains(findRoutes(index, 'm', { maxStappen: 6 }));
    expect(all).toContain('m>a>b>c>d');
    expect(all.some((c) => c.includes('x'))).toBe(false);
  });

  it('reports several routes to one table, and the reverse: where casussen come from', () => {
    expect(chains(findRoutes(index, 'm')).filter((c) => c.endsWith('>c'))).toEqual([
      'm>b>c',
      'm>a>b>c',
    ]);
    expect(chains(findRoutes(index, 'c', { richting: 'IN', maxStappen: 2 }))).toEqual([
      'b>c',
      'a>b>c',
      'm>b>c',
    ]);
  });

  it('keeps only routes into knooppunten with the thema, and caps the number of routes', () => {
    expect(chains(findRoutes(index, 'm', { filter: { themaIds: ['thema-b'] } }))).toEqual([
      'm>b',
      'm>a>b',
    ]);
    const capped = findRoutes(index, 'm', { maxRoutes: 2 });
    expect(capped.routes).toHaveLength(2);
    expect(capped.afgekapt).toBe(true);
  });

  it('names who does the aanmelding, and states the problems of each step (R12, R13, R10)', () => {
    const withParties = indexRegistry(
      buildRegistry({
        knooppunten: [
          k('tafel', { wettelijkeBasis: 'NIET_EXPLICIET' }),
          k('zvh'),
          k('vt', { functie: 'MELDPUNT', wettelijkeBasis: 'WETTELIJK_GEREGELD' }),
        ],
        organisaties: [
          entity('ggz', buildOrganisatie()),
          entity(
            'gemeente',
            buildOrganisatie({ naam: 'Gemeente', type: 'GEMEENTE', beroepsgeheim: null }),
          ),
        ],
        deelnames: [
          entity(
            'd1',
            buildDeelname('ggz', 'tafel', { beroepsgeheim: false, beroepsgeheimRegeling: null }),
          ),
          entity('d2', buildDeelname('ggz', 'zvh')),
          entity(
            'd3',
            buildDeelname('gemeente', 'tafel', {
              beroepsgeheim: false,
              beroepsgeheimRegeling: null,
            }),
          ),
        ],
        overdrachten: [
          o('tafel', 'zvh', { aanmeldingDoor: 'NIET_VASTGELEGD', informatie: null }),
          o('tafel', 'vt', { aanmeldingDoor: 'PARTNER', aanmelderId: 'gemeente' }),
          o('vt', 'zvh', { aanmeldingDoor: 'KNOOPPUNT_ZELF', clientGeinformeerdDoor: null }),
          o('zvh', 'tafel', { aanmeldingDoor: 'KNOOPPUNT_ZELF' }),
        ],
      }),
    );
    const steps = new Map(
      findRoutes(withParties, 'tafel', { maxStappen: 1 }).routes.map((r) => [
        r.stappen[0]!.naar.id,
        r.stappen[0]!,
      ]),
    );
    const naarZvh = steps.get('zvh')!;
    expect(naarZvh.aanmelding.kandidaten.map((x) => x.id)).toEqual(['ggz']);
    expect(naarZvh.problemen.map((p) => p.regel)).toEqual([
      'R12.partner',
      'R13.informatie',
      'R10.ontvanger',
    ]);
    expect(naarZvh.problemen[0]!.melding).toContain('GGZ-aanbieder Test');
    // Anyone may report to a meldpunt: the aanmelder need not take part there (H Bijlage 1.1, §5.3).
    expect(steps.get('vt')!.problemen.map((p) => p.regel)).toEqual([]);

    const vanVt = findRoutes(withParties, 'vt', { maxStappen: 1 }).routes[0]!.stappen[0]!;
    expect(vanVt.problemen.map((p) => p.regel)).toEqual(['R13.client', 'R10.ontvanger']);
    const vanZvh = findRoutes(withParties, 'zvh', { maxStappen: 1 }).routes[0]!.stappen[0]!;
    expect(vanZvh.problemen.map((p) => p.regel)).toContain('R12.zelf');
  });

  it('lets only a meldpunt with its own legal task or a named taakhouder refer on its own; an overlegtafel never (H §4.3 fase 4, §5.3)', () => {
    const zelf = (overrides: Partial<Knooppunt>) => {
      const graph = indexRegistry(
        buildRegistry({
          knooppunten: [k('van', overrides), k('naar')],
          organisaties: [
            entity(
              'raad',
              buildOrganisatie({
                naam: 'Raad',
                type: 'RAAD_VOOR_DE_KINDERBESCHERMING',
                beroepsgeheim: null,
              }),
            ),
          ],
          overdrachten: [o('van', 'naar', { aanmeldingDoor: 'KNOOPPUNT_ZELF' })],
        }),
      );
      return findRoutes(graph, 'van').routes[0]!.stappen[0]!.problemen.some(
        (p) => p.regel === 'R12.zelf',
      );
    };
    const meldpunt = { functie: 'MELDPUNT', werkproces: 'MELDPUNT' } as const;
    expect(zelf({ ...meldpunt, wettelijkeBasis: 'WETTELIJK_GEREGELD' })).toBe(false);
    expect(
      zelf({ ...meldpunt, wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ', taakhouderId: 'raad' }),
    ).toBe(false);
    expect(zelf({ ...meldpunt, wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ', taakhouderId: null })).toBe(
      true,
    );
    expect(zelf({ ...meldpunt, wettelijkeBasis: 'NIET_EXPLICIET' })).toBe(true);
    // An overlegtafel has no legal task of its own to provide data on, whatever its typing (H §5.3).
    expect(zelf({ wettelijkeBasis: 'WETTELIJK_GEREGELD' })).toBe(true);
    expect(zelf({ wettelijkeBasis: 'TAAK_VAN_EEN_PARTIJ', taakhouderId: 'raad' })).toBe(true);
  });

  it('only reports routes that exist, never repeats a knooppunt, and stays within the bound (property)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const edge = fc
      .tuple(fc.constantFrom(...ids), fc.constantFrom(...ids))
      .filter(([x, y]) => x !== y);
    fc.assert(
      fc.property(
        fc.uniqueArray(edge, { selector: ([x, y]) => `${x}${y}`, maxLength: 20 }),
        fc.constantFrom(...ids),
        fc.integer({ min: 1, max: 5 }),
        (edges, start, bound) => {
          const graph = indexRegistry(
            buildRegistry({
              knooppunten: ids.map((id) => k(id)),
              overdrachten: edges.map(([x, y]) => o(x, y)),
            }),
          );
          const existing = new Set(edges.map(([x, y]) => `${x}-${y}`));
          for (const route of findRoutes(graph, start, { maxStappen: bound }).routes) {
            expect(route.stappen.length).toBeLessThanOrEqual(bound);
            expect(route.stappen[0]!.van.id).toBe(start);
            const visited = [start, ...route.stappen.map((s) => s.naar.id)];
            expect(new Set(visited).size).toBe(visited.length);
            route.stappen.forEach((s, i) => {
              expect(existing.has(s.overdracht.id)).toBe(true);
              if (i > 0) expect(s.van.id).toBe(route.stappen[i - 1]!.naar.id);
            });
          }
        },
      ),
    );
  });
});
