// SPDX-License-Identifier: EUPL-1.2
// Searching knooppunten as people type: by name first, then by gemeente, organisatie and thema,
// then by what the description says. Tolerant of how people spell: case, accents, spaces and
// hyphens in compounds ("bemoei zorg" finds Bemoeizorgoverleg, "veiligthuis" Veilig Thuis) and
// one typo in a longer word ("bemoeizrog").
import { foldText } from './knooppunt-filter.ts';
import type { Knooppunt } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

export type GevondenIn = 'NAAM' | 'GEMEENTE' | 'ORGANISATIE' | 'THEMA' | 'BESCHRIJVING';

export interface Zoekresultaat {
  knooppunt: Knooppunt;
  gevondenIn: GevondenIn;
  /** The gemeente, organisatie or thema that matched; null for the name and the description. */
  via: string | null;
}

/** Folded, with only letters and digits left: compounds compare whole, however they are split. */
export const zoekvorm = (tekst: string): string => foldText(tekst).replace(/[^\p{L}\p{N}]+/gu, '');

const woorden = (tekst: string): string[] =>
  foldText(tekst)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

/** Edit distance of at most one (a letter missing, extra, changed or two swapped). */
function hooguitEenFout(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return true;
  const swap = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return (
    swap ||
    a.slice(i + 1) === b.slice(i + 1) ||
    a.slice(i + 1) === b.slice(i) ||
    a.slice(i) === b.slice(i + 1)
  );
}

/** A word long enough to carry a typo (shorter ones must match as typed). */
const TYPO_VANAF = 5;

/**
 * How well the term matches a text: 0 as a compound, 1 word by word, 2 with a typo (not in long
 * descriptions, where one letter off matches too much); null not at all.
 */
function pastIn(
  term: { vorm: string; woorden: string[] },
  tekst: string,
  typo: boolean,
): number | null {
  const vorm = zoekvorm(tekst);
  if (vorm.includes(term.vorm)) return 0;
  if (term.woorden.every((w) => vorm.includes(w))) return 1;
  if (!typo) return null;
  const tekstwoorden = woorden(tekst);
  const lijkt = (w: string) =>
    vorm.includes(w) ||
    (w.length >= TYPO_VANAF &&
      tekstwoorden.some((t) => hooguitEenFout(w, t) || hooguitEenFout(w, t.slice(0, w.length))));
  return term.woorden.every(lijkt) ? 2 : null;
}

/**
 * The knooppunten among `kandidaten` that match the term, best first: a match in the name, then in
 * a gemeente of the werkgebied, an organisatie that takes part or carries it, a thema, the
 * description; within each, compounds before loose words before typos, then by name.
 */
export function zoekKnooppunten(
  index: RegistryIndex,
  kandidaten: readonly Knooppunt[],
  tekst: string,
  max = 10,
): Zoekresultaat[] {
  const term = { vorm: zoekvorm(tekst), woorden: woorden(tekst) };
  if (term.vorm.length < 2) return [];
  const namen = (ids: readonly (string | null)[], van: ReadonlyMap<string, { naam: string }>) =>
    ids.flatMap((id) => {
      const naam = id === null ? undefined : van.get(id)?.naam;
      return naam === undefined ? [] : [naam];
    });
  const gevonden: (Zoekresultaat & { score: number })[] = [];
  for (const k of kandidaten) {
    const deelnemers = (index.deelnamesVanKnooppunt.get(k.id) ?? []).map((d) => d.organisatieId);
    const velden: [GevondenIn, string[]][] = [
      ['NAAM', [k.naam]],
      ['GEMEENTE', namen(k.gemeenteIds, index.gemeenten)],
      ['ORGANISATIE', namen([k.belegdBijId, ...deelnemers], index.organisaties)],
      ['THEMA', namen(k.themaIds, index.themas)],
      ['BESCHRIJVING', [index.zoektekst.get(k.id) ?? '']],
    ];
    let beste: (Zoekresultaat & { score: number }) | null = null;
    velden.forEach(([gevondenIn, teksten], rang) => {
      for (const t of teksten) {
        const mate = pastIn(term, t, gevondenIn !== 'BESCHRIJVING');
        const score = mate === null ? Infinity : rang * 3 + mate;
        if (score < (beste?.score ?? Infinity)) {
          const via = gevondenIn === 'NAAM' || gevondenIn === 'BESCHRIJVING' ? null : t;
          beste = { knooppunt: k, gevondenIn, via, score };
        }
      }
    });
    if (beste) gevonden.push(beste);
  }
  return gevonden
    .sort(
      (a, b) =>
        a.score - b.score ||
        index.positieOpNaam.get(a.knooppunt.id)! - index.positieOpNaam.get(b.knooppunt.id)!,
    )
    .slice(0, max)
    .map(({ knooppunt, gevondenIn, via }) => ({ knooppunt, gevondenIn, via }));
}
