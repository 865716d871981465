// SPDX-License-Identifier: EUPL-1.2
// Computes node positions for a region map with Cytoscape in headless mode, so browsers receive
// ready positions and never pay for a layout (issue 3: fcose alone takes 0.2–2.6 s on 300 nodes).
// CPU-heavy: runs in a worker thread (layout-worker.ts).
import cytoscape from 'cytoscape';
import elk from 'cytoscape-elk';
import fcose from 'cytoscape-fcose';
import { mapNodeKey, type LayoutGraph } from '../domain/region-map.ts';
import { routeLayout } from './route-layout.ts';

cytoscape.use(fcose);
cytoscape.use(elk);

/** A region map's two layouts, and ROUTES for one knooppunt's routes in ranks (route-layout.ts). */
export type Indeling = 'OVERZICHT' | 'STROOM' | 'ROUTES';
export type Positions = Record<string, { x: number; y: number }>;

/** A deterministic start: nodes on a spiral in canonical order, or where they were before. */
function startPositions(graph: LayoutGraph, previous: Positions | undefined): Positions {
  const start: Positions = {};
  graph.nodes.forEach((node, i) => {
    const key = mapNodeKey(node.kind, node.id);
    const angle = i * 2.399963; // golden angle
    start[key] = previous?.[key] ?? {
      x: Math.cos(angle) * 40 * Math.sqrt(i + 1),
      y: Math.sin(angle) * 40 * Math.sqrt(i + 1),
    };
  });
  return start;
}

/** Centre distance at which two nodes (100 × 60 with their label) and their edges stay clear. */
const CLEARANCE = 130;

/**
 * Places each new node at the first free spot on rings around its already placed neighbours
 * (or, without any, around the map's centre), so the known nodes need not move at all.
 */
function placeNewNodes(graph: LayoutGraph, start: Positions, known: ReadonlySet<string>): void {
  const placed = [...known].map((key) => start[key]!);
  const centre = (points: { x: number; y: number }[]) => ({
    x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
    y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
  });
  const free = (x: number, y: number) =>
    placed.every((p) => Math.hypot(p.x - x, p.y - y) >= CLEARANCE);
  for (const node of graph.nodes) {
    const key = mapNodeKey(node.kind, node.id);
    if (known.has(key)) continue;
    const neighbours = graph.edges
      .flatMap((e) => (e.source === key ? [e.target] : e.target === key ? [e.source] : []))
      .filter((k) => known.has(k) || placed.includes(start[k]!))
      .map((k) => start[k]!);
    const around = centre(neighbours.length > 0 ? neighbours : placed);
    let spot = around;
    search: for (let ring = 1; ring < 100; ring++) {
      const steps = 6 * ring;
      for (let step = 0; step < steps; step++) {
        const angle = (2 * Math.PI * step) / steps;
        const x = around.x + Math.cos(angle) * CLEARANCE * ring;
        const y = around.y + Math.sin(angle) * CLEARANCE * ring;
        if (free(x, y)) {
          spot = { x, y };
          break search;
        }
      }
    }
    start[key] = spot;
    placed.push(spot);
  }
}

export async function layoutGraph(
  graph: LayoutGraph,
  indeling: Indeling,
  previous?: Positions,
): Promise<Positions> {
  if (indeling === 'ROUTES') return roundAll(routeLayout(graph));
  const start = startPositions(graph, previous);
  // Nodes the user has seen before stay where they were (the mental map): only new ones are
  // placed. Re-running fCoSE from a finished layout still moved nodes by up to 200 px, and
  // removing one knooppunt reshuffled the whole Overzicht (ux-review row 11).
  const known = new Set(
    graph.nodes.map((n) => mapNodeKey(n.kind, n.id)).filter((key) => previous?.[key]),
  );
  if (indeling === 'OVERZICHT' && known.size > 0) {
    placeNewNodes(graph, start, known);
    return roundAll(start);
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Without it Cytoscape runs its 'null' layout on creation and puts every node at (0,0),
    // throwing away the previous positions the map should keep its shape from.
    layout: { name: 'preset' },
    // Headless Cytoscape cannot measure labels: nodes are sized to include theirs.
    style: [{ selector: 'node', style: { width: 100, height: 60 } }],
    elements: [
      ...graph.nodes.map((node) => {
        const id = mapNodeKey(node.kind, node.id);
        return { group: 'nodes' as const, data: { id, partitie: node.laag }, position: start[id]! };
      }),
      ...graph.edges.map((edge, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: edge.source, target: edge.target },
      })),
    ],
  });
  const options =
    indeling === 'OVERZICHT'
      ? {
          name: 'fcose',
          animate: false,
          randomize: false,
          quality: 'proof',
          nodeRepulsion: () => 30000,
          idealEdgeLength: () => 130,
          nodeSeparation: 120,
          tile: true,
          tilingPaddingVertical: 40,
          tilingPaddingHorizontal: 40,
        }
      : {
          name: 'elk',
          animate: false,
          // The domain decides the columns (ELK partitions); ELK orders within them.
          nodeLayoutOptions: (node: cytoscape.NodeSingular) => ({
            'elk.partitioning.partition': String(node.data('partitie')),
          }),
          elk: {
            algorithm: 'layered',
            'elk.direction': 'RIGHT',
            'elk.partitioning.activate': 'true',
            'elk.spacing.nodeNode': '30',
            'elk.layered.spacing.nodeNodeBetweenLayers': '90',
          },
        };
  const layout = cy.layout(options);
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  await done;
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = node.position();
  });
  cy.destroy();
  return roundAll(positions);
}

/** Whole pixels, so the answer (and the cache) is stable. */
const roundAll = (positions: Positions): Positions =>
  Object.fromEntries(
    Object.entries(positions).map(([key, { x, y }]) => [
      key,
      { x: Math.round(x), y: Math.round(y) },
    ]),
  );
