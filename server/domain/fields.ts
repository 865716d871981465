// SPDX-License-Identifier: EUPL-1.2
// Every field an editor fills in, per kind, in the order of the handreiking's description
// (§2.6 stap 2, §3.7 stap 1–4, §5.3): the one list behind the edit forms and the spreadsheet
// columns. A field's path is its place in the input ("convenant.status") and its column name.
// Cells are text; cellOf/inputOf turn a description into cells and cells into input for
// validation.ts, so a form, an import and an export read and write the same way.
import {
  AANMELDING_DOOR,
  BEROEPSGEHEIM_REGELINGEN,
  CONVENANT_ONDERWERPEN,
  DOCUMENT_STATUSSEN,
  FUNCTIES,
  GRONDSLAGEN,
  GEGEVENSCATEGORIEEN,
  INFORMATIE_ONDERDELEN,
  INFORMEER_MOMENTEN,
  ORGANISATIE_TYPES,
  OVERDRACHT_SOORTEN,
  PRIVACYKADERS,
  ROLLEN,
  SAMENSTELLINGEN,
  SCHALEN,
  SIGNALEN,
  UITZONDERINGSGRONDEN,
  VERDER_GEBRUIK,
  VERIFICATIE_ONDERDELEN,
  VERWERKINGSVERANTWOORDELIJKHEDEN,
  WERKPROCESSEN,
  WETTELIJKE_BASES,
  type EditableKind,
  type Verificatie,
} from './model.ts';
import { keuzeLabel, labelsVan } from './enum-labels.ts';
import { datumInWoorden } from './kalender.ts';
import { foldText } from './knooppunt-filter.ts';
import { vormMelding } from './invoer-meldingen.ts';
import type { RefTarget } from './references.ts';
import { hoofdletter, opsomming } from './taal.ts';

export type VeldSoort =
  | 'tekst'
  | 'lang'
  | 'getal'
  | 'datum'
  | 'janee'
  | 'janeeLeeg'
  | 'keuze'
  | 'keuzes'
  | 'ref'
  | 'refs'
  | 'wetten'
  | 'aanpalend'
  /** The verification record (H §2.6 stap 3): read-only, shown in words. */
  | 'verificatie';

export interface Veld {
  /** Place in the input, dotted for documents; also the spreadsheet column. */
  pad: string;
  label: string;
  soort: VeldSoort;
  /** The form's section. */
  groep: string;
  /** For keuze and keuzes: the allowed codes. */
  waarden?: readonly string[];
  /** For ref and refs: what the id points at. */
  doel?: RefTarget;
  verplicht?: true;
  /** For a keuze that may be left empty: what empty means. */
  standaard?: string;
  /** What to fill in, with the section of the handreiking it comes from. */
  uitleg?: string;
  /** Shown and exported, never written by a form or an import. */
  alleenLezen?: true;
}

const VERIFICATIE_UITLEG =
  '§2.6 stap 3. Wordt vastgelegd met de knop "Verificatie vastleggen" bij het knooppunt op de kaart, niet hier of in een import.';

const document = (naam: string, label: string, bron: string): Veld[] => [
  {
    pad: `${naam}.status`,
    label: `${label}: status`,
    soort: 'keuze',
    waarden: DOCUMENT_STATUSSEN,
    groep: 'Afspraken en documenten',
    standaard: 'ONBEKEND',
    uitleg: bron,
  },
  {
    pad: `${naam}.datum`,
    label: `${label}: vastgesteld op`,
    soort: 'datum',
    groep: 'Afspraken en documenten',
  },
  {
    pad: `${naam}.geldigTot`,
    label: `${label}: geldig tot en met`,
    soort: 'datum',
    groep: 'Afspraken en documenten',
  },
];

/** R26: the data categories of one phase of the werkproces (H §3.7 stap 3, §4.3). */
const fase = (pad: string, label: string, bron: string): Veld => ({
  pad,
  label,
  soort: 'keuzes',
  waarden: GEGEVENSCATEGORIEEN,
  groep: 'Gegevens per fase',
  uitleg: `${bron} Alleen wat in deze fase nodig is (§3.7 stap 3, §4.3).`,
});

export const VELDEN: Record<EditableKind, readonly Veld[]> = {
  knooppunt: [
    {
      pad: 'naam',
      label: 'Naam',
      soort: 'tekst',
      groep: 'Algemeen',
      verplicht: true,
      uitleg: 'Uniek binnen de regio.',
    },
    {
      pad: 'regioId',
      label: 'Regio',
      soort: 'ref',
      doel: 'regio',
      groep: 'Algemeen',
      verplicht: true,
      uitleg: 'De regio die de beschrijving beheert.',
    },
    {
      pad: 'functie',
      label: 'Functie',
      soort: 'keuze',
      waarden: FUNCTIES,
      groep: 'Typering',
      verplicht: true,
      uitleg: 'Typering 1: meldpunt of overlegtafel (§2.5).',
    },
    {
      pad: 'werkproces',
      label: 'Werkproces',
      soort: 'keuze',
      waarden: WERKPROCESSEN,
      groep: 'Typering',
      verplicht: true,
      uitleg: 'Bijlage 1.',
    },
    {
      pad: 'wettelijkeBasis',
      label: 'Wettelijke basis',
      soort: 'keuze',
      waarden: WETTELIJKE_BASES,
      groep: 'Typering',
      verplicht: true,
      uitleg: 'Typering 2 (§2.5).',
    },
    {
      pad: 'taakhouderId',
      label: 'Taakhouder',
      soort: 'ref',
      doel: 'organisatie',
      groep: 'Typering',
      uitleg: 'Alleen bij taak van één partij: aan wiens taak het knooppunt is toe te rekenen.',
    },
    {
      pad: 'wettelijkeBasisToelichting',
      label: 'Toelichting op de wettelijke basis',
      soort: 'lang',
      groep: 'Typering',
    },
    {
      pad: 'wetten',
      label: 'Wetten en artikelen',
      soort: 'wetten',
      groep: 'Typering',
      uitleg: 'Op artikelniveau (§3.7 stap 2).',
    },
    {
      pad: 'samenstelling',
      label: 'Samenstelling',
      soort: 'keuze',
      waarden: SAMENSTELLINGEN,
      groep: 'Typering',
      verplicht: true,
      uitleg: 'Typering 3: vaste of wisselende deelnemers (§2.5).',
    },
    {
      pad: 'schaal',
      label: 'Schaal',
      soort: 'keuze',
      waarden: SCHALEN,
      groep: 'Typering',
      verplicht: true,
    },
    {
      pad: 'maatschappelijkeOpgave',
      label: 'Maatschappelijke opgave',
      soort: 'lang',
      groep: 'Doel en doelgroep',
      uitleg: '§2.6 stap 2.',
    },
    {
      pad: 'doel',
      label: 'Doel',
      soort: 'lang',
      groep: 'Doel en doelgroep',
      uitleg: 'Het doel van de samenwerking en de gegevensverwerking (§3.7 stap 1).',
    },
    { pad: 'doelgroep', label: 'Doelgroep', soort: 'lang', groep: 'Doel en doelgroep' },
    { pad: 'leeftijdMin', label: 'Minimumleeftijd', soort: 'getal', groep: 'Doel en doelgroep' },
    { pad: 'leeftijdMax', label: 'Maximumleeftijd', soort: 'getal', groep: 'Doel en doelgroep' },
    {
      pad: 'aanmeldcriteria',
      label: 'Aanmeldcriteria',
      soort: 'lang',
      groep: 'Doel en doelgroep',
      uitleg: 'Welke casus hoort hier thuis, en welke niet (§2.2, §4.2).',
    },
    {
      pad: 'signalen',
      label: 'Signalen',
      soort: 'keuzes',
      waarden: SIGNALEN,
      groep: 'Doel en doelgroep',
      uitleg:
        'Voor welke casussen het knooppunt bedoeld is; de casuswijzer vergelijkt ze. Detentie en geweldsdelicten zijn voorwaarden: een casus zonder dat signaal past hier niet (§2.6 stap 2, §4.2).',
    },
    {
      pad: 'uitsluitingen',
      label: 'Uitgesloten signalen',
      soort: 'keuzes',
      waarden: SIGNALEN,
      groep: 'Doel en doelgroep',
      uitleg:
        'Niet voor casussen met deze signalen, zoals de aanmeldcriteria zeggen: bijvoorbeeld acuut gevaar bij een meldpunt niet-acute zorg, of huiselijk geweld als dat naar Veilig Thuis gaat. De casuswijzer noemt het knooppunt dan niet passend (§2.3, §4.2).',
    },
    { pad: 'themaIds', label: "Thema's", soort: 'refs', doel: 'thema', groep: 'Doel en doelgroep' },
    {
      pad: 'gemeenteIds',
      label: 'Werkgebied (gemeenten)',
      soort: 'refs',
      doel: 'gemeente',
      groep: 'Doel en doelgroep',
    },
    {
      pad: 'noodzaakSamenwerking',
      label: 'Waarom samenwerking nodig is',
      soort: 'lang',
      groep: 'Noodzaak, evenredigheid en doelbinding',
      uitleg:
        'Welke bijdrage de samenwerking levert aan de opgave, en waarom de partijen het alleen niet kunnen (§2.6 stap 2, §3.7 stap 1).',
    },
    {
      pad: 'proportionaliteit',
      label: 'Waarom de inbreuk op de privacy gerechtvaardigd is',
      soort: 'lang',
      groep: 'Noodzaak, evenredigheid en doelbinding',
      uitleg:
        'Rechtvaardigen de aard van de problematiek en het doel de inbreuk op de persoonlijke levenssfeer? Leg uit waarom (§2.6 stap 2, §4.1).',
    },
    {
      pad: 'verderGebruik',
      label: 'Verder gebruik van de gegevens',
      soort: 'keuze',
      waarden: VERDER_GEBRUIK,
      groep: 'Noodzaak, evenredigheid en doelbinding',
      standaard: 'NIET_VASTGELEGD',
      uitleg: 'Wat deelnemers daarna met de gegevens mogen doen (doelbinding, §3.2).',
    },
    {
      pad: 'verderGebruikToelichting',
      label: 'Toelichting op het verdere gebruik',
      soort: 'lang',
      groep: 'Noodzaak, evenredigheid en doelbinding',
      uitleg: 'Welk ander gebruik verenigbaar is met het doel, en waarom (art. 6 lid 4 AVG).',
    },
    fase(
      'gegevensAanmelding',
      'Gegevens bij aanmelding en intake',
      'Fase 1: toetsen aan de criteria.',
    ),
    fase(
      'gegevensTriage',
      'Gegevens in de triage',
      'Fase 2: welke problemen en partijen, niet de inhoud.',
    ),
    fase(
      'gegevensCasusoverleg',
      'Gegevens in casusoverleg en monitoring',
      'Fase 3: analyse en plan van aanpak. Niet nodig bij een meldpunt.',
    ),
    fase('gegevensAfsluiting', 'Gegevens bij afsluiten of overdragen', 'Fase 4.'),
    {
      pad: 'belegdBijId',
      label: 'Belegd bij',
      soort: 'ref',
      doel: 'organisatie',
      groep: 'Verantwoordelijkheid',
      uitleg: 'De organisatie waarbij de uitvoering is belegd (§2.4).',
    },
    {
      pad: 'verwerkingsverantwoordelijkheid',
      label: 'Verwerkingsverantwoordelijkheid',
      soort: 'keuze',
      waarden: VERWERKINGSVERANTWOORDELIJKHEDEN,
      groep: 'Verantwoordelijkheid',
      standaard: 'ONBEKEND',
      uitleg: '§3.5.',
    },
    {
      pad: 'verwerkingsverantwoordelijkeId',
      label: 'Verwerkingsverantwoordelijke',
      soort: 'ref',
      doel: 'organisatie',
      groep: 'Verantwoordelijkheid',
      uitleg: 'Alleen als één partij verantwoordelijk is.',
    },
    {
      pad: 'gezamenlijkeRegeling',
      label: 'Regeling gezamenlijke verantwoordelijkheid (art. 26 AVG)',
      soort: 'janee',
      groep: 'Verantwoordelijkheid',
    },
    {
      pad: 'functionarisGegevensbescherming',
      label: 'Functionaris gegevensbescherming (FG)',
      soort: 'tekst',
      groep: 'Verantwoordelijkheid',
      uitleg:
        'De FG van elke verwerkingsverantwoordelijke, met een algemeen adres; geen privégegevens (§3.5).',
    },
    ...document(
      'convenant',
      'Convenant',
      '§3.8; met de politie aan tafel verplicht (art. 20 WPG).',
    ),
    ...document('privacyprotocol', 'Privacyprotocol', '§3.8.'),
    ...document('dpia', 'DPIA', '§3.4.'),
    {
      pad: 'fgBetrokkenBijDpia',
      label: 'De FG was betrokken bij de DPIA',
      soort: 'janeeLeeg',
      groep: 'Afspraken en documenten',
      uitleg: 'Verplicht volgens art. 35 lid 2 AVG (§3.4).',
    },
    {
      pad: 'convenantOnderwerpen',
      label: 'Onderwerpen in convenant of privacyprotocol',
      soort: 'keuzes',
      waarden: CONVENANT_ONDERWERPEN,
      groep: 'Afspraken en documenten',
      uitleg: 'Wat het convenant of privacyprotocol beschrijft (§3.8).',
    },
    {
      pad: 'evaluatieGepland',
      label: 'Volgende evaluatie',
      soort: 'datum',
      groep: 'Afspraken en documenten',
      uitleg:
        'Evaluatie van de samenwerking en de gegevensverwerking (§4.2 "Reflecteren en leren").',
    },
    {
      pad: 'privacyAuditGepland',
      label: 'Volgende privacy-audit',
      soort: 'datum',
      groep: 'Afspraken en documenten',
      uitleg: 'Toetsen of de afspraken in de praktijk worden nageleefd (§4.1).',
    },
    {
      pad: 'bewaartermijn',
      label: 'Bewaartermijn',
      soort: 'tekst',
      groep: 'Privacy',
      uitleg: '§3.2 (5).',
    },
    {
      pad: 'bewaartermijnOnderbouwing',
      label: 'Onderbouwing van de bewaartermijn',
      soort: 'lang',
      groep: 'Privacy',
    },
    {
      pad: 'privacyverklaring',
      label: 'Privacyverklaring',
      soort: 'tekst',
      groep: 'Privacy',
      uitleg: '§3.5.',
    },
    {
      pad: 'informerenBetrokkenen',
      label: 'Hoe betrokkenen worden geïnformeerd',
      soort: 'lang',
      groep: 'Privacy',
      uitleg: '§3.5.',
    },
    {
      pad: 'contactpuntRechten',
      label: 'Contactpunt voor de rechten van betrokkenen',
      soort: 'tekst',
      groep: 'Privacy',
      uitleg: '§3.5, §4.4.',
    },
    {
      pad: 'risicos',
      label: "Risico's voor burgers",
      soort: 'lang',
      groep: 'Privacy',
      uitleg: '§2.6 stap 2, §3.4.',
    },
    { pad: 'maatregelen', label: 'Maatregelen', soort: 'lang', groep: 'Privacy' },
    {
      pad: 'typeRisicoAfspraken',
      label: "Werkafspraken voor de risico's van dit soort knooppunt",
      soort: 'janeeLeeg',
      groep: 'Privacy',
      uitleg:
        'Bij een wettelijk meldpunt: de eigen geheimhoudingsregels. Bij een lokaal team dat signalen van huiselijk geweld verkent: iemand niet onterecht als dader te boek zetten (§5.1).',
    },
    {
      pad: 'autorisatiePerCasus',
      label: 'Toegang alleen voor wie bij de casus betrokken is',
      soort: 'janeeLeeg',
      groep: 'Beveiliging',
      uitleg: '§3.5, §4.1.',
    },
    {
      pad: 'toegangLogging',
      label: 'Toegang wordt vastgelegd en gecontroleerd',
      soort: 'janeeLeeg',
      groep: 'Beveiliging',
      uitleg: 'Zodat onrechtmatige toegang opvalt (§4.1).',
    },
    {
      pad: 'datalekkenprocedure',
      label: 'Procedure voor datalekken',
      soort: 'janeeLeeg',
      groep: 'Beveiliging',
      uitleg: '§3.8, §4.4.',
    },
    {
      pad: 'informerenMoment',
      label: 'Wanneer de betrokkene het hoort',
      soort: 'keuze',
      waarden: INFORMEER_MOMENTEN,
      groep: 'Informeren van betrokkenen',
      standaard: 'NIET_VASTGELEGD',
      uitleg: 'Uiterlijk na de triage, voordat de casus wordt besproken (§3.5).',
    },
    {
      pad: 'informerenInhoud',
      label: 'Wat de betrokkene te horen krijgt',
      soort: 'keuzes',
      waarden: INFORMATIE_ONDERDELEN,
      groep: 'Informeren van betrokkenen',
      uitleg: '§3.5.',
    },
    {
      pad: 'informerenUitzonderingen',
      label: 'Gronden om het informeren uit te stellen',
      soort: 'keuzes',
      waarden: UITZONDERINGSGRONDEN,
      groep: 'Informeren van betrokkenen',
      uitleg:
        'Alleen op een grond uit art. 23 AVG, per casus onderbouwd en altijd tijdelijk (§4.4). Leeg als de betrokkene altijd wordt geïnformeerd.',
    },
    {
      pad: 'uitzonderingHeroverweging',
      label: 'Wanneer een uitstel opnieuw wordt gewogen',
      soort: 'lang',
      groep: 'Informeren van betrokkenen',
      uitleg: '§4.4.',
    },
    {
      pad: 'faseringVastgelegd',
      label: 'Werkproces in fasen, met een afweging bij elke overgang',
      soort: 'janeeLeeg',
      groep: 'Werkproces',
      uitleg:
        'Aanmelding, triage, casusoverleg, afsluiten: welke gegevens gaan mee naar de volgende fase (§4.2, §4.3)?',
    },
    {
      pad: 'vernietigingBijNietPassend',
      label: 'Gegevens van een casus die hier niet hoort, worden vernietigd',
      soort: 'janeeLeeg',
      groep: 'Werkproces',
      uitleg: 'Of volledig geanonimiseerd (§4.3 fase 1–3).',
    },
    {
      pad: 'terugvalEnVerlenging',
      label: 'Afspraken bij terugval en over langer bewaren',
      soort: 'lang',
      groep: 'Werkproces',
      uitleg:
        'Wat er gebeurt als een partner na afsluiten terugval ziet, en hoe een langere bewaartermijn wordt besloten en vastgelegd (§4.3 fase 4).',
    },
    {
      pad: 'geheimhoudingsverklaring',
      label: 'Deelnemers tekenen een geheimhoudingsverklaring',
      soort: 'janeeLeeg',
      groep: 'Werkproces',
      uitleg:
        'En adviseurs en informanten nemen geen informatie mee uit het overleg (§5.2 vuistregel 7).',
    },
    {
      pad: 'aanpalend',
      label: 'Aanpalende knooppunten',
      soort: 'aanpalend',
      groep: 'Samenhang',
      uitleg: 'Welke andere knooppunten relevant zijn, en waarom (§2.6 stap 2).',
    },
    { pad: 'geldigVanaf', label: 'Bestaat vanaf', soort: 'datum', groep: 'Geldigheid' },
    {
      pad: 'geldigTot',
      label: 'Bestaat tot en met',
      soort: 'datum',
      groep: 'Geldigheid',
      uitleg: 'Daarna is het knooppunt beëindigd en standaard verborgen.',
    },
    {
      pad: 'geverifieerdDoor',
      label: 'Geverifieerd door',
      soort: 'tekst',
      groep: 'Geldigheid',
      alleenLezen: true,
      uitleg: VERIFICATIE_UITLEG,
    },
    {
      pad: 'geverifieerdOp',
      label: 'Geverifieerd op',
      soort: 'datum',
      groep: 'Geldigheid',
      alleenLezen: true,
      uitleg: VERIFICATIE_UITLEG,
    },
    {
      pad: 'verificatie',
      label: 'Verificatie',
      soort: 'verificatie',
      groep: 'Geldigheid',
      alleenLezen: true,
      uitleg: `Namens wie, met wie nagegaan en wat is bevestigd. ${VERIFICATIE_UITLEG}`,
    },
  ],
  organisatie: [
    { pad: 'naam', label: 'Naam', soort: 'tekst', groep: 'Organisatie', verplicht: true },
    {
      pad: 'type',
      label: 'Soort',
      soort: 'keuze',
      waarden: ORGANISATIE_TYPES,
      groep: 'Organisatie',
      verplicht: true,
    },
    {
      pad: 'privacykader',
      label: 'Privacykader',
      soort: 'keuze',
      waarden: PRIVACYKADERS,
      groep: 'Organisatie',
      verplicht: true,
      uitleg: '§3.1.',
    },
    {
      pad: 'beroepsgeheim',
      label: 'Beroepsgeheim',
      soort: 'tekst',
      groep: 'Organisatie',
      uitleg: '§4.5.',
    },
  ],
  deelname: [
    {
      pad: 'knooppuntId',
      label: 'Knooppunt',
      soort: 'ref',
      doel: 'knooppunt',
      groep: 'Deelname',
      verplicht: true,
    },
    {
      pad: 'organisatieId',
      label: 'Organisatie',
      soort: 'ref',
      doel: 'organisatie',
      groep: 'Deelname',
      verplicht: true,
    },
    {
      pad: 'rol',
      label: 'Rol',
      soort: 'keuze',
      waarden: ROLLEN,
      groep: 'Deelname',
      verplicht: true,
      uitleg: '§3.7 stap 2.',
    },
    {
      pad: 'taak',
      label: 'Taak',
      soort: 'lang',
      groep: 'Deelname',
      uitleg: 'De (wettelijke) taak waarop de partij deelneemt; geen taak is geen deelname (§4.1).',
    },
    { pad: 'wetten', label: 'Wet en artikel van de taak', soort: 'wetten', groep: 'Deelname' },
    {
      pad: 'grondslag',
      label: 'Grondslag',
      soort: 'keuze',
      waarden: GRONDSLAGEN,
      groep: 'Deelname',
      standaard: 'ONBEKEND',
      uitleg: 'Toestemming is geen geldige grondslag (§3.3).',
    },
    { pad: 'noodzaak', label: 'Waarom deelname nodig is', soort: 'lang', groep: 'Deelname' },
    { pad: 'beroepsgeheim', label: 'Beroepsgeheim', soort: 'janee', groep: 'Gegevens' },
    {
      pad: 'beroepsgeheimRegeling',
      label: 'Regeling voor het beroepsgeheim',
      soort: 'keuze',
      waarden: BEROEPSGEHEIM_REGELINGEN,
      groep: 'Gegevens',
      uitleg: '§4.5 stappenplan.',
    },
    {
      pad: 'bijzondereGegevens',
      label: 'Bijzondere persoonsgegevens',
      soort: 'janee',
      groep: 'Gegevens',
    },
    {
      pad: 'strafrechtelijkeGegevens',
      label: 'Strafrechtelijke gegevens',
      soort: 'janee',
      groep: 'Gegevens',
    },
    { pad: 'bsn', label: 'BSN', soort: 'janee', groep: 'Gegevens' },
    {
      pad: 'verwerkingsbasisBijzonder',
      label: 'Grondslag voor bijzondere en strafrechtelijke gegevens en BSN',
      soort: 'lang',
      groep: 'Gegevens',
      uitleg: '§3.7 stap 4 b–d.',
    },
    {
      pad: 'geheimhoudingOfVerstrekking',
      label: 'Andere regels over geheimhouding of verstrekking',
      soort: 'lang',
      groep: 'Gegevens',
      uitleg:
        'Naast het beroepsgeheim: bijvoorbeeld de verstrekkingsplicht aan de Raad voor de Kinderbescherming of een crisismaatregel (Wvggz) (§3.7 stap 4e).',
    },
    { pad: 'convenantpartner', label: 'Convenantpartner', soort: 'janee', groep: 'Gegevens' },
  ],
  overdracht: [
    {
      pad: 'vanId',
      label: 'Van knooppunt',
      soort: 'ref',
      doel: 'knooppunt',
      groep: 'Route',
      verplicht: true,
    },
    {
      pad: 'naarId',
      label: 'Naar knooppunt',
      soort: 'ref',
      doel: 'knooppunt',
      groep: 'Route',
      verplicht: true,
    },
    {
      pad: 'soort',
      label: 'Soort',
      soort: 'keuze',
      waarden: OVERDRACHT_SOORTEN,
      groep: 'Route',
      verplicht: true,
      uitleg: '§5.3.',
    },
    { pad: 'criteria', label: 'Wanneer deze route wordt gebruikt', soort: 'lang', groep: 'Route' },
    {
      pad: 'aanmeldingDoor',
      label: 'Aanmelding door',
      soort: 'keuze',
      waarden: AANMELDING_DOOR,
      groep: 'Route',
      standaard: 'NIET_VASTGELEGD',
      uitleg: 'Zonder eigen wettelijke taak meldt een partner aan (§4.3 fase 4).',
    },
    {
      pad: 'aanmelderId',
      label: 'Aanmelder (partner)',
      soort: 'ref',
      doel: 'organisatie',
      groep: 'Route',
    },
    {
      pad: 'informatie',
      label: 'Informatie die mee mag',
      soort: 'lang',
      groep: 'Route',
      uitleg: '§5.3 vuistregels.',
    },
    { pad: 'warm', label: 'Warme overdracht', soort: 'janeeLeeg', groep: 'Route' },
    {
      pad: 'clientGeinformeerdDoor',
      label: 'Wie de cliënt informeert',
      soort: 'tekst',
      groep: 'Route',
    },
  ],
};

/** Separates the items of a list in one cell; ":" separates a law from its article. */
const LIJST_SCHEIDER = ';';

const JA = new Set(['ja', 'j', 'true', 'waar', '1', 'x']);
const NEE = new Set(['nee', 'n', 'false', 'onwaar', '0', '']);

/** A cell a person typed that cannot mean anything for this field. */
export interface CelFout {
  pad: string;
  melding: string;
}

/** The value at a field's path ("convenant.status") in a description. */
export function waardeOp(object: unknown, pad: string): unknown {
  return pad
    .split('.')
    .reduce<unknown>(
      (o, key) =>
        o === null || typeof o !== 'object' ? undefined : (o as Record<string, unknown>)[key],
      object,
    );
}

function zetOp(object: Record<string, unknown>, pad: string, value: unknown): void {
  const keys = pad.split('.');
  let target = object;
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
  target[keys.at(-1)!] = value;
}

/** The items of a list cell. */
export const celItems = (cel: string): string[] =>
  cel
    .split(LIJST_SCHEIDER)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** A list cell of these items. */
export const lijstCel = (items: readonly string[]): string => items.join(`${LIJST_SCHEIDER} `);

/** "wet: artikel" → the pair; an item without ":" has no article. */
export function celPaar(item: string): [string, string | null] {
  const at = item.indexOf(':');
  return at < 0
    ? [item.trim(), null]
    : [item.slice(0, at).trim(), item.slice(at + 1).trim() || null];
}

/** The pair as one item: "wet: artikel", or the law alone. */
export const paarCel = (eerste: string, tweede: string | null): string =>
  tweede ? `${eerste}: ${tweede}` : eerste;

/** The cell text of a field in a description: what an export writes and a form shows. */
export function cellOf(veld: Veld, gegevens: object): string {
  const v = waardeOp(gegevens, veld.pad);
  if (v === null || v === undefined) return '';
  switch (veld.soort) {
    case 'janee':
    case 'janeeLeeg':
      return v ? 'ja' : 'nee';
    case 'keuzes':
    case 'refs':
      return lijstCel(v as string[]);
    case 'wetten':
      return lijstCel(
        (v as { wetId: string; artikel: string | null }[]).map((w) => paarCel(w.wetId, w.artikel)),
      );
    case 'aanpalend':
      return lijstCel(
        (v as { knooppuntId: string; reden: string }[]).map((a) => paarCel(a.knooppuntId, a.reden)),
      );
    case 'verificatie': {
      // Ids and codes in a fixed order, so equal records give equal cells.
      const { namensId, geraadpleegd, bevestigd, toelichting } = v as Verificatie;
      return JSON.stringify({
        namensId,
        geraadpleegd: geraadpleegd.map(({ organisatieId, rol }) => ({ organisatieId, rol })),
        bevestigd,
        toelichting,
      });
    }
    default:
      return typeof v === 'string' ? v : JSON.stringify(v);
  }
}

/** Text as words to compare: no case, accents, punctuation or extra spaces ("6.1.e" → "6 1 e"). */
const woorden = (tekst: string): string[] =>
  foldText(tekst)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

/**
 * A choice as a person types it: the code in any case and spacing ("taak van een partij"), the
 * label the pages show ("Taak van één partij"), or enough of the label and code to name one value
 * ("publieke taak (6.1.e)"). Anything else, or what fits more values, stays as typed, for the message.
 */
function keuzeCode(veld: Veld, cel: string): string {
  const getypt = woorden(cel);
  const labels = (veld.waarden && labelsVan(veld.waarden)) ?? {};
  const kandidaten = (veld.waarden ?? []).map((code) => ({
    code,
    code_: woorden(code).join(' '),
    label: woorden(labels[code] ?? '').join(' '),
    alle: new Set([...woorden(code), ...woorden(labels[code] ?? '')]),
  }));
  const tekst = getypt.join(' ');
  const precies = kandidaten.find((k) => k.code_ === tekst || k.label === tekst);
  if (precies) return precies.code;
  // A part of the words is enough when it fits one value only, and says more than one letter.
  if (getypt.length < 2 && (getypt[0]?.length ?? 0) < 3) return cel;
  const passend = kandidaten.filter((k) => getypt.every((w) => k.alle.has(w)));
  return passend.length === 1 ? passend[0]!.code : cel;
}

/** One cell as input: what validation.ts then checks; or a CelFout when the text has no meaning here. */
function valueOf(veld: Veld, raw: string): unknown {
  const cel = raw.trim();
  switch (veld.soort) {
    case 'getal':
      if (cel === '') return null;
      if (!/^-?\d+$/.test(cel))
        throw new Error(vormMelding({ naam: veld.label, soort: 'getal' }, cel));
      return Number(cel);
    case 'janee':
    case 'janeeLeeg': {
      const lower = cel.toLowerCase();
      if (veld.soort === 'janeeLeeg' && lower === '') return null;
      if (JA.has(lower)) return true;
      if (NEE.has(lower)) return false;
      throw new Error(vormMelding({ naam: veld.label, soort: 'janee' }, cel));
    }
    case 'keuze':
      return cel === '' ? (veld.standaard ?? null) : keuzeCode(veld, cel);
    case 'keuzes':
      return celItems(cel).map((s) => keuzeCode(veld, s));
    case 'refs':
      return celItems(cel);
    case 'wetten':
      return celItems(cel).map((item) => {
        const [wetId, artikel] = celPaar(item);
        return { wetId, artikel };
      });
    case 'aanpalend':
      return celItems(cel).map((item) => {
        const [knooppuntId, reden] = celPaar(item);
        if (reden === null)
          throw new Error(
            `${veld.label} mist de reden bij ‘${item}’; schrijf ‘knooppunt-id: reden’`,
          );
        return { knooppuntId, reden };
      });
    default:
      return cel === '' ? null : cel;
  }
}

/**
 * Input of a kind from cells by path: what a form or a spreadsheet row holds. Missing columns
 * count as empty; a required keuze left empty becomes absent, so validation names it.
 */
export function inputOf(
  kind: EditableKind,
  cellen: Readonly<Record<string, string | undefined>>,
): { input: Record<string, unknown>; fouten: CelFout[] } {
  const input: Record<string, unknown> = {};
  const fouten: CelFout[] = [];
  for (const veld of VELDEN[kind]) {
    // Only verifying writes the record (verification.ts); its cell is words, never read back.
    if (veld.soort === 'verificatie') continue;
    try {
      const value = valueOf(veld, cellen[veld.pad] ?? '');
      if (value !== null || !veld.verplicht) zetOp(input, veld.pad, value);
    } catch (error) {
      fouten.push({ pad: veld.pad, melding: (error as Error).message });
    }
  }
  return { input, fouten };
}

/** All cells of a description, by path. */
export function cellsOf(kind: EditableKind, gegevens: object): Record<string, string> {
  return Object.fromEntries(VELDEN[kind].map((veld) => [veld.pad, cellOf(veld, gegevens)]));
}

/** The field a validation path points into: "input.wetten[2].wetId" → "wetten", "input.convenant.datum" → "convenant.datum". */
export function veldVanPad(kind: EditableKind, pad: string): Veld | undefined {
  const bare = pad.replace(/^[^.[]*\.?/, '').replace(/\[\d+\].*$/, '');
  return (
    VELDEN[kind].find((v) => v.pad === bare) ??
    VELDEN[kind].find((v) => bare.startsWith(`${v.pad}.`))
  );
}

/** "namens GGD; geraadpleegd: Politie (wijkagent), GGZ; bevestigd: doel en doelgroep en routes". */
export function verificatieInWoorden(
  v: Verificatie,
  naam: (doel: RefTarget, id: string) => string | undefined,
): string {
  const organisatie = (id: string) => naam('organisatie', id) ?? id;
  const namens = v.namensId ? organisatie(v.namensId) : 'het regionaal beheer';
  const geraadpleegd = v.geraadpleegd.map(
    (g) => `${organisatie(g.organisatieId)}${g.rol ? ` (${g.rol})` : ''}`,
  );
  const bevestigd = v.bevestigd.map((b) =>
    keuzeLabel(VERIFICATIE_ONDERDELEN, b).toLocaleLowerCase('nl'),
  );
  return [
    `namens ${namens}`,
    `geraadpleegd: ${opsomming(geraadpleegd)}`,
    `bevestigd: ${opsomming(bevestigd)}`,
    ...(v.toelichting ? [`toelichting: ${v.toelichting}`] : []),
  ].join('; ');
}

/** Looks up the name of what an id points at; undefined when it no longer exists. */
export type Namen = (doel: RefTarget, id: string) => string | undefined;

/** The name of what an id points at, or the id itself when there is none. */
export const naamVan = (namen: Namen, doel: RefTarget | undefined, id: string): string =>
  (doel && namen(doel, id)) ?? id;

/** The items of a list value, each as a person reads it. */
export function itemsInWoorden(veld: Veld, waarde: readonly unknown[], namen: Namen): string[] {
  return waarde.map((item) => {
    if (veld.soort === 'keuzes' && typeof item === 'string')
      return keuzeLabel(veld.waarden ?? [], item);
    if (veld.soort === 'refs' && typeof item === 'string') return naamVan(namen, veld.doel, item);
    if (veld.soort === 'wetten') {
      const w = item as { wetId: string; artikel: string | null };
      return `${naamVan(namen, 'wet', w.wetId)}${w.artikel ? ` ${w.artikel}` : ''}`;
    }
    if (veld.soort === 'aanpalend') {
      const a = item as { knooppuntId: string; reden: string };
      return `${naamVan(namen, 'knooppunt', a.knooppuntId)} (${a.reden})`;
    }
    return typeof item === 'string' ? item : JSON.stringify(item);
  });
}

/**
 * A field's value as a person reads it, in the audit trail, an import's changes, an export and
 * the form: labels for codes, names for ids, dates in words; null when empty.
 */
export function waardeInWoorden(veld: Veld, waarde: unknown, namen: Namen): string | null {
  if (waarde === null || waarde === undefined || waarde === '') return null;
  if (veld.soort === 'verificatie')
    return hoofdletter(verificatieInWoorden(waarde as Verificatie, namen));
  if (Array.isArray(waarde))
    return waarde.length === 0 ? null : itemsInWoorden(veld, waarde, namen).join(', ');
  if (veld.soort === 'janee' || veld.soort === 'janeeLeeg') return waarde ? 'ja' : 'nee';
  if (typeof waarde !== 'string') return JSON.stringify(waarde);
  if (veld.soort === 'keuze') return keuzeLabel(veld.waarden ?? [], waarde);
  if (veld.soort === 'ref') return naamVan(namen, veld.doel, waarde);
  return veld.soort === 'datum' ? datumInWoorden(waarde) : waarde;
}
