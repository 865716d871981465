// SPDX-License-Identifier: EUPL-1.2
// What a tooltip says about what the mouse points at: a knooppunt's name and typology (H §2.5), an
// organisation's kind, a route's kind, who registers the casus and what information goes along.
// Only for the mouse: the panel and the list say the same for touch and keyboard.
import {
  AANMELDING_DOOR,
  FUNCTIE,
  label,
  ORGANISATIE_TYPE,
  OVERDRACHT_SOORT,
  SAMENSTELLING,
  WERKPROCES,
  WETTELIJKE_BASIS,
} from '../../../shared/labels.ts';
import { datum } from '../../../shared/datum.ts';
import { aantal, inZin } from '../../../../server/domain/taal.ts';
import { geldigheidOp } from '../../../../server/domain/validity.ts';

export interface Tip {
  titel: string;
  regels: string[];
}

export interface TipKnooppunt {
  naam: string;
  functie: string;
  werkproces: string;
  wettelijkeBasis: string;
  samenstelling: string;
  geldigVanaf?: string | null;
  geldigTot?: string | null;
  tijd?: Tijd | null;
}

/** Whether a knooppunt shown on the map exists today, ended, or has not begun. */
export type Tijd = 'beeindigd' | 'toekomst';

export function tijdVan(
  k: { geldigVanaf?: string | null; geldigTot?: string | null },
  vandaag: string,
): Tijd | null {
  const stand = geldigheidOp(
    { geldigVanaf: k.geldigVanaf ?? null, geldigTot: k.geldigTot ?? null },
    vandaag,
  );
  return stand === 'BEEINDIGD' ? 'beeindigd' : stand === 'NOG_NIET_BEGONNEN' ? 'toekomst' : null;
}

/** What follows the name on the map for a knooppunt that does not exist today. */
export function tijdLabel(k: {
  geldigVanaf?: string | null;
  geldigTot?: string | null;
  tijd?: Tijd | null;
}): string {
  if (k.tijd === 'beeindigd') return `beëindigd${k.geldigTot ? ` op ${datum(k.geldigTot)}` : ''}`;
  if (k.tijd === 'toekomst')
    return `begint${k.geldigVanaf ? ` op ${datum(k.geldigVanaf)}` : ' later'}`;
  return '';
}

export const knooppuntTip = (k: TipKnooppunt): Tip => ({
  titel: k.naam,
  regels: [
    // "Meldpunt · werkproces meldpunt", as the panel says it: two labels alone read as a repeat.
    `${label(FUNCTIE, k.functie)} · werkproces ${inZin(label(WERKPROCES, k.werkproces))}`,
    `${label(WETTELIJKE_BASIS, k.wettelijkeBasis)} · ${label(SAMENSTELLING, k.samenstelling)}`,
    ...(k.tijd ? [`Let op: ${tijdLabel(k)}`] : []),
  ],
});

export const organisatieTip = (o: { naam: string; type?: string | null }, tafels: number): Tip => ({
  titel: o.naam,
  regels: [
    ...(o.type ? [label(ORGANISATIE_TYPE, o.type)] : []),
    `Neemt deel aan ${aantal(tafels, 'knooppunt', 'knooppunten')} op deze kaart`,
    'Klik voor de tafels van deze organisatie',
  ],
});

export interface TipRoute {
  soort: string;
  van: string;
  naar: string;
  aanmeldingDoor?: string | null;
  aanmelder?: string | null;
  informatie?: string | null;
  warm?: boolean | null;
}

export const routeTip = (r: TipRoute): Tip => ({
  titel: `${label(OVERDRACHT_SOORT, r.soort)}: ${r.van} → ${r.naar}`,
  regels: [
    `Aanmelding door: ${r.aanmelder ?? (r.aanmeldingDoor ? label(AANMELDING_DOOR, r.aanmeldingDoor) : 'niet vastgelegd')}`,
    `Informatie die meegaat: ${r.informatie?.trim() || 'niet vastgelegd'}`,
    ...(r.warm ? ['Warme overdracht'] : []),
  ],
});
