// SPDX-License-Identifier: EUPL-1.2
// Test-data builders: valid inputs with overrides.
import { ONBESCHREVEN_KNOOPPUNT } from '../server/domain/model.ts';
import type {
  DeelnameGegevens,
  KnooppuntGegevens,
  OrganisatieGegevens,
  OverdrachtGegevens,
  Referentiedata,
  Registry,
  Versioned,
} from '../server/domain/model.ts';

/** The audit chain's key in tests (AUDIT_SLEUTEL in production): one, so a reopened store still verifies. */
export const TEST_AUDIT_SLEUTEL = 'testsleutel-van-de-audittrail-niet-voor-productie';

export const referentiedata = (): Referentiedata => ({
  themas: [
    { id: 'thema-a', naam: 'Thema A', omschrijving: null },
    { id: 'thema-b', naam: 'Thema B', omschrijving: null },
  ],
  wetten: [{ id: 'wet-a', naam: 'Wet A', afkorting: 'WA' }],
  regios: [
    { id: 'regio-a', naam: 'Regio A', soort: 'ZORG_EN_VEILIGHEIDSHUIS', zekerheid: 'bevestigd' },
  ],
  gemeenten: [
    { id: 'GM0001', naam: 'Gemeente Een', regioIds: ['regio-a'] },
    { id: 'GM0002', naam: 'Gemeente Twee', regioIds: ['regio-a'] },
  ],
});

export const buildKnooppunt = (overrides: Partial<KnooppuntGegevens> = {}): KnooppuntGegevens => ({
  ...ONBESCHREVEN_KNOOPPUNT,
  naam: 'Testtafel',
  regioId: 'regio-a',
  functie: 'OVERLEGTAFEL',
  werkproces: 'CASUSOVERLEG',
  wettelijkeBasis: 'NIET_EXPLICIET',
  wetten: [{ wetId: 'wet-a', artikel: 'art. 1' }],
  samenstelling: 'WISSELEND',
  maatschappelijkeOpgave: 'Opgave',
  doel: 'Doel',
  signalen: ['MEERDERE_PROBLEMEN'],
  schaal: 'LOKAAL',
  themaIds: ['thema-a'],
  gemeenteIds: ['GM0001'],
  convenant: { status: 'VASTGESTELD', datum: '2024-01-31', geldigTot: null },
  dpia: { status: 'ONTBREEKT', datum: null, geldigTot: null },
  aanpalend: [],
  ...overrides,
});

export const buildOrganisatie = (
  overrides: Partial<OrganisatieGegevens> = {},
): OrganisatieGegevens => ({
  naam: 'GGZ-aanbieder Test',
  type: 'GGZ',
  privacykader: 'AVG',
  beroepsgeheim: 'Wgbo',
  ...overrides,
});

export const buildDeelname = (
  organisatieId: string,
  knooppuntId: string,
  overrides: Partial<DeelnameGegevens> = {},
): DeelnameGegevens => ({
  organisatieId,
  knooppuntId,
  rol: 'VASTE_DEELNEMER',
  taak: 'Behandeling',
  wetten: [{ wetId: 'wet-a', artikel: 'art. 2' }],
  grondslag: 'AVG_6_1_B_OVEREENKOMST',
  beroepsgeheim: true,
  beroepsgeheimRegeling: 'TOESTEMMING',
  bijzondereGegevens: true,
  strafrechtelijkeGegevens: false,
  bsn: false,
  verwerkingsbasisBijzonder: null,
  convenantpartner: true,
  noodzaak: null,
  geheimhoudingOfVerstrekking: null,
  ...overrides,
});

export const buildOverdracht = (
  vanId: string,
  naarId: string,
  overrides: Partial<OverdrachtGegevens> = {},
): OverdrachtGegevens => ({
  vanId,
  naarId,
  soort: 'DOORVERWIJZING',
  criteria: null,
  aanmeldingDoor: 'KNOOPPUNT_ZELF',
  aanmelderId: null,
  informatie: 'Personalia',
  warm: true,
  clientGeinformeerdDoor: 'Meldpunt',
  ...overrides,
});

/** Gives builder output an identity, as the store would. */
export const entity = <T extends object>(id: string, gegevens: T): T & Versioned => ({
  ...gegevens,
  id,
  versie: 1,
  gewijzigdOp: '2026-01-01T00:00:00.000Z',
});

/** A registry for pure domain tests: the builders' reference data plus the given objects. */
export const buildRegistry = (
  parts: Partial<Pick<Registry, 'knooppunten' | 'organisaties' | 'deelnames' | 'overdrachten'>>,
): Registry => ({
  ...referentiedata(),
  knooppunten: [],
  organisaties: [],
  deelnames: [],
  overdrachten: [],
  ...parts,
});
