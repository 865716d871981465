/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Hoe een account aanmeldt. */
export type Aanmelding =
  /** Organisatie-account — alleen via de aanbieder van de organisatie (OpenID Connect), zonder wachtwoord hier. */
  | 'ORGANISATIE_ACCOUNT'
  /** Wachtwoord — met een wachtwoord voor dit register. */
  | 'WACHTWOORD';

/** Wie doet de aanmelding bij het ontvangende knooppunt (H §4.3 fase 4, §5.3)? */
export type AanmeldingDoor =
  /** Het knooppunt zelf — alleen mogelijk als het een eigen wettelijke taak heeft (bv. Veilig Thuis, meldpunt Wvggz). */
  | 'KNOOPPUNT_ZELF'
  /** Niet vastgelegd */
  | 'NIET_VASTGELEGD'
  /** Een partner — die aan beide knooppunten deelneemt. */
  | 'PARTNER';

/** Een aanpalend knooppunt. */
export type AanpalendInput = {
  /** Id van het aanpalende knooppunt. */
  knooppuntId: string;
  /** Waarom het relevant is. */
  reden: string;
};

/** Een account zoals de beheerder het vastlegt. */
export type AccountInput = {
  /** Hoe het account aanmeldt; met het organisatie-account heeft het hier geen wachtwoord. */
  aanmelding?: Aanmelding;
  /** Of het account kan aanmelden. */
  actief?: boolean;
  /** Aanmeldnaam (meestal het e-mailadres). */
  gebruikersnaam: string;
  /** Naam van de persoon. */
  naam: string;
  /** Organisaties waarvoor een redacteur bewerkt. */
  organisatieIds?: Array<string>;
  /** Rol. */
  rol: AccountRol;
  /** Nieuw wachtwoord (minstens 12 tekens); weglaten houdt het huidige. */
  wachtwoord?: string | null | undefined;
};

/** Lezer leest; redacteur bewerkt voor een of meer organisaties; beheerder doet alles. */
export type AccountRol =
  /** Beheerder — doet alles, ook accounts, import en verificatie. */
  | 'BEHEERDER'
  /** Lezer — leest het register. */
  | 'LEZER'
  /** Redacteur — beschrijft de knooppunten voor een of meer organisaties. */
  | 'REDACTEUR';

/** Soort handeling in de audittrail. */
export type AuditActie =
  /** Aanmelden */
  | 'AANMELDEN'
  /** Account maken */
  | 'ACCOUNT_MAKEN'
  /** Account wijzigen */
  | 'ACCOUNT_WIJZIGEN'
  /** Herstellen — een eerdere versie terugzetten. */
  | 'HERSTELLEN'
  /** Importeren */
  | 'IMPORTEREN'
  /** Maken */
  | 'MAKEN'
  /** Verifiëren */
  | 'VERIFIEREN'
  /** Verwijderen */
  | 'VERWIJDEREN'
  /** Wijzigen */
  | 'WIJZIGEN';

/** Een eerder afgegeven anker, om de audittrail tegen te controleren. */
export type AuditAnkerInput = {
  /** Handtekening uit het anker. */
  handtekening: string;
  /** Hash uit het anker. */
  hash: string;
  /** Volgnummer uit het anker. */
  volgnummer: number;
};

/** Waarop de audittrail wordt doorzocht; een leeg veld zoekt niet. */
export type AuditFilter = {
  /** Alleen deze handeling. */
  actie?: AuditActie | null | undefined;
  /** Alleen records in de geschiedenis van dit knooppunt. */
  knooppuntId?: string | null | undefined;
  /** Alleen records van iemand wiens naam dit bevat (hoofdletters tellen niet). */
  persoon?: string | null | undefined;
  /** Alleen deze uitkomst. */
  resultaat?: AuditResultaat | null | undefined;
  /** Tot en met deze dag (JJJJ-MM-DD), in Nederlandse tijd. */
  tot?: string | null | undefined;
  /** Vanaf deze dag (JJJJ-MM-DD), in Nederlandse tijd. */
  van?: string | null | undefined;
};

/** Uitkomst van een poging. */
export type AuditResultaat =
  /** Conflict — iemand anders had het intussen gewijzigd. */
  | 'CONFLICT'
  /** Gelukt */
  | 'GELUKT'
  /** Geweigerd — de persoon mocht dit niet. */
  | 'GEWEIGERD'
  /** Mislukt — door een onverwachte fout. */
  | 'MISLUKT'
  /** Niet gevonden */
  | 'NIET_GEVONDEN'
  /** Ongeldig — de invoer klopte niet. */
  | 'ONGELDIG';

/** Op welke grond een professional met beroepsgeheim hier gegevens deelt (H §4.5). Vooraf af te spreken zijn toestemming (eerst) en een wettelijk meldrecht of een wettelijke spreekplicht; een conflict van plichten en een noodsituatie weegt de professional zelf, per casus. */
export type BeroepsgeheimRegeling =
  /** Conflict van plichten — de professional weegt zelf, per casus, of een ander belang zwaarder weegt; niet vooraf af te spreken in een convenant (H §4.5). */
  | 'CONFLICT_VAN_PLICHTEN'
  /** Noodsituatie of vitaal belang — alleen bij een acuut risico op levensgevaar of ernstig letsel; de professional beoordeelt dat zelf (H §4.5). */
  | 'NOODSITUATIE'
  /** Eerst toestemming van de cliënt — om het beroepsgeheim te doorbreken, niet als AVG-grondslag. Lukt toestemming niet, dan weegt de professional per casus of er een conflict van plichten is (H §4.5 stappenplan, stap 3). */
  | 'TOESTEMMING'
  /** Wettelijk meldrecht of spreekplicht — een wetsbepaling die delen toestaat of verplicht, zoals het meldrecht van een arts aan Veilig Thuis. De meldcode zelf is een stappenplan, geen meldrecht. */
  | 'WETTELIJK_MELDRECHT';

/**
 * Een casus in algemene termen: geen naam, geboortedatum of vrije tekst over de persoon. Wordt niet
 * opgeslagen en niet gelogd.
 */
export type CasusInput = {
  /** De partijen die al betrokken zijn. */
  betrokkenOrganisatieIds?: Array<string>;
  /** De gemeente waar de casus speelt. */
  gemeenteId?: string | null | undefined;
  /** Doelgroep naar leeftijd. */
  leeftijd?: LeeftijdBand | null | undefined;
  /** Signalen: meerdere problemen, crimineel of overlastgevend gedrag, samenwerking nodig, impact op de omgeving, ernstige lokale veiligheidsproblematiek (IBD), acuut gevaar, huiselijk geweld of kindermishandeling, groep; en de voorwaarden detentie en geweldsdelicten. */
  signalen?: Array<Signaal>;
  /** De thema's die spelen. */
  themaIds?: Array<string>;
  /** Het eigen knooppunt van de gebruiker, om de route vandaar te tonen. Het wordt niet aan zichzelf aangeraden. */
  vanKnooppuntId?: string | null | undefined;
};

/** Een onderwerp dat een convenant of privacyprotocol hoort te beschrijven (H §3.8). */
export type ConvenantOnderwerp =
  /** Bewaartermijn */
  | 'BEWAARTERMIJN'
  /** Doel van de samenwerking, zo concreet mogelijk */
  | 'DOEL'
  /** Evaluatie van de afspraken */
  | 'EVALUATIE'
  /** Soorten gegevens, ook bijzondere, strafrechtelijke en het BSN */
  | 'GEGEVENS'
  /** Grondslagen van de gegevensverwerking */
  | 'GRONDSLAGEN'
  /** Partijen en de (wettelijke) taak waarop ze deelnemen */
  | 'PARTIJEN_EN_TAKEN'
  /** Rechten van betrokkenen, met bezwaar en beroep */
  | 'RECHTEN_EN_BEZWAAR'
  /** Verwerkingsverantwoordelijkheid, gezamenlijk systeem en datalekkenprocedure */
  | 'VERANTWOORDELIJKHEID_EN_DATALEKKEN'
  /** Zorgvuldigheid volgens art. 5 AVG */
  | 'ZORGVULDIGHEID';

/** De deelname van een organisatie aan een knooppunt. */
export type DeelnameInput = {
  /** Beroepsgeheim. */
  beroepsgeheim?: boolean;
  /** Regeling voor het beroepsgeheim. */
  beroepsgeheimRegeling?: BeroepsgeheimRegeling | null | undefined;
  /** Bijzondere persoonsgegevens. */
  bijzondereGegevens?: boolean;
  /** BSN. */
  bsn?: boolean;
  /** Convenantpartner. */
  convenantpartner?: boolean;
  /** Andere bepalingen over geheimhouding of verstrekking (R36). */
  geheimhoudingOfVerstrekking?: string | null | undefined;
  /** Grondslag. */
  grondslag?: Grondslag;
  /** Het knooppunt. */
  knooppuntId: string;
  /** Waarom deelname nodig is. */
  noodzaak?: string | null | undefined;
  /** De organisatie. */
  organisatieId: string;
  /** Rol. */
  rol: Rol;
  /** Strafrechtelijke gegevens. */
  strafrechtelijkeGegevens?: boolean;
  /** De (wettelijke) taak waarop de partij deelneemt. */
  taak?: string | null | undefined;
  /** Grondslag voor bijzondere en strafrechtelijke gegevens en BSN. */
  verwerkingsbasisBijzonder?: string | null | undefined;
  /** Wet en artikel van die taak. */
  wetten?: Array<WetVerwijzingInput>;
};

/** Status en datum van een governancedocument. */
export type DocumentInput = {
  /** Datum van vaststelling (JJJJ-MM-DD). */
  datum?: string | null | undefined;
  /** Laatste dag waarop het document geldt (JJJJ-MM-DD). */
  geldigTot?: string | null | undefined;
  /** Status. */
  status: DocumentStatus;
};

/** Status van een convenant, privacyprotocol of DPIA. */
export type DocumentStatus =
  /** In voorbereiding */
  | 'IN_VOORBEREIDING'
  /** Onbekend — niet beschreven. */
  | 'ONBEKEND'
  /** Ontbreekt */
  | 'ONTBREEKT'
  /** Vastgesteld — vastgesteld en in werking. */
  | 'VASTGESTELD';

/** Ernst van een bevinding (shared/RULES.md). */
export type Ernst =
  /** Aandacht — een risico dat de handreiking uitdrukkelijk laat afwegen. */
  | 'AANDACHT'
  /** Fout — de verwerking kan zoals beschreven niet rechtmatig zijn. */
  | 'FOUT'
  /** Waarschuwing — iets wat de handreiking vraagt ontbreekt of is onduidelijk. */
  | 'WAARSCHUWING';

/** Typering 1 (H §2.3, §2.5): de functie van het knooppunt. */
export type Functie =
  /** Meldpunt — neemt meldingen in ontvangst, onderzoekt ze en geleidt door naar de meest aangewezen instantie; gegevensuitwisseling vooral bilateraal. */
  | 'MELDPUNT'
  /** Overlegtafel — organisaties ontmoeten elkaar om de samenwerking rond individuele casussen te organiseren; gegevensverwerking gezamenlijk en multilateraal. */
  | 'OVERLEGTAFEL';

/** Een soort persoonsgegevens die in een fase van het werkproces aan de orde kan zijn (H §3.7 stap 3, §4.3). */
export type Gegevenscategorie =
  /** Reden van aanmelding — wat nodig is om aan de criteria te toetsen. */
  | 'AANMELDREDEN'
  /** Welke partijen betrokken zijn, en waarvoor — de triage-informatie, niet de inhoud van de casus (H §4.3 fase 2). */
  | 'BETROKKEN_PARTIJEN'
  /** Burgerservicenummer (BSN) */
  | 'BSN'
  /** Financiële gegevens, zoals schulden */
  | 'FINANCIEN'
  /** Gezins- en woonsituatie */
  | 'GEZINS_EN_WOONSITUATIE'
  /** Gezondheid — een bijzonder persoonsgegeven (art. 9 AVG). */
  | 'GEZONDHEID'
  /** Naam, adres en geboortedatum */
  | 'IDENTIFICATIE'
  /** Plan van aanpak en afspraken */
  | 'PLAN_VAN_AANPAK'
  /** Soort problemen */
  | 'PROBLEEMGEBIEDEN'
  /** Strafrechtelijke gegevens — art. 10 AVG, WPG, WJSG. */
  | 'STRAFRECHTELIJK'
  /** Voortgang en resultaat */
  | 'VOORTGANG';

/** Een organisatie waarmee de beschrijving is nagegaan. */
export type GeraadpleegdInput = {
  /** Id van de organisatie. */
  organisatieId: string;
  /** Functie of rol van de geraadpleegde professional (geen naam). */
  rol?: string | null | undefined;
};

/** Waar een zoekterm is gevonden. */
export type GevondenIn =
  /** In de beschrijving */
  | 'BESCHRIJVING'
  /** In een gemeente van het werkgebied */
  | 'GEMEENTE'
  /** In de naam */
  | 'NAAM'
  /** In een organisatie die deelneemt of waarbij het knooppunt is belegd */
  | 'ORGANISATIE'
  /** In een thema */
  | 'THEMA';

/** Grondslag voor de gegevensverwerking van een partij (H §3.3). Toestemming is geen geldige grondslag; ze wordt opgeslagen zoals beschreven en door de toetsing gemarkeerd. */
export type Grondslag =
  /** Toestemming (art. 6 lid 1 sub a AVG) — in dit domein geen geldige grondslag (H §3.3). */
  | 'AVG_6_1_A_TOESTEMMING'
  /** Overeenkomst (art. 6 lid 1 sub b AVG) — uitvoering van een overeenkomst (zorg in het vrijwillig kader). */
  | 'AVG_6_1_B_OVEREENKOMST'
  /** Wettelijke verplichting (art. 6 lid 1 sub c AVG) */
  | 'AVG_6_1_C_WETTELIJKE_VERPLICHTING'
  /** Vitaal belang (art. 6 lid 1 sub d AVG) */
  | 'AVG_6_1_D_VITAAL_BELANG'
  /** Publieke taak (art. 6 lid 1 sub e AVG) — een taak van algemeen belang of openbaar gezag. */
  | 'AVG_6_1_E_PUBLIEKE_TAAK'
  /** Onbekend — niet beschreven. */
  | 'ONBEKEND'
  /** Wet justitiële en strafvorderlijke gegevens */
  | 'WJSG'
  /** Wet politiegegevens */
  | 'WPG';

/** Indeling van de kaart. */
export type Indeling =
  /** Overzicht — krachtgestuurd: samenhangende knooppunten bij elkaar. */
  | 'OVERZICHT'
  /** Stroom — van links naar rechts, van meldpunten via de routes naar overlegtafels (en organisaties). */
  | 'STROOM';

/** Wat de betrokkene te horen krijgt (H §3.5). */
export type InformatieOnderdeel =
  /** Met welk doel */
  | 'DOEL'
  /** Welke persoonsgegevens worden verwerkt */
  | 'GEGEVENS'
  /** Waarom de verwerking nodig is */
  | 'NOODZAAK'
  /** Door welke partijen */
  | 'PARTIJEN'
  /** Welke rechten de betrokkene heeft */
  | 'RECHTEN';

/** Wanneer de betrokkene hoort dat het knooppunt zijn gegevens verwerkt (H §3.5). */
export type InformeerMoment =
  /** Bij de aanmelding */
  | 'BIJ_AANMELDING'
  /** Pas na het casusoverleg — te laat: de betrokkene hoort het voordat hij wordt besproken (H §3.5). */
  | 'NA_CASUSOVERLEG'
  /** Na de triage, voordat de casus wordt besproken — zoals H §3.5 het noemt. */
  | 'NA_TRIAGE'
  /** Niet vastgelegd */
  | 'NIET_VASTGELEGD';

/** Soort element op de kaart. */
export type KaartElement =
  /** Knooppunt */
  | 'KNOOPPUNT'
  /** Organisatie */
  | 'ORGANISATIE';

/** Filters op knooppunten; alle opgegeven filters moeten gelden. */
export type KnooppuntFilter = {
  /** Functie. */
  functie?: Array<Functie> | null | undefined;
  /** Heeft minstens één van deze gemeenten in het werkgebied. */
  gemeenteIds?: Array<string> | null | undefined;
  /** Doelgroep naar leeftijd: knooppunten waarvan de leeftijdsgrenzen deze band raken (geen grens = iedere leeftijd). */
  leeftijd?: LeeftijdBand | null | undefined;
  /** Ook beëindigde en nog niet begonnen knooppunten; peildatum telt dan niet. */
  ookBeeindigd?: boolean | null | undefined;
  /** Minstens één van deze organisaties neemt deel of het knooppunt is erbij belegd. */
  organisatieIds?: Array<string> | null | undefined;
  /** De knooppunten die op deze datum bestonden (JJJJ-MM-DD); standaard vandaag. */
  peildatum?: string | null | undefined;
  /** Wordt beheerd door een van deze regio's, of werkt in een gemeente die erin ligt. */
  regioIds?: Array<string> | null | undefined;
  /** Samenstelling. */
  samenstelling?: Array<Samenstelling> | null | undefined;
  /** Vrije tekst in naam, doel, opgave, doelgroep en aanmeldcriteria (hoofdletterongevoelig). */
  tekst?: string | null | undefined;
  /** Behandelt minstens één van deze thema's. */
  themaIds?: Array<string> | null | undefined;
  /** Werkproces. */
  werkproces?: Array<Werkproces> | null | undefined;
  /** Wettelijke basis. */
  wettelijkeBasis?: Array<WettelijkeBasis> | null | undefined;
};

/** De volledige beschrijving van een knooppunt. */
export type KnooppuntInput = {
  /** Aanmeldcriteria. */
  aanmeldcriteria?: string | null | undefined;
  /** Aanpalende knooppunten. */
  aanpalend?: Array<AanpalendInput>;
  /** Toegang alleen voor wie bij de casus betrokken is; leeg als niet beschreven (R28). */
  autorisatiePerCasus?: boolean | null | undefined;
  /** Organisatie waarbij het knooppunt is belegd. */
  belegdBijId?: string | null | undefined;
  /** Bewaartermijn. */
  bewaartermijn?: string | null | undefined;
  /** Onderbouwing van de bewaartermijn. */
  bewaartermijnOnderbouwing?: string | null | undefined;
  /** Contactpunt voor de rechten van betrokkenen. */
  contactpuntRechten?: string | null | undefined;
  /** Convenant. */
  convenant?: DocumentInput;
  /** Onderwerpen die het convenant of privacyprotocol beschrijft (R30). */
  convenantOnderwerpen?: Array<ConvenantOnderwerp>;
  /** Er is een datalekkenprocedure; leeg als niet beschreven (R28). */
  datalekkenprocedure?: boolean | null | undefined;
  /** Doel. */
  doel?: string | null | undefined;
  /** Doelgroep. */
  doelgroep?: string | null | undefined;
  /** DPIA. */
  dpia?: DocumentInput;
  /** Volgende evaluatie (JJJJ-MM-DD, R32). */
  evaluatieGepland?: string | null | undefined;
  /** Werkproces in fasen met een afweging bij elke overgang; leeg als niet beschreven (R31). */
  faseringVastgelegd?: boolean | null | undefined;
  /** De FG was betrokken bij de DPIA; leeg als niet beschreven (R27). */
  fgBetrokkenBijDpia?: boolean | null | undefined;
  /** Meldpunt of overlegtafel. */
  functie: Functie;
  /** Functionaris(sen) gegevensbescherming (R27). */
  functionarisGegevensbescherming?: string | null | undefined;
  /** Soorten gegevens bij aanmelding en intake (R26). */
  gegevensAanmelding?: Array<Gegevenscategorie>;
  /** Soorten gegevens bij afsluiten of overdragen (R26). */
  gegevensAfsluiting?: Array<Gegevenscategorie>;
  /** Soorten gegevens in casusoverleg en monitoring (R26). */
  gegevensCasusoverleg?: Array<Gegevenscategorie>;
  /** Soorten gegevens in de triage (R26). */
  gegevensTriage?: Array<Gegevenscategorie>;
  /** Deelnemers tekenen een geheimhoudingsverklaring; leeg als niet beschreven (R34). */
  geheimhoudingsverklaring?: boolean | null | undefined;
  /** Laatste dag waarop het knooppunt bestaat (JJJJ-MM-DD). */
  geldigTot?: string | null | undefined;
  /** Eerste dag waarop het knooppunt bestaat (JJJJ-MM-DD). */
  geldigVanaf?: string | null | undefined;
  /** Werkgebied (gemeente-ids). */
  gemeenteIds?: Array<string>;
  /** Geverifieerd door. */
  geverifieerdDoor?: string | null | undefined;
  /** Geverifieerd op (JJJJ-MM-DD). */
  geverifieerdOp?: string | null | undefined;
  /** Er is een art. 26 AVG-regeling. */
  gezamenlijkeRegeling?: boolean;
  /** Hoe betrokkenen worden geïnformeerd. */
  informerenBetrokkenen?: string | null | undefined;
  /** Wat de betrokkene te horen krijgt (R29). */
  informerenInhoud?: Array<InformatieOnderdeel>;
  /** Wanneer de betrokkene wordt geïnformeerd (R29). */
  informerenMoment?: InformeerMoment;
  /** Gronden uit art. 23 AVG om het informeren tijdelijk uit te stellen (R29). */
  informerenUitzonderingen?: Array<Uitzonderingsgrond>;
  /** Maximumleeftijd. */
  leeftijdMax?: number | null | undefined;
  /** Minimumleeftijd. */
  leeftijdMin?: number | null | undefined;
  /** Maatregelen. */
  maatregelen?: string | null | undefined;
  /** Maatschappelijke opgave. */
  maatschappelijkeOpgave?: string | null | undefined;
  /** Naam, uniek binnen de regio. */
  naam: string;
  /** Waarom samenwerking nodig is (R24). */
  noodzaakSamenwerking?: string | null | undefined;
  /** Volgende privacy-audit (JJJJ-MM-DD, R32). */
  privacyAuditGepland?: string | null | undefined;
  /** Privacyprotocol. */
  privacyprotocol?: DocumentInput;
  /** Privacyverklaring. */
  privacyverklaring?: string | null | undefined;
  /** Waarom problematiek en doel de inbreuk op de privacy rechtvaardigen (R25). */
  proportionaliteit?: string | null | undefined;
  /** De regio die de beschrijving beheert. */
  regioId: string;
  /** Risico's voor burgers. */
  risicos?: string | null | undefined;
  /** Vaste of wisselende deelnemers. */
  samenstelling: Samenstelling;
  /** Schaal. */
  schaal: Schaal;
  /** Matchbare signalen. */
  signalen?: Array<Signaal>;
  /** Bij TAAK_VAN_EEN_PARTIJ: de taakhouder. */
  taakhouderId?: string | null | undefined;
  /** Afspraken bij terugval en over verlengen van de bewaartermijn (R31). */
  terugvalEnVerlenging?: string | null | undefined;
  /** Thema's. */
  themaIds?: Array<string>;
  /** Toegang wordt vastgelegd en gecontroleerd; leeg als niet beschreven (R28). */
  toegangLogging?: boolean | null | undefined;
  /** Werkafspraken voor de risico's van dit type knooppunt; leeg als niet beschreven (R33). */
  typeRisicoAfspraken?: boolean | null | undefined;
  /** Signalen waarvoor het knooppunt niet is. */
  uitsluitingen?: Array<Signaal>;
  /** Wanneer een uitzondering opnieuw wordt gewogen (R29). */
  uitzonderingHeroverweging?: string | null | undefined;
  /** Verder gebruik van de gegevens door deelnemers (R23). */
  verderGebruik?: VerderGebruik;
  /** Welk verder gebruik verenigbaar is, en waarom (R23). */
  verderGebruikToelichting?: string | null | undefined;
  /** Gegevens van een casus die niet thuishoort worden vernietigd; leeg als niet beschreven (R31). */
  vernietigingBijNietPassend?: boolean | null | undefined;
  /** Bij EEN_PARTIJ: de verwerkingsverantwoordelijke. */
  verwerkingsverantwoordelijkeId?: string | null | undefined;
  /** Verwerkingsverantwoordelijkheid. */
  verwerkingsverantwoordelijkheid?: Verwerkingsverantwoordelijkheid;
  /** Werkproces. */
  werkproces: Werkproces;
  /** Wettelijke basis. */
  wettelijkeBasis: WettelijkeBasis;
  /** Toelichting op de wettelijke basis. */
  wettelijkeBasisToelichting?: string | null | undefined;
  /** Wetten en artikelen. */
  wetten?: Array<WetVerwijzingInput>;
};

/** Een leeftijdsband, grenzen inbegrepen. */
export type LeeftijdBand = {
  /** Bovengrens; leeg is geen bovengrens. */
  tot?: number | null | undefined;
  /** Ondergrens; leeg is geen ondergrens. */
  van?: number | null | undefined;
};

/**
 * Een nieuw probleem in algemene termen. Met een thema, of zonder: dan met een naam, en wordt het
 * vergeleken op signalen, doelgroep en werkgebied.
 */
export type NieuwProbleemInput = {
  /** Het werkgebied; leeg is de hele regio. */
  gemeenteIds?: Array<string>;
  /**
   * Gaat het om een groep (een groepsaanpak, H Bijlage 1.3) of om één persoon of gezin? Leeg: afgeleid
   * van het thema (een groep als alleen een groepsaanpak het thema oppakt).
   */
  groep?: boolean | null | undefined;
  /** Doelgroep naar leeftijd. */
  leeftijd?: LeeftijdBand | null | undefined;
  /** Hoe het probleem heet, als er nog geen thema voor is (bv. 'uitbuiting van minderjarigen'). Wordt niet opgeslagen. */
  naam?: string | null | undefined;
  /** Signalen die bij het probleem horen (H §2.6, IBD). */
  signalen?: Array<Signaal>;
  /** Het thema van het nieuwe probleem; leeg als er nog geen thema voor is. */
  themaId?: string | null | undefined;
};

/** Soort organisatie. */
export type OrganisatieType =
  /** Burgemeester — openbare orde en veiligheid. */
  | 'BURGEMEESTER'
  /** Gecertificeerde instelling — jeugdbescherming en jeugdreclassering. */
  | 'GECERTIFICEERDE_INSTELLING'
  /** Gemeente — het college van B&W. */
  | 'GEMEENTE'
  /** GGD */
  | 'GGD'
  /** GGZ — een aanbieder van geestelijke gezondheidszorg. */
  | 'GGZ'
  /** Huisarts */
  | 'HUISARTS'
  /** Jongerenwerk */
  | 'JONGERENWERK'
  /** LVB-zorg — zorg voor mensen met een licht verstandelijke beperking. */
  | 'LVB_ZORG'
  /** Maatschappelijke opvang */
  | 'MAATSCHAPPELIJKE_OPVANG'
  /** Onderwijs */
  | 'ONDERWIJS'
  /** Openbaar Ministerie */
  | 'OPENBAAR_MINISTERIE'
  /** Overig */
  | 'OVERIG'
  /** Penitentiaire inrichting */
  | 'PENITENTIAIRE_INRICHTING'
  /** Politie */
  | 'POLITIE'
  /** Raad voor de Kinderbescherming */
  | 'RAAD_VOOR_DE_KINDERBESCHERMING'
  /** Reclassering */
  | 'RECLASSERING'
  /** Schuldhulpverlening */
  | 'SCHULDHULPVERLENING'
  /** Veilig Thuis */
  | 'VEILIG_THUIS'
  /** Verslavingszorg */
  | 'VERSLAVINGSZORG'
  /** Wijkteam — of sociaal team. */
  | 'WIJKTEAM'
  /** Woningcorporatie */
  | 'WONINGCORPORATIE'
  /** Zorg- en Veiligheidshuis — procesregie. */
  | 'ZORG_EN_VEILIGHEIDSHUIS';

/** Een overdrachtsroute. */
export type OverdrachtInput = {
  /** Bij PARTNER: de aanmelder. */
  aanmelderId?: string | null | undefined;
  /** Wie de aanmelding doet. */
  aanmeldingDoor?: AanmeldingDoor;
  /** Wie de cliënt informeert. */
  clientGeinformeerdDoor?: string | null | undefined;
  /** Criteria. */
  criteria?: string | null | undefined;
  /** Welke informatie mee mag. */
  informatie?: string | null | undefined;
  /** Naar knooppunt. */
  naarId: string;
  /** Soort. */
  soort: OverdrachtSoort;
  /** Van knooppunt. */
  vanId: string;
  /** Warme overdracht. */
  warm?: boolean | null | undefined;
};

/** Soort overdracht tussen knooppunten (H §5.3). */
export type OverdrachtSoort =
  /** Afschaling — naar een lichter knooppunt. */
  | 'AFSCHALING'
  /** Doorverwijzing — naar een ander knooppunt. */
  | 'DOORVERWIJZING'
  /** Opschaling — naar een zwaarder knooppunt. */
  | 'OPSCHALING'
  /** Signaal — alleen een signaal, zonder overdracht van de casus. */
  | 'SIGNAAL'
  /** Terugverwijzing — naar het verwijzende knooppunt. */
  | 'TERUGVERWIJZING';

/**
 * Wat een bestuurder met twee overlappende knooppunten kan doen. Functie, werkproces en wettelijke
 * basis beslissen dat, niet de overlap alleen (H §2.4, §2.5, §4.2, Bijlage 1.3).
 */
export type OverlapSoort =
  /** Integraal meldpunt — twee meldpunten met elk een eigen juridisch kader: één loket met triage per kader (H §4.2). */
  | 'INTEGRAAL_MELDPUNT'
  /** Ketenpartners — een meldpunt en een overlegtafel: afspraken over de overdracht, niet samenvoegen. */
  | 'KETENPARTNERS'
  /** Kandidaat om samen te voegen — zelfde functie en werkproces, geen van beide bij wet geregeld. */
  | 'SAMENVOEGEN'
  /** Werk verdelen — ander werkproces (groepsaanpak, signalering) of een tafel die bij wet geregeld is. */
  | 'WERK_VERDELEN';

/** Welk document uit de beschrijving wordt gemaakt. */
export type PrivacyDocumentSoort =
  /** Register van verwerkingsactiviteiten — de velden van art. 30 lid 1 AVG. */
  | 'ART30'
  /** Concept samenwerkingsconvenant en privacyprotocol — de onderwerpen van H §3.8. */
  | 'CONVENANT'
  /** DPIA-voorscan — de criteria en de vragen van H §3.4. */
  | 'DPIA_SCAN'
  /** Privacyverklaring — de openbare uitleg voor burgers (H §3.5). */
  | 'PRIVACYVERKLARING';

/** Soort regio. */
export type RegioSoort =
  /** Veiligheidsregio */
  | 'VEILIGHEIDSREGIO'
  /** Zorg- en Veiligheidshuis — het werkgebied van een Zorg- en Veiligheidshuis. */
  | 'ZORG_EN_VEILIGHEIDSHUIS';

/** Rol van een partij aan het knooppunt (H §3.7 stap 2). */
export type Rol =
  /** Adviseur — zonder eigen rol in de casus. */
  | 'ADVISEUR'
  /** Informant — levert informatie aan en neemt niets mee uit het overleg (H §5.2). */
  | 'INFORMANT'
  /** Op afroep — alleen bij casussen waarvoor de partij nodig is. */
  | 'OP_AFROEP'
  /** Procesregisseur */
  | 'PROCESREGISSEUR'
  /** Vaste deelnemer */
  | 'VASTE_DEELNEMER';

/** Filter op het knooppunt aan het andere eind van de route. */
export type RouteFilter = {
  /** Alleen routes naar (of vanuit) knooppunten voor deze doelgroep naar leeftijd. */
  leeftijd?: LeeftijdBand | null | undefined;
  /** Alleen routes naar (of vanuit) knooppunten die een van deze thema's oppakken. */
  themaIds?: Array<string> | null | undefined;
};

/** Richting van een routezoektocht. */
export type RouteRichting =
  /** Inkomend — waar de casussen van dit knooppunt vandaan komen. */
  | 'IN'
  /** Uitgaand — waarheen dit knooppunt een casus kan overdragen. */
  | 'UIT';

/** Typering 3 (H §2.5): samenstelling van de deelnemende partijen. */
export type Samenstelling =
  /** Vaste deelnemers — een (beperkt) aantal vaste deelnemers rond een specifiek thema. */
  | 'VAST'
  /** Wisselende deelnemers — de te betrekken partijen verschillen sterk per casus. */
  | 'WISSELEND';

/** Schaal waarop het knooppunt werkt. */
export type Schaal =
  /** Bovenregionaal — meer dan één regio. */
  | 'BOVENREGIONAAL'
  /** Landelijk — het hele land. */
  | 'LANDELIJK'
  /** Lokaal — één gemeente. */
  | 'LOKAAL'
  /** Regionaal — een hele regio (bv. veiligheidsregio of zorg- en veiligheidshuisregio). */
  | 'REGIONAAL'
  /** Subregionaal — enkele gemeenten binnen een regio. */
  | 'SUBREGIONAAL';

/**
 * Signalen die een casus tot multiproblematiek maken (H §2.6, IBD §1); matchbare aanmeldcriteria.
 * DETENTIE en GEWELDSDELICTEN zijn voorwaarden: een knooppunt met zo'n signaal neemt alleen een casus
 * op die het ook heeft (H §2.6 stap 2, §4.2).
 */
export type Signaal =
  /** Er is acuut gevaar */
  | 'ACUUT_GEVAAR'
  /** De problematiek kan leiden tot crimineel of overlastgevend gedrag */
  | 'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG'
  /** De persoon zit in detentie of komt daar binnenkort uit (ook een justitiële jeugdinrichting) — voorwaarde, bv. voor de re-integratie van ex-gedetineerden (H §2.5). */
  | 'DETENTIE'
  /** Er is ernstige lokale of gebiedsgebonden veiligheidsproblematiek */
  | 'ERNSTIG_LOKAAL_VEILIGHEIDSPROBLEEM'
  /** De persoon heeft ernstige geweldsdelicten gepleegd — voorwaarde, bv. voor de levensloopaanpak (H §1.5). */
  | 'GEWELDSDELICTEN'
  /** Het gaat om een groep, niet om één persoon of gezin */
  | 'GROEP'
  /** Er zijn signalen van huiselijk geweld of kindermishandeling */
  | 'HUISELIJK_GEWELD_OF_KINDERMISHANDELING'
  /** De problematiek heeft impact op het gezin of de sociale omgeving */
  | 'IMPACT_OP_OMGEVING'
  /** Er is sprake van meerdere problemen — er spelen meerdere problemen tegelijk. */
  | 'MEERDERE_PROBLEMEN'
  /** Samenwerking tussen partijen is nodig om effectief te kunnen zijn */
  | 'SAMENWERKING_NODIG';

/** Een grond uit art. 23 lid 1 AVG (in Nederland art. 41 UAVG) om het informeren tijdelijk uit te stellen (H §4.4). */
export type Uitzonderingsgrond =
  /** Een ander belangrijk algemeen belang (art. 23 lid 1 onder e AVG) */
  | 'ALGEMEEN_BELANG'
  /** Bescherming van de betrokkene of van anderen (art. 23 lid 1 onder i AVG) */
  | 'BESCHERMING_BETROKKENE_OF_ANDEREN'
  /** Openbare veiligheid (art. 23 lid 1 onder c AVG) */
  | 'OPENBARE_VEILIGHEID'
  /** Voorkomen en opsporen van strafbare feiten (art. 23 lid 1 onder d AVG) — bijvoorbeeld een opsporingsbelang (H §4.4). */
  | 'STRAFBARE_FEITEN'
  /** Toezicht en inspectie (art. 23 lid 1 onder h AVG) */
  | 'TOEZICHT';

/** Wat deelnemers na het overleg met de gegevens mogen doen (H §3.2 (2), §5.2 vuistregels 8–9). */
export type VerderGebruik =
  /** Alleen voor het afgesproken doel — ieder gebruikt gegevens alleen voor zijn aandeel in het plan van aanpak, met akkoord van wie ze inbracht. */
  | 'ALLEEN_AFGESPROKEN_DOEL'
  /** Niet vastgelegd */
  | 'NIET_VASTGELEGD'
  /** Ook voor een ander doel, na een toets op verenigbaarheid — het andere doel is verenigbaar en geeft geen extra risico voor de betrokkene (art. 6 lid 4 AVG). */
  | 'VERENIGBAAR_GETOETST';

/** Een verificatie zoals de redacteur of beheerder haar vastlegt. */
export type VerificatieInput = {
  /** Wat is bevestigd; minstens één onderdeel. */
  bevestigd: Array<VerificatieOnderdeel>;
  /** Met welke organisaties de beschrijving is nagegaan; minstens één. */
  geraadpleegd: Array<GeraadpleegdInput>;
  /** Namens welke (eigen, betrokken) organisatie; leeg alleen voor de beheerder: namens het regionaal beheer. */
  namensId?: string | null | undefined;
  /** Toelichting (geen gegevens over burgers). */
  toelichting?: string | null | undefined;
};

/** Wat een verificatie bevestigt (H §2.6 stap 3). */
export type VerificatieOnderdeel =
  /** Aanmeldcriteria */
  | 'AANMELDCRITERIA'
  /** Deelnemers en hun rol */
  | 'DEELNEMERS_EN_ROLLEN'
  /** Doel en doelgroep */
  | 'DOEL_EN_DOELGROEP'
  /** Convenant, privacyprotocol en DPIA */
  | 'GOVERNANCE'
  /** Routes naar en van andere knooppunten */
  | 'ROUTES'
  /** Taken en grondslagen van de deelnemers */
  | 'TAKEN_EN_GRONDSLAGEN';

/** Waarom een beschrijving op verificatie wacht (RULES R20, H §2.6 stap 3). */
export type VerificatieStatus =
  /** Geverifieerd */
  | 'GEVERIFIEERD'
  /** Gewijzigd na verificatie */
  | 'GEWIJZIGD_NA_VERIFICATIE'
  /** Nog niet geverifieerd */
  | 'NIET_GEVERIFIEERD'
  /** Ouder dan 12 maanden — de laatste verificatie is te oud (RULES R20). */
  | 'VEROUDERD';

/** Wie is verwerkingsverantwoordelijke (H §3.5, §4.4)? */
export type Verwerkingsverantwoordelijkheid =
  /** Eén partij — één partij is verwerkingsverantwoordelijke. */
  | 'EEN_PARTIJ'
  /** Gezamenlijk (art. 26 AVG) — gezamenlijke verwerkingsverantwoordelijken. */
  | 'GEZAMENLIJK'
  /** Onbekend — niet beschreven. */
  | 'ONBEKEND';

/** Variant van het werkproces (H Bijlage 1.1–1.3). */
export type Werkproces =
  /** Casusoverleg — rond individuele casussen (H §4.3). */
  | 'CASUSOVERLEG'
  /** Groepsaanpak — met een beperkt aantal vaste deelnemers (Bijlage 1.3). */
  | 'GROEPSAANPAK'
  /** Meldpunt — het generieke werkproces van meldpunten (Bijlage 1.1). */
  | 'MELDPUNT'
  /** Signalering — (vroeg)signaleringstafel: delen op vermoedens, niet op feiten (Bijlage 1.2). */
  | 'SIGNALERING';

/** Een wet met artikel. */
export type WetVerwijzingInput = {
  /** Artikel, bv. 'art. 5.2.6'. */
  artikel?: string | null | undefined;
  /** Id van de wet. */
  wetId: string;
};

/** Typering 2 (H §2.5): kent het knooppunt een wettelijke regeling, of een taak van één partij? */
export type WettelijkeBasis =
  /** Niet expliciet geregeld — minder evident (bv. jeugdgroepoverleg, lokale PGA, meldpunt mensenhandel): belang en noodzaak moeten stevig worden onderbouwd. */
  | 'NIET_EXPLICIET'
  /** Taak van één partij — toe te rekenen aan de taak van één partij (bv. Jeugdbeschermingstafel, ZSM-overleg). */
  | 'TAAK_VAN_EEN_PARTIJ'
  /** Wettelijk geregeld — expliciet in de wet geregeld (bv. Veilig Thuis, meldpunt Wvggz, Trajectberaad Jeugd). */
  | 'WETTELIJK_GEREGELD';

export type AuditStartQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditStartQuery = { ik: { rol: AccountRol } | null, regios: Array<{ id: string, naam: string, knooppunten: Array<{ id: string, naam: string }> }> };

export type AuditZoekQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  voor?: number | null | undefined;
  eerste?: number | null | undefined;
}>;


export type AuditZoekQuery = { auditLog: { totaal: number, volgende: number | null, records: Array<{ volgnummer: number, tijd: string, actie: AuditActie, resultaat: AuditResultaat, door: string | null, herkomst: string | null, inWoorden: string, hash: string, wijzigingen: Array<{ onderwerp: string, inWoorden: Array<{ zin: string }> }> }> } };

export type AuditControleQueryVariables = Exact<{
  anker?: AuditAnkerInput | null | undefined;
}>;


export type AuditControleQuery = { auditIntegriteit: { intact: boolean, aantal: number, volgnummer: number | null, reden: string | null } };

export type AuditAnkerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditAnkerQuery = { auditAnker: { volgnummer: number, hash: string, tijd: string, handtekening: string } | null };

export type BeheerStartQueryVariables = Exact<{ [key: string]: never; }>;


export type BeheerStartQuery = { ik: { naam: string, rol: AccountRol, organisaties: Array<{ id: string, naam: string }> } | null, organisaties: Array<{ id: string, naam: string }>, regios: Array<{ id: string, naam: string, knooppunten: Array<{ id: string, rechten: { verifieren: boolean } }> }> };

export type BeheerWachtrijQueryVariables = Exact<{
  regio: string;
}>;


export type BeheerWachtrijQuery = { verificatieStand: { totaal: number, elders: number, wachtrij: Array<{ status: VerificatieStatus, verlooptOp: string | null, knooppunt: { id: string, naam: string, geverifieerdOp: string | null, geverifieerdDoor: string | null, regio: { id: string, naam: string }, rechten: { verifieren: boolean } } }> } };

export type BeheerTaakFragment = { status: VerificatieStatus, verlooptOp: string | null, knooppunt: { id: string, naam: string, geverifieerdOp: string | null, geverifieerdDoor: string | null, regio: { id: string, naam: string }, rechten: { verifieren: boolean } } };

export type BeheerHerinneringenQueryVariables = Exact<{
  organisatie: string;
}>;


export type BeheerHerinneringenQuery = { verificatieHerinneringen: Array<{ status: VerificatieStatus, verlooptOp: string | null, knooppunt: { id: string, naam: string, geverifieerdOp: string | null, geverifieerdDoor: string | null, regio: { id: string, naam: string }, rechten: { verifieren: boolean } } }> };

export type BeheerAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type BeheerAccountsQuery = { accounts: Array<{ id: string, gebruikersnaam: string, naam: string, rol: AccountRol, actief: boolean, aanmelding: Aanmelding, versie: number, organisaties: Array<{ id: string, naam: string }> }>, organisaties: Array<{ id: string, naam: string }>, accountRegels: { organisatieAccount: boolean, gebruikersnaamIsEmail: boolean } };

export type BeheerAccountMakenMutationVariables = Exact<{
  input: AccountInput;
}>;


export type BeheerAccountMakenMutation = { createAccount: { id: string } };

export type BeheerAccountWijzigenMutationVariables = Exact<{
  id: string;
  versie: number;
  input: AccountInput;
}>;


export type BeheerAccountWijzigenMutation = { updateAccount: { id: string } };

export type BestuurderKeuzesQueryVariables = Exact<{ [key: string]: never; }>;


export type BestuurderKeuzesQuery = { regios: Array<{ id: string, naam: string, soort: RegioSoort, aantalKnooppunten: number }>, themas: Array<{ id: string, naam: string }> };

export type BestuurderOverzichtQueryVariables = Exact<{
  regio: string;
  leeftijd?: LeeftijdBand | null | undefined;
}>;


export type BestuurderOverzichtQuery = { meldpunten: { totaal: number }, tafels: { totaal: number }, dekking: { themas: Array<{ id: string, naam: string }>, gemeenten: Array<{ id: string, naam: string }>, cellen: Array<{ bereikbaarVanuitMeldpunt: boolean, thema: { id: string }, gemeente: { id: string }, knooppunten: Array<{ id: string, naam: string }> }>, lacunes: Array<{ thema: { id: string, naam: string }, gemeente: { id: string, naam: string } }> }, overlap: { totaal: number, groepen: Array<{ soort: OverlapSoort, totaal: number, paren: Array<{ score: number, redenen: Array<string>, verschillen: Array<string>, advies: string, a: { id: string, naam: string }, b: { id: string, naam: string } }> }> }, verantwoording: { bevindingen: Array<{ regel: string, ernst: Ernst, melding: string, bron: string, knooppunt: { id: string, naam: string }, organisatie: { naam: string } | null }>, perRegel: Array<{ aantal: number, regel: { id: string, titel: string, ernst: Ernst, bron: string } }>, perKnooppunt: Array<{ aantal: number, fouten: number, knooppunt: { id: string, naam: string } }>, perOrganisatie: Array<{ aantal: number, organisatie: { id: string, naam: string } }> } };

export type BestuurderNieuwProbleemQueryVariables = Exact<{
  regio: string;
  probleem: NieuwProbleemInput;
}>;


export type BestuurderNieuwProbleemQuery = { nieuwProbleem: Array<{ score: number, alGedekt: Array<string>, nodig: Array<string>, knooppunt: { id: string, naam: string } }> };

export type BewerkenKnooppuntVeldenFragment = { id: string, versie: number, gewijzigdOp: string, naam: string, functie: Functie, werkproces: Werkproces, wettelijkeBasis: WettelijkeBasis, wettelijkeBasisToelichting: string | null, samenstelling: Samenstelling, maatschappelijkeOpgave: string | null, doel: string | null, doelgroep: string | null, leeftijdMin: number | null, leeftijdMax: number | null, aanmeldcriteria: string | null, signalen: Array<Signaal>, uitsluitingen: Array<Signaal>, schaal: Schaal, verwerkingsverantwoordelijkheid: Verwerkingsverantwoordelijkheid, gezamenlijkeRegeling: boolean, bewaartermijn: string | null, bewaartermijnOnderbouwing: string | null, privacyverklaring: string | null, informerenBetrokkenen: string | null, contactpuntRechten: string | null, risicos: string | null, maatregelen: string | null, noodzaakSamenwerking: string | null, proportionaliteit: string | null, verderGebruik: VerderGebruik, verderGebruikToelichting: string | null, gegevensAanmelding: Array<Gegevenscategorie>, gegevensTriage: Array<Gegevenscategorie>, gegevensCasusoverleg: Array<Gegevenscategorie>, gegevensAfsluiting: Array<Gegevenscategorie>, functionarisGegevensbescherming: string | null, fgBetrokkenBijDpia: boolean | null, autorisatiePerCasus: boolean | null, toegangLogging: boolean | null, datalekkenprocedure: boolean | null, informerenMoment: InformeerMoment, informerenInhoud: Array<InformatieOnderdeel>, informerenUitzonderingen: Array<Uitzonderingsgrond>, uitzonderingHeroverweging: string | null, convenantOnderwerpen: Array<ConvenantOnderwerp>, faseringVastgelegd: boolean | null, vernietigingBijNietPassend: boolean | null, terugvalEnVerlenging: string | null, evaluatieGepland: string | null, privacyAuditGepland: string | null, typeRisicoAfspraken: boolean | null, geheimhoudingsverklaring: boolean | null, geverifieerdDoor: string | null, geverifieerdOp: string | null, geldigVanaf: string | null, geldigTot: string | null, regio: { id: string }, wetten: Array<{ artikel: string | null, wet: { id: string } }>, taakhouder: { id: string } | null, themas: Array<{ id: string }>, werkgebied: Array<{ id: string }>, belegdBij: { id: string } | null, verwerkingsverantwoordelijke: { id: string } | null, convenant: { status: DocumentStatus, datum: string | null, geldigTot: string | null }, privacyprotocol: { status: DocumentStatus, datum: string | null, geldigTot: string | null }, dpia: { status: DocumentStatus, datum: string | null, geldigTot: string | null }, verificatie: { bevestigd: Array<VerificatieOnderdeel>, toelichting: string | null, namens: { id: string } | null, geraadpleegd: Array<{ rol: string | null, organisatie: { id: string } }> } | null, aanpalend: Array<{ reden: string, knooppunt: { id: string } }> };

export type BewerkenDeelnameVeldenFragment = { id: string, versie: number, gewijzigdOp: string, rol: Rol, taak: string | null, grondslag: Grondslag, beroepsgeheim: boolean, beroepsgeheimRegeling: BeroepsgeheimRegeling | null, bijzondereGegevens: boolean, strafrechtelijkeGegevens: boolean, bsn: boolean, verwerkingsbasisBijzonder: string | null, convenantpartner: boolean, noodzaak: string | null, geheimhoudingOfVerstrekking: string | null, knooppunt: { id: string }, organisatie: { id: string, naam: string }, wetten: Array<{ artikel: string | null, wet: { id: string } }> };

export type BewerkenOverdrachtVeldenFragment = { id: string, versie: number, gewijzigdOp: string, soort: OverdrachtSoort, criteria: string | null, aanmeldingDoor: AanmeldingDoor, informatie: string | null, warm: boolean | null, clientGeinformeerdDoor: string | null, van: { id: string }, naar: { id: string, naam: string }, aanmelder: { id: string } | null };

export type BewerkenKnooppuntQueryVariables = Exact<{
  id: string;
}>;


export type BewerkenKnooppuntQuery = { knooppunt: { id: string, versie: number, gewijzigdOp: string, naam: string, functie: Functie, werkproces: Werkproces, wettelijkeBasis: WettelijkeBasis, wettelijkeBasisToelichting: string | null, samenstelling: Samenstelling, maatschappelijkeOpgave: string | null, doel: string | null, doelgroep: string | null, leeftijdMin: number | null, leeftijdMax: number | null, aanmeldcriteria: string | null, signalen: Array<Signaal>, uitsluitingen: Array<Signaal>, schaal: Schaal, verwerkingsverantwoordelijkheid: Verwerkingsverantwoordelijkheid, gezamenlijkeRegeling: boolean, bewaartermijn: string | null, bewaartermijnOnderbouwing: string | null, privacyverklaring: string | null, informerenBetrokkenen: string | null, contactpuntRechten: string | null, risicos: string | null, maatregelen: string | null, noodzaakSamenwerking: string | null, proportionaliteit: string | null, verderGebruik: VerderGebruik, verderGebruikToelichting: string | null, gegevensAanmelding: Array<Gegevenscategorie>, gegevensTriage: Array<Gegevenscategorie>, gegevensCasusoverleg: Array<Gegevenscategorie>, gegevensAfsluiting: Array<Gegevenscategorie>, functionarisGegevensbescherming: string | null, fgBetrokkenBijDpia: boolean | null, autorisatiePerCasus: boolean | null, toegangLogging: boolean | null, datalekkenprocedure: boolean | null, informerenMoment: InformeerMoment, informerenInhoud: Array<InformatieOnderdeel>, informerenUitzonderingen: Array<Uitzonderingsgrond>, uitzonderingHeroverweging: string | null, convenantOnderwerpen: Array<ConvenantOnderwerp>, faseringVastgelegd: boolean | null, vernietigingBijNietPassend: boolean | null, terugvalEnVerlenging: string | null, evaluatieGepland: string | null, privacyAuditGepland: string | null, typeRisicoAfspraken: boolean | null, geheimhoudingsverklaring: boolean | null, geverifieerdDoor: string | null, geverifieerdOp: string | null, geldigVanaf: string | null, geldigTot: string | null, rechten: { wijzigen: boolean, verwijderen: boolean }, deelnames: Array<{ id: string, versie: number, gewijzigdOp: string, rol: Rol, taak: string | null, grondslag: Grondslag, beroepsgeheim: boolean, beroepsgeheimRegeling: BeroepsgeheimRegeling | null, bijzondereGegevens: boolean, strafrechtelijkeGegevens: boolean, bsn: boolean, verwerkingsbasisBijzonder: string | null, convenantpartner: boolean, noodzaak: string | null, geheimhoudingOfVerstrekking: string | null, knooppunt: { id: string }, organisatie: { id: string, naam: string }, wetten: Array<{ artikel: string | null, wet: { id: string } }> }>, overdrachtenUit: Array<{ id: string, versie: number, gewijzigdOp: string, soort: OverdrachtSoort, criteria: string | null, aanmeldingDoor: AanmeldingDoor, informatie: string | null, warm: boolean | null, clientGeinformeerdDoor: string | null, van: { id: string }, naar: { id: string, naam: string }, aanmelder: { id: string } | null }>, regio: { id: string }, wetten: Array<{ artikel: string | null, wet: { id: string } }>, taakhouder: { id: string } | null, themas: Array<{ id: string }>, werkgebied: Array<{ id: string }>, belegdBij: { id: string } | null, verwerkingsverantwoordelijke: { id: string } | null, convenant: { status: DocumentStatus, datum: string | null, geldigTot: string | null }, privacyprotocol: { status: DocumentStatus, datum: string | null, geldigTot: string | null }, dpia: { status: DocumentStatus, datum: string | null, geldigTot: string | null }, verificatie: { bevestigd: Array<VerificatieOnderdeel>, toelichting: string | null, namens: { id: string } | null, geraadpleegd: Array<{ rol: string | null, organisatie: { id: string } }> } | null, aanpalend: Array<{ reden: string, knooppunt: { id: string } }> } | null };

export type BewerkenHuidigeDeelnameQueryVariables = Exact<{
  id: string;
}>;


export type BewerkenHuidigeDeelnameQuery = { deelname: { id: string, versie: number, gewijzigdOp: string, rol: Rol, taak: string | null, grondslag: Grondslag, beroepsgeheim: boolean, beroepsgeheimRegeling: BeroepsgeheimRegeling | null, bijzondereGegevens: boolean, strafrechtelijkeGegevens: boolean, bsn: boolean, verwerkingsbasisBijzonder: string | null, convenantpartner: boolean, noodzaak: string | null, geheimhoudingOfVerstrekking: string | null, knooppunt: { id: string }, organisatie: { id: string, naam: string }, wetten: Array<{ artikel: string | null, wet: { id: string } }> } | null };

export type BewerkenHuidigeOverdrachtQueryVariables = Exact<{
  id: string;
}>;


export type BewerkenHuidigeOverdrachtQuery = { overdracht: { id: string, versie: number, gewijzigdOp: string, soort: OverdrachtSoort, criteria: string | null, aanmeldingDoor: AanmeldingDoor, informatie: string | null, warm: boolean | null, clientGeinformeerdDoor: string | null, van: { id: string }, naar: { id: string, naam: string }, aanmelder: { id: string } | null } | null };

export type BewerkenOptiesQueryVariables = Exact<{
  regio: string;
}>;


export type BewerkenOptiesQuery = { regios: Array<{ id: string, naam: string }>, themas: Array<{ id: string, naam: string }>, organisaties: Array<{ id: string, naam: string }>, wetten: Array<{ id: string, naam: string, afkorting: string }>, gemeenten: Array<{ id: string, naam: string }>, knooppunten: { items: Array<{ id: string, naam: string }> } };

export type BewerkenMaakKnooppuntMutationVariables = Exact<{
  input: KnooppuntInput;
}>;


export type BewerkenMaakKnooppuntMutation = { createKnooppunt: { id: string, versie: number } };

export type BewerkenWijzigKnooppuntMutationVariables = Exact<{
  id: string;
  versie: number;
  input: KnooppuntInput;
}>;


export type BewerkenWijzigKnooppuntMutation = { updateKnooppunt: { id: string, versie: number } };

export type BewerkenVerwijderKnooppuntMutationVariables = Exact<{
  id: string;
  versie: number;
}>;


export type BewerkenVerwijderKnooppuntMutation = { deleteKnooppunt: string };

export type BewerkenMaakDeelnameMutationVariables = Exact<{
  input: DeelnameInput;
}>;


export type BewerkenMaakDeelnameMutation = { createDeelname: { id: string, versie: number } };

export type BewerkenWijzigDeelnameMutationVariables = Exact<{
  id: string;
  versie: number;
  input: DeelnameInput;
}>;


export type BewerkenWijzigDeelnameMutation = { updateDeelname: { id: string, versie: number } };

export type BewerkenVerwijderDeelnameMutationVariables = Exact<{
  id: string;
  versie: number;
}>;


export type BewerkenVerwijderDeelnameMutation = { deleteDeelname: string };

export type BewerkenMaakOverdrachtMutationVariables = Exact<{
  input: OverdrachtInput;
}>;


export type BewerkenMaakOverdrachtMutation = { createOverdracht: { id: string, versie: number } };

export type BewerkenWijzigOverdrachtMutationVariables = Exact<{
  id: string;
  versie: number;
  input: OverdrachtInput;
}>;


export type BewerkenWijzigOverdrachtMutation = { updateOverdracht: { id: string, versie: number } };

export type BewerkenVerwijderOverdrachtMutationVariables = Exact<{
  id: string;
  versie: number;
}>;


export type BewerkenVerwijderOverdrachtMutation = { deleteOverdracht: string };

export type CasusKeuzesQueryVariables = Exact<{ [key: string]: never; }>;


export type CasusKeuzesQuery = { regios: Array<{ id: string, naam: string, soort: RegioSoort, aantalKnooppunten: number }>, themas: Array<{ id: string, naam: string }> };

export type CasusRegioQueryVariables = Exact<{
  regioId: string;
}>;


export type CasusRegioQuery = { gemeenten: Array<{ id: string, naam: string }>, knooppunten: { items: Array<{ id: string, naam: string, deelnames: Array<{ organisatie: { id: string, naam: string } }> }> } };

export type CasusMatchQueryVariables = Exact<{
  casus: CasusInput;
  eerste?: number | null | undefined;
}>;


export type CasusMatchQuery = { casusMatch: { aantalPassend: number, aantalElders: number, aantalVerwant: number, lacune: string | null, eigen: string | null, acuut: { kop: string, daarna: string, bron: string, stappen: Array<{ wie: string, nummer: string | null, wanneer: string }> } | null, passend: Array<{ voorrang: string | null, voldaan: Array<string>, nietVoldaan: Array<string>, knooppunt: { id: string, naam: string, functie: Functie, aanmeldcriteria: string | null, regio: { id: string, naam: string } }, route: { stappen: Array<{ van: { id: string, naam: string }, naar: { id: string, naam: string }, overdracht: { soort: OverdrachtSoort } }> } | null, aanmelders: Array<{ alBetrokken: boolean, organisatie: { id: string, naam: string } }> }>, elders: Array<{ voorrang: string | null, voldaan: Array<string>, nietVoldaan: Array<string>, knooppunt: { id: string, naam: string, functie: Functie, aanmeldcriteria: string | null, regio: { id: string, naam: string } }, route: { stappen: Array<{ van: { id: string, naam: string }, naar: { id: string, naam: string }, overdracht: { soort: OverdrachtSoort } }> } | null, aanmelders: Array<{ alBetrokken: boolean, organisatie: { id: string, naam: string } }> }>, verwant: Array<{ voorrang: string | null, voldaan: Array<string>, nietVoldaan: Array<string>, knooppunt: { id: string, naam: string, functie: Functie, aanmeldcriteria: string | null, regio: { id: string, naam: string } }, route: { stappen: Array<{ van: { id: string, naam: string }, naar: { id: string, naam: string }, overdracht: { soort: OverdrachtSoort } }> } | null, aanmelders: Array<{ alBetrokken: boolean, organisatie: { id: string, naam: string } }> }>, ongedekteThemas: Array<{ id: string, naam: string }> } };

export type CasusMatchVeldenFragment = { voorrang: string | null, voldaan: Array<string>, nietVoldaan: Array<string>, knooppunt: { id: string, naam: string, functie: Functie, aanmeldcriteria: string | null, regio: { id: string, naam: string } }, route: { stappen: Array<{ van: { id: string, naam: string }, naar: { id: string, naam: string }, overdracht: { soort: OverdrachtSoort } }> } | null, aanmelders: Array<{ alBetrokken: boolean, organisatie: { id: string, naam: string } }> };

export type KaartKeuzelijstenQueryVariables = Exact<{ [key: string]: never; }>;


export type KaartKeuzelijstenQuery = { regios: Array<{ id: string, naam: string, soort: RegioSoort, aantalKnooppunten: number }>, themas: Array<{ id: string, naam: string }> };

export type KaartRegiogemeentenQueryVariables = Exact<{ [key: string]: never; }>;


export type KaartRegiogemeentenQuery = { regios: Array<{ id: string, naam: string, soort: RegioSoort, aantalKnooppunten: number, gemeenten: Array<{ id: string }> }> };

export type KaartGemeentenQueryVariables = Exact<{
  regioId?: string | null | undefined;
}>;


export type KaartGemeentenQuery = { gemeenten: Array<{ id: string, naam: string }> };

export type KaartRegioQueryVariables = Exact<{
  regioId: string;
  indeling?: Indeling | null | undefined;
  metOrganisaties?: boolean | null | undefined;
  peildatum?: string | null | undefined;
  ookBeeindigd?: boolean | null | undefined;
}>;


export type KaartRegioQuery = { kaart: { regio: { id: string, naam: string }, knooppunten: Array<{ id: string, naam: string, functie: Functie, werkproces: Werkproces, wettelijkeBasis: WettelijkeBasis, samenstelling: Samenstelling, doelgroep: string | null, geverifieerdDoor: string | null, geverifieerdOp: string | null, verificatieStatus: VerificatieStatus, geldigVanaf: string | null, geldigTot: string | null, actueel: boolean, verificatie: { namens: { naam: string } | null, geraadpleegd: Array<{ organisatie: { naam: string } }> } | null, themas: Array<{ id: string, naam: string }>, werkgebied: Array<{ id: string, naam: string }>, belegdBij: { id: string, naam: string } | null }>, overdrachten: Array<{ id: string, soort: OverdrachtSoort, aanmeldingDoor: AanmeldingDoor, informatie: string | null, warm: boolean | null, aanmelder: { naam: string } | null, van: { id: string, naam: string }, naar: { id: string, naam: string } }>, organisaties: Array<{ id: string, naam: string, type: OrganisatieType }>, deelnames: Array<{ id: string, rol: Rol, organisatie: { id: string }, knooppunt: { id: string } }>, posities: Array<{ soort: KaartElement, id: string, x: number, y: number }> } };

export type KaartZoekQueryVariables = Exact<{
  filter: KnooppuntFilter;
}>;


export type KaartZoekQuery = { knooppunten: { totaal: number, ids: Array<string> }, knooppuntFacetten: { functie: Array<{ waarde: string, aantal: number }>, werkproces: Array<{ waarde: string, aantal: number }>, wettelijkeBasis: Array<{ waarde: string, aantal: number }>, samenstelling: Array<{ waarde: string, aantal: number }>, themaIds: Array<{ waarde: string, aantal: number }>, organisatieIds: Array<{ waarde: string, aantal: number }>, gemeenteIds: Array<{ waarde: string, aantal: number }> } };

export type KaartFacetFragment = { waarde: string, aantal: number };

export type KaartZoeklijstQueryVariables = Exact<{
  regioId: string;
  tekst: string;
  peildatum?: string | null | undefined;
  ookBeeindigd?: boolean | null | undefined;
}>;


export type KaartZoeklijstQuery = { zoekKnooppunten: Array<{ gevondenIn: GevondenIn, via: string | null, knooppunt: { id: string, naam: string } }> };

export type KaartDetailsQueryVariables = Exact<{
  id: string;
}>;


export type KaartDetailsQuery = { knooppunt: { id: string, naam: string, functie: Functie, werkproces: Werkproces, wettelijkeBasis: WettelijkeBasis, wettelijkeBasisToelichting: string | null, samenstelling: Samenstelling, maatschappelijkeOpgave: string | null, doel: string | null, doelgroep: string | null, leeftijdMin: number | null, leeftijdMax: number | null, aanmeldcriteria: string | null, uitsluitingen: Array<Signaal>, geldigVanaf: string | null, geldigTot: string | null, verwerkingsverantwoordelijkheid: Verwerkingsverantwoordelijkheid, gezamenlijkeRegeling: boolean, bewaartermijn: string | null, bewaartermijnOnderbouwing: string | null, geverifieerdDoor: string | null, geverifieerdOp: string | null, verifierenAlsBeheer: boolean, versie: number, verificatieStatus: VerificatieStatus, wetten: Array<{ artikel: string | null, wet: { afkorting: string } }>, taakhouder: { naam: string } | null, themas: Array<{ naam: string }>, werkgebied: Array<{ naam: string }>, belegdBij: { id: string, naam: string } | null, verwerkingsverantwoordelijke: { naam: string } | null, convenant: { status: DocumentStatus, datum: string | null, geldigTot: string | null }, privacyprotocol: { status: DocumentStatus, datum: string | null, geldigTot: string | null }, dpia: { status: DocumentStatus, datum: string | null, geldigTot: string | null }, verificatie: { inWoorden: string } | null, verifierenNamens: Array<{ id: string, naam: string }>, rechten: { wijzigen: boolean, verifieren: boolean, geschiedenisLezen: boolean }, deelnames: Array<{ id: string, rol: Rol, taak: string | null, grondslag: Grondslag, beroepsgeheim: boolean, beroepsgeheimRegeling: BeroepsgeheimRegeling | null, organisatie: { id: string, naam: string }, wetten: Array<{ artikel: string | null, wet: { afkorting: string } }> }>, overdrachtenUit: Array<{ id: string, soort: OverdrachtSoort, criteria: string | null, aanmeldingDoor: AanmeldingDoor, informatie: string | null, warm: boolean | null, clientGeinformeerdDoor: string | null, aanmelder: { naam: string } | null, naar: { id: string, naam: string } }>, overdrachtenIn: Array<{ id: string, soort: OverdrachtSoort, criteria: string | null, aanmeldingDoor: AanmeldingDoor, informatie: string | null, warm: boolean | null, clientGeinformeerdDoor: string | null, aanmelder: { naam: string } | null, van: { id: string, naam: string } }> } | null };

export type KaartGeschiedenisQueryVariables = Exact<{
  id: string;
}>;


export type KaartGeschiedenisQuery = { knooppunt: { geschiedenis: Array<{ volgnummer: number, tijd: string, actie: AuditActie, door: string | null, inWoorden: string, wijzigingen: Array<{ soort: string, id: string, versieNa: number | null, onderwerp: string, inWoorden: Array<{ pad: string, label: string, voor: string | null, na: string | null, toegevoegd: Array<string>, verwijderd: Array<string>, zin: string }> }> }> } | null };

export type KaartVerifieerMutationVariables = Exact<{
  id: string;
  versie: number;
  verificatie: VerificatieInput;
}>;


export type KaartVerifieerMutation = { verifieerKnooppunt: { versie: number } };

export type KaartHerstelMutationVariables = Exact<{
  id: string;
  versie: number;
  volgnummer: number;
}>;


export type KaartHerstelMutation = { herstelKnooppunt: { versie: number } };

export type KaartRoutesQueryVariables = Exact<{
  id: string;
  richting?: RouteRichting | null | undefined;
  maxStappen: number;
  filter?: RouteFilter | null | undefined;
}>;


export type KaartRoutesQuery = { routes: { richting: RouteRichting, maxStappen: number, afgekapt: boolean, knooppunt: { id: string, naam: string, functie: Functie, werkproces: Werkproces, wettelijkeBasis: WettelijkeBasis, samenstelling: Samenstelling }, routes: Array<{ aantalProblemen: number, stappen: Array<{ aanmeldingDoor: AanmeldingDoor, van: { id: string, naam: string, functie: Functie, werkproces: Werkproces, wettelijkeBasis: WettelijkeBasis, samenstelling: Samenstelling }, naar: { id: string, naam: string, aanmeldcriteria: string | null, functie: Functie, werkproces: Werkproces, wettelijkeBasis: WettelijkeBasis, samenstelling: Samenstelling }, overdracht: { id: string, soort: OverdrachtSoort, criteria: string | null, informatie: string | null, warm: boolean | null, clientGeinformeerdDoor: string | null }, aanmelder: { naam: string } | null, kandidaatAanmelders: Array<{ naam: string }>, problemen: Array<{ regel: string, ernst: Ernst, melding: string, bron: string }> }> }>, posities: Array<{ soort: KaartElement, id: string, x: number, y: number }>, bereikbaar: Array<{ id: string }> } };

export type KaartRouteKnooppuntFragment = { id: string, naam: string, functie: Functie, werkproces: Werkproces, wettelijkeBasis: WettelijkeBasis, samenstelling: Samenstelling };

export type OrganisatieKeuzesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisatieKeuzesQuery = { regios: Array<{ id: string, naam: string, soort: RegioSoort, aantalKnooppunten: number }>, organisaties: Array<{ id: string, naam: string, type: OrganisatieType }> };

export type OrganisatieOverzichtQueryVariables = Exact<{
  id?: string | null | undefined;
  type?: OrganisatieType | null | undefined;
  regio?: string | null | undefined;
}>;


export type OrganisatieOverzichtQuery = { organisatieOverzicht: { organisaties: Array<{ id: string, naam: string, type: OrganisatieType }>, betrokken: Array<{ beroepsgeheim: string | null, organisatie: { id: string, naam: string }, knooppunt: { id: string, naam: string, functie: Functie, wettelijkeBasis: WettelijkeBasis, doel: string | null, aanmeldcriteria: string | null, regio: { id: string }, themas: Array<{ id: string, naam: string }>, werkgebied: Array<{ id: string, naam: string }>, convenant: { status: DocumentStatus }, dpia: { status: DocumentStatus }, deelnames: Array<{ id: string }> }, deelname: { id: string, rol: Rol, taak: string | null, grondslag: Grondslag, bijzondereGegevens: boolean, strafrechtelijkeGegevens: boolean, bsn: boolean, wetten: Array<{ artikel: string | null, wet: { afkorting: string } }> } }>, mogelijk: Array<{ redenen: Array<string>, knooppunt: { id: string, naam: string, functie: Functie, wettelijkeBasis: WettelijkeBasis, doel: string | null, aanmeldcriteria: string | null, regio: { id: string }, themas: Array<{ id: string, naam: string }>, werkgebied: Array<{ id: string, naam: string }>, convenant: { status: DocumentStatus }, dpia: { status: DocumentStatus }, deelnames: Array<{ id: string }> } }>, bevindingen: Array<{ regel: string, ernst: Ernst, melding: string, bron: string, knooppunt: { id: string, naam: string } }> } };

export type OrganisatieTafelFragment = { id: string, naam: string, functie: Functie, wettelijkeBasis: WettelijkeBasis, doel: string | null, aanmeldcriteria: string | null, regio: { id: string }, themas: Array<{ id: string, naam: string }>, werkgebied: Array<{ id: string, naam: string }>, convenant: { status: DocumentStatus }, dpia: { status: DocumentStatus }, deelnames: Array<{ id: string }> };

export type TransparantieQueryVariables = Exact<{ [key: string]: never; }>;


export type TransparantieQuery = { transparantie: Array<{ regioId: string, naam: string, knooppunten: Array<{ knooppuntId: string, naam: string, functie: Functie }> }> };

export type PrivacyDocumentVeldenFragment = { soort: PrivacyDocumentSoort, titel: string, onderwerp: string, bronnen: Array<{ knooppuntId: string, naam: string, versie: number, gewijzigdOp: string }>, secties: Array<{ kop: string, bron: string | null, inleiding: string | null, velden: Array<{ label: string, waarde: Array<string> | null }> }> };

export type PrivacyverklaringQueryVariables = Exact<{
  knooppuntId: string;
}>;


export type PrivacyverklaringQuery = { privacyverklaring: { soort: PrivacyDocumentSoort, titel: string, onderwerp: string, bronnen: Array<{ knooppuntId: string, naam: string, versie: number, gewijzigdOp: string }>, secties: Array<{ kop: string, bron: string | null, inleiding: string | null, velden: Array<{ label: string, waarde: Array<string> | null }> }> } | null };

export type DpiaScanQueryVariables = Exact<{
  knooppuntId: string;
}>;


export type DpiaScanQuery = { privacyDocument: { soort: PrivacyDocumentSoort, titel: string, onderwerp: string, bronnen: Array<{ knooppuntId: string, naam: string, versie: number, gewijzigdOp: string }>, secties: Array<{ kop: string, bron: string | null, inleiding: string | null, velden: Array<{ label: string, waarde: Array<string> | null }> }> } | null, knooppunt: { deelnames: Array<{ organisatie: { id: string, naam: string } }> } | null };

export type RoutekaartRoutesQueryVariables = Exact<{
  id: string;
  maxStappen: number;
}>;


export type RoutekaartRoutesQuery = { routes: { richting: RouteRichting, maxStappen: number, afgekapt: boolean, knooppunt: { id: string, naam: string, regio: { id: string, naam: string } }, bereikbaar: Array<{ id: string }>, routes: Array<{ aantalProblemen: number, stappen: Array<{ aanmeldingDoor: AanmeldingDoor, van: { id: string, naam: string }, naar: { id: string, naam: string, aanmeldcriteria: string | null }, overdracht: { id: string, soort: OverdrachtSoort, criteria: string | null, informatie: string | null, warm: boolean | null, clientGeinformeerdDoor: string | null }, aanmelder: { naam: string } | null, kandidaatAanmelders: Array<{ naam: string }>, problemen: Array<{ regel: string, ernst: Ernst, melding: string, bron: string }> }> }> } };

export type ContactInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactInfoQuery = { registerInfo: { contact: string | null } };

export type LayoutQueryVariables = Exact<{
  metRegio: boolean;
}>;


export type LayoutQuery = { ik: { naam: string, rol: AccountRol } | null, regios?: Array<{ id: string, naam: string }> };

export type RoutesLijstFragment = { richting: RouteRichting, maxStappen: number, afgekapt: boolean, knooppunt: { id: string, naam: string }, bereikbaar: Array<{ id: string }>, routes: Array<{ aantalProblemen: number, stappen: Array<{ aanmeldingDoor: AanmeldingDoor, van: { id: string, naam: string }, naar: { id: string, naam: string, aanmeldcriteria: string | null }, overdracht: { id: string, soort: OverdrachtSoort, criteria: string | null, informatie: string | null, warm: boolean | null, clientGeinformeerdDoor: string | null }, aanmelder: { naam: string } | null, kandidaatAanmelders: Array<{ naam: string }>, problemen: Array<{ regel: string, ernst: Ernst, melding: string, bron: string }> }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BeheerTaakFragmentDoc = new TypedDocumentString(`
    fragment BeheerTaak on VerificatieTaak {
  status
  verlooptOp
  knooppunt {
    id
    naam
    geverifieerdOp
    geverifieerdDoor
    regio {
      id
      naam
    }
    rechten {
      verifieren
    }
  }
}
    `, {"fragmentName":"BeheerTaak"}) as unknown as TypedDocumentString<BeheerTaakFragment, unknown>;
export const BewerkenKnooppuntVeldenFragmentDoc = new TypedDocumentString(`
    fragment BewerkenKnooppuntVelden on Knooppunt {
  id
  versie
  gewijzigdOp
  naam
  regio {
    id
  }
  functie
  werkproces
  wettelijkeBasis
  wettelijkeBasisToelichting
  wetten {
    wet {
      id
    }
    artikel
  }
  taakhouder {
    id
  }
  samenstelling
  maatschappelijkeOpgave
  doel
  doelgroep
  leeftijdMin
  leeftijdMax
  aanmeldcriteria
  signalen
  uitsluitingen
  schaal
  themas {
    id
  }
  werkgebied {
    id
  }
  belegdBij {
    id
  }
  verwerkingsverantwoordelijkheid
  verwerkingsverantwoordelijke {
    id
  }
  gezamenlijkeRegeling
  convenant {
    status
    datum
    geldigTot
  }
  privacyprotocol {
    status
    datum
    geldigTot
  }
  dpia {
    status
    datum
    geldigTot
  }
  bewaartermijn
  bewaartermijnOnderbouwing
  privacyverklaring
  informerenBetrokkenen
  contactpuntRechten
  risicos
  maatregelen
  noodzaakSamenwerking
  proportionaliteit
  verderGebruik
  verderGebruikToelichting
  gegevensAanmelding
  gegevensTriage
  gegevensCasusoverleg
  gegevensAfsluiting
  functionarisGegevensbescherming
  fgBetrokkenBijDpia
  autorisatiePerCasus
  toegangLogging
  datalekkenprocedure
  informerenMoment
  informerenInhoud
  informerenUitzonderingen
  uitzonderingHeroverweging
  convenantOnderwerpen
  faseringVastgelegd
  vernietigingBijNietPassend
  terugvalEnVerlenging
  evaluatieGepland
  privacyAuditGepland
  typeRisicoAfspraken
  geheimhoudingsverklaring
  geverifieerdDoor
  geverifieerdOp
  verificatie {
    namens {
      id
    }
    geraadpleegd {
      organisatie {
        id
      }
      rol
    }
    bevestigd
    toelichting
  }
  aanpalend {
    knooppunt {
      id
    }
    reden
  }
  geldigVanaf
  geldigTot
}
    `, {"fragmentName":"BewerkenKnooppuntVelden"}) as unknown as TypedDocumentString<BewerkenKnooppuntVeldenFragment, unknown>;
export const BewerkenDeelnameVeldenFragmentDoc = new TypedDocumentString(`
    fragment BewerkenDeelnameVelden on Deelname {
  id
  versie
  gewijzigdOp
  knooppunt {
    id
  }
  organisatie {
    id
    naam
  }
  rol
  taak
  wetten {
    wet {
      id
    }
    artikel
  }
  grondslag
  beroepsgeheim
  beroepsgeheimRegeling
  bijzondereGegevens
  strafrechtelijkeGegevens
  bsn
  verwerkingsbasisBijzonder
  convenantpartner
  noodzaak
  geheimhoudingOfVerstrekking
}
    `, {"fragmentName":"BewerkenDeelnameVelden"}) as unknown as TypedDocumentString<BewerkenDeelnameVeldenFragment, unknown>;
export const BewerkenOverdrachtVeldenFragmentDoc = new TypedDocumentString(`
    fragment BewerkenOverdrachtVelden on Overdracht {
  id
  versie
  gewijzigdOp
  van {
    id
  }
  naar {
    id
    naam
  }
  soort
  criteria
  aanmeldingDoor
  aanmelder {
    id
  }
  informatie
  warm
  clientGeinformeerdDoor
}
    `, {"fragmentName":"BewerkenOverdrachtVelden"}) as unknown as TypedDocumentString<BewerkenOverdrachtVeldenFragment, unknown>;
export const CasusMatchVeldenFragmentDoc = new TypedDocumentString(`
    fragment CasusMatchVelden on CasusMatch {
  knooppunt {
    id
    naam
    functie
    aanmeldcriteria
    regio {
      id
      naam
    }
  }
  voorrang
  voldaan
  nietVoldaan
  route {
    stappen {
      van {
        id
        naam
      }
      naar {
        id
        naam
      }
      overdracht {
        soort
      }
    }
  }
  aanmelders {
    organisatie {
      id
      naam
    }
    alBetrokken
  }
}
    `, {"fragmentName":"CasusMatchVelden"}) as unknown as TypedDocumentString<CasusMatchVeldenFragment, unknown>;
export const KaartFacetFragmentDoc = new TypedDocumentString(`
    fragment KaartFacet on FacetWaarde {
  waarde
  aantal
}
    `, {"fragmentName":"KaartFacet"}) as unknown as TypedDocumentString<KaartFacetFragment, unknown>;
export const KaartRouteKnooppuntFragmentDoc = new TypedDocumentString(`
    fragment KaartRouteKnooppunt on Knooppunt {
  id
  naam
  functie
  werkproces
  wettelijkeBasis
  samenstelling
}
    `, {"fragmentName":"KaartRouteKnooppunt"}) as unknown as TypedDocumentString<KaartRouteKnooppuntFragment, unknown>;
export const OrganisatieTafelFragmentDoc = new TypedDocumentString(`
    fragment OrganisatieTafel on Knooppunt {
  id
  naam
  functie
  wettelijkeBasis
  doel
  aanmeldcriteria
  regio {
    id
  }
  themas {
    id
    naam
  }
  werkgebied {
    id
    naam
  }
  convenant {
    status
  }
  dpia {
    status
  }
  deelnames {
    id
  }
}
    `, {"fragmentName":"OrganisatieTafel"}) as unknown as TypedDocumentString<OrganisatieTafelFragment, unknown>;
export const PrivacyDocumentVeldenFragmentDoc = new TypedDocumentString(`
    fragment PrivacyDocumentVelden on PrivacyDocument {
  soort
  titel
  onderwerp
  bronnen {
    knooppuntId
    naam
    versie
    gewijzigdOp
  }
  secties {
    kop
    bron
    inleiding
    velden {
      label
      waarde
    }
  }
}
    `, {"fragmentName":"PrivacyDocumentVelden"}) as unknown as TypedDocumentString<PrivacyDocumentVeldenFragment, unknown>;
export const RoutesLijstFragmentDoc = new TypedDocumentString(`
    fragment RoutesLijst on Routes {
  knooppunt {
    id
    naam
  }
  richting
  maxStappen
  afgekapt
  bereikbaar {
    id
  }
  routes {
    aantalProblemen
    stappen {
      van {
        id
        naam
      }
      naar {
        id
        naam
        aanmeldcriteria
      }
      overdracht {
        id
        soort
        criteria
        informatie
        warm
        clientGeinformeerdDoor
      }
      aanmeldingDoor
      aanmelder {
        naam
      }
      kandidaatAanmelders {
        naam
      }
      problemen {
        regel
        ernst
        melding
        bron
      }
    }
  }
}
    `, {"fragmentName":"RoutesLijst"}) as unknown as TypedDocumentString<RoutesLijstFragment, unknown>;
export const AuditStartDocument = new TypedDocumentString(`
    query AuditStart {
  ik {
    rol
  }
  regios {
    id
    naam
    knooppunten {
      id
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<AuditStartQuery, AuditStartQueryVariables>;
export const AuditZoekDocument = new TypedDocumentString(`
    query AuditZoek($filter: AuditFilter, $voor: Int, $eerste: Int) {
  auditLog(filter: $filter, nieuwsteEerst: true, voor: $voor, eerste: $eerste) {
    totaal
    volgende
    records {
      volgnummer
      tijd
      actie
      resultaat
      door
      herkomst
      inWoorden
      hash
      wijzigingen {
        onderwerp
        inWoorden {
          zin
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditZoekQuery, AuditZoekQueryVariables>;
export const AuditControleDocument = new TypedDocumentString(`
    query AuditControle($anker: AuditAnkerInput) {
  auditIntegriteit(anker: $anker) {
    intact
    aantal
    volgnummer
    reden
  }
}
    `) as unknown as TypedDocumentString<AuditControleQuery, AuditControleQueryVariables>;
export const AuditAnkerDocument = new TypedDocumentString(`
    query AuditAnker {
  auditAnker {
    volgnummer
    hash
    tijd
    handtekening
  }
}
    `) as unknown as TypedDocumentString<AuditAnkerQuery, AuditAnkerQueryVariables>;
export const BeheerStartDocument = new TypedDocumentString(`
    query BeheerStart {
  ik {
    naam
    rol
    organisaties {
      id
      naam
    }
  }
  organisaties {
    id
    naam
  }
  regios {
    id
    naam
    knooppunten {
      id
      rechten {
        verifieren
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BeheerStartQuery, BeheerStartQueryVariables>;
export const BeheerWachtrijDocument = new TypedDocumentString(`
    query BeheerWachtrij($regio: ID!) {
  verificatieStand(regioId: $regio) {
    totaal
    elders
    wachtrij {
      ...BeheerTaak
    }
  }
}
    fragment BeheerTaak on VerificatieTaak {
  status
  verlooptOp
  knooppunt {
    id
    naam
    geverifieerdOp
    geverifieerdDoor
    regio {
      id
      naam
    }
    rechten {
      verifieren
    }
  }
}`) as unknown as TypedDocumentString<BeheerWachtrijQuery, BeheerWachtrijQueryVariables>;
export const BeheerHerinneringenDocument = new TypedDocumentString(`
    query BeheerHerinneringen($organisatie: ID!) {
  verificatieHerinneringen(organisatieId: $organisatie) {
    ...BeheerTaak
  }
}
    fragment BeheerTaak on VerificatieTaak {
  status
  verlooptOp
  knooppunt {
    id
    naam
    geverifieerdOp
    geverifieerdDoor
    regio {
      id
      naam
    }
    rechten {
      verifieren
    }
  }
}`) as unknown as TypedDocumentString<BeheerHerinneringenQuery, BeheerHerinneringenQueryVariables>;
export const BeheerAccountsDocument = new TypedDocumentString(`
    query BeheerAccounts {
  accounts {
    id
    gebruikersnaam
    naam
    rol
    organisaties {
      id
      naam
    }
    actief
    aanmelding
    versie
  }
  organisaties {
    id
    naam
  }
  accountRegels {
    organisatieAccount
    gebruikersnaamIsEmail
  }
}
    `) as unknown as TypedDocumentString<BeheerAccountsQuery, BeheerAccountsQueryVariables>;
export const BeheerAccountMakenDocument = new TypedDocumentString(`
    mutation BeheerAccountMaken($input: AccountInput!) {
  createAccount(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BeheerAccountMakenMutation, BeheerAccountMakenMutationVariables>;
export const BeheerAccountWijzigenDocument = new TypedDocumentString(`
    mutation BeheerAccountWijzigen($id: ID!, $versie: Int!, $input: AccountInput!) {
  updateAccount(id: $id, versie: $versie, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BeheerAccountWijzigenMutation, BeheerAccountWijzigenMutationVariables>;
export const BestuurderKeuzesDocument = new TypedDocumentString(`
    query BestuurderKeuzes {
  regios {
    id
    naam
    soort
    aantalKnooppunten
  }
  themas {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<BestuurderKeuzesQuery, BestuurderKeuzesQueryVariables>;
export const BestuurderOverzichtDocument = new TypedDocumentString(`
    query BestuurderOverzicht($regio: ID!, $leeftijd: LeeftijdBand) {
  meldpunten: knooppunten(
    filter: {regioIds: [$regio], functie: [MELDPUNT], leeftijd: $leeftijd}
    eerste: 0
  ) {
    totaal
  }
  tafels: knooppunten(
    filter: {regioIds: [$regio], functie: [OVERLEGTAFEL], leeftijd: $leeftijd}
    eerste: 0
  ) {
    totaal
  }
  dekking(regioId: $regio, leeftijd: $leeftijd) {
    themas {
      id
      naam
    }
    gemeenten {
      id
      naam
    }
    cellen {
      thema {
        id
      }
      gemeente {
        id
      }
      knooppunten {
        id
        naam
      }
      bereikbaarVanuitMeldpunt
    }
    lacunes {
      thema {
        id
        naam
      }
      gemeente {
        id
        naam
      }
    }
  }
  overlap(regioId: $regio) {
    totaal
    groepen {
      soort
      totaal
      paren {
        a {
          id
          naam
        }
        b {
          id
          naam
        }
        score
        redenen
        verschillen
        advies
      }
    }
  }
  verantwoording(regioId: $regio) {
    bevindingen {
      regel
      ernst
      melding
      bron
      knooppunt {
        id
        naam
      }
      organisatie {
        naam
      }
    }
    perRegel {
      regel {
        id
        titel
        ernst
        bron
      }
      aantal
    }
    perKnooppunt {
      knooppunt {
        id
        naam
      }
      aantal
      fouten
    }
    perOrganisatie {
      organisatie {
        id
        naam
      }
      aantal
    }
  }
}
    `) as unknown as TypedDocumentString<BestuurderOverzichtQuery, BestuurderOverzichtQueryVariables>;
export const BestuurderNieuwProbleemDocument = new TypedDocumentString(`
    query BestuurderNieuwProbleem($regio: ID!, $probleem: NieuwProbleemInput!) {
  nieuwProbleem(regioId: $regio, probleem: $probleem) {
    knooppunt {
      id
      naam
    }
    score
    alGedekt
    nodig
  }
}
    `) as unknown as TypedDocumentString<BestuurderNieuwProbleemQuery, BestuurderNieuwProbleemQueryVariables>;
export const BewerkenKnooppuntDocument = new TypedDocumentString(`
    query BewerkenKnooppunt($id: ID!) {
  knooppunt(id: $id) {
    ...BewerkenKnooppuntVelden
    rechten {
      wijzigen
      verwijderen
    }
    deelnames {
      ...BewerkenDeelnameVelden
    }
    overdrachtenUit {
      ...BewerkenOverdrachtVelden
    }
  }
}
    fragment BewerkenKnooppuntVelden on Knooppunt {
  id
  versie
  gewijzigdOp
  naam
  regio {
    id
  }
  functie
  werkproces
  wettelijkeBasis
  wettelijkeBasisToelichting
  wetten {
    wet {
      id
    }
    artikel
  }
  taakhouder {
    id
  }
  samenstelling
  maatschappelijkeOpgave
  doel
  doelgroep
  leeftijdMin
  leeftijdMax
  aanmeldcriteria
  signalen
  uitsluitingen
  schaal
  themas {
    id
  }
  werkgebied {
    id
  }
  belegdBij {
    id
  }
  verwerkingsverantwoordelijkheid
  verwerkingsverantwoordelijke {
    id
  }
  gezamenlijkeRegeling
  convenant {
    status
    datum
    geldigTot
  }
  privacyprotocol {
    status
    datum
    geldigTot
  }
  dpia {
    status
    datum
    geldigTot
  }
  bewaartermijn
  bewaartermijnOnderbouwing
  privacyverklaring
  informerenBetrokkenen
  contactpuntRechten
  risicos
  maatregelen
  noodzaakSamenwerking
  proportionaliteit
  verderGebruik
  verderGebruikToelichting
  gegevensAanmelding
  gegevensTriage
  gegevensCasusoverleg
  gegevensAfsluiting
  functionarisGegevensbescherming
  fgBetrokkenBijDpia
  autorisatiePerCasus
  toegangLogging
  datalekkenprocedure
  informerenMoment
  informerenInhoud
  informerenUitzonderingen
  uitzonderingHeroverweging
  convenantOnderwerpen
  faseringVastgelegd
  vernietigingBijNietPassend
  terugvalEnVerlenging
  evaluatieGepland
  privacyAuditGepland
  typeRisicoAfspraken
  geheimhoudingsverklaring
  geverifieerdDoor
  geverifieerdOp
  verificatie {
    namens {
      id
    }
    geraadpleegd {
      organisatie {
        id
      }
      rol
    }
    bevestigd
    toelichting
  }
  aanpalend {
    knooppunt {
      id
    }
    reden
  }
  geldigVanaf
  geldigTot
}
fragment BewerkenDeelnameVelden on Deelname {
  id
  versie
  gewijzigdOp
  knooppunt {
    id
  }
  organisatie {
    id
    naam
  }
  rol
  taak
  wetten {
    wet {
      id
    }
    artikel
  }
  grondslag
  beroepsgeheim
  beroepsgeheimRegeling
  bijzondereGegevens
  strafrechtelijkeGegevens
  bsn
  verwerkingsbasisBijzonder
  convenantpartner
  noodzaak
  geheimhoudingOfVerstrekking
}
fragment BewerkenOverdrachtVelden on Overdracht {
  id
  versie
  gewijzigdOp
  van {
    id
  }
  naar {
    id
    naam
  }
  soort
  criteria
  aanmeldingDoor
  aanmelder {
    id
  }
  informatie
  warm
  clientGeinformeerdDoor
}`) as unknown as TypedDocumentString<BewerkenKnooppuntQuery, BewerkenKnooppuntQueryVariables>;
export const BewerkenHuidigeDeelnameDocument = new TypedDocumentString(`
    query BewerkenHuidigeDeelname($id: ID!) {
  deelname(id: $id) {
    ...BewerkenDeelnameVelden
  }
}
    fragment BewerkenDeelnameVelden on Deelname {
  id
  versie
  gewijzigdOp
  knooppunt {
    id
  }
  organisatie {
    id
    naam
  }
  rol
  taak
  wetten {
    wet {
      id
    }
    artikel
  }
  grondslag
  beroepsgeheim
  beroepsgeheimRegeling
  bijzondereGegevens
  strafrechtelijkeGegevens
  bsn
  verwerkingsbasisBijzonder
  convenantpartner
  noodzaak
  geheimhoudingOfVerstrekking
}`) as unknown as TypedDocumentString<BewerkenHuidigeDeelnameQuery, BewerkenHuidigeDeelnameQueryVariables>;
export const BewerkenHuidigeOverdrachtDocument = new TypedDocumentString(`
    query BewerkenHuidigeOverdracht($id: ID!) {
  overdracht(id: $id) {
    ...BewerkenOverdrachtVelden
  }
}
    fragment BewerkenOverdrachtVelden on Overdracht {
  id
  versie
  gewijzigdOp
  van {
    id
  }
  naar {
    id
    naam
  }
  soort
  criteria
  aanmeldingDoor
  aanmelder {
    id
  }
  informatie
  warm
  clientGeinformeerdDoor
}`) as unknown as TypedDocumentString<BewerkenHuidigeOverdrachtQuery, BewerkenHuidigeOverdrachtQueryVariables>;
export const BewerkenOptiesDocument = new TypedDocumentString(`
    query BewerkenOpties($regio: ID!) {
  regios {
    id
    naam
  }
  themas {
    id
    naam
  }
  organisaties {
    id
    naam
  }
  wetten {
    id
    naam
    afkorting
  }
  gemeenten(regioId: $regio) {
    id
    naam
  }
  knooppunten(filter: {regioIds: [$regio], ookBeeindigd: true}, eerste: 1000) {
    items {
      id
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<BewerkenOptiesQuery, BewerkenOptiesQueryVariables>;
export const BewerkenMaakKnooppuntDocument = new TypedDocumentString(`
    mutation BewerkenMaakKnooppunt($input: KnooppuntInput!) {
  createKnooppunt(input: $input) {
    id
    versie
  }
}
    `) as unknown as TypedDocumentString<BewerkenMaakKnooppuntMutation, BewerkenMaakKnooppuntMutationVariables>;
export const BewerkenWijzigKnooppuntDocument = new TypedDocumentString(`
    mutation BewerkenWijzigKnooppunt($id: ID!, $versie: Int!, $input: KnooppuntInput!) {
  updateKnooppunt(id: $id, versie: $versie, input: $input) {
    id
    versie
  }
}
    `) as unknown as TypedDocumentString<BewerkenWijzigKnooppuntMutation, BewerkenWijzigKnooppuntMutationVariables>;
export const BewerkenVerwijderKnooppuntDocument = new TypedDocumentString(`
    mutation BewerkenVerwijderKnooppunt($id: ID!, $versie: Int!) {
  deleteKnooppunt(id: $id, versie: $versie)
}
    `) as unknown as TypedDocumentString<BewerkenVerwijderKnooppuntMutation, BewerkenVerwijderKnooppuntMutationVariables>;
export const BewerkenMaakDeelnameDocument = new TypedDocumentString(`
    mutation BewerkenMaakDeelname($input: DeelnameInput!) {
  createDeelname(input: $input) {
    id
    versie
  }
}
    `) as unknown as TypedDocumentString<BewerkenMaakDeelnameMutation, BewerkenMaakDeelnameMutationVariables>;
export const BewerkenWijzigDeelnameDocument = new TypedDocumentString(`
    mutation BewerkenWijzigDeelname($id: ID!, $versie: Int!, $input: DeelnameInput!) {
  updateDeelname(id: $id, versie: $versie, input: $input) {
    id
    versie
  }
}
    `) as unknown as TypedDocumentString<BewerkenWijzigDeelnameMutation, BewerkenWijzigDeelnameMutationVariables>;
export const BewerkenVerwijderDeelnameDocument = new TypedDocumentString(`
    mutation BewerkenVerwijderDeelname($id: ID!, $versie: Int!) {
  deleteDeelname(id: $id, versie: $versie)
}
    `) as unknown as TypedDocumentString<BewerkenVerwijderDeelnameMutation, BewerkenVerwijderDeelnameMutationVariables>;
export const BewerkenMaakOverdrachtDocument = new TypedDocumentString(`
    mutation BewerkenMaakOverdracht($input: OverdrachtInput!) {
  createOverdracht(input: $input) {
    id
    versie
  }
}
    `) as unknown as TypedDocumentString<BewerkenMaakOverdrachtMutation, BewerkenMaakOverdrachtMutationVariables>;
export const BewerkenWijzigOverdrachtDocument = new TypedDocumentString(`
    mutation BewerkenWijzigOverdracht($id: ID!, $versie: Int!, $input: OverdrachtInput!) {
  updateOverdracht(id: $id, versie: $versie, input: $input) {
    id
    versie
  }
}
    `) as unknown as TypedDocumentString<BewerkenWijzigOverdrachtMutation, BewerkenWijzigOverdrachtMutationVariables>;
export const BewerkenVerwijderOverdrachtDocument = new TypedDocumentString(`
    mutation BewerkenVerwijderOverdracht($id: ID!, $versie: Int!) {
  deleteOverdracht(id: $id, versie: $versie)
}
    `) as unknown as TypedDocumentString<BewerkenVerwijderOverdrachtMutation, BewerkenVerwijderOverdrachtMutationVariables>;
export const CasusKeuzesDocument = new TypedDocumentString(`
    query CasusKeuzes {
  regios {
    id
    naam
    soort
    aantalKnooppunten
  }
  themas {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<CasusKeuzesQuery, CasusKeuzesQueryVariables>;
export const CasusRegioDocument = new TypedDocumentString(`
    query CasusRegio($regioId: ID!) {
  gemeenten(regioId: $regioId) {
    id
    naam
  }
  knooppunten(filter: {regioIds: [$regioId]}, eerste: 1000) {
    items {
      id
      naam
      deelnames {
        organisatie {
          id
          naam
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasusRegioQuery, CasusRegioQueryVariables>;
export const CasusMatchDocument = new TypedDocumentString(`
    query CasusMatch($casus: CasusInput!, $eerste: Int) {
  casusMatch(casus: $casus, eerste: $eerste) {
    acuut {
      kop
      stappen {
        wie
        nummer
        wanneer
      }
      daarna
      bron
    }
    passend {
      ...CasusMatchVelden
    }
    aantalPassend
    elders {
      ...CasusMatchVelden
    }
    aantalElders
    verwant {
      ...CasusMatchVelden
    }
    aantalVerwant
    ongedekteThemas {
      id
      naam
    }
    lacune
    eigen
  }
}
    fragment CasusMatchVelden on CasusMatch {
  knooppunt {
    id
    naam
    functie
    aanmeldcriteria
    regio {
      id
      naam
    }
  }
  voorrang
  voldaan
  nietVoldaan
  route {
    stappen {
      van {
        id
        naam
      }
      naar {
        id
        naam
      }
      overdracht {
        soort
      }
    }
  }
  aanmelders {
    organisatie {
      id
      naam
    }
    alBetrokken
  }
}`) as unknown as TypedDocumentString<CasusMatchQuery, CasusMatchQueryVariables>;
export const KaartKeuzelijstenDocument = new TypedDocumentString(`
    query KaartKeuzelijsten {
  regios {
    id
    naam
    soort
    aantalKnooppunten
  }
  themas {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<KaartKeuzelijstenQuery, KaartKeuzelijstenQueryVariables>;
export const KaartRegiogemeentenDocument = new TypedDocumentString(`
    query KaartRegiogemeenten {
  regios {
    id
    naam
    soort
    aantalKnooppunten
    gemeenten {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<KaartRegiogemeentenQuery, KaartRegiogemeentenQueryVariables>;
export const KaartGemeentenDocument = new TypedDocumentString(`
    query KaartGemeenten($regioId: ID) {
  gemeenten(regioId: $regioId) {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<KaartGemeentenQuery, KaartGemeentenQueryVariables>;
export const KaartRegioDocument = new TypedDocumentString(`
    query KaartRegio($regioId: ID!, $indeling: Indeling, $metOrganisaties: Boolean, $peildatum: String, $ookBeeindigd: Boolean) {
  kaart(
    regioId: $regioId
    indeling: $indeling
    metOrganisaties: $metOrganisaties
    peildatum: $peildatum
    ookBeeindigd: $ookBeeindigd
  ) {
    regio {
      id
      naam
    }
    knooppunten {
      id
      naam
      functie
      werkproces
      wettelijkeBasis
      samenstelling
      doelgroep
      geverifieerdDoor
      geverifieerdOp
      verificatie {
        namens {
          naam
        }
        geraadpleegd {
          organisatie {
            naam
          }
        }
      }
      verificatieStatus
      geldigVanaf
      geldigTot
      actueel
      themas {
        id
        naam
      }
      werkgebied {
        id
        naam
      }
      belegdBij {
        id
        naam
      }
    }
    overdrachten {
      id
      soort
      aanmeldingDoor
      aanmelder {
        naam
      }
      informatie
      warm
      van {
        id
        naam
      }
      naar {
        id
        naam
      }
    }
    organisaties {
      id
      naam
      type
    }
    deelnames {
      id
      rol
      organisatie {
        id
      }
      knooppunt {
        id
      }
    }
    posities {
      soort
      id
      x
      y
    }
  }
}
    `) as unknown as TypedDocumentString<KaartRegioQuery, KaartRegioQueryVariables>;
export const KaartZoekDocument = new TypedDocumentString(`
    query KaartZoek($filter: KnooppuntFilter!) {
  knooppunten(filter: $filter, eerste: 0) {
    totaal
    ids
  }
  knooppuntFacetten(filter: $filter) {
    functie {
      ...KaartFacet
    }
    werkproces {
      ...KaartFacet
    }
    wettelijkeBasis {
      ...KaartFacet
    }
    samenstelling {
      ...KaartFacet
    }
    themaIds {
      ...KaartFacet
    }
    organisatieIds {
      ...KaartFacet
    }
    gemeenteIds {
      ...KaartFacet
    }
  }
}
    fragment KaartFacet on FacetWaarde {
  waarde
  aantal
}`) as unknown as TypedDocumentString<KaartZoekQuery, KaartZoekQueryVariables>;
export const KaartZoeklijstDocument = new TypedDocumentString(`
    query KaartZoeklijst($regioId: ID!, $tekst: String!, $peildatum: String, $ookBeeindigd: Boolean) {
  zoekKnooppunten(
    regioId: $regioId
    tekst: $tekst
    eerste: 8
    peildatum: $peildatum
    ookBeeindigd: $ookBeeindigd
  ) {
    knooppunt {
      id
      naam
    }
    gevondenIn
    via
  }
}
    `) as unknown as TypedDocumentString<KaartZoeklijstQuery, KaartZoeklijstQueryVariables>;
export const KaartDetailsDocument = new TypedDocumentString(`
    query KaartDetails($id: ID!) {
  knooppunt(id: $id) {
    id
    naam
    functie
    werkproces
    wettelijkeBasis
    wettelijkeBasisToelichting
    samenstelling
    maatschappelijkeOpgave
    doel
    doelgroep
    leeftijdMin
    leeftijdMax
    aanmeldcriteria
    uitsluitingen
    geldigVanaf
    geldigTot
    wetten {
      wet {
        afkorting
      }
      artikel
    }
    taakhouder {
      naam
    }
    themas {
      naam
    }
    werkgebied {
      naam
    }
    belegdBij {
      id
      naam
    }
    verwerkingsverantwoordelijkheid
    verwerkingsverantwoordelijke {
      naam
    }
    gezamenlijkeRegeling
    convenant {
      status
      datum
      geldigTot
    }
    privacyprotocol {
      status
      datum
      geldigTot
    }
    dpia {
      status
      datum
      geldigTot
    }
    bewaartermijn
    bewaartermijnOnderbouwing
    geverifieerdDoor
    geverifieerdOp
    verificatie {
      inWoorden
    }
    verifierenAlsBeheer
    verifierenNamens {
      id
      naam
    }
    versie
    verificatieStatus
    rechten {
      wijzigen
      verifieren
      geschiedenisLezen
    }
    deelnames {
      id
      rol
      taak
      grondslag
      beroepsgeheim
      beroepsgeheimRegeling
      organisatie {
        id
        naam
      }
      wetten {
        wet {
          afkorting
        }
        artikel
      }
    }
    overdrachtenUit {
      id
      soort
      criteria
      aanmeldingDoor
      aanmelder {
        naam
      }
      informatie
      warm
      clientGeinformeerdDoor
      naar {
        id
        naam
      }
    }
    overdrachtenIn {
      id
      soort
      criteria
      aanmeldingDoor
      aanmelder {
        naam
      }
      informatie
      warm
      clientGeinformeerdDoor
      van {
        id
        naam
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KaartDetailsQuery, KaartDetailsQueryVariables>;
export const KaartGeschiedenisDocument = new TypedDocumentString(`
    query KaartGeschiedenis($id: ID!) {
  knooppunt(id: $id) {
    geschiedenis {
      volgnummer
      tijd
      actie
      door
      inWoorden
      wijzigingen {
        soort
        id
        versieNa
        onderwerp
        inWoorden {
          pad
          label
          voor
          na
          toegevoegd
          verwijderd
          zin
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KaartGeschiedenisQuery, KaartGeschiedenisQueryVariables>;
export const KaartVerifieerDocument = new TypedDocumentString(`
    mutation KaartVerifieer($id: ID!, $versie: Int!, $verificatie: VerificatieInput!) {
  verifieerKnooppunt(id: $id, versie: $versie, verificatie: $verificatie) {
    versie
  }
}
    `) as unknown as TypedDocumentString<KaartVerifieerMutation, KaartVerifieerMutationVariables>;
export const KaartHerstelDocument = new TypedDocumentString(`
    mutation KaartHerstel($id: ID!, $versie: Int!, $volgnummer: Int!) {
  herstelKnooppunt(id: $id, versie: $versie, volgnummer: $volgnummer) {
    versie
  }
}
    `) as unknown as TypedDocumentString<KaartHerstelMutation, KaartHerstelMutationVariables>;
export const KaartRoutesDocument = new TypedDocumentString(`
    query KaartRoutes($id: ID!, $richting: RouteRichting, $maxStappen: Int!, $filter: RouteFilter) {
  routes(
    knooppuntId: $id
    richting: $richting
    maxStappen: $maxStappen
    filter: $filter
  ) {
    ...RoutesLijst
    knooppunt {
      ...KaartRouteKnooppunt
    }
    routes {
      stappen {
        van {
          ...KaartRouteKnooppunt
        }
        naar {
          ...KaartRouteKnooppunt
        }
      }
    }
    posities {
      soort
      id
      x
      y
    }
  }
}
    fragment KaartRouteKnooppunt on Knooppunt {
  id
  naam
  functie
  werkproces
  wettelijkeBasis
  samenstelling
}
fragment RoutesLijst on Routes {
  knooppunt {
    id
    naam
  }
  richting
  maxStappen
  afgekapt
  bereikbaar {
    id
  }
  routes {
    aantalProblemen
    stappen {
      van {
        id
        naam
      }
      naar {
        id
        naam
        aanmeldcriteria
      }
      overdracht {
        id
        soort
        criteria
        informatie
        warm
        clientGeinformeerdDoor
      }
      aanmeldingDoor
      aanmelder {
        naam
      }
      kandidaatAanmelders {
        naam
      }
      problemen {
        regel
        ernst
        melding
        bron
      }
    }
  }
}`) as unknown as TypedDocumentString<KaartRoutesQuery, KaartRoutesQueryVariables>;
export const OrganisatieKeuzesDocument = new TypedDocumentString(`
    query OrganisatieKeuzes {
  regios {
    id
    naam
    soort
    aantalKnooppunten
  }
  organisaties {
    id
    naam
    type
  }
}
    `) as unknown as TypedDocumentString<OrganisatieKeuzesQuery, OrganisatieKeuzesQueryVariables>;
export const OrganisatieOverzichtDocument = new TypedDocumentString(`
    query OrganisatieOverzicht($id: ID, $type: OrganisatieType, $regio: ID) {
  organisatieOverzicht(organisatieId: $id, type: $type, regioId: $regio) {
    organisaties {
      id
      naam
      type
    }
    betrokken {
      organisatie {
        id
        naam
      }
      beroepsgeheim
      knooppunt {
        ...OrganisatieTafel
      }
      deelname {
        id
        rol
        taak
        grondslag
        bijzondereGegevens
        strafrechtelijkeGegevens
        bsn
        wetten {
          wet {
            afkorting
          }
          artikel
        }
      }
    }
    mogelijk {
      redenen
      knooppunt {
        ...OrganisatieTafel
      }
    }
    bevindingen {
      regel
      ernst
      melding
      bron
      knooppunt {
        id
        naam
      }
    }
  }
}
    fragment OrganisatieTafel on Knooppunt {
  id
  naam
  functie
  wettelijkeBasis
  doel
  aanmeldcriteria
  regio {
    id
  }
  themas {
    id
    naam
  }
  werkgebied {
    id
    naam
  }
  convenant {
    status
  }
  dpia {
    status
  }
  deelnames {
    id
  }
}`) as unknown as TypedDocumentString<OrganisatieOverzichtQuery, OrganisatieOverzichtQueryVariables>;
export const TransparantieDocument = new TypedDocumentString(`
    query Transparantie {
  transparantie {
    regioId
    naam
    knooppunten {
      knooppuntId
      naam
      functie
    }
  }
}
    `) as unknown as TypedDocumentString<TransparantieQuery, TransparantieQueryVariables>;
export const PrivacyverklaringDocument = new TypedDocumentString(`
    query Privacyverklaring($knooppuntId: ID!) {
  privacyverklaring(knooppuntId: $knooppuntId) {
    ...PrivacyDocumentVelden
  }
}
    fragment PrivacyDocumentVelden on PrivacyDocument {
  soort
  titel
  onderwerp
  bronnen {
    knooppuntId
    naam
    versie
    gewijzigdOp
  }
  secties {
    kop
    bron
    inleiding
    velden {
      label
      waarde
    }
  }
}`) as unknown as TypedDocumentString<PrivacyverklaringQuery, PrivacyverklaringQueryVariables>;
export const DpiaScanDocument = new TypedDocumentString(`
    query DpiaScan($knooppuntId: ID!) {
  privacyDocument(knooppuntId: $knooppuntId, soort: DPIA_SCAN) {
    ...PrivacyDocumentVelden
  }
  knooppunt(id: $knooppuntId) {
    deelnames {
      organisatie {
        id
        naam
      }
    }
  }
}
    fragment PrivacyDocumentVelden on PrivacyDocument {
  soort
  titel
  onderwerp
  bronnen {
    knooppuntId
    naam
    versie
    gewijzigdOp
  }
  secties {
    kop
    bron
    inleiding
    velden {
      label
      waarde
    }
  }
}`) as unknown as TypedDocumentString<DpiaScanQuery, DpiaScanQueryVariables>;
export const RoutekaartRoutesDocument = new TypedDocumentString(`
    query RoutekaartRoutes($id: ID!, $maxStappen: Int!) {
  routes(knooppuntId: $id, richting: UIT, maxStappen: $maxStappen) {
    ...RoutesLijst
    knooppunt {
      regio {
        id
        naam
      }
    }
  }
}
    fragment RoutesLijst on Routes {
  knooppunt {
    id
    naam
  }
  richting
  maxStappen
  afgekapt
  bereikbaar {
    id
  }
  routes {
    aantalProblemen
    stappen {
      van {
        id
        naam
      }
      naar {
        id
        naam
        aanmeldcriteria
      }
      overdracht {
        id
        soort
        criteria
        informatie
        warm
        clientGeinformeerdDoor
      }
      aanmeldingDoor
      aanmelder {
        naam
      }
      kandidaatAanmelders {
        naam
      }
      problemen {
        regel
        ernst
        melding
        bron
      }
    }
  }
}`) as unknown as TypedDocumentString<RoutekaartRoutesQuery, RoutekaartRoutesQueryVariables>;
export const ContactInfoDocument = new TypedDocumentString(`
    query ContactInfo {
  registerInfo {
    contact
  }
}
    `) as unknown as TypedDocumentString<ContactInfoQuery, ContactInfoQueryVariables>;
export const LayoutDocument = new TypedDocumentString(`
    query Layout($metRegio: Boolean!) {
  ik {
    naam
    rol
  }
  regios @include(if: $metRegio) {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<LayoutQuery, LayoutQueryVariables>;