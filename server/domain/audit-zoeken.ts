// SPDX-License-Identifier: EUPL-1.2
// Searching the audit trail as a beheerder or auditor does (ux review row 27): by knooppunt,
// person, action, result and period. Days are Dutch days (Europe/Amsterdam), as people mean them.
import type { AuditActie, AuditRecord, AuditResultaat } from './audit.ts';
import { ValidationError } from './errors.ts';
import { bestaandeDatum, nederlandseDag } from './kalender.ts';

export interface AuditFilter {
  knooppuntId?: string | null;
  persoon?: string | null;
  actie?: AuditActie | null;
  resultaat?: AuditResultaat | null;
  /** First and last day, JJJJ-MM-DD. */
  van?: string | null;
  tot?: string | null;
}

/** The filter with its days checked: a day that does not exist, or a period backwards, is named. */
export function controleerFilter(filter: AuditFilter): AuditFilter {
  const fouten = (['van', 'tot'] as const).flatMap((veld) => {
    const dag = filter[veld];
    return dag && !bestaandeDatum(dag)
      ? [
          {
            field: `filter.${veld}`,
            message: `${veld === 'van' ? 'Vanaf' : 'Tot en met'}: ‘${dag}’ is geen bestaande datum (JJJJ-MM-DD)`,
          },
        ]
      : [];
  });
  if (fouten.length === 0 && filter.van && filter.tot && filter.van > filter.tot)
    fouten.push({ field: 'filter.tot', message: 'Tot en met: ligt voor de dag vanaf' });
  if (fouten.length > 0) throw new ValidationError(fouten);
  return filter;
}

/** Whether a record meets every part of the filter that is filled in. */
export function voldoet(record: AuditRecord, filter: AuditFilter): boolean {
  const persoon = filter.persoon?.trim().toLocaleLowerCase('nl');
  const dag = filter.van || filter.tot ? nederlandseDag(record.tijd) : '';
  return (
    (!filter.knooppuntId || record.knooppuntIds.includes(filter.knooppuntId)) &&
    (!persoon || (record.actorNaam ?? '').toLocaleLowerCase('nl').includes(persoon)) &&
    (!filter.actie || record.actie === filter.actie) &&
    (!filter.resultaat || record.resultaat === filter.resultaat) &&
    (!filter.van || dag >= filter.van) &&
    (!filter.tot || dag <= filter.tot)
  );
}

export interface AuditPagina {
  na: number;
  voor: number | null;
  /** At least 1. */
  eerste: number;
  nieuwsteEerst: boolean;
}

export interface AuditZoekUitkomst {
  records: AuditRecord[];
  volgende: number | null;
  totaal: number;
}

/**
 * The search over the trail as it is read, oldest first, part by part: it counts every match
 * (the total the page shows) but keeps only the page and one more record, so the trail is never
 * held whole. The page is after `na` oldest first, or before `voor` newest first.
 */
export function auditZoeker(filter: AuditFilter, pagina: AuditPagina) {
  let totaal = 0;
  // Oldest first: the first eerste + 1 after `na`; newest first: the last eerste + 1 before `voor`.
  const venster: AuditRecord[] = [];
  return {
    lees(deel: readonly AuditRecord[]): void {
      for (const r of deel) {
        if (!voldoet(r, filter)) continue;
        totaal++;
        if (pagina.nieuwsteEerst) {
          if (pagina.voor !== null && r.volgnummer >= pagina.voor) continue;
          venster.push(r);
          if (venster.length > pagina.eerste + 1) venster.shift();
        } else if (r.volgnummer > pagina.na && venster.length <= pagina.eerste) venster.push(r);
      }
    },
    uitkomst(): AuditZoekUitkomst {
      const reeks = pagina.nieuwsteEerst ? venster.toReversed() : venster;
      const records = reeks.slice(0, pagina.eerste);
      return {
        records,
        volgende: reeks.length > records.length ? records.at(-1)!.volgnummer : null,
        totaal,
      };
    },
  };
}
