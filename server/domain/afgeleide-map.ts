// SPDX-License-Identifier: EUPL-1.2
// A read-only Map whose walks go over a whole Map its subclass provides: the layered lookup
// (laag-map.ts) and the lookup that notes what is read (gelezen.ts) differ only in how they get
// single keys and the whole.

export abstract class AfgeleideMap<V> implements ReadonlyMap<string, V> {
  abstract readonly size: number;
  abstract get(sleutel: string): V | undefined;
  abstract has(sleutel: string): boolean;
  /** The whole lookup, for every walk over it. */
  protected abstract geheel(): ReadonlyMap<string, V>;

  forEach(f: (waarde: V, sleutel: string, map: ReadonlyMap<string, V>) => void): void {
    this.geheel().forEach((waarde, sleutel) => f(waarde, sleutel, this));
  }
  entries() {
    return this.geheel().entries();
  }
  keys() {
    return this.geheel().keys();
  }
  values() {
    return this.geheel().values();
  }
  [Symbol.iterator]() {
    return this.geheel()[Symbol.iterator]();
  }
}
