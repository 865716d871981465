// SPDX-License-Identifier: EUPL-1.2
// The routes of one knooppunt in ranks by step (issue 17): the knooppunt, then the knooppunten it
// reaches directly, then those one step further. Placed here rather than by ELK, whose layering
// added a column for every route between two knooppunten of the same step and put the direct
// targets so close together that their labels could not be drawn.
import { mapNodeKey, type LayoutGraph } from '../domain/region-map.ts';
import type { Positions } from './layout-graph.ts';

/**
 * Room for a label below its node, in map units at the zoom that fits such a map to the canvas of a
 * screen or a phone (about 0.27, where label-detail.ts draws the font 50 units high): 11 em wide,
 * three lines high.
 */
const LABEL = { breedte: 560, hoogte: 200 };
/** The largest node (map-view.ts grootte). */
const KNOOP = 64;
/** Between two rows: a node and the three lines below it. */
export const RIJ = KNOOP + LABEL.hoogte + 36;
/**
 * Between two ranks a label's width, so every knooppunt's name has room below it. The further
 * ranks used to sit just beside the direct targets, for a phone's narrow canvas: there their names
 * never had room, at any zoom, and a wide screen left half its canvas empty (issue 17). On a
 * phone a map of two or three steps is now drawn smaller, the direct targets' names first.
 */
export const KOLOM = LABEL.breedte + 30;

/**
 * Positions for routeGraphOf's graph: the knooppunt alone in the first (UIT) or last (IN) rank,
 * every other knooppunt in the rank of its fewest steps. The direct targets stand one below the
 * other, each with room for its label; further ranks follow their neighbours in the rank before
 * (fewer crossings).
 */
export function routeLayout(graph: LayoutGraph): Positions {
  const lagen = [...new Set(graph.nodes.map((n) => n.laag))].sort((a, b) => a - b);
  const inLaag = (laag: number) =>
    graph.nodes.filter((n) => n.laag === laag).map((n) => mapNodeKey(n.kind, n.id));
  // UIT puts the knooppunt alone at laag 0, IN at the last laag: the ranks run outward from it.
  const uit = inLaag(lagen[0]!).length === 1;
  const volgorde = uit ? lagen : [...lagen].reverse();
  const richting = uit ? 1 : -1;
  const buren = new Map<string, string[]>();
  const voegToe = (key: string, buur: string) => {
    const lijst = buren.get(key);
    if (lijst) lijst.push(buur);
    else buren.set(key, [buur]);
  };
  for (const { source, target } of graph.edges) {
    voegToe(source, target);
    voegToe(target, source);
  }
  const posities: Positions = {};
  const [wortel] = volgorde.length > 0 ? inLaag(volgorde[0]!) : [];
  if (wortel === undefined) return posities;
  posities[wortel] = { x: 0, y: 0 };
  const direct = volgorde.length > 1 ? inLaag(volgorde[1]!) : [];
  direct.forEach((key, i) => {
    posities[key] = { x: richting * KOLOM, y: (i - (direct.length - 1) / 2) * RIJ };
  });
  // Further ranks on the direct targets' rows, near the neighbours they are reached from.
  const boven = (direct.length - 1) / 2;
  volgorde.slice(2).forEach((laag, r) => {
    const zwaartepunt = (key: string) => {
      const ys = (buren.get(key) ?? []).flatMap((b) => {
        const p = posities[b];
        return p ? [p.y] : [];
      });
      return ys.reduce((a, b) => a + b, 0) / Math.max(1, ys.length);
    };
    const rang = inLaag(laag)
      .map((key) => ({ key, rij: zwaartepunt(key) / RIJ + boven }))
      .sort((a, b) => a.rij - b.rij || a.key.localeCompare(b.key));
    // Each on the nearest row below the one before, kept within the direct targets' rows where
    // they are enough, so the map grows no taller than those.
    const rijen: number[] = [];
    rang.forEach((n, i) =>
      rijen.push(Math.max(0, Math.round(n.rij), i === 0 ? 0 : rijen[i - 1]! + 1)),
    );
    const laatste = Math.max(direct.length, rang.length) - 1;
    for (let i = rang.length - 1; i >= 0; i--)
      rijen[i] = Math.min(rijen[i]!, (rijen[i + 1] ?? laatste + 1) - 1);
    rang.forEach((n, i) => {
      posities[n.key] = { x: richting * (r + 2) * KOLOM, y: (rijen[i]! - boven) * RIJ };
    });
  });
  return posities;
}
