// SPDX-License-Identifier: EUPL-1.2
// Which knooppunten can fit a casus at all: an inverted index from thema, the signal of domestic
// violence and gemeente to knooppunten, built once per registry view (so per store revision).
// Matching scores only these candidates instead of every knooppunt in the country (issue 20).
// The casus itself is never kept: only the registry is indexed.
//
// A knooppunt fits only when it takes up a thema of the casus, or when the casus signals domestic
// violence and the knooppunt is there for that (casus-matching.ts, H §2.3); and, when the casus
// names a gemeente, only when it works there. Anything else matching refuses anyway.
import type { Knooppunt, Signaal } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

const HG: Signaal = 'HUISELIJK_GEWELD_OF_KINDERMISHANDELING';

interface KandidatenIndex {
  /** Per gemeente the ids of the knooppunten working there, for an O(1) check per candidate. */
  readonly werktIn: ReadonlyMap<string, ReadonlySet<string>>;
}

const perView = new WeakMap<RegistryIndex, KandidatenIndex>();

function kandidatenIndex(view: RegistryIndex): KandidatenIndex {
  let index = perView.get(view);
  if (!index) {
    const werktIn = new Map<string, ReadonlySet<string>>();
    for (const [gemeenteId, knooppunten] of view.knooppuntenVanGemeente)
      werktIn.set(gemeenteId, new Set(knooppunten.map((k) => k.id)));
    perView.set(view, (index = { werktIn }));
  }
  return index;
}

/**
 * The knooppunten sharing a thema or the domestic-violence signal with the casus (the postings of
 * the registry index), and working in its gemeente when it names one; each once.
 */
export function kandidatenVoor(
  view: RegistryIndex,
  casus: { themaIds: readonly string[]; signalen: readonly Signaal[]; gemeenteId: string | null },
): Knooppunt[] {
  const lijsten = casus.themaIds.map((t) => view.knooppuntenVanThema.get(t) ?? []);
  if (casus.signalen.includes(HG)) lijsten.push(view.knooppuntenVanSignaal.get(HG) ?? []);
  const werktHier =
    casus.gemeenteId === null ? null : kandidatenIndex(view).werktIn.get(casus.gemeenteId);
  if (werktHier === undefined) return [];
  // The gemeente's own list is the shorter way in when it is shorter than all postings together.
  const postings = lijsten.reduce((n, l) => n + l.length, 0);
  if (werktHier !== null && werktHier.size < postings) {
    const themas = new Set(casus.themaIds);
    const hg = casus.signalen.includes(HG);
    return (view.knooppuntenVanGemeente.get(casus.gemeenteId!) ?? []).filter(
      (k) => k.themaIds.some((t) => themas.has(t)) || (hg && k.signalen.includes(HG)),
    );
  }
  const gezien = new Set<string>();
  const result: Knooppunt[] = [];
  for (const lijst of lijsten)
    for (const k of lijst) {
      if (gezien.has(k.id) || (werktHier !== null && !werktHier.has(k.id))) continue;
      gezien.add(k.id);
      result.push(k);
    }
  return result;
}
