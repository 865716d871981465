// SPDX-License-Identifier: EUPL-1.2
// Grouping a large region into a structure (issue 17): each knooppunt in one group, by the
// gemeente of its werkgebied, its (first) thema or its functie; groups are laid out side by side,
// apart, each under its whole title, and a closed group is one box with its count.
import { FUNCTIE, label } from '../../../shared/labels.ts';

export type { Groepering } from '../../../shared/view-state.ts';
import type { Groepering } from '../../../shared/view-state.ts';

export const GROEPERINGEN: Record<Groepering, string> = {
  gemeente: 'Gemeente',
  thema: 'Eerste thema',
  functie: 'Functie',
};

interface Groepeerbaar {
  functie: string;
  werkgebied: readonly { id: string; naam: string }[];
  themas: readonly { id: string; naam: string }[];
}

export interface Groep {
  sleutel: string;
  naam: string;
}

/** The group of one knooppunt; `aantalGemeenten` is how many gemeenten the region has. */
export function groepVan(k: Groepeerbaar, soort: Groepering, aantalGemeenten: number): Groep {
  if (soort === 'functie') return { sleutel: k.functie, naam: label(FUNCTIE, k.functie) };
  if (soort === 'thema') {
    const eerste = k.themas[0];
    return eerste
      ? { sleutel: eerste.id, naam: eerste.naam }
      : { sleutel: '-', naam: 'Geen thema' };
  }
  if (k.werkgebied.length === 1)
    return { sleutel: k.werkgebied[0]!.id, naam: k.werkgebied[0]!.naam };
  if (k.werkgebied.length === 0) return { sleutel: '-', naam: 'Geen werkgebied' };
  return k.werkgebied.length >= aantalGemeenten
    ? { sleutel: '*', naam: 'Hele regio' }
    : { sleutel: '+', naam: 'Meerdere gemeenten' };
}

type Punt = { x: number; y: number };

/** A group as the layout needs it: its members, whether it is open, and its title's width in font sizes. */
export interface TeIndelen {
  sleutel: string;
  leden: readonly string[];
  open: boolean;
  titelEm: number;
}

/** The canvas a grouped map is laid out for. */
export interface Vak {
  /** Its width over its height. */
  verhouding: number;
  /**
   * A phone's: closed groups are boxes just large enough for their name in this font (the largest
   * label font, map units), close together. Boxes sized for the title font, a margin apart, made
   * 28 gemeenten so wide a layout that the fit drew their names 7 px high (issue 17).
   */
  naamFont?: number;
}

/**
 * Positions for a grouped map: each open group a grid of its members (in name order) under room
 * for its title, each closed group one box as wide as its title; groups in rows, largest first,
 * each row centred, the rows as wide as fills the canvas (`vak`) best. `titelFont` is the largest
 * title font (map units, label-detail.ts): a title never grows beyond it, so with room for it no
 * title reaches a neighbour at any zoom, and none is cut off. Returns member and group centre
 * positions, each title's room, and each closed group's size.
 */
export function groepIndeling(
  groepen: readonly TeIndelen[],
  titelFont: number,
  vak: Vak = { verhouding: 1.8 },
): {
  leden: Map<string, Punt>;
  centra: Map<string, Punt>;
  titelBreedte: Map<string, number>;
  maten: Map<string, { breedte: number; hoogte: number }>;
} {
  const STAP_X = 170;
  const STAP_Y = 120;
  /** From a frame's edge to its outer members' centres: the largest node's half and the padding. */
  const RAND = 60;
  /** Between two groups' slots, and below a frame for its last row's labels. */
  const MARGE = 100;
  const titelHoogte = titelFont * 1.4;
  const leden = new Map<string, Punt>();
  const centra = new Map<string, Punt>();
  const titelBreedte = new Map<string, number>();
  const maten = new Map<string, { breedte: number; hoogte: number }>();
  const maat = (g: TeIndelen) => {
    // A bold title, as titelBox (label-detail.ts) reckons it.
    const titel = g.titelEm * titelFont * 1.1;
    if (!g.open && vak.naamFont !== undefined) {
      // One bold line with a little room around it: with the name LABEL_PX on screen, the box
      // is more than a finger's height (TIK_PX, label-detail.ts). Tight, so that the groups of
      // a thema grouping (17, some with long names) fit a phone with their names at LABEL_PX.
      const f = vak.naamFont;
      const frame = { breedte: (g.titelEm * 1.1 + 0.6) * f, hoogte: 2.2 * f };
      const [breedte, hoogte] = [frame.breedte + 0.8 * f, frame.hoogte + 0.8 * f];
      return { kolommen: 0, frame, boven: 0, breedte, hoogte };
    }
    if (!g.open) {
      const frame = { breedte: titel + titelFont, hoogte: 2 * titelHoogte };
      const [breedte, hoogte] = [frame.breedte + MARGE, frame.hoogte + MARGE];
      return { kolommen: 0, frame, boven: titelHoogte, breedte, hoogte };
    }
    // About 3:2, but at least as wide as the title where the members allow.
    const kolommen = Math.max(
      1,
      Math.min(
        g.leden.length,
        Math.max(
          Math.ceil(Math.sqrt(g.leden.length * 1.5)),
          Math.ceil((titel - 2 * RAND) / STAP_X) + 1,
        ),
      ),
    );
    const rijen = Math.ceil(g.leden.length / kolommen);
    const frame = {
      breedte: (kolommen - 1) * STAP_X + 2 * RAND,
      hoogte: (rijen - 1) * STAP_Y + 2 * RAND,
    };
    return {
      kolommen,
      frame,
      boven: titelHoogte,
      breedte: Math.max(frame.breedte, titel) + MARGE,
      hoogte: titelHoogte + frame.hoogte + MARGE,
    };
  };
  const gemeten = [...groepen]
    .sort((a, b) => b.leden.length - a.leden.length)
    .map((g) => ({ g, m: maat(g) }));
  if (gemeten.length === 0) return { leden, centra, titelBreedte, maten };
  /** The groups in rows of at most `rijBreedte`, in order. */
  const inRijen = (rijBreedte: number) => {
    const rijen: (typeof gemeten)[] = [];
    let breedte = 0;
    for (const item of gemeten) {
      if (rijen.length === 0 || breedte + item.m.breedte > rijBreedte) {
        rijen.push([]);
        breedte = 0;
      }
      rijen.at(-1)!.push(item);
      breedte += item.m.breedte;
    }
    const b = Math.max(...rijen.map((rij) => rij.reduce((s, { m }) => s + m.breedte, 0)));
    const h = rijen.reduce((s, rij) => s + Math.max(...rij.map(({ m }) => m.hoogte)), 0);
    // How far the canvas must zoom out to show them (less is better).
    return { rijen, breedste: b, maat: Math.max(b / vak.verhouding, h) };
  };
  // The row width that fills the canvas best: the width of any run of groups. Only the widths the
  // first groups make together left a phone two boxes a row (13 rows), and a screen one group a
  // row when the first group is much the largest (a narrow column in a wide canvas, UX check).
  const breedtes = new Set(
    gemeten.flatMap((_, i) => {
      let som = 0;
      return gemeten.slice(i).map(({ m }) => (som += m.breedte));
    }),
  );
  const { rijen, breedste } = [...breedtes]
    .map(inRijen)
    .reduce((best, optie) => (optie.maat < best.maat ? optie : best));
  let y = 0;
  for (const rij of rijen) {
    let x = (breedste - rij.reduce((s, { m }) => s + m.breedte, 0)) / 2;
    for (const { g, m } of rij) {
      // The frame centred in its slot, under its title (a phone's closed box: at its top).
      const links = x + (m.breedte - m.frame.breedte) / 2;
      const boven = y + m.boven;
      centra.set(g.sleutel, { x: links + m.frame.breedte / 2, y: boven + m.frame.hoogte / 2 });
      titelBreedte.set(g.sleutel, m.breedte - MARGE);
      if (!g.open) maten.set(g.sleutel, m.frame);
      g.leden.forEach((id, i) => {
        if (g.open)
          leden.set(id, {
            x: links + RAND + (i % m.kolommen) * STAP_X,
            y: boven + RAND + Math.floor(i / m.kolommen) * STAP_Y,
          });
      });
      x += m.breedte;
    }
    y += Math.max(...rij.map(({ m }) => m.hoogte));
  }
  return { leden, centra, titelBreedte, maten };
}
