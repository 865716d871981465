// SPDX-License-Identifier: EUPL-1.2
// The example region as an in-memory index, for pure domain tests (no store involved).
import {
  DEELNAMES,
  KNOOPPUNTEN,
  ORGANISATIES,
  OVERDRACHTEN,
  deelnameId,
  overdrachtId,
} from '../seed/example-region.ts';
import { loadReferentiedata } from '../seed/reference-data.ts';
import { indexRegistry, type RegistryIndex } from '../server/domain/registry-index.ts';
import { entity } from './builders.ts';

export const exampleIndex = (): RegistryIndex =>
  indexRegistry({
    ...loadReferentiedata(),
    knooppunten: Object.entries(KNOOPPUNTEN).map(([id, k]) => entity(id, k)),
    organisaties: Object.entries(ORGANISATIES).map(([id, o]) => entity(id, o)),
    deelnames: DEELNAMES.map((d) => entity(deelnameId(d), d)),
    overdrachten: OVERDRACHTEN.map((o) => entity(overdrachtId(o), o)),
  });
