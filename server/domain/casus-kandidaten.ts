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
import { plaats, verschilVan, type RegistryIndex } from './registry-index.ts';

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
  /**
   * Per knooppunt number its profile's number: knooppunten alike in all else matching weighs
   * share one (31 of them for the 10,000 of the national synthetic set), so a casus judges each
   * profile once and each candidate only by its themas.
   */
  readonly profiel: Int32Array;
  readonly profielen: readonly Profiel[];
  readonly profielNummer: ReadonlyMap<string, number>;
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
  let index = perView.get(view);
  if (!index) perView.set(view, (index = naSchrijven(view) ?? opgebouwd(view)));
  return index;
}

/** What matching weighs of a knooppunt beyond which themas and gemeenten it has, as numbers. */
export interface Profiel {
  readonly signalen: number;
  readonly uitsluitingen: number;
  /** GROEPSAANPAK and WETTELIJK_MELDPUNT. */
  readonly soort: number;
  /** The age band, open ends as 0 and Infinity (as knooppunt-filter.ts's leeftijdPast reads them). */
  readonly leeftijdMin: number;
  readonly leeftijdMax: number;
  readonly aantalThemas: number;
}

function profielVan(k: Knooppunt): Profiel {
  return {
    signalen: signaalBits(k.signalen),
    uitsluitingen: signaalBits(k.uitsluitingen),
    soort:
      (k.werkproces === 'GROEPSAANPAK' ? GROEPSAANPAK : 0) |
      (k.functie === 'MELDPUNT' && k.wettelijkeBasis === 'WETTELIJK_GEREGELD'
        ? WETTELIJK_MELDPUNT
        : 0),
    leeftijdMin: k.leeftijdMin ?? 0,
    leeftijdMax: k.leeftijdMax ?? Infinity,
    aantalThemas: k.themaIds.length,
  };
}

const profielSleutel = (p: Profiel) =>
  `${p.signalen}|${p.uitsluitingen}|${p.soort}|${p.leeftijdMin}|${p.leeftijdMax}|${p.aantalThemas}`;

/** The number of k's profile, a new one added to `profielen` and `nummers` when none is alike. */
function profielNummerVan(k: Knooppunt, profielen: Profiel[], nummers: Map<string, number>) {
  const profiel = profielVan(k);
  const sleutel = profielSleutel(profiel);
  let nr = nummers.get(sleutel);
  if (nr === undefined) {
    nummers.set(sleutel, (nr = profielen.length));
    profielen.push(profiel);
  }
  return nr;
}

const HG_LIJST = (view: RegistryIndex) =>
  view.knooppuntenVanSignaal.get('HUISELIJK_GEWELD_OF_KINDERMISHANDELING') ?? [];

function nummersVan(nummerVan: ReadonlyMap<string, number>, lijst: readonly Knooppunt[]) {
  return Int32Array.from(lijst, (k) => nummerVan.get(k.id)!);
}

/** Per organisatie one knooppunt number per deelname. */
function deelnamesPerOrganisatie(view: RegistryIndex, nummerVan: ReadonlyMap<string, number>) {
  return new Map(
    [...view.deelnamesVanOrganisatie.keys()].flatMap((o) => {
      const tafels = tafelsVan(view, nummerVan, o);
      return tafels.length > 0 ? [[o, tafels] as const] : [];
    }),
  );
}

/** One organisatie's tables: the number of each knooppunt of its deelnames in the view. */
function tafelsVan(view: RegistryIndex, nummerVan: ReadonlyMap<string, number>, o: string) {
  const tafels: number[] = [];
  for (const d of view.deelnamesVanOrganisatie.get(o) ?? []) {
    const k = nummerVan.get(d.knooppuntId);
    if (k !== undefined) tafels.push(k);
  }
  return Int32Array.from(tafels);
}

const zelfde = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * After writes that left every knooppunt in its place with its themas and gemeenten (most
 * edits): the index of the last view that had one, with the changed knooppunten's numbers
 * patched. Building it anew takes about 90 ms nationally, which the first casus after writes
 * would wait for; views between the two may never have matched a casus.
 */
function naSchrijven(view: RegistryIndex): CasusIndex | undefined {
  const ids = new Set<string>();
  let deelnameIds: Set<string> | null = new Set<string>();
  let vorige: CasusIndex | undefined;
  let stap = view;
  while (!vorige) {
    const verschil = verschilVan(stap);
    const hier = verschil?.anders.get('knooppunten') ?? new Set<string>();
    if (!verschil || hier === null || verschil.anders.has('positieOpNaam')) return undefined;
    for (const id of hier) ids.add(id);
    const deelnames = verschil.anders.get('deelnames');
    if (deelnames === null) deelnameIds = null;
    else if (deelnames) for (const id of deelnames) deelnameIds?.add(id);
    stap = verschil.vorige;
    vorige = perView.get(stap);
  }
  const veranderd: Knooppunt[] = [];
  for (const id of ids) {
    const [nr, k] = [vorige.nummerVan.get(id), view.knooppunten.get(id)];
    const oud = nr === undefined ? undefined : vorige.knooppunten[nr];
    if (!oud || !k || !zelfde(oud.themaIds, k.themaIds) || !zelfde(oud.gemeenteIds, k.gemeenteIds))
      return undefined;
    veranderd.push(k);
  }
  const { nummerVan } = vorige;
  const profielen = [...vorige.profielen];
  const profielNummer = new Map(vorige.profielNummer);
  const index = {
    ...vorige,
    knooppunten: view.knooppuntenOpNaam,
    profiel: vorige.profiel.slice(),
    profielen,
    profielNummer,
  };
  for (const k of veranderd) {
    const nr = nummerVan.get(k.id)!;
    index.profiel[nr] = profielNummerVan(k, profielen, profielNummer);
    // The domestic-violence posting: numbers in order, so one that gained or lost the signal is
    // put in or taken out where it belongs.
    const [voor, na] = [
      vorige.profielen[vorige.profiel[nr]!]!.signalen & HG,
      profielen[index.profiel[nr]]!.signalen & HG,
    ];
    if (voor !== na) index.metHuiselijkGeweld = metOfZonder(index.metHuiselijkGeweld, nr, na !== 0);
  }
  if (deelnameIds === null) index.deelnamesVan = deelnamesPerOrganisatie(view, nummerVan);
  else if (deelnameIds.size > 0) {
    // Only the organisaties a moved, added or removed deelname belonged to, before or after.
    const organisaties = new Set(
      [...deelnameIds].flatMap((id) =>
        [stap.deelnames.get(id), view.deelnames.get(id)].flatMap((d) => d?.organisatieId ?? []),
      ),
    );
    const deelnamesVan = new Map(vorige.deelnamesVan);
    for (const o of organisaties) {
      const tafels = tafelsVan(view, nummerVan, o);
      if (tafels.length > 0) deelnamesVan.set(o, tafels);
      else deelnamesVan.delete(o);
    }
    index.deelnamesVan = deelnamesVan;
  }
  return index;
}

/** An ascending list of numbers with `nr` in it or not. */
function metOfZonder(lijst: Int32Array, nr: number, erin: boolean): Int32Array {
  const na = plaats(lijst, nr, (a, b) => a - b);
  const staat = na > 0 && lijst[na - 1] === nr;
  if (staat === erin) return lijst;
  const kopie = new Int32Array(lijst.length + (erin ? 1 : -1));
  kopie.set(lijst.subarray(0, staat ? na - 1 : na));
  if (erin) {
    kopie[na] = nr;
    kopie.set(lijst.subarray(na), na + 1);
  } else kopie.set(lijst.subarray(na), na - 1);
  return kopie;
}

function opgebouwd(view: RegistryIndex): CasusIndex {
  const knooppunten = view.knooppuntenOpNaam;
  const nummerVan = new Map(knooppunten.map((k, i) => [k.id, i]));
  const nummers = (lijst: readonly Knooppunt[]) => nummersVan(nummerVan, lijst);
  const themaNummer = new Map([...view.themas.keys()].map((id, i) => [id, i]));
  const themas = plat(knooppunten, (k) => k.themaIds, themaNummer);
  const gemeenteNummer = new Map<string, number>();
  const gemeenten = plat(knooppunten, (k) => k.gemeenteIds, gemeenteNummer);
  const profielen: Profiel[] = [];
  const profielNummer = new Map<string, number>();
  const profiel = Int32Array.from(knooppunten, (k) =>
    profielNummerVan(k, profielen, profielNummer),
  );
  return {
    knooppunten,
    nummerVan,
    themaNummer,
    themaStart: themas.start,
    themas: themas.lijst,
    gemeenteStart: gemeenten.start,
    gemeenten: gemeenten.lijst,
    gemeenteNummer,
    profiel,
    profielen,
    profielNummer,
    perThema: [...themaNummer.keys()].map((t) => nummers(view.knooppuntenVanThema.get(t) ?? [])),
    metHuiselijkGeweld: nummers(HG_LIJST(view)),
    perGemeente: new Map([...view.knooppuntenVanGemeente].map(([g, lijst]) => [g, nummers(lijst)])),
    deelnamesVan: deelnamesPerOrganisatie(view, nummerVan),
  };
}

/** The candidates of a casus, and what the postings already counted of them. */
export interface Kandidaten {
  readonly nummers: Int32Array;
  /**
   * Per knooppunt number, for the candidates: one more than the themas it shares with the casus.
   * Null when the candidates are those of the gemeente: scoring then counts the themas itself.
   */
  readonly gedeeld: Uint8Array | null;
}

/**
 * The numbers of the knooppunten sharing a thema or the domestic-violence signal with the casus
 * (the postings), or of those working in its gemeente when that list is shorter; each once. A
 * superset: scoring still checks thema, signal and werkgebied of each.
 */
export function kandidatenVoor(
  index: CasusIndex,
  casus: { themaIds: readonly string[]; signalen: readonly Signaal[]; gemeenteId: string | null },
): Kandidaten {
  const lijsten = [...new Set(casus.themaIds)].flatMap((t) => {
    const n = index.themaNummer.get(t);
    return n === undefined ? [] : [index.perThema[n]!];
  });
  const hg = (signaalBits(casus.signalen) & HG) !== 0;
  const postings = lijsten.reduce((n, l) => n + l.length, hg ? index.metHuiselijkGeweld.length : 0);
  if (casus.gemeenteId !== null) {
    const hier = index.perGemeente.get(casus.gemeenteId) ?? new Int32Array(0);
    if (hier.length <= postings) return { nummers: hier, gedeeld: null };
  }
  // A union without a Set, counting the themas each shares on the way: a knooppunt on several
  // lists is taken the first time only. A thema's list names a knooppunt once per time it has it.
  const gedeeld = new Uint8Array(index.knooppunten.length);
  const nummers = new Int32Array(postings);
  let aantal = 0;
  for (const lijst of lijsten)
    for (let i = 0; i < lijst.length; i++) {
      const k = lijst[i]!;
      if (gedeeld[k] === 0) {
        gedeeld[k] = 1;
        nummers[aantal++] = k;
      }
      gedeeld[k] = gedeeld[k]! + 1;
    }
  if (hg)
    for (const k of index.metHuiselijkGeweld)
      if (gedeeld[k] === 0) {
        gedeeld[k] = 1;
        nummers[aantal++] = k;
      }
  return { nummers: nummers.subarray(0, aantal), gedeeld };
}
