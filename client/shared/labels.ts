// SPDX-License-Identifier: EUPL-1.2
// Dutch labels for the schema's enumerations (handreiking §2.5, §3.3, §5.3).
export const FUNCTIE = { MELDPUNT: 'Meldpunt', OVERLEGTAFEL: 'Overlegtafel' } as const;
export const WERKPROCES = {
  CASUSOVERLEG: 'Casusoverleg',
  MELDPUNT: 'Meldpunt',
  SIGNALERING: 'Signalering',
  GROEPSAANPAK: 'Groepsaanpak',
} as const;
export const WETTELIJKE_BASIS = {
  WETTELIJK_GEREGELD: 'Wettelijk geregeld',
  TAAK_VAN_EEN_PARTIJ: 'Taak van één partij',
  NIET_EXPLICIET: 'Niet expliciet geregeld',
} as const;
export const SAMENSTELLING = {
  VAST: 'Vaste deelnemers',
  WISSELEND: 'Wisselende deelnemers',
} as const;
export const OVERDRACHT_SOORT = {
  DOORVERWIJZING: 'Doorverwijzing',
  OPSCHALING: 'Opschaling',
  AFSCHALING: 'Afschaling',
  TERUGVERWIJZING: 'Terugverwijzing',
  SIGNAAL: 'Signaal',
} as const;
export const ROL = {
  VASTE_DEELNEMER: 'Vaste deelnemer',
  OP_AFROEP: 'Op afroep',
  ADVISEUR: 'Adviseur',
  INFORMANT: 'Informant',
  PROCESREGISSEUR: 'Procesregisseur',
} as const;
export const GRONDSLAG = {
  AVG_6_1_A_TOESTEMMING: 'Toestemming (art. 6 lid 1 sub a AVG)',
  AVG_6_1_B_OVEREENKOMST: 'Overeenkomst (art. 6 lid 1 sub b AVG)',
  AVG_6_1_C_WETTELIJKE_VERPLICHTING: 'Wettelijke verplichting (art. 6 lid 1 sub c AVG)',
  AVG_6_1_D_VITAAL_BELANG: 'Vitaal belang (art. 6 lid 1 sub d AVG)',
  AVG_6_1_E_PUBLIEKE_TAAK: 'Publieke taak (art. 6 lid 1 sub e AVG)',
  WPG: 'Wet politiegegevens',
  WJSG: 'Wet justitiële en strafvorderlijke gegevens',
  ONBEKEND: 'Onbekend',
} as const;
export const BEROEPSGEHEIM_REGELING = {
  TOESTEMMING: 'toestemming van de cliënt',
  CONFLICT_VAN_PLICHTEN: 'conflict van plichten',
  WETTELIJK_MELDRECHT: 'wettelijk meldrecht',
} as const;
export const AANMELDING_DOOR = {
  KNOOPPUNT_ZELF: 'het knooppunt zelf',
  PARTNER: 'een partner',
  NIET_VASTGELEGD: 'niet vastgelegd',
} as const;
export const DOCUMENT_STATUS = {
  VASTGESTELD: 'vastgesteld',
  IN_VOORBEREIDING: 'in voorbereiding',
  ONTBREEKT: 'ontbreekt',
  ONBEKEND: 'onbekend',
} as const;
export const VERWERKINGSVERANTWOORDELIJKHEID = {
  EEN_PARTIJ: 'Eén partij',
  GEZAMENLIJK: 'Gezamenlijk (art. 26 AVG)',
  ONBEKEND: 'Onbekend',
} as const;

export const ERNST = { FOUT: 'Fout', WAARSCHUWING: 'Waarschuwing', AANDACHT: 'Aandacht' } as const;
export const ORGANISATIE_TYPE = {
  GEMEENTE: 'Gemeente',
  BURGEMEESTER: 'Burgemeester',
  POLITIE: 'Politie',
  OPENBAAR_MINISTERIE: 'Openbaar Ministerie',
  GGZ: 'GGZ',
  VERSLAVINGSZORG: 'Verslavingszorg',
  RECLASSERING: 'Reclassering',
  VEILIG_THUIS: 'Veilig Thuis',
  RAAD_VOOR_DE_KINDERBESCHERMING: 'Raad voor de Kinderbescherming',
  GECERTIFICEERDE_INSTELLING: 'Gecertificeerde instelling',
  WONINGCORPORATIE: 'Woningcorporatie',
  JONGERENWERK: 'Jongerenwerk',
  SCHULDHULPVERLENING: 'Schuldhulpverlening',
  HUISARTS: 'Huisarts',
  PENITENTIAIRE_INRICHTING: 'Penitentiaire inrichting',
  GGD: 'GGD',
  WIJKTEAM: 'Wijkteam',
  ONDERWIJS: 'Onderwijs',
  MAATSCHAPPELIJKE_OPVANG: 'Maatschappelijke opvang',
  LVB_ZORG: 'LVB-zorg',
  ZORG_EN_VEILIGHEIDSHUIS: 'Zorg- en Veiligheidshuis',
  OVERIG: 'Overig',
} as const;

export const SCHAAL = {
  LOKAAL: 'Lokaal',
  SUBREGIONAAL: 'Subregionaal',
  REGIONAAL: 'Regionaal',
  BOVENREGIONAAL: 'Bovenregionaal',
  LANDELIJK: 'Landelijk',
} as const;
export const PRIVACYKADER = {
  AVG: 'AVG',
  WPG: 'Wet politiegegevens',
  WJSG: 'Wet justitiële en strafvorderlijke gegevens',
} as const;
/** The IBD criteria "Aanpak multiproblematiek", then acute danger, domestic violence, group. */
export const SIGNAAL = {
  MEERDERE_PROBLEMEN: 'Er is sprake van meerdere problemen',
  CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG:
    'De problematiek kan leiden tot crimineel of overlastgevend gedrag',
  SAMENWERKING_NODIG: 'Samenwerking tussen partijen is nodig om effectief te kunnen zijn',
  IMPACT_OP_OMGEVING: 'De problematiek heeft impact op het gezin of de sociale omgeving',
  ERNSTIG_LOKAAL_VEILIGHEIDSPROBLEEM:
    'Er is ernstige lokale of gebiedsgebonden veiligheidsproblematiek',
  ACUUT_GEVAAR: 'Er is acuut gevaar',
  HUISELIJK_GEWELD_OF_KINDERMISHANDELING:
    'Er zijn signalen van huiselijk geweld of kindermishandeling',
  GROEP: 'Het gaat om een groep, niet om één persoon of gezin',
  DETENTIE:
    'De persoon zit in detentie of komt daar binnenkort uit (ook een justitiële jeugdinrichting)',
  GEWELDSDELICTEN: 'De persoon heeft ernstige geweldsdelicten gepleegd',
} as const;

/** Every code of the schema's enumerations with its label; the same code means the same everywhere. */
const WAARDEN: Record<string, string> = {
  ...DOCUMENT_STATUS,
  ...VERWERKINGSVERANTWOORDELIJKHEID,
  ...GRONDSLAG,
  ...SAMENSTELLING,
  ...WETTELIJKE_BASIS,
  ...WERKPROCES,
  ...FUNCTIE,
  ...OVERDRACHT_SOORT,
  ...ROL,
  ...BEROEPSGEHEIM_REGELING,
  ...ORGANISATIE_TYPE,
  ...SCHAAL,
  ...PRIVACYKADER,
  ...SIGNAAL,
  KNOOPPUNT_ZELF: 'Het knooppunt zelf',
  PARTNER: 'Een partner',
  NIET_VASTGELEGD: 'Niet vastgelegd',
};
export const waardeLabel = (code: string): string => WAARDEN[code] || code;

/** Laws at article level, e.g. "Wmo 2015 art. 4.1.1, Wvggz". */
export const wetTekst = (
  wetten: readonly { wet: { afkorting: string }; artikel: string | null }[],
): string => wetten.map((w) => `${w.wet.afkorting}${w.artikel ? ` ${w.artikel}` : ''}`).join(', ');

/** Doelgroep by age, as the filter offers it. */
export const LEEFTIJDSBANDEN = {
  jeugd: { label: 'Jeugd (0–17)', van: 0, tot: 17 },
  jongvolwassenen: { label: 'Jongvolwassenen (18–26)', van: 18, tot: 26 },
  volwassenen: { label: 'Volwassenen (27–64)', van: 27, tot: 64 },
  ouderen: { label: 'Ouderen (65+)', van: 65, tot: null },
} as const;
export type Leeftijdsband = keyof typeof LEEFTIJDSBANDEN;

export const label = <T extends Record<string, string>>(
  labels: T,
  value: string | null | undefined,
): string => (value == null ? '—' : ((labels as Record<string, string>)[value] ?? value));
