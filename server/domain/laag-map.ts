// SPDX-License-Identifier: EUPL-1.2
// A lookup changed in a few keys without copying it: after a write the index's large lookups
// (10,000 knooppunten, 40,000 deelnames) differ in one or two keys, and copying such a Map cost
// milliseconds per write (issue 20). Pure.

import { AfgeleideMap } from './afgeleide-map.ts';

const WEG = Symbol('weg');
/**
 * A key of the lookup underneath: replaced in place, moved to the end, or removed. A value set
 * later is made on its first read and then kept, for every layer that shares this change.
 */
type Wijziging<V> = Gezet<V> | typeof WEG;
interface Gezet<V> {
  waarde: V | undefined;
  later?: Later<V, unknown>;
  achteraan: boolean;
}
/** A value still to be made: from a value, by the steps of the writes since. */
interface Later<V, S> {
  van: V;
  stappen: readonly S[];
  maak: (van: V, stappen: readonly S[]) => V;
}

/** How many steps a value set later may wait for: past it, it is made (and its steps forgotten). */
const STAPPEN_MAX = 64;

/** What `wijzig` may do: what a Map allows, and a value made only when it is first read. */
export interface Wijzigbaar<V> {
  set(sleutel: string, waarde: V): void;
  /**
   * The key keeps its place and gets a value made when it is first read, by `maak` from the
   * value before the first of the writes that set it so and the steps they gave, in order: after
   * a write most changed groups are never read before the next one, and a group changed in many
   * writes is then made once (issue 20). All calls for one lookup give a `maak` that does the same.
   */
  setLater<S>(sleutel: string, stap: S, maak: (van: V, stappen: readonly S[]) => V): void;
  delete(sleutel: string): void;
}

const waardeVan = <V>(w: Gezet<V>): V => {
  if (w.later) {
    const { van, stappen, maak } = w.later;
    w.waarde = maak(van, stappen);
    delete w.later;
  }
  return w.waarde as V;
};

/**
 * The changes as a layer over a plain Map. Reading a key costs two lookups; the first walk over
 * it (size is known without one) makes the whole as a plain Map once, in the order a copy with
 * the same set and delete calls would have.
 */
export class LaagMap<V> extends AfgeleideMap<V> {
  readonly size: number;
  private readonly basis: ReadonlyMap<string, V>;
  private readonly wijzigingen: ReadonlyMap<string, Wijziging<V>>;
  private plat: Map<string, V> | undefined;

  constructor(
    basis: ReadonlyMap<string, V>,
    wijzigingen: ReadonlyMap<string, Wijziging<V>>,
    size: number,
  ) {
    super();
    this.basis = basis;
    this.wijzigingen = wijzigingen;
    this.size = size;
  }

  get(sleutel: string): V | undefined {
    const w = this.wijzigingen.get(sleutel);
    return w === undefined ? this.basis.get(sleutel) : w === WEG ? undefined : waardeVan(w);
  }
  has(sleutel: string): boolean {
    const w = this.wijzigingen.get(sleutel);
    return w === undefined ? this.basis.has(sleutel) : w !== WEG;
  }

  /** This layer's parts, to lay the next change over the same plain Map. */
  lagen(): [ReadonlyMap<string, V>, ReadonlyMap<string, Wijziging<V>>] {
    return [this.basis, this.wijzigingen];
  }

  protected geheel(): Map<string, V> {
    if (this.plat) return this.plat;
    const plat = new Map<string, V>();
    for (const [sleutel, waarde] of this.basis) {
      const w = this.wijzigingen.get(sleutel);
      if (w === undefined) plat.set(sleutel, waarde);
      else if (w !== WEG && !w.achteraan) plat.set(sleutel, waardeVan(w));
    }
    for (const [sleutel, w] of this.wijzigingen)
      if (w !== WEG && w.achteraan) plat.set(sleutel, waardeVan(w));
    return (this.plat = plat);
  }
}

/**
 * Below this many changes a small lookup is not made whole again: copying a few dozen changes
 * costs little, and making it whole makes every value set later (the groups of a signal hold
 * thousands of knooppunten).
 */
const SAMENVOEGEN_MIN = 64;

/**
 * The lookup after the changes `wijzig` makes, equal to copying it into a Map and making them
 * there, but as a layer of changes over it. Layers do not stack (the next change copies this
 * layer's changes), and past `samenvoegen` changes the whole is made again: about the square root
 * of the size, where copying the changes and, now and then, the whole cost least per write, and
 * never below SAMENVOEGEN_MIN.
 */
export function metWijzigingen<V>(
  map: ReadonlyMap<string, V>,
  wijzig: (m: Wijzigbaar<V>) => void,
  samenvoegen = Math.max(SAMENVOEGEN_MIN, 2 * Math.sqrt(map.size)),
): ReadonlyMap<string, V> {
  const [basis, eerder] =
    map instanceof LaagMap ? (map as LaagMap<V>).lagen() : [map, new Map<string, Wijziging<V>>()];
  const wijzigingen = new Map<string, Wijziging<V>>(eerder);
  let size = map.size;
  wijzig({
    set(sleutel, waarde) {
      const w = wijzigingen.get(sleutel);
      if (w !== undefined && w !== WEG)
        wijzigingen.set(sleutel, { waarde, achteraan: w.achteraan });
      else if (w === undefined && basis.has(sleutel))
        wijzigingen.set(sleutel, { waarde, achteraan: false });
      else {
        // New, or removed and set again: at the end, as in a Map.
        size++;
        wijzigingen.delete(sleutel);
        wijzigingen.set(sleutel, { waarde, achteraan: true });
      }
    },
    setLater<S>(sleutel: string, stap: S, maak: (van: V, stappen: readonly S[]) => V) {
      const w = wijzigingen.get(sleutel);
      if (w === WEG || (w === undefined && !basis.has(sleutel)))
        throw new Error(`setLater: ${sleutel} is not in the lookup`);
      const eerder = w?.later;
      const later: Later<V, S> =
        eerder && eerder.stappen.length < STAPPEN_MAX
          ? { van: eerder.van, stappen: [...(eerder.stappen as S[]), stap], maak }
          : { van: w ? waardeVan(w) : basis.get(sleutel)!, stappen: [stap], maak };
      wijzigingen.set(sleutel, {
        waarde: undefined,
        later: later as Later<V, unknown>,
        achteraan: w?.achteraan ?? false,
      });
    },
    delete(sleutel) {
      const w = wijzigingen.get(sleutel);
      if (w === WEG || (w === undefined && !basis.has(sleutel))) return;
      size--;
      if (basis.has(sleutel)) wijzigingen.set(sleutel, WEG);
      else wijzigingen.delete(sleutel);
    },
  });
  const laag = new LaagMap(basis, wijzigingen, size);
  return wijzigingen.size > samenvoegen ? new Map(laag) : laag;
}
