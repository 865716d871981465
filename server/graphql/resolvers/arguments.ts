// SPDX-License-Identifier: EUPL-1.2
// Argument checks as tiny pure functions that name the argument and quote the bad value.
import { NotFoundError } from '../../domain/errors.ts';
import { clientError } from '../../errors.ts';

export const MAX_PAGE = 1000;

export function pageArgs(
  eerste: number | null | undefined,
  na: number | null | undefined,
): { eerste: number; na: number } {
  const first = eerste ?? 100;
  const offset = na ?? 0;
  if (first < 0 || first > MAX_PAGE) {
    throw clientError(
      'BAD_USER_INPUT',
      `Ongeldige invoer in eerste: ${first} ligt niet tussen 0 en ${MAX_PAGE}.`,
      { fields: [{ field: 'eerste', message: `moet tussen 0 en ${MAX_PAGE} liggen` }] },
    );
  }
  if (offset < 0) {
    throw clientError(
      'BAD_USER_INPUT',
      `Ongeldige invoer in na: ${offset} mag niet negatief zijn.`,
      { fields: [{ field: 'na', message: 'mag niet negatief zijn' }] },
    );
  }
  return { eerste: first, na: offset };
}

/** A leeftijd band must not be upside down or negative. */
export function checkLeeftijd(
  band: { van?: number | null; tot?: number | null } | null | undefined,
  path = 'filter.leeftijd',
): void {
  if (!band) return;
  const fields = [
    ...((band.van ?? 0) < 0 ? [{ field: `${path}.van`, message: 'mag niet negatief zijn' }] : []),
    ...(band.van != null && band.tot != null && band.van > band.tot
      ? [{ field: `${path}.tot`, message: 'moet minstens gelijk zijn aan van' }]
      : []),
  ];
  if (fields.length > 0) {
    throw clientError(
      'BAD_USER_INPUT',
      `Ongeldige invoer in ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}.`,
      { fields },
    );
  }
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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(peildatum) || Number.isNaN(Date.parse(peildatum))) {
    throw clientError(
      'BAD_USER_INPUT',
      `Ongeldige invoer in ${path}: "${peildatum}" is geen datum in de vorm JJJJ-MM-DD.`,
      { fields: [{ field: path, message: 'moet een datum zijn in de vorm JJJJ-MM-DD' }] },
    );
  }
  return peildatum;
}
