// SPDX-License-Identifier: EUPL-1.2
// Grouping a large region into a structure (issue 17): each knooppunt in one group, by the
// gemeente of its werkgebied, its (first) thema or its functie; groups are laid out side by side,
// and a closed group is one node with its count.
import { FUNCTIE, label } from '../../../shared/labels.ts';

export type { Groepering } from '../../../shared/view-state.ts';
import type { Groepering } from '../../../shared/view-state.ts';

export const GROEPERINGEN: Record<Groepering, string> = {
  gemeente: 'Gemeente van het werkgebied',
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

/**
 * Positions for a grouped map: each open group a grid of its members (in name order), each closed
 * group one node; groups in rows, largest first. Returns member and group centre positions, and
 * how wide each group's title may be (the room it has, so that it never reaches its neighbour).
 */
export function groepIndeling(
  groepen: readonly { sleutel: string; leden: readonly string[]; open: boolean }[],
): { leden: Map<string, Punt>; centra: Map<string, Punt>; titelBreedte: Map<string, number> } {
  const STAP_X = 170;
  const STAP_Y = 120;
  const leden = new Map<string, Punt>();
  const centra = new Map<string, Punt>();
  const titelBreedte = new Map<string, number>();
  const maat = (g: (typeof groepen)[number]) => {
    if (!g.open) return { kolommen: 1, rijen: 1, breedte: 220, hoogte: 180 };
    const kolommen = Math.max(1, Math.ceil(Math.sqrt(g.leden.length * 1.5)));
    const rijen = Math.ceil(g.leden.length / kolommen);
    return { kolommen, rijen, breedte: kolommen * STAP_X + 80, hoogte: rijen * STAP_Y + 100 };
  };
  const totaal = groepen.reduce((som, g) => som + maat(g).breedte * maat(g).hoogte, 0);
  const rijBreedte = Math.max(900, Math.sqrt(totaal) * 1.4);
  let x = 0;
  let y = 0;
  let rijHoogte = 0;
  for (const g of [...groepen].sort((a, b) => b.leden.length - a.leden.length)) {
    const m = maat(g);
    if (x > 0 && x + m.breedte > rijBreedte) {
      x = 0;
      y += rijHoogte;
      rijHoogte = 0;
    }
    centra.set(g.sleutel, { x: x + m.breedte / 2, y: y + m.hoogte / 2 });
    titelBreedte.set(g.sleutel, m.breedte - 30);
    if (g.open)
      g.leden.forEach((id, i) =>
        leden.set(id, {
          x: x + 40 + STAP_X / 2 + (i % m.kolommen) * STAP_X,
          y: y + 60 + Math.floor(i / m.kolommen) * STAP_Y,
        }),
      );
    x += m.breedte;
    rijHoogte = Math.max(rijHoogte, m.hoogte);
  }
  return { leden, centra, titelBreedte };
}
