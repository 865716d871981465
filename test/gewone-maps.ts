// SPDX-License-Identifier: EUPL-1.2
// An index updated after a write holds some lookups as layers over the old ones (domain/laag-map.ts);
// toEqual compares a Map only with a Map, so tests compare indexes with every lookup as a Map.
import { LaagMap } from '../server/domain/laag-map.ts';
import type { RegistryIndex } from '../server/domain/registry-index.ts';

export const gewoneMaps = (index: RegistryIndex): RegistryIndex =>
  Object.fromEntries(
    Object.entries(index).map(([naam, waarde]) => [
      naam,
      waarde instanceof LaagMap ? new Map(waarde as LaagMap<unknown>) : waarde,
    ]),
  ) as unknown as RegistryIndex;
