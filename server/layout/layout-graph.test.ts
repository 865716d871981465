// SPDX-License-Identifier: EUPL-1.2
// Layout determinism on the example region (27 knooppunten, 53 routes; 54 nodes and 156 edges
// with the organisatie layer). Runs Cytoscape in-process (not in the worker): 2–3 s in all.
import { describe, expect, it } from 'vitest';
import { REGIO } from '../../seed/example-region.ts';
import { exampleIndex } from '../../test/example-index.ts';
import { layoutGraphOf, mapNodeKey, regionMap, type LayoutGraph } from '../domain/region-map.ts';
import { findRoutes, routeGraphOf } from '../domain/routes.ts';
import { layoutGraph, type Positions } from './layout-graph.ts';
import { KOLOM, RIJ } from './route-layout.ts';

const map = regionMap(exampleIndex(), REGIO);
const knooppunten = layoutGraphOf(map, false);
const metOrganisaties = layoutGraphOf(map, true);

const keysOf = (graph: LayoutGraph) => graph.nodes.map((n) => mapNodeKey(n.kind, n.id)).sort();

function expectEveryNodePlaced(graph: LayoutGraph, positions: Positions) {
  expect(Object.keys(positions).sort()).toEqual(keysOf(graph));
  for (const [key, { x, y }] of Object.entries(positions)) {
    expect(Number.isFinite(x) && Number.isFinite(y), key).toBe(true);
    // Rounded to whole pixels, so the answer (and the cache) is stable.
    expect(Number.isInteger(x) && Number.isInteger(y), key).toBe(true);
  }
  // No two nodes on the same spot.
  expect(new Set(Object.values(positions).map(({ x, y }) => `${x},${y}`)).size).toBe(
    graph.nodes.length,
  );
}

/** How far each node present in both moved, largest first. */
const displacements = (before: Positions, after: Positions) =>
  Object.keys(after)
    .filter((key) => before[key] !== undefined)
    .map((key) => Math.hypot(after[key]!.x - before[key]!.x, after[key]!.y - before[key]!.y))
    .sort((a, b) => b - a);

/** The graph without one knooppunt and its routes: a changed structure. */
function without(graph: LayoutGraph, knooppuntId: string): LayoutGraph {
  const key = mapNodeKey('KNOOPPUNT', knooppuntId);
  return {
    nodes: graph.nodes.filter((n) => !(n.kind === 'KNOOPPUNT' && n.id === knooppuntId)),
    edges: graph.edges.filter((e) => e.source !== key && e.target !== key),
  };
}

describe('layoutGraph on the example region', () => {
  it('has the expected graphs to lay out', () => {
    expect([knooppunten.nodes.length, knooppunten.edges.length]).toEqual([27, 53]);
    expect([metOrganisaties.nodes.length, metOrganisaties.edges.length]).toEqual([54, 156]);
  });

  /** The Overzicht layout of the knooppunten, computed once and shared by the tests below. */
  let overzicht: Promise<Positions> | undefined;
  const overzichtVanKnooppunten = () => (overzicht ??= layoutGraph(knooppunten, 'OVERZICHT'));

  it('Overzicht (fCoSE): the same graph gives the same positions twice, every node placed', async () => {
    const first = await overzichtVanKnooppunten();
    const second = await layoutGraph(knooppunten, 'OVERZICHT');
    expect(second).toEqual(first);
    expectEveryNodePlaced(knooppunten, first);
  });

  it('Stroom (ELK): the same graph gives the same positions twice; meldpunten left of overlegtafels', async () => {
    const first = await layoutGraph(knooppunten, 'STROOM');
    const second = await layoutGraph(knooppunten, 'STROOM');
    expect(second).toEqual(first);
    expectEveryNodePlaced(knooppunten, first);
    // The columns hold within a connected part of the map; ELK lays out a knooppunt without any
    // route (radicalisering-casusoverleg, an overlegtafel) as a component of its own, at the far left.
    const routed = new Set(knooppunten.edges.flatMap((e) => [e.source, e.target]));
    const unrouted = knooppunten.nodes
      .filter((n) => !routed.has(mapNodeKey(n.kind, n.id)))
      .map((n) => n.id);
    expect(unrouted).toEqual(['radicalisering-casusoverleg']);
    const column = (laag: number) =>
      knooppunten.nodes
        .map((n) => mapNodeKey(n.kind, n.id))
        .filter((key, i) => knooppunten.nodes[i]!.laag === laag && routed.has(key))
        .map((key) => first[key]!.x);
    const [meldpunten, overlegtafels] = [column(0), column(1)];
    expect([meldpunten.length, overlegtafels.length]).toEqual([8, 18]);
    expect(Math.max(...meldpunten)).toBeLessThan(Math.min(...overlegtafels));
  });

  it('places every node of a changed structure, new ones included, and drops the ones that left', async () => {
    const previous = await overzichtVanKnooppunten();
    const changed: LayoutGraph = {
      nodes: [
        ...without(knooppunten, 'jeugdgroepoverleg-hoorn').nodes,
        { kind: 'KNOOPPUNT', id: 'zz-nieuw', laag: 1 },
      ],
      edges: [
        ...without(knooppunten, 'jeugdgroepoverleg-hoorn').edges,
        { source: 'k:veilig-thuis', target: 'k:zz-nieuw' },
      ],
    };
    const next = await layoutGraph(changed, 'OVERZICHT', structuredClone(previous));
    expectEveryNodePlaced(changed, next);
    expect(next).not.toHaveProperty(['k:jeugdgroepoverleg-hoorn']);
  });

  // The map keeps its shape when its structure changes (README "Layouts", ux-review row 11): a
  // node the user has seen stays where it was. Before, fCoSE re-ran from the previous positions
  // and ending the one knooppunt without routes moved others by up to 214 px (median 85).
  it('Overzicht: ending a knooppunt moves no other node', async () => {
    const previous = await overzichtVanKnooppunten();
    for (const id of ['radicalisering-casusoverleg', 'jeugdgroepoverleg-hoorn']) {
      const next = await layoutGraph(
        without(knooppunten, id),
        'OVERZICHT',
        structuredClone(previous),
      );
      const moved = displacements(previous, next);
      expect(moved).toHaveLength(26);
      expect(moved[0], id).toBe(0);
    }
  });

  it('Overzicht: a new knooppunt is placed near its neighbour, the others stay put', async () => {
    const previous = await overzichtVanKnooppunten();
    const changed: LayoutGraph = {
      nodes: [...knooppunten.nodes, { kind: 'KNOOPPUNT', id: 'zz-nieuw', laag: 1 }],
      edges: [...knooppunten.edges, { source: 'k:veilig-thuis', target: 'k:zz-nieuw' }],
    };
    const next = await layoutGraph(changed, 'OVERZICHT', structuredClone(previous));
    expectEveryNodePlaced(changed, next);
    expect(displacements(previous, next)[0]).toBe(0);
    const nieuw = next['k:zz-nieuw']!;
    const buur = next['k:veilig-thuis']!;
    expect(Math.hypot(nieuw.x - buur.x, nieuw.y - buur.y)).toBeLessThan(400);
    // Not on top of another node (nodes are laid out 100 × 60 with their label).
    const nearest = Math.min(
      ...Object.entries(next)
        .filter(([key]) => key !== 'k:zz-nieuw')
        .map(([, p]) => Math.hypot(p.x - nieuw.x, p.y - nieuw.y)),
    );
    expect(nearest).toBeGreaterThan(50);
  });
});

describe('layoutGraph of a knooppunt’s routes', () => {
  const routes = (richting: 'UIT' | 'IN', maxStappen: number) =>
    routeGraphOf(
      'meldpunt-zorg-overlast',
      findRoutes(exampleIndex(), 'meldpunt-zorg-overlast', { richting, maxStappen }).routes,
      richting,
    );

  it('puts the direct targets in one column after the knooppunt, a label’s room apart, and the chains beyond', async () => {
    for (const [richting, kant] of [
      ['UIT', 1],
      ['IN', -1],
    ] as const) {
      const graph = routes(richting, 3);
      const first = await layoutGraph(graph, 'ROUTES');
      expect(await layoutGraph(graph, 'ROUTES')).toEqual(first);
      expectEveryNodePlaced(graph, first);
      const stap = (n: LayoutGraph['nodes'][number]) =>
        richting === 'UIT' ? n.laag : Math.max(...graph.nodes.map((m) => m.laag)) - n.laag;
      const op = (s: number) =>
        graph.nodes.filter((n) => stap(n) === s).map((n) => first[mapNodeKey(n.kind, n.id)]!);
      const [knooppunt] = op(0);
      expect(knooppunt).toEqual({ x: 0, y: 0 });
      const direct = op(1).sort((a, b) => a.y - b.y);
      expect(direct.length).toBeGreaterThan(1);
      // Top to bottom as the route list names them (fewest steps, then by name).
      const lijst = findRoutes(exampleIndex(), 'meldpunt-zorg-overlast', {
        richting,
        maxStappen: 3,
      })
        .routes.filter((r) => r.stappen.length === 1)
        .map(
          ({ stappen: [s] }) =>
            first[mapNodeKey('KNOOPPUNT', richting === 'UIT' ? s!.naar.id : s!.van.id)]!.y,
        );
      expect(lijst).toEqual([...lijst].sort((a, b) => a - b));
      expect(lijst).toHaveLength(direct.length);
      expect(direct.every((p) => p.x === kant * KOLOM)).toBe(true);
      direct.slice(1).forEach((p, i) => expect(p.y - direct[i]!.y).toBe(RIJ));
      // Each further step a column further out.
      for (let s = 2; op(s).length > 0; s++)
        expect(op(s).every((p) => kant * p.x > kant * op(s - 1)[0]!.x)).toBe(true);
    }
  });
});
