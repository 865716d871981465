// SPDX-License-Identifier: EUPL-1.2
// The order of casus matching in numbers: which knooppunten are passend, elders and verwant, best
// first, computed over the candidates of casus-kandidaten.ts with integer operations only (issue
// 20). The rules are those of casus-matching.ts's beoordeel, which puts the reasons into words for
// the knooppunten returned; a property test (casus-kandidaten.test.ts) proves both give the same
// result as scoring every knooppunt with beoordeel.
import {
  casusIndex,
  GROEPSAANPAK,
  kandidatenVoor,
  SIGNAAL_BIT,
  signaalBits,
  WETTELIJK_MELDPUNT,
} from './casus-kandidaten.ts';
import type { Casus } from './casus-matching.ts';
import { SIGNALEN, VOORWAARDE_SIGNALEN, type Knooppunt } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

export const THEMA_GEWICHT = 3;
export const SIGNAAL_GEWICHT = 2;
export const SPECIFIEK_GEWICHT = 4;

const HG = SIGNAAL_BIT.HUISELIJK_GEWELD_OF_KINDERMISHANDELING;
const ACUUT = SIGNAAL_BIT.ACUUT_GEVAAR;
const GROEP = SIGNAAL_BIT.GROEP;
const VOORWAARDEN = signaalBits(VOORWAARDE_SIGNALEN);
/** A signal the knooppunt is meant for but the casus lacks costs a point; not acute danger (a
 * knooppunt that can act on it is not only for acute casussen) and not a condition. */
const BEDOELD = signaalBits(SIGNALEN) & ~ACUUT & ~VOORWAARDEN;

/** The lists a knooppunt belongs in (see Rangorde); schoon only with passend. */
const PASSEND = 1;
const SCHOON = 2;
const VERWANT = 4;

/** How many signals each combination of signal bits holds. */
const BITS = Uint8Array.from({ length: 1 << SIGNALEN.length }, (_, x) => {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
});

/**
 * The best `max` keys seen, smallest first. Keys are whole numbers that sort as the ranking does
 * (see rangorde); only a key below `grens` can make the list, a comparison the caller makes so
 * that most keys never leave its loop.
 */
class Besten {
  readonly max: number;
  /** A plain array: typed ones cost more to make than this list of ten is ever used for. */
  readonly keys: number[] = [];
  grens = Infinity;
  constructor(max: number) {
    this.max = max;
    if (max === 0) this.grens = -Infinity;
  }
  add(key: number): void {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    // Full, the last one drops out; else the list grows by one.
    if (keys.length < this.max) keys.push(key);
    for (let i = keys.length - 1; i > lo; i--) keys[i] = keys[i - 1]!;
    keys[lo] = key;
    if (keys.length === this.max) this.grens = keys[this.max - 1]!;
  }
}

export interface Rangorde {
  /** Take up the problematiek and the casus meets their conditions; best first, at most max. */
  passend: Knooppunt[];
  /** Passend after the first, without any criterion the casus misses; at most max. */
  elders: Knooppunt[];
  /** Take up the problematiek, but the casus misses a condition; at most max. */
  verwant: Knooppunt[];
  /** The user's own knooppunt when it would be passend: left out of the lists. */
  eigen: Knooppunt | null;
  /** How many each list would hold without the limit. */
  aantal: { passend: number; elders: number; verwant: number };
}

/**
 * Ranked by voorrang first, then score, then name. A knooppunt scores for each shared thema and
 * signal, for being made for these themas, and for parties of the casus taking part already; it
 * loses a point for each signal it is meant for that the casus lacks (casus-matching.ts).
 */
export function rangorde(view: RegistryIndex, casus: Casus, max: number): Rangorde {
  const ix = casusIndex(view);
  const n = ix.knooppunten.length;
  const casusSignalen = signaalBits(casus.signalen);
  const groep = (casusSignalen & GROEP) !== 0;
  const acuutCasus = (casusSignalen & ACUUT) !== 0;
  const inCasus: number[] = new Array<number>(ix.themaNummer.size).fill(0);
  for (const t of casus.themaIds) {
    const nr = ix.themaNummer.get(t);
    if (nr !== undefined) inCasus[nr] = 1;
  }
  const van = casus.leeftijd?.van ?? 0;
  const tot = casus.leeftijd?.tot ?? Infinity;
  const gemeente = casus.gemeenteId === null ? -1 : (ix.gemeenteNummer.get(casus.gemeenteId) ?? -2);
  const eigen = casus.vanKnooppuntId === null ? -1 : (ix.nummerVan.get(casus.vanKnooppuntId) ?? -1);
  // Parties of the casus already at a table: one per deelname, three at most count.
  let alAanTafel: Uint8Array | null = null;
  for (const o of casus.betrokkenOrganisatieIds) {
    const tafels = ix.deelnamesVan.get(o);
    if (!tafels) continue;
    alAanTafel ??= new Uint8Array(n);
    for (const k of tafels) alAanTafel[k] = Math.min(alAanTafel[k]! + 1, 3);
  }

  // One key per knooppunt (below), whole numbers far within a double's exact range.
  const SCORE = 1 << 20;
  const passend = new Besten(max);
  const schoon = new Besten(max + 1);
  const verwant = new Besten(max);
  let eigenPast = false;
  const aantal = { passend: 0, schoon: 0, verwant: 0 };
  // The first passend one and the first without a missed criterion, whatever the limit.
  let eerstePassend = Infinity;
  let eersteSchoon = Infinity;

  // Once per profile (casus-kandidaten.ts): whether its knooppunten can fit, with a shared thema
  // and without one, in which lists, and the part of their key that does not depend on themas.
  const metLeeftijd = casus.leeftijd !== null;
  const casusZonderThema = casus.themaIds.length === 0;
  // Plain arrays: a few dozen numbers, which a typed array costs more to make than to read.
  const P = ix.profielen.length;
  const metThema: number[] = new Array<number>(P).fill(0);
  const zonderThema: number[] = new Array<number>(P).fill(0);
  const basis: number[] = new Array<number>(P).fill(0);
  ix.profielen.forEach((profiel, p) => {
    const { signalen, soort } = profiel;
    // Hard criterion: the age band.
    if (metLeeftijd && !(profiel.leeftijdMin <= tot && profiel.leeftijdMax >= van)) return;
    const gedeeld = signalen & casusSignalen;
    const hg = (gedeeld & HG) !== 0;
    const bedoeldOntbreekt = signalen & ~casusSignalen & BEDOELD;
    const voorwaardenGehaald =
      (signalen & ~casusSignalen & VOORWAARDEN) === 0 &&
      (profiel.uitsluitingen & casusSignalen) === 0 &&
      groep === ((soort & GROEPSAANPAK) !== 0);
    const voorrang =
      voorwaardenGehaald &&
      (soort & WETTELIJK_MELDPUNT) !== 0 &&
      (hg || (acuutCasus && (signalen & ACUUT) !== 0));
    // Smaller is better: the key (below) less what themas and parties at the table add.
    basis[p] =
      (voorrang ? 0 : 2 * SCORE) +
      SCORE -
      (SIGNAAL_GEWICHT * BITS[gedeeld]! - BITS[bedoeldOntbreekt]!);
    // Schoon: nothing it names is missed, no signal it is meant for and a thema if the casus has any.
    const klasse = voorwaardenGehaald ? PASSEND | (bedoeldOntbreekt === 0 ? SCHOON : 0) : VERWANT;
    metThema[p] = klasse;
    // The problematiek must fit: a shared thema, or signals of domestic violence (H §2.3).
    zonderThema[p] = hg ? (casusZonderThema ? klasse : klasse & ~SCHOON) : 0;
  });

  // The index's arrays as locals: this loop runs for thousands of candidates nationally.
  const { profiel: profielVan, profielen, gemeenteStart, gemeenten, themaStart } = ix;
  const { themas: themaLijst } = ix;
  const { nummers: kandidaten, gedeeld: telling } = kandidatenVoor(ix, casus);
  for (let c = 0; c < kandidaten.length; c++) {
    const k = kandidaten[c]!;
    // Hard criterion: the werkgebied.
    if (gemeente !== -1) {
      let i = gemeenteStart[k]!;
      const eind = gemeenteStart[k + 1]!;
      while (i < eind && gemeenten[i] !== gemeente) i++;
      if (i === eind) continue;
    }
    const p = profielVan[k]!;
    const aantalThemas = profielen[p]!.aantalThemas;
    let themas = 0;
    if (telling) themas = telling[k]! - 1;
    else {
      const eerste = themaStart[k]!;
      for (let i = 0; i < aantalThemas; i++) themas += inCasus[themaLijst[eerste + i]!]!;
    }
    const klasse = themas > 0 ? metThema[p]! : zonderThema[p]!;
    if (klasse === 0) continue;
    if (k === eigen) {
      eigenPast = (klasse & PASSEND) !== 0;
      continue;
    }
    let score = alAanTafel ? alAanTafel[k]! : 0;
    // Math.round(SPECIFIEK_GEWICHT * themas / aantalThemas) in whole numbers: a double here
    // made every score a boxed number.
    if (themas > 0)
      score +=
        THEMA_GEWICHT * themas +
        (((2 * SPECIFIEK_GEWICHT * themas + aantalThemas) / (2 * aantalThemas)) | 0);
    // The knooppunt's number is the remainder by n.
    const key = (basis[p]! - score) * n + k;
    if (klasse === VERWANT) {
      if (key < verwant.grens) verwant.add(key);
      aantal.verwant++;
    } else {
      if (key < passend.grens) passend.add(key);
      aantal.passend++;
      if (key < eerstePassend) eerstePassend = key;
      if ((klasse & SCHOON) !== 0) {
        if (key < schoon.grens) schoon.add(key);
        aantal.schoon++;
        if (key < eersteSchoon) eersteSchoon = key;
      }
    }
  }

  const knooppunten = (b: Besten) => b.keys.map((key) => ix.knooppunten[key % n]!);
  // Elders leaves out the first passend one (it is the advice itself); when it has no missed
  // criterion it is also the first without.
  const eersteIsSchoon = eersteSchoon === eerstePassend && eerstePassend !== Infinity;
  const elders = knooppunten(schoon).slice(eersteIsSchoon ? 1 : 0);
  return {
    passend: knooppunten(passend),
    elders: elders.slice(0, max),
    verwant: knooppunten(verwant),
    eigen: eigenPast ? ix.knooppunten[eigen]! : null,
    aantal: {
      passend: aantal.passend,
      elders: aantal.schoon - (eersteIsSchoon ? 1 : 0),
      verwant: aantal.verwant,
    },
  };
}
