// SPDX-License-Identifier: EUPL-1.2
// What casus matching may know before any casus is asked: per registry view (so per store
// revision) everything about a knooppunt that does not depend on the casus, in flat number
// arrays, and an inverted index from thema, the signal of domestic violence and gemeente to
// knooppunten. Matching (casus-rangorde.ts) then scores only these candidates with a few integer
// operations each, instead of every knooppunt in the country (issue 20). Only the registry is
// indexed: the casus itself is never kept.
//
// A knooppunt fits only when it takes up a thema of the casus, or when the casus signals domestic
// violence and the knooppunt is there for that (casus-matching.ts, H §2.3); and, when the casus
// names a gemeente, only when it works there. Anything else matching refuses anyway.
import { SIGNALEN, type Knooppunt, type Signaal } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

/** Each signal as one bit, so a knooppunt's signals are one integer. */
export const SIGNAAL_BIT: Readonly<Record<Signaal, number>> = Object.fromEntries(
  SIGNALEN.map((s, i) => [s, 1 << i]),
) as Record<Signaal, number>;

export const signaalBits = (signalen: readonly Signaal[]): number =>
  signalen.reduce((bits, s) => bits | SIGNAAL_BIT[s], 0);

const HG = SIGNAAL_BIT.HUISELIJK_GEWELD_OF_KINDERMISHANDELING;

/** Flags of a knooppunt that matching weighs. */
export const GROEPSAANPAK = 1;
export const WETTELIJK_MELDPUNT = 2;

/**
 * Knooppunten are numbered by their place in name order (`knooppuntenOpNaam`), so a lower number
 * also wins a tie in the ranking. Lists of numbers per knooppunt are kept flat: the entries of
 * knooppunt i run from `start[i]` to `start[i + 1]`.
 */
export interface CasusIndex {
  readonly knooppunten: readonly Knooppunt[];
  readonly nummerVan: ReadonlyMap<string, number>;
  /** Thema ids as numbers; a thema only a knooppunt names (not in the reference list) counts too. */
  readonly themaNummer: ReadonlyMap<string, number>;
  readonly themaStart: Int32Array;
  readonly themas: Int32Array;
  readonly gemeenteStart: Int32Array;
  readonly gemeenten: Int32Array;
  readonly gemeenteNummer: ReadonlyMap<string, number>;
  readonly signalen: Int32Array;
  readonly uitsluitingen: Int32Array;
  /** The age band, open ends as 0 and Infinity (as knooppunt-filter.ts's leeftijdPast reads them). */
  readonly leeftijdMin: Float64Array;
  readonly leeftijdMax: Float64Array;
  readonly soort: Uint8Array;
  /** Postings: per thema number, and for the domestic-violence signal, the knooppunten in order. */
  readonly perThema: readonly Int32Array[];
  readonly metHuiselijkGeweld: Int32Array;
  readonly perGemeente: ReadonlyMap<string, Int32Array>;
  /** Per organisatie one knooppunt number per deelname (a party may sit at a table twice). */
  readonly deelnamesVan: ReadonlyMap<string, Int32Array>;
}

const perView = new WeakMap<RegistryIndex, CasusIndex>();

function nummer(nummers: Map<string, number>, id: string): number {
  let n = nummers.get(id);
  if (n === undefined) nummers.set(id, (n = nummers.size));
  return n;
}

/** Flat lists of numbers per knooppunt (see CasusIndex). */
function plat(
  knooppunten: readonly Knooppunt[],
  ids: (k: Knooppunt) => readonly string[],
  nummers: Map<string, number>,
): { start: Int32Array; lijst: Int32Array } {
  const start = new Int32Array(knooppunten.length + 1);
  knooppunten.forEach((k, i) => (start[i + 1] = start[i]! + ids(k).length));
  const lijst = new Int32Array(start[knooppunten.length]!);
  knooppunten.forEach((k, i) =>
    ids(k).forEach((id, j) => (lijst[start[i]! + j] = nummer(nummers, id))),
  );
  return { start, lijst };
}

export function casusIndex(view: RegistryIndex): CasusIndex {
  const bekend = perView.get(view);
  if (bekend) return bekend;
  const knooppunten = view.knooppuntenOpNaam;
  const nummerVan = new Map(knooppunten.map((k, i) => [k.id, i]));
  const nummers = (lijst: readonly Knooppunt[]) =>
    Int32Array.from(lijst, (k) => nummerVan.get(k.id)!);
  const themaNummer = new Map([...view.themas.keys()].map((id, i) => [id, i]));
  const themas = plat(knooppunten, (k) => k.themaIds, themaNummer);
  const gemeenteNummer = new Map<string, number>();
  const gemeenten = plat(knooppunten, (k) => k.gemeenteIds, gemeenteNummer);
  const perThema = [...themaNummer.keys()].map((t) =>
    nummers(view.knooppuntenVanThema.get(t) ?? []),
  );
  const deelnamesVan = new Map<string, number[]>();
  for (const d of view.deelnames.values()) {
    const k = nummerVan.get(d.knooppuntId);
    if (k === undefined) continue;
    const lijst = deelnamesVan.get(d.organisatieId);
    if (lijst) lijst.push(k);
    else deelnamesVan.set(d.organisatieId, [k]);
  }
  const index: CasusIndex = {
    knooppunten,
    nummerVan,
    themaNummer,
    themaStart: themas.start,
    themas: themas.lijst,
    gemeenteStart: gemeenten.start,
    gemeenten: gemeenten.lijst,
    gemeenteNummer,
    signalen: Int32Array.from(knooppunten, (k) => signaalBits(k.signalen)),
    uitsluitingen: Int32Array.from(knooppunten, (k) => signaalBits(k.uitsluitingen)),
    leeftijdMin: Float64Array.from(knooppunten, (k) => k.leeftijdMin ?? 0),
    leeftijdMax: Float64Array.from(knooppunten, (k) => k.leeftijdMax ?? Infinity),
    soort: Uint8Array.from(
      knooppunten,
      (k) =>
        (k.werkproces === 'GROEPSAANPAK' ? GROEPSAANPAK : 0) |
        (k.functie === 'MELDPUNT' && k.wettelijkeBasis === 'WETTELIJK_GEREGELD'
          ? WETTELIJK_MELDPUNT
          : 0),
    ),
    perThema,
    metHuiselijkGeweld: nummers(
      view.knooppuntenVanSignaal.get('HUISELIJK_GEWELD_OF_KINDERMISHANDELING') ?? [],
    ),
    perGemeente: new Map([...view.knooppuntenVanGemeente].map(([g, lijst]) => [g, nummers(lijst)])),
    deelnamesVan: new Map([...deelnamesVan].map(([o, lijst]) => [o, Int32Array.from(lijst)])),
  };
  perView.set(view, index);
  return index;
}

/**
 * The numbers of the knooppunten sharing a thema or the domestic-violence signal with the casus
 * (the postings), or of those working in its gemeente when that list is shorter; each once. A
 * superset: scoring still checks thema, signal and werkgebied of each.
 */
export function kandidatenVoor(
  index: CasusIndex,
  casus: { themaIds: readonly string[]; signalen: readonly Signaal[]; gemeenteId: string | null },
): Int32Array {
  const lijsten = casus.themaIds.flatMap((t) => {
    const n = index.themaNummer.get(t);
    return n === undefined ? [] : [index.perThema[n]!];
  });
  if (signaalBits(casus.signalen) & HG) lijsten.push(index.metHuiselijkGeweld);
  const postings = lijsten.reduce((n, l) => n + l.length, 0);
  if (casus.gemeenteId !== null) {
    const hier = index.perGemeente.get(casus.gemeenteId) ?? new Int32Array(0);
    if (hier.length <= postings) return hier;
  }
  if (lijsten.length === 1) return lijsten[0]!;
  // A union without a Set: a knooppunt on several lists is taken the first time only.
  const gezien = new Uint8Array(index.knooppunten.length);
  const result = new Int32Array(postings);
  let aantal = 0;
  for (const lijst of lijsten)
    for (let i = 0; i < lijst.length; i++) {
      const k = lijst[i]!;
      if (gezien[k] === 0) {
        gezien[k] = 1;
        result[aantal++] = k;
      }
    }
  return result.subarray(0, aantal);
}
