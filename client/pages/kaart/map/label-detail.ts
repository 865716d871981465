// SPDX-License-Identifier: EUPL-1.2
// Level of detail for labels: a label is drawn at a readable size on screen, and only where it does
// not overlap a more important one (selected, hovered, with many routes). Zoomed out the labels
// grow in map units, so fewer fit; zoomed in, all of them do (ux-review row 7, defect 17).
import { LABEL_FONT, LABEL_MAX_EM, TITEL_SCHAAL } from './encoding.ts';

/** The smallest label on screen, in CSS pixels. */
export const LABEL_PX = 12;
/** Zoomed out beyond this, labels stop growing: only the few most important still fit. */
const MAX_FONT = LABEL_FONT * 8;

/**
 * The label font in map units for a zoom level, in steps of a quarter so that zooming a little
 * does not restyle the map.
 */
export function labelFont(zoom: number): number {
  const wanted = Math.min(MAX_FONT, Math.max(LABEL_FONT, LABEL_PX / zoom));
  const step = Math.ceil(Math.log(wanted / LABEL_FONT) / Math.log(1.25));
  return Math.min(MAX_FONT, LABEL_FONT * 1.25 ** step);
}

/** The smallest target a finger gets, in CSS pixels (WCAG 2.5.8). */
export const TIK_PX = 24;
/** The smallest knooppunt in map units (map-view.ts, grootte). */
const KLEINSTE = 38;

/**
 * The zoom from which every node is drawn at least TIK_PX without growing. A phone's fit goes no
 * further out: squeezed into its canvas, a region of 27 knooppunten became a blob of overlapping
 * touch-size nodes (UX check, issue 17); the rest of the map is a pan away.
 */
export const TIK_ZOOM = TIK_PX / KLEINSTE;

/**
 * On a touch screen, the size in map units below which no node is drawn at this zoom, so that
 * each is at least TIK_PX on screen; 0 when every node is that large anyway. In steps of a
 * quarter, like the label font.
 */
export function tikMaat(zoom: number): number {
  const wanted = TIK_PX / zoom;
  if (wanted <= KLEINSTE) return 0;
  return KLEINSTE * 1.25 ** Math.ceil(Math.log(wanted / KLEINSTE) / Math.log(1.25));
}

export interface LabelKandidaat {
  id: string;
  /** Centre of the node, map units. */
  x: number;
  y: number;
  /** Height of the node: the label sits below it. */
  hoogte: number;
  /** Width of the label text on one line, in font sizes (so 10 is ten times the font size). */
  breedteEm: number;
  /** Higher first. */
  prioriteit: number;
  /** Drawn above the other nodes (the selection): no node covers its label. */
  boven?: boolean;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * A label's width in font sizes as labelBox counts it: Cytoscape wraps at spaces, so a long word
 * can end a line early and a label of 1.5 lines' width take three (the lines under "Nazorgloket
 * ex-gedetineerden West-Friesland" ran into the node below). Every line but the last counts as
 * LABEL_MAX_EM wide; `woorden` are the words' widths, `spatie` a space's.
 */
export function gewikkeldeBreedte(woorden: readonly number[], spatie: number): number {
  let [volle, regel] = [0, 0];
  for (const woord of woorden) {
    if (regel > 0 && regel + spatie + woord > LABEL_MAX_EM) [volle, regel] = [volle + 1, woord];
    else regel += (regel > 0 ? spatie : 0) + woord;
  }
  return volle * LABEL_MAX_EM + Math.min(regel, LABEL_MAX_EM);
}

/** Room kept around a label, in font sizes. */
const MARGE = 0.3;

/** The box a label takes below its node, wrapped at LABEL_MAX_EM, with a little room around it. */
export function labelBox(k: LabelKandidaat, font: number): Box {
  const regels = Math.min(3, Math.max(1, Math.ceil(k.breedteEm / LABEL_MAX_EM)));
  const breedte = Math.min(k.breedteEm, LABEL_MAX_EM) * font;
  const marge = font * MARGE;
  const y1 = k.y + k.hoogte / 2 + 4;
  return {
    x1: k.x - breedte / 2 - marge,
    x2: k.x + breedte / 2 + marge,
    y1: y1 - marge,
    y2: y1 + regels * font * 1.25 + marge,
  };
}

/**
 * The box a group's title takes: one bold line centred above its frame, at most `maxBreedte` wide
 * (longer titles end in an ellipsis).
 */
export function titelBox(frame: Box, breedteEm: number, maxBreedte: number, font: number): Box {
  const titel = font * TITEL_SCHAAL;
  const breedte = Math.min(maxBreedte, breedteEm * titel * 1.1);
  const midden = (frame.x1 + frame.x2) / 2;
  return {
    x1: midden - breedte / 2,
    x2: midden + breedte / 2,
    y1: frame.y1 - titel * 1.4,
    y2: frame.y1,
  };
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The box a node takes, map units (its width taken as its height: shapes are about square). */
const knoopBox = (k: LabelKandidaat): Box => ({
  x1: k.x - k.hoogte / 2,
  x2: k.x + k.hoogte / 2,
  y1: k.y - k.hoogte / 2,
  y2: k.y + k.hoogte / 2,
});

/**
 * The ids whose label is drawn: greedily by priority, each only if it overlaps none drawn before,
 * no other node (a label under a node could not be read, UX check issue 17) and none of the boxes
 * in `bezet` (group titles, always drawn); with `zicht`, only labels wholly inside it (a map
 * partly beyond the canvas by design shows no names cut off at its edge).
 */
export function zichtbareLabels(
  kandidaten: readonly LabelKandidaat[],
  font: number,
  bezet: readonly Box[] = [],
  zicht?: Box,
): Set<string> {
  const cel = LABEL_MAX_EM * font;
  /** Per cell the boxes in it, each with the node it belongs to ('' for none) and whether it is that node. */
  const raster = new Map<string, { box: Box; van: string; knoop: boolean }[]>();
  const cellen = (b: Box) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / cel); i <= Math.floor(b.x2 / cel); i++)
      for (let j = Math.floor(b.y1 / cel); j <= Math.floor(b.y2 / cel); j++) keys.push(`${i},${j}`);
    return keys;
  };
  const plaats = (box: Box, van: string, knoop = false, keys = cellen(box)) => {
    for (const key of keys) raster.set(key, [...(raster.get(key) ?? []), { box, van, knoop }]);
  };
  bezet.forEach((box) => plaats(box, ''));
  kandidaten.forEach((k) => plaats(knoopBox(k), k.id, true));
  const getoond = new Set<string>();
  for (const k of [...kandidaten].sort((a, b) => b.prioriteit - a.prioriteit)) {
    const box = labelBox(k, font);
    const binnen = (z: Box) => box.x1 >= z.x1 && box.x2 <= z.x2 && box.y1 >= z.y1 && box.y2 <= z.y2;
    if (zicht && !binnen(zicht)) continue;
    // Against nodes the text itself counts, not the room kept around it: a row of nodes keeps
    // its labels just below it.
    const m = font * MARGE;
    const tekst = { x1: box.x1 + m, x2: box.x2 - m, y1: box.y1 + m, y2: box.y2 - m };
    const keys = cellen(box);
    const botst = (key: string) =>
      raster
        .get(key)
        ?.some((ander) =>
          ander.knoop
            ? !k.boven && ander.van !== k.id && overlap(tekst, ander.box)
            : overlap(box, ander.box),
        );
    if (keys.some(botst)) continue;
    plaats(box, k.id, false, keys);
    getoond.add(k.id);
  }
  return getoond;
}

/** A bundled line's count (map-view.ts, edge.geteld) as a candidate to be drawn. */
export interface Telling {
  id: string;
  /** The boxes the line joins, map units. */
  van: Box;
  naar: Box;
  /** The count's width in font sizes. */
  breedteEm: number;
  /** Higher first. */
  prioriteit: number;
}

/**
 * Where Cytoscape draws a straight line's label: halfway along the part of the line between the
 * two boxes it joins (it runs from centre to centre, clipped at their borders).
 */
export function lijnMidden(van: Box, naar: Box): { x: number; y: number } {
  const a = { x: (van.x1 + van.x2) / 2, y: (van.y1 + van.y2) / 2 };
  const b = { x: (naar.x1 + naar.x2) / 2, y: (naar.y1 + naar.y2) / 2 };
  const [dx, dy] = [Math.abs(b.x - a.x), Math.abs(b.y - a.y)];
  /** The part of the line, from centre to centre, that a box's half covers. */
  const binnen = (box: Box) =>
    Math.min((box.x2 - box.x1) / 2 / dx, (box.y2 - box.y1) / 2 / dy, 0.5);
  const t = (binnen(van) + 1 - binnen(naar)) / 2;
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/**
 * The counts drawn: greedily by priority, each only where it covers none of `bezet` (the boxes
 * of closed groups, the frames and titles of open ones) and no count drawn before. Between the
 * closed groups of a phone's map the counts lay over the boxes and hid their names (issue 17).
 */
export function vrijeTellingen(
  tellingen: readonly Telling[],
  font: number,
  bezet: readonly Box[],
): Set<string> {
  const getoond: Box[] = [];
  const ids = new Set<string>();
  const marge = font * MARGE;
  for (const t of [...tellingen].sort((a, b) => b.prioriteit - a.prioriteit)) {
    const { x, y } = lijnMidden(t.van, t.naar);
    const half = (t.breedteEm * font) / 2 + marge;
    const box = {
      x1: x - half,
      x2: x + half,
      y1: y - font * 0.65 - marge,
      y2: y + font * 0.65 + marge,
    };
    if (bezet.some((b) => overlap(box, b)) || getoond.some((b) => overlap(box, b))) continue;
    getoond.push(box);
    ids.add(t.id);
  }
  return ids;
}

/** What the choice of labels and counts needs of a map, whether drawn yet or still definitions. */
export interface Beschrijving {
  /** Nodes that may show a label below them (not groups). */
  knopen: readonly LabelKandidaat[];
  /** Open groups: the frame round their members, their title's width in font sizes, its limit. */
  open: readonly { frame: Box; breedteEm: number; maxBreedte: number }[];
  /** Closed groups' boxes, by node id: their names are inside, always drawn. */
  dicht: ReadonlyMap<string, Box>;
  /** Bundled lines between groups with their count, by the ids of the nodes they join. */
  bundels: readonly (Omit<Telling, 'van' | 'naar'> & { van: string; naar: string })[];
}

/**
 * The labels and counts drawn at this font: group titles and closed groups' names always, node
 * labels where they overlap nothing more important (zichtbareLabels), counts of lines between
 * closed groups where they cover no box or title (vrijeTellingen). One choice for the map as it
 * is first drawn, as it is zoomed and panned, and as it is exported.
 */
export function kiesLabels(
  kaart: Beschrijving,
  font: number,
  zicht?: Box,
): { labels: Set<string>; tellingen: Set<string> } {
  const frames = kaart.open.map((g) => g.frame);
  const titels = [
    ...kaart.open.map((g) => titelBox(g.frame, g.breedteEm, g.maxBreedte, font)),
    ...kaart.dicht.values(),
  ];
  const tellingen = kaart.bundels.flatMap((b) => {
    const [van, naar] = [kaart.dicht.get(b.van), kaart.dicht.get(b.naar)];
    return van && naar ? [{ ...b, van, naar }] : [];
  });
  return {
    labels: zichtbareLabels(kaart.knopen, font, titels, zicht),
    tellingen: vrijeTellingen(tellingen, font, [...titels, ...frames]),
  };
}
