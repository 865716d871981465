// SPDX-License-Identifier: EUPL-1.2
// The registry's domain model: plain data, no I/O. Dutch domain nouns as in the handreiking
// "Gegevensdeling in sociaal, zorg- en veiligheidsdomein" (H); section numbers cite it.

/** §2.3, §2.5 typering 1: a meldpunt receives and routes, an overlegtafel works on casussen together. */
export const FUNCTIES = ['MELDPUNT', 'OVERLEGTAFEL'] as const;
/** Bijlage 1.1–1.3: the work process variant. */
export const WERKPROCESSEN = ['CASUSOVERLEG', 'MELDPUNT', 'SIGNALERING', 'GROEPSAANPAK'] as const;
/** §2.5 typering 2: explicitly regulated, attributable to the task of one party, or neither. */
export const WETTELIJKE_BASES = [
  'WETTELIJK_GEREGELD',
  'TAAK_VAN_EEN_PARTIJ',
  'NIET_EXPLICIET',
] as const;
/** §2.5 typering 3: fixed participants, or participants that differ per casus. */
export const SAMENSTELLINGEN = ['VAST', 'WISSELEND'] as const;
export const SCHALEN = [
  'LOKAAL',
  'SUBREGIONAAL',
  'REGIONAAL',
  'BOVENREGIONAAL',
  'LANDELIJK',
] as const;
/** §3.5, §4.4: one controller, or joint controllers with an art. 26 AVG arrangement. */
export const VERWERKINGSVERANTWOORDELIJKHEDEN = ['EEN_PARTIJ', 'GEZAMENLIJK', 'ONBEKEND'] as const;
/** Status of a convenant, privacyprotocol or DPIA (§3.4, §3.8). */
export const DOCUMENT_STATUSSEN = [
  'VASTGESTELD',
  'IN_VOORBEREIDING',
  'ONTBREEKT',
  'ONBEKEND',
] as const;
/**
 * §2.6 / IBD §1: the signals that make a casus multi-problem, used as matchable criteria; plus the
 * aanmeldcriteria matching needs that were free text only (VOORWAARDE_SIGNALEN below).
 */
export const SIGNALEN = [
  'MEERDERE_PROBLEMEN',
  'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG',
  'SAMENWERKING_NODIG',
  'IMPACT_OP_OMGEVING',
  'ERNSTIG_LOKAAL_VEILIGHEIDSPROBLEEM',
  'ACUUT_GEVAAR',
  'HUISELIJK_GEWELD_OF_KINDERMISHANDELING',
  'GROEP',
  'DETENTIE',
  'GEWELDSDELICTEN',
] as const;
/**
 * Signals that are conditions, not just indications: a knooppunt that carries one takes only a
 * casus that has it. "Welke criteria hanteert het knooppunt om een casus op te pakken?" (H §2.6
 * stap 2); "Alleen casussen die voldoen aan de criteria worden in behandeling genomen" (H §4.2).
 * DETENTIE: the re-integratie of ex-gedetineerden (PI, gemeente, Reclassering; H §1.3, §2.5) and
 * the Trajectberaad Jeugd are for people in or leaving detention. GEWELDSDELICTEN: e.g. the
 * levensloopaanpak (ketenveldnorm levensloopfunctie, H §1.5) is for serious violent offences.
 */
export const VOORWAARDE_SIGNALEN = [
  'DETENTIE',
  'GEWELDSDELICTEN',
] as const satisfies readonly (typeof SIGNALEN)[number][];

export const ORGANISATIE_TYPES = [
  'GEMEENTE',
  'BURGEMEESTER',
  'POLITIE',
  'OPENBAAR_MINISTERIE',
  'GGZ',
  'VERSLAVINGSZORG',
  'RECLASSERING',
  'VEILIG_THUIS',
  'RAAD_VOOR_DE_KINDERBESCHERMING',
  'GECERTIFICEERDE_INSTELLING',
  'WONINGCORPORATIE',
  'JONGERENWERK',
  'SCHULDHULPVERLENING',
  'HUISARTS',
  'PENITENTIAIRE_INRICHTING',
  'GGD',
  'WIJKTEAM',
  'ONDERWIJS',
  'MAATSCHAPPELIJKE_OPVANG',
  'LVB_ZORG',
  'ZORG_EN_VEILIGHEIDSHUIS',
  'OVERIG',
] as const;
/** §3.1: the privacy framework a party falls under. */
export const PRIVACYKADERS = ['AVG', 'WPG', 'WJSG'] as const;

/** §3.7 stap 2: the role a party has at the table. */
export const ROLLEN = [
  'VASTE_DEELNEMER',
  'OP_AFROEP',
  'ADVISEUR',
  'INFORMANT',
  'PROCESREGISSEUR',
] as const;
/**
 * §3.3: the grondslag of a participation. Consent (6.1.a) is listed because real inventories
 * contain it; it is stored as described and flagged by the compliance checks (RULES R04).
 */
export const GRONDSLAGEN = [
  'AVG_6_1_A_TOESTEMMING',
  'AVG_6_1_B_OVEREENKOMST',
  'AVG_6_1_C_WETTELIJKE_VERPLICHTING',
  'AVG_6_1_D_VITAAL_BELANG',
  'AVG_6_1_E_PUBLIEKE_TAAK',
  'WPG',
  'WJSG',
  'ONBEKEND',
] as const;
/**
 * §4.5: the four grounds on which a professional may share despite professional secrecy. The
 * arrangement a table makes in advance (stappenplan stap 1, 3) is toestemming first, or a statutory
 * meldrecht or spreekplicht; a conflict van plichten and a noodsituatie are weighed by the
 * professional per casus and cannot be arranged in advance (H §4.5, RULES R10).
 */
export const BEROEPSGEHEIM_REGELINGEN = [
  'TOESTEMMING',
  'CONFLICT_VAN_PLICHTEN',
  'WETTELIJK_MELDRECHT',
  'NOODSITUATIE',
] as const;

/** §5.3 "Schakelen tussen knooppunten": the kinds of handover. */
export const OVERDRACHT_SOORTEN = [
  'DOORVERWIJZING',
  'OPSCHALING',
  'AFSCHALING',
  'TERUGVERWIJZING',
  'SIGNAAL',
] as const;
/** §4.3 fase 4, §5.3: who does the aanmelding at the receiving knooppunt. */
export const AANMELDING_DOOR = ['KNOOPPUNT_ZELF', 'PARTNER', 'NIET_VASTGELEGD'] as const;

export const REGIO_SOORTEN = ['VEILIGHEIDSREGIO', 'ZORG_EN_VEILIGHEIDSHUIS'] as const;

/** §3.2 (2), §5.2 vuistregels 8–9: what participants may do afterwards with data from the samenwerking. */
export const VERDER_GEBRUIK = [
  'ALLEEN_AFGESPROKEN_DOEL',
  'VERENIGBAAR_GETOETST',
  'NIET_VASTGELEGD',
] as const;
/** §3.7 stap 3, §4.3, §5.4 Tabel 2: the kinds of personal data a phase may handle. */
export const GEGEVENSCATEGORIEEN = [
  'IDENTIFICATIE',
  'BSN',
  'AANMELDREDEN',
  'BETROKKEN_PARTIJEN',
  'PROBLEEMGEBIEDEN',
  'GEZINS_EN_WOONSITUATIE',
  'FINANCIEN',
  'GEZONDHEID',
  'STRAFRECHTELIJK',
  'PLAN_VAN_AANPAK',
  'VOORTGANG',
] as const;
/** §3.5: when the betrokkene hears that a knooppunt handles his data ("na triage"). */
export const INFORMEER_MOMENTEN = [
  'BIJ_AANMELDING',
  'NA_TRIAGE',
  'NA_CASUSOVERLEG',
  'NIET_VASTGELEGD',
] as const;
/** §3.5: what the betrokkene is told. */
export const INFORMATIE_ONDERDELEN = [
  'GEGEVENS',
  'PARTIJEN',
  'DOEL',
  'NOODZAAK',
  'RECHTEN',
] as const;
/** §4.4: the grounds of art. 23 lid 1 AVG (art. 41 UAVG) on which informing may wait for a while. */
export const UITZONDERINGSGRONDEN = [
  'OPENBARE_VEILIGHEID',
  'STRAFBARE_FEITEN',
  'ALGEMEEN_BELANG',
  'TOEZICHT',
  'BESCHERMING_BETROKKENE_OF_ANDEREN',
] as const;
/** §3.8: what a convenant or privacyprotocol should describe (and R30's retention and evaluation). */
export const CONVENANT_ONDERWERPEN = [
  'DOEL',
  'PARTIJEN_EN_TAKEN',
  'GRONDSLAGEN',
  'GEGEVENS',
  'VERANTWOORDELIJKHEID_EN_DATALEKKEN',
  'RECHTEN_EN_BEZWAAR',
  'ZORGVULDIGHEID',
  'BEWAARTERMIJN',
  'EVALUATIE',
] as const;

/** §2.6 stap 3: the parts of a description that a verification confirms with those involved. */
export const VERIFICATIE_ONDERDELEN = [
  'DOEL_EN_DOELGROEP',
  'AANMELDCRITERIA',
  'DEELNEMERS_EN_ROLLEN',
  'TAKEN_EN_GRONDSLAGEN',
  'ROUTES',
  'GOVERNANCE',
] as const;

export type Functie = (typeof FUNCTIES)[number];
export type Werkproces = (typeof WERKPROCESSEN)[number];
export type WettelijkeBasis = (typeof WETTELIJKE_BASES)[number];
export type Samenstelling = (typeof SAMENSTELLINGEN)[number];
export type Schaal = (typeof SCHALEN)[number];
export type Verwerkingsverantwoordelijkheid = (typeof VERWERKINGSVERANTWOORDELIJKHEDEN)[number];
export type DocumentStatus = (typeof DOCUMENT_STATUSSEN)[number];
export type Signaal = (typeof SIGNALEN)[number];
export type OrganisatieType = (typeof ORGANISATIE_TYPES)[number];
export type Privacykader = (typeof PRIVACYKADERS)[number];
export type Rol = (typeof ROLLEN)[number];
export type Grondslag = (typeof GRONDSLAGEN)[number];
export type BeroepsgeheimRegeling = (typeof BEROEPSGEHEIM_REGELINGEN)[number];
export type OverdrachtSoort = (typeof OVERDRACHT_SOORTEN)[number];
export type AanmeldingDoor = (typeof AANMELDING_DOOR)[number];
export type RegioSoort = (typeof REGIO_SOORTEN)[number];
export type VerderGebruik = (typeof VERDER_GEBRUIK)[number];
export type Gegevenscategorie = (typeof GEGEVENSCATEGORIEEN)[number];
export type InformeerMoment = (typeof INFORMEER_MOMENTEN)[number];
export type InformatieOnderdeel = (typeof INFORMATIE_ONDERDELEN)[number];
export type Uitzonderingsgrond = (typeof UITZONDERINGSGRONDEN)[number];
export type ConvenantOnderwerp = (typeof CONVENANT_ONDERWERPEN)[number];
export type VerificatieOnderdeel = (typeof VERIFICATIE_ONDERDELEN)[number];

/** A reference to a law, at article level (§3.7 stap 2: "op artikelniveau"). */
export interface WetVerwijzing {
  wetId: string;
  artikel: string | null;
}

/** Status and date of a governance document (convenant, privacyprotocol, DPIA). */
export interface Document {
  status: DocumentStatus;
  /** ISO date (YYYY-MM-DD) the document was adopted or last revised: it applies from then. */
  datum: string | null;
  /** ISO date of the last day the document applies (a convenant's end date), if it ends. */
  geldigTot: string | null;
}

/**
 * How a description was verified (H §2.6 stap 3 "met de betrokken professionals en organisaties"):
 * on behalf of which organisation, whom it was checked with (organisations and the role of the
 * professional consulted, never a person's name), and what they confirmed.
 */
export interface Verificatie {
  namensId: string | null;
  geraadpleegd: { organisatieId: string; rol: string | null }[];
  bevestigd: VerificatieOnderdeel[];
  toelichting: string | null;
}

export interface Aanpalend {
  knooppuntId: string;
  reden: string;
}

/** Fields an editor supplies; identity and version are managed by the store. */
export interface KnooppuntGegevens {
  naam: string;
  regioId: string;
  functie: Functie;
  werkproces: Werkproces;
  wettelijkeBasis: WettelijkeBasis;
  wettelijkeBasisToelichting: string | null;
  wetten: WetVerwijzing[];
  /** TAAK_VAN_EEN_PARTIJ: the party whose task the knooppunt serves (§2.5 typering 2). */
  taakhouderId: string | null;
  samenstelling: Samenstelling;
  maatschappelijkeOpgave: string | null;
  doel: string | null;
  doelgroep: string | null;
  leeftijdMin: number | null;
  leeftijdMax: number | null;
  aanmeldcriteria: string | null;
  signalen: Signaal[];
  /**
   * Signals of a casus the knooppunt is not for ("Niet voor casussen met …"), as its criteria say:
   * a meldpunt niet-acute zorg not for acute danger (H §2.3), a meldpunt that sends domestic
   * violence on to Veilig Thuis. Casus matching does not call it passend for such a casus.
   */
  uitsluitingen: Signaal[];
  schaal: Schaal;
  themaIds: string[];
  gemeenteIds: string[];
  belegdBijId: string | null;
  verwerkingsverantwoordelijkheid: Verwerkingsverantwoordelijkheid;
  verwerkingsverantwoordelijkeId: string | null;
  /** Joint controllers (art. 26 AVG) have laid down their arrangement. */
  gezamenlijkeRegeling: boolean;
  convenant: Document;
  privacyprotocol: Document;
  dpia: Document;
  bewaartermijn: string | null;
  bewaartermijnOnderbouwing: string | null;
  privacyverklaring: string | null;
  informerenBetrokkenen: string | null;
  contactpuntRechten: string | null;
  risicos: string | null;
  maatregelen: string | null;
  /** R24, H §2.6 stap 2, §3.7 stap 1: why the problems need this samenwerking. */
  noodzaakSamenwerking: string | null;
  /** R25, H §2.6 stap 2: why the problems and the purpose justify the intrusion on privacy. */
  proportionaliteit: string | null;
  /** R23, H §3.2 (2): further use of the data by participants, and why it is compatible. */
  verderGebruik: VerderGebruik;
  verderGebruikToelichting: string | null;
  /** R26, H §3.7 stap 3, §4.3: the data categories per phase of the werkproces. */
  gegevensAanmelding: Gegevenscategorie[];
  gegevensTriage: Gegevenscategorie[];
  gegevensCasusoverleg: Gegevenscategorie[];
  gegevensAfsluiting: Gegevenscategorie[];
  /** R27, H §3.4 tips, §3.5: the FG('s) of the verwerkingsverantwoordelijke(n), and the FG's part in the DPIA. */
  functionarisGegevensbescherming: string | null;
  fgBetrokkenBijDpia: boolean | null;
  /** R28, H §3.5, §4.1 (6), §4.4: information security; null is "not described". */
  autorisatiePerCasus: boolean | null;
  toegangLogging: boolean | null;
  datalekkenprocedure: boolean | null;
  /** R29, H §3.5, §4.4: when and about what the betrokkene is informed, and temporary exceptions. */
  informerenMoment: InformeerMoment;
  informerenInhoud: InformatieOnderdeel[];
  informerenUitzonderingen: Uitzonderingsgrond[];
  uitzonderingHeroverweging: string | null;
  /** R30, H §3.8: the subjects the convenant or privacyprotocol covers. */
  convenantOnderwerpen: ConvenantOnderwerp[];
  /** R31, H §4.2, §4.3: fasen with a weighing at each transition, destruction, terugval. */
  faseringVastgelegd: boolean | null;
  vernietigingBijNietPassend: boolean | null;
  terugvalEnVerlenging: string | null;
  /** R32, H §4.1 (7), §4.2: the next evaluation and privacy-audit (ISO dates). */
  evaluatieGepland: string | null;
  privacyAuditGepland: string | null;
  /** R33, H §5.1: the work agreements handle the risks of this type of knooppunt. */
  typeRisicoAfspraken: boolean | null;
  /** R34, H §5.2 vuistregel 7: participants sign a geheimhoudingsverklaring. */
  geheimhoudingsverklaring: boolean | null;
  geverifieerdDoor: string | null;
  geverifieerdOp: string | null;
  /** The last verification's record; null before the first (or for one recorded before issue 22). */
  verificatie: Verificatie | null;
  aanpalend: Aanpalend[];
  /** First day the knooppunt exists (ISO date), if recorded. */
  geldigVanaf: string | null;
  /** Last day the knooppunt exists (ISO date); after it the knooppunt is ended and hidden by default. */
  geldigTot: string | null;
}

export interface Versioned {
  id: string;
  versie: number;
  /** ISO timestamp of the last write. */
  gewijzigdOp: string;
}

export type Knooppunt = KnooppuntGegevens & Versioned;

export interface OrganisatieGegevens {
  naam: string;
  type: OrganisatieType;
  privacykader: Privacykader;
  /** Professional secrecy the organisation's professionals hold, if any (§4.5). */
  beroepsgeheim: string | null;
}
export type Organisatie = OrganisatieGegevens & Versioned;

/** Participation of an organisation in a knooppunt, with the legal analysis of §3.7 stap 2–4. */
export interface DeelnameGegevens {
  organisatieId: string;
  knooppuntId: string;
  rol: Rol;
  taak: string | null;
  wetten: WetVerwijzing[];
  grondslag: Grondslag;
  beroepsgeheim: boolean;
  beroepsgeheimRegeling: BeroepsgeheimRegeling | null;
  bijzondereGegevens: boolean;
  strafrechtelijkeGegevens: boolean;
  bsn: boolean;
  /** §3.7 stap 4 b–d: the basis for processing special, criminal or BSN data. */
  verwerkingsbasisBijzonder: string | null;
  convenantpartner: boolean;
  noodzaak: string | null;
  /** R36, H §3.7 stap 4e: other provisions that forbid or oblige sharing (beyond beroepsgeheim). */
  geheimhoudingOfVerstrekking: string | null;
}
export type Deelname = DeelnameGegevens & Versioned;

/** A referral or handover route between knooppunten (§5.3 "Schakelen tussen knooppunten"). */
export interface OverdrachtGegevens {
  vanId: string;
  naarId: string;
  soort: OverdrachtSoort;
  criteria: string | null;
  aanmeldingDoor: AanmeldingDoor;
  aanmelderId: string | null;
  informatie: string | null;
  warm: boolean | null;
  clientGeinformeerdDoor: string | null;
}
export type Overdracht = OverdrachtGegevens & Versioned;

export interface Thema {
  id: string;
  naam: string;
  omschrijving: string | null;
}

export interface Gemeente {
  /** CBS code, e.g. GM0361. */
  id: string;
  naam: string;
  regioIds: string[];
}

export interface Regio {
  id: string;
  naam: string;
  soort: RegioSoort;
  /** How certain the membership of gemeenten is (shared/data zvh_regios.csv). */
  zekerheid: string | null;
}

export interface Wet {
  id: string;
  naam: string;
  afkorting: string;
}

export interface Referentiedata {
  themas: Thema[];
  gemeenten: Gemeente[];
  regios: Regio[];
  wetten: Wet[];
}

/** Everything the store holds, as loaded for the in-memory analyses. */
export interface Registry extends Referentiedata {
  knooppunten: Knooppunt[];
  organisaties: Organisatie[];
  deelnames: Deelname[];
  overdrachten: Overdracht[];
}

/** The entities editors write, with their data shape. */
export interface EditableKinds {
  knooppunt: { gegevens: KnooppuntGegevens; entity: Knooppunt };
  organisatie: { gegevens: OrganisatieGegevens; entity: Organisatie };
  deelname: { gegevens: DeelnameGegevens; entity: Deelname };
  overdracht: { gegevens: OverdrachtGegevens; entity: Overdracht };
}
export type EditableKind = keyof EditableKinds;

/** How messages name each kind of object. */
export const KIND_LABELS: Record<EditableKind, string> = {
  knooppunt: 'Knooppunt',
  organisatie: 'Organisatie',
  deelname: 'Deelname',
  overdracht: 'Overdracht',
};

/** An object's description without what the store manages (id, version, time of the last write). */
export function gegevensVan<T extends Versioned>(entity: T): Omit<T, keyof Versioned> {
  const { id: _id, versie: _versie, gewijzigdOp: _at, ...gegevens } = entity;
  return gegevens;
}

/** One object to create, with its kind: the unit of a bulk import. */
export type NewEntity = {
  [K in EditableKind]: { kind: K; id: string; gegevens: EditableKinds[K]['gegevens'] };
}[EditableKind];

/** The optional parts of a knooppunt as "not described": what an inventory starts from (§2.6 stap 2). */
export const ONBESCHREVEN_KNOOPPUNT = {
  wettelijkeBasisToelichting: null,
  wetten: [],
  taakhouderId: null,
  maatschappelijkeOpgave: null,
  doel: null,
  doelgroep: null,
  leeftijdMin: null,
  leeftijdMax: null,
  aanmeldcriteria: null,
  signalen: [],
  uitsluitingen: [],
  belegdBijId: null,
  verwerkingsverantwoordelijkheid: 'ONBEKEND',
  verwerkingsverantwoordelijkeId: null,
  gezamenlijkeRegeling: false,
  convenant: { status: 'ONBEKEND', datum: null, geldigTot: null },
  privacyprotocol: { status: 'ONBEKEND', datum: null, geldigTot: null },
  dpia: { status: 'ONBEKEND', datum: null, geldigTot: null },
  bewaartermijn: null,
  bewaartermijnOnderbouwing: null,
  privacyverklaring: null,
  informerenBetrokkenen: null,
  contactpuntRechten: null,
  risicos: null,
  maatregelen: null,
  noodzaakSamenwerking: null,
  proportionaliteit: null,
  verderGebruik: 'NIET_VASTGELEGD',
  verderGebruikToelichting: null,
  gegevensAanmelding: [],
  gegevensTriage: [],
  gegevensCasusoverleg: [],
  gegevensAfsluiting: [],
  functionarisGegevensbescherming: null,
  fgBetrokkenBijDpia: null,
  autorisatiePerCasus: null,
  toegangLogging: null,
  datalekkenprocedure: null,
  informerenMoment: 'NIET_VASTGELEGD',
  informerenInhoud: [],
  informerenUitzonderingen: [],
  uitzonderingHeroverweging: null,
  convenantOnderwerpen: [],
  faseringVastgelegd: null,
  vernietigingBijNietPassend: null,
  terugvalEnVerlenging: null,
  evaluatieGepland: null,
  privacyAuditGepland: null,
  typeRisicoAfspraken: null,
  geheimhoudingsverklaring: null,
  geverifieerdDoor: null,
  geverifieerdOp: null,
  verificatie: null,
  aanpalend: [],
  geldigVanaf: null,
  geldigTot: null,
} as const satisfies Partial<KnooppuntGegevens>;
