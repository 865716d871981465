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
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box a label takes below its node, wrapped at LABEL_MAX_EM, with a little room around it. */
export function labelBox(k: LabelKandidaat, font: number): Box {
  const regels = Math.min(3, Math.max(1, Math.ceil(k.breedteEm / LABEL_MAX_EM)));
  const breedte = Math.min(k.breedteEm, LABEL_MAX_EM) * font;
  const marge = font * 0.3;
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

/**
 * The ids whose label is drawn: greedily by priority, each only if it overlaps none drawn before
 * and none of the boxes in `bezet` (group titles, always drawn).
 */
export function zichtbareLabels(
  kandidaten: readonly LabelKandidaat[],
  font: number,
  bezet: readonly Box[] = [],
): Set<string> {
  const cel = LABEL_MAX_EM * font;
  const raster = new Map<string, Box[]>();
  const cellen = (b: Box) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / cel); i <= Math.floor(b.x2 / cel); i++)
      for (let j = Math.floor(b.y1 / cel); j <= Math.floor(b.y2 / cel); j++) keys.push(`${i},${j}`);
    return keys;
  };
  const plaats = (box: Box, keys = cellen(box)) => {
    for (const key of keys) raster.set(key, [...(raster.get(key) ?? []), box]);
  };
  bezet.forEach((box) => plaats(box));
  const getoond = new Set<string>();
  for (const k of [...kandidaten].sort((a, b) => b.prioriteit - a.prioriteit)) {
    const box = labelBox(k, font);
    const keys = cellen(box);
    if (keys.some((key) => raster.get(key)?.some((ander) => overlap(box, ander)))) continue;
    plaats(box, keys);
    getoond.add(k.id);
  }
  return getoond;
}
