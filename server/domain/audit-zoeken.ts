// SPDX-License-Identifier: EUPL-1.2
// Searching the audit trail as a beheerder or auditor does (ux review row 27): by knooppunt,
// person, action, result and period. Days are Dutch days (Europe/Amsterdam), as people mean them.
import type { AuditActie, AuditRecord, AuditResultaat } from './audit.ts';
import { ValidationError } from './errors.ts';
import { bestaandeDatum } from './kalender.ts';

export interface AuditFilter {
  knooppuntId?: string | null;
  persoon?: string | null;
  actie?: AuditActie | null;
  resultaat?: AuditResultaat | null;
  /** First and last day, JJJJ-MM-DD. */
  van?: string | null;
  tot?: string | null;
}

const NEDERLANDSE_DAG = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Dutch calendar day of a moment: 23:30 UTC on 1 March is 2 March in Amsterdam. */
const nederlandseDag = (iso: string): string => NEDERLANDSE_DAG.format(new Date(iso));

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

/** One page of the matching records: after `na` oldest first, or before `voor` newest first. */
export function zoekAudit(
  records: readonly AuditRecord[],
  filter: AuditFilter,
  pagina: { na: number; voor: number | null; eerste: number; nieuwsteEerst: boolean },
): { records: AuditRecord[]; volgende: number | null; totaal: number } {
  const passend = records.filter((r) => voldoet(r, filter));
  const reeks = pagina.nieuwsteEerst
    ? passend.filter((r) => pagina.voor === null || r.volgnummer < pagina.voor).reverse()
    : passend.filter((r) => r.volgnummer > pagina.na);
  const deel = reeks.slice(0, pagina.eerste);
  return {
    records: deel,
    volgende: reeks.length > deel.length ? deel.at(-1)!.volgnummer : null,
    totaal: passend.length,
  };
}
