// SPDX-License-Identifier: EUPL-1.2
// What a computation read from the index, to tell whether it would read the same from a later
// one: since werkIndexBij keeps what a write did not touch identical (===), a result whose reads
// all give the same can be reused after the write (issue 20). Pure.
import { AfgeleideMap } from './afgeleide-map.ts';
import { LaagMap } from './laag-map.ts';
import { verschilVan, type RegistryIndex, type Verschil } from './registry-index.ts';

type Naam = keyof RegistryIndex;

/** The lookups a computation made: whole lookups with what they were, keys with what they gave. */
export class Gelezen {
  private readonly geheel = new Map<Naam, unknown>();
  private readonly sleutels = new Map<Naam, Map<string, unknown>>();

  noteer(naam: Naam, sleutel: string | null, waarde: unknown): void {
    if (sleutel === null) {
      this.geheel.set(naam, waarde);
      return;
    }
    let hier = this.sleutels.get(naam);
    if (!hier) this.sleutels.set(naam, (hier = new Map<string, unknown>()));
    if (!hier.has(sleutel)) hier.set(sleutel, waarde);
  }

  /** Adds what another computation read on the same index. */
  voegToe(ander: Gelezen): this {
    for (const [naam, waarde] of ander.geheel) this.noteer(naam, null, waarde);
    for (const [naam, hier] of ander.sleutels)
      for (const [sleutel, waarde] of hier) this.noteer(naam, sleutel, waarde);
    return this;
  }

  /** Every read gives the same on this index. */
  geldig(index: RegistryIndex): boolean {
    for (const [naam, waarde] of this.geheel) if (index[naam] !== waarde) return false;
    for (const naam of this.sleutels.keys()) if (!this.sleutelsGelijk(index, naam)) return false;
    return true;
  }

  /**
   * Every read gives the same on `index`, knowing they did on `eerder`: when werkIndexBij made
   * one from the other in a few writes, only what those writes changed is looked at, so the cost
   * follows the change instead of what was read.
   */
  geldigNa(eerder: RegistryIndex, index: RegistryIndex): boolean {
    const stappen: Verschil['anders'][] = [];
    for (let stap = index; stap !== eerder;) {
      const verschil = verschilVan(stap);
      if (!verschil) return this.geldig(index);
      stappen.push(verschil.anders);
      stap = verschil.vorige;
    }
    for (const anders of stappen) if (!this.zelfdeNa(index, anders)) return false;
    return true;
  }

  /** The reads give the same on `index` as before the changes `anders` (of one or more writes). */
  private zelfdeNa(index: RegistryIndex, anders: Verschil['anders']): boolean {
    for (const [naam, sleutels] of anders) {
      if (this.geheel.has(naam) && index[naam] !== this.geheel.get(naam)) return false;
      const hier = this.sleutels.get(naam);
      if (!hier) continue;
      if (sleutels === null) {
        if (!this.sleutelsGelijk(index, naam)) return false;
        continue;
      }
      const map = index[naam] as ReadonlyMap<string, unknown>;
      for (const s of sleutels) if (hier.has(s) && map.get(s) !== hier.get(s)) return false;
    }
    return true;
  }

  private sleutelsGelijk(index: RegistryIndex, naam: Naam): boolean {
    const map = index[naam] as ReadonlyMap<string, unknown>;
    for (const [sleutel, waarde] of this.sleutels.get(naam)!)
      if (map.get(sleutel) !== waarde) return false;
    return true;
  }
}

/** A lookup that notes what is read from it; reading it whole notes the lookup itself. */
class GevolgdeMap<V> extends AfgeleideMap<V> {
  private readonly naam: Naam;
  private readonly map: ReadonlyMap<string, V>;
  private readonly gelezen: Gelezen;
  constructor(naam: Naam, map: ReadonlyMap<string, V>, gelezen: Gelezen) {
    super();
    this.naam = naam;
    this.map = map;
    this.gelezen = gelezen;
  }
  get(sleutel: string): V | undefined {
    const waarde = this.map.get(sleutel);
    this.gelezen.noteer(this.naam, sleutel, waarde);
    return waarde;
  }
  has(sleutel: string): boolean {
    return this.get(sleutel) !== undefined;
  }
  protected geheel(): ReadonlyMap<string, V> {
    this.gelezen.noteer(this.naam, null, this.map);
    return this.map;
  }
  get size(): number {
    return this.geheel().size;
  }
}

/** The index as a computation sees it, noting every lookup it makes. */
export function gevolgd(index: RegistryIndex): { index: RegistryIndex; gelezen: Gelezen } {
  const gelezen = new Gelezen();
  const kopie = {} as Record<Naam, unknown>;
  for (const naam of Object.keys(index) as Naam[]) {
    const waarde = index[naam];
    if (waarde instanceof Map || waarde instanceof LaagMap)
      kopie[naam] = new GevolgdeMap(naam, waarde, gelezen);
    else
      Object.defineProperty(kopie, naam, {
        enumerable: true,
        get: () => (gelezen.noteer(naam, null, waarde), waarde),
      });
  }
  return { index: kopie as unknown as RegistryIndex, gelezen };
}
