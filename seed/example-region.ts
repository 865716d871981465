// SPDX-License-Identifier: EUPL-1.2
// VOORBEELDDATA. The example region as tests and the synthetic dataset know it, read from its data
// files (seed/data/voorbeeldregio, in the export's own CSV format) through the importer's plan, so
// what the tests assume is exactly what `npm start` loads. See seed/data/voorbeeldregio/LEESMIJ.md.
import { planImport } from '../server/domain/import-plan.ts';
import type {
  DeelnameGegevens,
  EditableKind,
  EditableKinds,
  KnooppuntGegevens,
  OrganisatieGegevens,
  OverdrachtGegevens,
} from '../server/domain/model.ts';
import { indexRegistry } from '../server/domain/registry-index.ts';
import { leesBestanden } from '../server/spreadsheet/sheets.ts';
import { bestandenIn, VOORBEELDREGIO } from './load.ts';
import { loadReferentiedata } from './reference-data.ts';

export const REGIO = 'ZVH-NHN';

const leeg = {
  ...loadReferentiedata(),
  knooppunten: [],
  organisaties: [],
  deelnames: [],
  overdrachten: [],
};
const plan = planImport(indexRegistry(leeg), await leesBestanden(bestandenIn(VOORBEELDREGIO)), {
  verificatieOvernemen: true,
});
if (plan.fouten.length > 0)
  throw new Error(`De voorbeeldregio heeft fouten: ${JSON.stringify(plan.fouten.slice(0, 5))}`);

const van = <K extends EditableKind>(kind: K): [string, EditableKinds[K]['gegevens']][] =>
  plan.wijzigingen
    .filter((w) => w.kind === kind)
    .map((w) => [w.id, w.gegevens as EditableKinds[K]['gegevens']]);

export const ORGANISATIES: Record<string, OrganisatieGegevens> = Object.fromEntries(
  van('organisatie'),
);
export const KNOOPPUNTEN: Record<string, KnooppuntGegevens> = Object.fromEntries(van('knooppunt'));
export const DEELNAMES: DeelnameGegevens[] = van('deelname').map(([, d]) => d);
export const OVERDRACHTEN: OverdrachtGegevens[] = van('overdracht').map(([, o]) => o);

/** The ids the data files give deelnames and overdrachten (the importer's readable ids). */
export const deelnameId = (d: DeelnameGegevens): string => `${d.knooppuntId}--${d.organisatieId}`;
export const overdrachtId = (o: OverdrachtGegevens): string =>
  `${o.vanId}--${o.naarId}--${o.soort.toLowerCase()}`;
