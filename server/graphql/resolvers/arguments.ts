// SPDX-License-Identifier: EUPL-1.2
// Argument checks as tiny pure functions that name the argument and quote the bad value. They
// throw ValidationError, which errors.ts answers as BAD_USER_INPUT like any other bad input.
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import { bestaandeDatum, datumInWoorden, inDatumvorm } from '../../domain/kalender.ts';

export const MAX_PAGE = 1000;

export function pageArgs(
  eerste: number | null | undefined,
  na: number | null | undefined,
): { eerste: number; na: number } {
  const first = eerste ?? 100;
  const offset = na ?? 0;
  if (first < 0 || first > MAX_PAGE)
    throw ValidationError.field(
      'eerste',
      `‘eerste’ moet tussen 0 en ${MAX_PAGE} liggen, niet ${first}`,
    );
  if (offset < 0) throw ValidationError.field('na', `‘na’ mag niet negatief zijn, niet ${offset}`);
  return { eerste: first, na: offset };
}

/** A leeftijd band must not be upside down or negative. */
export function checkLeeftijd(
  band: { van?: number | null; tot?: number | null } | null | undefined,
  path = 'filter.leeftijd',
): void {
  if (!band) return;
  const fields = [
    ...((band.van ?? 0) < 0
      ? [{ field: `${path}.van`, message: 'De leeftijd vanaf mag niet negatief zijn' }]
      : []),
    ...(band.van != null && band.tot != null && band.van > band.tot
      ? [{ field: `${path}.tot`, message: 'De leeftijd tot mag niet lager zijn dan vanaf' }]
      : []),
  ];
  if (fields.length > 0) throw new ValidationError(fields);
}

/** The object an argument names, or NOT_FOUND naming that argument. */
export function bestaand<T>(
  map: ReadonlyMap<string, T>,
  id: string,
  kind: string,
  field: string,
): T {
  const found = map.get(id);
  if (found === undefined) throw new NotFoundError(kind, id, field);
  return found;
}

/**
 * Which registry a list or map shows: as on the peildatum (default today), or everything stored
 * when ookBeeindigd is set. Returns the date for ctx.viewOp, or null for everything.
 */
export function peildatumVan(
  peildatum: string | null | undefined,
  ookBeeindigd: boolean | null | undefined,
  vandaag: string,
  path: string,
): string | null {
  if (ookBeeindigd) return null;
  if (peildatum == null) return vandaag;
  if (!bestaandeDatum(peildatum)) {
    throw ValidationError.field(
      path,
      inDatumvorm(peildatum)
        ? `De peildatum ${datumInWoorden(peildatum)} bestaat niet`
        : 'De peildatum moet een datum zijn in de vorm JJJJ-MM-DD',
    );
  }
  return peildatum;
}
