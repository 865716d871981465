// SPDX-License-Identifier: EUPL-1.2
// Start data through the importer (issue 15): files in the export's own format (CSV per sheet, or
// a workbook), read by the spreadsheet reader, planned by planImport and written by the store as
// one audited change (IMPORTEREN, by Systeem). What exists and is equal is left alone, so a second
// run changes nothing. The example region is such a set of files (seed/data/voorbeeldregio).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { systeemWijziging } from '../server/domain/audit.ts';
import { planImport, writesOf } from '../server/domain/import-plan.ts';
import { indexRegistry } from '../server/domain/registry-index.ts';
import { leesBestanden, type Bestand } from '../server/spreadsheet/sheets.ts';
import type { Store } from '../server/store/port.ts';
import { loadReferentiedata } from './reference-data.ts';

export const VOORBEELDREGIO = join(import.meta.dirname, 'data', 'voorbeeldregio');

export interface SeedResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** The spreadsheet files at a path: the file itself, or every .csv and .xlsx in the folder. */
export function bestandenIn(pad: string): Bestand[] {
  const paden = statSync(pad).isDirectory()
    ? readdirSync(pad)
        .filter((f) => /\.(csv|xlsx)$/i.test(f))
        .sort()
        .map((f) => join(pad, f))
    : [pad];
  return paden.map((p) => ({ naam: basename(p), inhoud: readFileSync(p) }));
}

/** The reference data (themas, gemeenten, regio's, wetten), then the files as one audited import. */
export async function laadStartbestanden(
  store: Store,
  bestanden: readonly Bestand[],
): Promise<SeedResult> {
  await store.putReferentiedata(loadReferentiedata());
  const plan = planImport(indexRegistry(await store.load()), await leesBestanden(bestanden), {
    verificatieOvernemen: true,
  });
  if (plan.fouten.length > 0) {
    const regels = plan.fouten
      .slice(0, 20)
      .map((f) => `  ${f.blad} rij ${f.rij}${f.kolom ? `, ${f.kolom}` : ''}: ${f.melding}`);
    throw new Error(
      `De startbestanden hebben ${plan.fouten.length} fouten; niets geladen:\n${regels.join('\n')}`,
    );
  }
  if (plan.wijzigingen.length > 0)
    await store.applyAll(writesOf(plan), { ...systeemWijziging(), actie: 'IMPORTEREN' });
  const created = plan.wijzigingen.filter((w) => w.versie === null).length;
  return { created, updated: plan.wijzigingen.length - created, unchanged: plan.ongewijzigd };
}

export const loadExampleRegion = (store: Store): Promise<SeedResult> =>
  laadStartbestanden(store, bestandenIn(VOORBEELDREGIO));
