// SPDX-License-Identifier: EUPL-1.2
// Computes node positions for a region map with Cytoscape in headless mode, so browsers receive
// ready positions and never pay for a layout (issue 3: fcose alone takes 0.2–2.6 s on 300 nodes).
// CPU-heavy: runs in a worker thread (layout-worker.ts).
import cytoscape from 'cytoscape';
import elk from 'cytoscape-elk';
import fcose from 'cytoscape-fcose';
import { mapNodeKey, type LayoutGraph } from '../domain/region-map.ts';

cytoscape.use(fcose);
cytoscape.use(elk);

export type Indeling = 'OVERZICHT' | 'STROOM';
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

export async function layoutGraph(
  graph: LayoutGraph,
  indeling: Indeling,
  previous?: Positions,
): Promise<Positions> {
  const start = startPositions(graph, previous);
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
    const { x, y } = node.position();
    positions[node.id()] = { x: Math.round(x), y: Math.round(y) };
  });
  cy.destroy();
  return positions;
}
