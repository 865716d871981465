// SPDX-License-Identifier: EUPL-1.2
// Layouts of region maps, computed in a worker thread and cached by the map's structure (not by
// the store revision: editing a description does not move anything). When the structure changes,
// the new layout starts from the previous positions, so the map keeps its shape: in Overzicht the
// nodes that stay keep their place and only new ones are placed (layout-graph.ts).
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { LayoutGraph } from '../domain/region-map.ts';
import type { Indeling, Positions } from './layout-graph.ts';
import type { LayoutRequest, LayoutResponse } from './layout-worker.ts';

const CACHE_SIZE = 128;

export class MapLayouts {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (p: Positions) => void; reject: (e: Error) => void }
  >();
  /** By structure hash; Map keeps insertion order, so the first key is the least recently used. */
  private readonly cache = new Map<string, Promise<Positions>>();
  /** The latest positions per map (region, indeling, layers), the start of its next layout. */
  private readonly latest = new Map<string, Positions>();

  positions(mapKey: string, graph: LayoutGraph, indeling: Indeling): Promise<Positions> {
    const hash = createHash('sha256')
      .update(indeling)
      .update(JSON.stringify(graph))
      .digest('base64url');
    let result = this.cache.get(hash);
    if (result) {
      this.cache.delete(hash);
    } else {
      const latestKey = `${mapKey}|${indeling}`;
      result = this.compute({ graph, indeling, previous: this.latest.get(latestKey) }).then(
        (positions) => {
          this.latest.set(latestKey, positions);
          return positions;
        },
      );
      result.catch(() => this.cache.delete(hash));
    }
    this.cache.set(hash, result);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return result;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private compute(request: Omit<LayoutRequest, 'id'>): Promise<Positions> {
    const worker = (this.worker ??= this.startWorker());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } satisfies LayoutRequest);
    });
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url));
    // An idle worker must not keep the process alive.
    worker.unref();
    worker.on('message', (response: LayoutResponse) => {
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if ('error' in response) waiting?.reject(new Error(`layout: ${response.error}`));
      else waiting?.resolve(response.positions);
    });
    worker.on('error', (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.worker = undefined;
    });
    return worker;
  }
}
