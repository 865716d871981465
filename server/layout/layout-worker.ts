// SPDX-License-Identifier: EUPL-1.2
// Worker thread: computes layouts off the main event loop, one request at a time.
import { parentPort } from 'node:worker_threads';
import { layoutGraph, type Indeling, type Positions } from './layout-graph.ts';
import type { LayoutGraph } from '../domain/region-map.ts';

export interface LayoutRequest {
  id: number;
  graph: LayoutGraph;
  indeling: Indeling;
  previous: Positions | undefined;
}
export type LayoutResponse = { id: number; positions: Positions } | { id: number; error: string };

parentPort?.on('message', (request: LayoutRequest) => {
  layoutGraph(request.graph, request.indeling, request.previous).then(
    (positions) => parentPort?.postMessage({ id: request.id, positions } satisfies LayoutResponse),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies LayoutResponse),
  );
});
