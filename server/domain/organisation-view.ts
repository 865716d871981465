// SPDX-License-Identifier: EUPL-1.2
// The organisation's view (H §2.6 stap 1, second example: a GGZ organisation making an overview of
// the tables it may be involved in; §3.6, §4.5, §5.3): where it takes part and on what basis, what
// its professional secrecy means there, where it may be asked to join, and the findings about its
// own participations (RULES.md R03, R04, R05, R10, R11).
import { checkKnooppunt, type Finding } from './compliance.ts';
import { filterKnooppunten } from './knooppunt-filter.ts';
import type {
  BeroepsgeheimRegeling,
  Deelname,
  Knooppunt,
  Organisatie,
  OrganisatieType,
} from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

/** The themes that fall in an organisation type's field; a table on them may ask it to join. */
export const VAKGEBIED: Partial<Record<OrganisatieType, string[]>> = {
  GGZ: ['psychische-problematiek', 'verward-gedrag', 'verslaving', 'zorgmijding'],
  VERSLAVINGSZORG: ['verslaving', 'zorgmijding', 'verward-gedrag'],
  POLITIE: [
    'high-impact-crime',
    'jeugdgroepen',
    'jeugdcriminaliteit',
    'huiselijk-geweld',
    'ondermijning',
    'mensenhandel',
    'radicalisering',
    'woonoverlast',
  ],
  OPENBAAR_MINISTERIE: [
    'high-impact-crime',
    'jeugdcriminaliteit',
    'recidive',
    'ondermijning',
    'mensenhandel',
  ],
  RECLASSERING: ['recidive', 'high-impact-crime'],
  WONINGCORPORATIE: ['woonoverlast', 'dakloosheid', 'zorgmijding'],
  VEILIG_THUIS: ['huiselijk-geweld', 'jeugdbescherming'],
  RAAD_VOOR_DE_KINDERBESCHERMING: ['jeugdbescherming', 'jeugdcriminaliteit'],
  GECERTIFICEERDE_INSTELLING: ['jeugdbescherming'],
  JONGERENWERK: ['jeugdgroepen', 'jeugdcriminaliteit'],
  SCHULDHULPVERLENING: ['schulden'],
  GGD: ['zorgmijding', 'verward-gedrag', 'psychische-problematiek'],
  MAATSCHAPPELIJKE_OPVANG: ['dakloosheid', 'zorgmijding'],
  LVB_ZORG: ['lvb'],
  HUISARTS: ['psychische-problematiek', 'zorgmijding'],
  WIJKTEAM: ['schulden', 'lvb', 'zorgmijding', 'woonoverlast'],
  PENITENTIAIRE_INRICHTING: ['recidive'],
};

/**
 * What each ground for sharing under professional secrecy means at a table (H §4.5, the four
 * grounds and the stappenplan). Toestemming comes first; a conflict van plichten and a noodsituatie
 * are the professional's own judgement per casus, never a standing arrangement of the table.
 */
export const BEROEPSGEHEIM_BETEKENIS: Record<BeroepsgeheimRegeling, string> = {
  TOESTEMMING:
    'Eerst toestemming: de professional vraagt de cliënt toestemming om hier gegevens te delen. Dat is iets anders dan toestemming als AVG-grondslag; een wettelijke taak van een partij is niet genoeg om het beroepsgeheim te doorbreken. Kan of past toestemming vragen niet, dan beslist de professional zelf per casus of er een conflict van plichten is.',
  CONFLICT_VAN_PLICHTEN:
    'Conflict van plichten: de professional beslist zelf, per casus, of een ander belang zoals de veiligheid van anderen zwaarder weegt dan het beroepsgeheim. Dat kan niet vooraf in een convenant worden afgesproken; eerst wordt toestemming gevraagd. De andere partijen respecteren het oordeel van de professional.',
  WETTELIJK_MELDRECHT:
    'Wettelijk meldrecht of spreekplicht: een wetsbepaling staat het delen toe of verplicht het, bijvoorbeeld een arts die Veilig Thuis informeert of de psychiater in de Wvggz. De professional deelt alleen wat daarvoor nodig is. De meldcode zelf is een stappenplan, geen meldrecht.',
  NOODSITUATIE:
    'Noodsituatie of vitaal belang: bij een acuut risico op levensgevaar of ernstig letsel mag de professional gegevens delen. De professional beoordeelt dat zelf, per casus; het is geen vaste afspraak van de tafel.',
};
const ZONDER_REGELING =
  'Heeft een beroepsgeheim, maar hoe er aan deze tafel gedeeld wordt, is niet vastgelegd. Spreek vooraf af onder welke voorwaarden de professional deelneemt (H §4.5 stappenplan, stap 1).';

export interface Betrokkenheid {
  deelname: Deelname;
  knooppunt: Knooppunt;
  organisatie: Organisatie;
  beroepsgeheim: string | null;
}

export interface MogelijkeTafel {
  knooppunt: Knooppunt;
  redenen: string[];
}

export interface OrganisatieOverzicht {
  organisaties: Organisatie[];
  betrokken: Betrokkenheid[];
  mogelijk: MogelijkeTafel[];
  bevindingen: Finding[];
}

const EIGEN_REGELS = ['R03', 'R04', 'R05', 'R10', 'R11'];

/** The overview for one organisation, or all organisations of a type, optionally in one region. */
export function organisatieOverzicht(
  index: RegistryIndex,
  organisatieIds: readonly string[],
  regioId: string | null,
  vandaag: string,
): OrganisatieOverzicht {
  const organisaties = organisatieIds
    .map((id) => index.organisaties.get(id))
    .filter((o) => o !== undefined);
  const eigen = new Set(organisaties.map((o) => o.id));
  const inRegio = regioId
    ? new Set(filterKnooppunten(index, { regioIds: [regioId] }).map((k) => k.id))
    : null;
  const telt = (k: Knooppunt) => inRegio === null || inRegio.has(k.id);

  const betrokken = organisaties
    .flatMap((organisatie) =>
      (index.deelnamesVanOrganisatie.get(organisatie.id) ?? []).map((deelname) => ({
        deelname,
        organisatie,
      })),
    )
    .map(({ deelname, organisatie }) => ({
      deelname,
      organisatie,
      knooppunt: index.knooppunten.get(deelname.knooppuntId)!,
      beroepsgeheim: deelname.beroepsgeheim
        ? deelname.beroepsgeheimRegeling
          ? BEROEPSGEHEIM_BETEKENIS[deelname.beroepsgeheimRegeling]
          : ZONDER_REGELING
        : null,
    }))
    .filter((b) => telt(b.knooppunt))
    .sort(
      (a, b) =>
        a.knooppunt.naam.localeCompare(b.knooppunt.naam, 'nl') ||
        a.organisatie.naam.localeCompare(b.organisatie.naam, 'nl'),
    );
  const aanTafel = new Set(betrokken.map((b) => b.knooppunt.id));

  const types = new Set(organisaties.map((o) => o.type));
  const vakgebied = new Set([...types].flatMap((t) => VAKGEBIED[t] ?? []));
  const mogelijk = index.knooppuntenOpNaam
    .filter((k) => telt(k) && !aanTafel.has(k.id))
    .map((k) => {
      const redenen: string[] = [];
      const themas = k.themaIds
        .filter((t) => vakgebied.has(t))
        .map((t) => index.themas.get(t)?.naam.toLowerCase() ?? t);
      if (themas.length > 0)
        redenen.push(`werkt aan ${themas.join(', ')}, wat in uw vakgebied valt`);
      const soortgenoten = (index.deelnamesVanKnooppunt.get(k.id) ?? [])
        .map((d) => index.organisaties.get(d.organisatieId))
        .filter((o) => o !== undefined && !eigen.has(o.id) && types.has(o.type));
      if (soortgenoten.length > 0)
        redenen.push(
          `een organisatie van uw soort neemt deel: ${soortgenoten.map((o) => o!.naam).join(', ')}`,
        );
      return { knooppunt: k, redenen };
    })
    .filter((m) => m.redenen.length > 0);

  const bevindingen = [...aanTafel].flatMap((id) =>
    checkKnooppunt(index, index.knooppunten.get(id)!, vandaag).filter(
      (f) =>
        EIGEN_REGELS.includes(f.regel.split('.')[0]!) &&
        f.organisatieId !== null &&
        eigen.has(f.organisatieId),
    ),
  );
  return { organisaties, betrokken, mogelijk, bevindingen };
}
