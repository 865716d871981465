// SPDX-License-Identifier: EUPL-1.2
// The one place where Neo4j values (Integer, Date, DateTime, nested maps) become domain data
// and back. Neo4j properties cannot hold maps, so documents are flattened with a prefix.
import neo4j, { isDate, isDateTime, isInt } from 'neo4j-driver';
import { ONBESCHREVEN_KNOOPPUNT } from '../../domain/model.ts';
import type {
  Deelname,
  DeelnameGegevens,
  Document,
  Knooppunt,
  KnooppuntGegevens,
  Organisatie,
  OrganisatieGegevens,
  Overdracht,
  OverdrachtGegevens,
  Verificatie,
  WetVerwijzing,
} from '../../domain/model.ts';

type Props = Record<string, unknown>;

/** Converts driver values to plain JSON values: Integer → number, Date → 'YYYY-MM-DD', DateTime → ISO instant. */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    if (!value.inSafeRange())
      throw new RangeError(`Neo4j integer ${value.toString()} is outside the safe range`);
    return value.toNumber();
  }
  if (isDateTime(value)) return value.toStandardDate().toISOString();
  if (isDate(value)) return value.toString();
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Props).map(([k, v]) => [k, fromNeo4j(v)]));
  }
  return value;
}

export function toNeo4jDate(iso: string | null): unknown {
  if (iso === null) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}

export function toNeo4jDateTime(at: Date | string): unknown {
  return neo4j.types.DateTime.fromStandardDate(typeof at === 'string' ? new Date(at) : at);
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : (v as string));
const verificatieFrom = (v: unknown): Verificatie | null =>
  typeof v === 'string' ? (JSON.parse(v) as Verificatie) : null;
const num = (v: unknown): number | null =>
  v === null || v === undefined ? null : (fromNeo4j(v) as number);
const bool = (v: unknown): boolean => v === true;
const first = (v: unknown): string | null => (fromNeo4j(v) as string[] | null)?.[0] ?? null;

const DOCUMENTS = ['convenant', 'privacyprotocol', 'dpia'] as const;

function documentProps(k: KnooppuntGegevens): Props {
  return Object.fromEntries(
    DOCUMENTS.flatMap((d) => [
      [`${d}Status`, k[d].status],
      [`${d}Datum`, toNeo4jDate(k[d].datum)],
      [`${d}GeldigTot`, toNeo4jDate(k[d].geldigTot)],
    ]),
  );
}

function documentFrom(props: Props, name: (typeof DOCUMENTS)[number]): Document {
  return {
    status: (props[`${name}Status`] as Document['status'] | undefined) ?? 'ONBEKEND',
    datum: text(fromNeo4j(props[`${name}Datum`])),
    geldigTot: text(fromNeo4j(props[`${name}GeldigTot`])),
  };
}

const versioned = (id: string, versie: number, at: Date): Props => ({
  id,
  versie: neo4j.int(versie),
  gewijzigdOp: toNeo4jDateTime(at),
});

/** Node properties of a knooppunt; its relations travel as separate parameters. */
export function knooppuntProps(
  id: string,
  versie: number,
  k: KnooppuntGegevens,
  naamSleutel: string,
  at: Date,
): Props {
  return {
    ...versioned(id, versie, at),
    naam: k.naam,
    naamSleutel,
    functie: k.functie,
    werkproces: k.werkproces,
    wettelijkeBasis: k.wettelijkeBasis,
    wettelijkeBasisToelichting: k.wettelijkeBasisToelichting,
    samenstelling: k.samenstelling,
    maatschappelijkeOpgave: k.maatschappelijkeOpgave,
    doel: k.doel,
    doelgroep: k.doelgroep,
    leeftijdMin: k.leeftijdMin === null ? null : neo4j.int(k.leeftijdMin),
    leeftijdMax: k.leeftijdMax === null ? null : neo4j.int(k.leeftijdMax),
    aanmeldcriteria: k.aanmeldcriteria,
    signalen: k.signalen,
    uitsluitingen: k.uitsluitingen,
    schaal: k.schaal,
    verwerkingsverantwoordelijkheid: k.verwerkingsverantwoordelijkheid,
    gezamenlijkeRegeling: k.gezamenlijkeRegeling,
    ...documentProps(k),
    bewaartermijn: k.bewaartermijn,
    bewaartermijnOnderbouwing: k.bewaartermijnOnderbouwing,
    privacyverklaring: k.privacyverklaring,
    informerenBetrokkenen: k.informerenBetrokkenen,
    contactpuntRechten: k.contactpuntRechten,
    risicos: k.risicos,
    maatregelen: k.maatregelen,
    ...privacyProps(k),
    geverifieerdDoor: k.geverifieerdDoor,
    geverifieerdOp: toNeo4jDate(k.geverifieerdOp),
    // The verification's record (H §2.6 stap 3) as one JSON property: read and written whole.
    verificatie: k.verificatie === null ? null : JSON.stringify(k.verificatie),
    geldigVanaf: toNeo4jDate(k.geldigVanaf),
    geldigTot: toNeo4jDate(k.geldigTot),
  };
}

/** The privacy analysis (R23–R37): text, codes, lists of codes, yes/no/null and dates. */
const PRIVACY_VELDEN = [
  'noodzaakSamenwerking',
  'proportionaliteit',
  'verderGebruik',
  'verderGebruikToelichting',
  'gegevensAanmelding',
  'gegevensTriage',
  'gegevensCasusoverleg',
  'gegevensAfsluiting',
  'functionarisGegevensbescherming',
  'fgBetrokkenBijDpia',
  'autorisatiePerCasus',
  'toegangLogging',
  'datalekkenprocedure',
  'informerenMoment',
  'informerenInhoud',
  'informerenUitzonderingen',
  'uitzonderingHeroverweging',
  'convenantOnderwerpen',
  'faseringVastgelegd',
  'vernietigingBijNietPassend',
  'terugvalEnVerlenging',
  'evaluatieGepland',
  'privacyAuditGepland',
  'typeRisicoAfspraken',
  'geheimhoudingsverklaring',
] as const satisfies readonly (keyof KnooppuntGegevens)[];
type PrivacyVelden = Pick<KnooppuntGegevens, (typeof PRIVACY_VELDEN)[number]>;
const PRIVACY_DATUMS = new Set<string>(['evaluatieGepland', 'privacyAuditGepland']);

function privacyProps(k: KnooppuntGegevens): Props {
  return Object.fromEntries(
    PRIVACY_VELDEN.map((v) => [
      v,
      PRIVACY_DATUMS.has(v) ? toNeo4jDate(k[v] as string | null) : k[v],
    ]),
  );
}

/** A node written before these fields existed reads as "not described" (ONBESCHREVEN_KNOOPPUNT). */
function privacyFrom(p: Props): PrivacyVelden {
  const gelezen = Object.fromEntries(
    PRIVACY_VELDEN.flatMap((v) =>
      p[v] === null || p[v] === undefined ? [] : [[v, fromNeo4j(p[v])]],
    ),
  );
  const leeg = Object.fromEntries(PRIVACY_VELDEN.map((v) => [v, ONBESCHREVEN_KNOOPPUNT[v]]));
  return { ...leeg, ...gelezen } as PrivacyVelden;
}

const positioned = <T>(items: readonly T[]) =>
  items.map((item, positie) => ({ ...item, positie: neo4j.int(positie) }));
const positionedIds = (ids: readonly string[]) =>
  ids.map((id, positie) => ({ id, positie: neo4j.int(positie) }));
const optionalList = (id: string | null) => (id === null ? [] : [id]);

/** Parameters that carry a knooppunt's relations (statement writeKnooppunt). */
export function knooppuntRelationParams(k: KnooppuntGegevens): Props {
  return {
    regioId: k.regioId,
    wetten: positioned(k.wetten),
    themas: positionedIds(k.themaIds),
    gemeenten: positionedIds(k.gemeenteIds),
    taakhouder: optionalList(k.taakhouderId),
    belegdBij: optionalList(k.belegdBijId),
    verwerkingsverantwoordelijke: optionalList(k.verwerkingsverantwoordelijkeId),
    aanpalend: positioned(k.aanpalend),
  };
}

export interface KnooppuntRecord {
  props: Props;
  regioId: string;
  wetten: unknown;
  themaIds: unknown;
  gemeenteIds: unknown;
  taakhouder: unknown;
  belegdBij: unknown;
  verwerkingsverantwoordelijke: unknown;
  aanpalend: unknown;
}

export function toKnooppunt(r: KnooppuntRecord): Knooppunt {
  const p = r.props;
  return {
    id: p['id'] as string,
    versie: num(p['versie'])!,
    gewijzigdOp: fromNeo4j(p['gewijzigdOp']) as string,
    naam: p['naam'] as string,
    regioId: r.regioId,
    functie: p['functie'] as Knooppunt['functie'],
    werkproces: p['werkproces'] as Knooppunt['werkproces'],
    wettelijkeBasis: p['wettelijkeBasis'] as Knooppunt['wettelijkeBasis'],
    wettelijkeBasisToelichting: text(p['wettelijkeBasisToelichting']),
    wetten: fromNeo4j(r.wetten) as WetVerwijzing[],
    taakhouderId: first(r.taakhouder),
    samenstelling: p['samenstelling'] as Knooppunt['samenstelling'],
    maatschappelijkeOpgave: text(p['maatschappelijkeOpgave']),
    doel: text(p['doel']),
    doelgroep: text(p['doelgroep']),
    leeftijdMin: num(p['leeftijdMin']),
    leeftijdMax: num(p['leeftijdMax']),
    aanmeldcriteria: text(p['aanmeldcriteria']),
    signalen: (p['signalen'] as Knooppunt['signalen'] | undefined) ?? [],
    // A node written before this field existed excludes nothing.
    uitsluitingen: (p['uitsluitingen'] as Knooppunt['uitsluitingen'] | undefined) ?? [],
    schaal: p['schaal'] as Knooppunt['schaal'],
    themaIds: fromNeo4j(r.themaIds) as string[],
    gemeenteIds: fromNeo4j(r.gemeenteIds) as string[],
    belegdBijId: first(r.belegdBij),
    verwerkingsverantwoordelijkheid: p[
      'verwerkingsverantwoordelijkheid'
    ] as Knooppunt['verwerkingsverantwoordelijkheid'],
    verwerkingsverantwoordelijkeId: first(r.verwerkingsverantwoordelijke),
    gezamenlijkeRegeling: bool(p['gezamenlijkeRegeling']),
    convenant: documentFrom(p, 'convenant'),
    privacyprotocol: documentFrom(p, 'privacyprotocol'),
    dpia: documentFrom(p, 'dpia'),
    bewaartermijn: text(p['bewaartermijn']),
    bewaartermijnOnderbouwing: text(p['bewaartermijnOnderbouwing']),
    privacyverklaring: text(p['privacyverklaring']),
    informerenBetrokkenen: text(p['informerenBetrokkenen']),
    contactpuntRechten: text(p['contactpuntRechten']),
    risicos: text(p['risicos']),
    maatregelen: text(p['maatregelen']),
    ...privacyFrom(p),
    geverifieerdDoor: text(p['geverifieerdDoor']),
    geverifieerdOp: text(fromNeo4j(p['geverifieerdOp'])),
    verificatie: verificatieFrom(p['verificatie']),
    aanpalend: fromNeo4j(r.aanpalend) as Knooppunt['aanpalend'],
    geldigVanaf: text(fromNeo4j(p['geldigVanaf'])),
    geldigTot: text(fromNeo4j(p['geldigTot'])),
  };
}

export function organisatieProps(
  id: string,
  versie: number,
  o: OrganisatieGegevens,
  naamSleutel: string,
  at: Date,
): Props {
  return {
    ...versioned(id, versie, at),
    naamSleutel,
    naam: o.naam,
    type: o.type,
    privacykader: o.privacykader,
    beroepsgeheim: o.beroepsgeheim,
  };
}

export function toOrganisatie(p: Props): Organisatie {
  return {
    id: p['id'] as string,
    versie: num(p['versie'])!,
    gewijzigdOp: fromNeo4j(p['gewijzigdOp']) as string,
    naam: p['naam'] as string,
    type: p['type'] as Organisatie['type'],
    privacykader: p['privacykader'] as Organisatie['privacykader'],
    beroepsgeheim: text(p['beroepsgeheim']),
  };
}

/** Deelname node properties; organisatie, knooppunt and wetten are relationships. */
export function deelnameProps(
  id: string,
  versie: number,
  d: DeelnameGegevens,
  uniekSleutel: string,
  at: Date,
): Props {
  const { organisatieId: _o, knooppuntId: _k, wetten: _w, ...scalars } = d;
  return { ...versioned(id, versie, at), uniekSleutel, ...scalars };
}

export function toDeelname(r: {
  props: Props;
  organisatieId: string;
  knooppuntId: string;
  wetten: unknown;
}): Deelname {
  const p = r.props;
  return {
    id: p['id'] as string,
    versie: num(p['versie'])!,
    gewijzigdOp: fromNeo4j(p['gewijzigdOp']) as string,
    organisatieId: r.organisatieId,
    knooppuntId: r.knooppuntId,
    rol: p['rol'] as Deelname['rol'],
    taak: text(p['taak']),
    wetten: fromNeo4j(r.wetten) as WetVerwijzing[],
    grondslag: p['grondslag'] as Deelname['grondslag'],
    beroepsgeheim: bool(p['beroepsgeheim']),
    beroepsgeheimRegeling: text(p['beroepsgeheimRegeling']) as Deelname['beroepsgeheimRegeling'],
    bijzondereGegevens: bool(p['bijzondereGegevens']),
    strafrechtelijkeGegevens: bool(p['strafrechtelijkeGegevens']),
    bsn: bool(p['bsn']),
    verwerkingsbasisBijzonder: text(p['verwerkingsbasisBijzonder']),
    convenantpartner: bool(p['convenantpartner']),
    noodzaak: text(p['noodzaak']),
    geheimhoudingOfVerstrekking: text(p['geheimhoudingOfVerstrekking']),
  };
}

/** OVERDRACHT relationship properties; the aanmelder is kept as an id (a relationship cannot point at a node). */
export function overdrachtProps(
  id: string,
  versie: number,
  o: OverdrachtGegevens,
  uniekSleutel: string,
  at: Date,
): Props {
  const { vanId: _v, naarId: _n, ...scalars } = o;
  return { ...versioned(id, versie, at), uniekSleutel, ...scalars };
}

export function toOverdracht(r: { props: Props; vanId: string; naarId: string }): Overdracht {
  const p = r.props;
  return {
    id: p['id'] as string,
    versie: num(p['versie'])!,
    gewijzigdOp: fromNeo4j(p['gewijzigdOp']) as string,
    vanId: r.vanId,
    naarId: r.naarId,
    soort: p['soort'] as Overdracht['soort'],
    criteria: text(p['criteria']),
    aanmeldingDoor: p['aanmeldingDoor'] as Overdracht['aanmeldingDoor'],
    aanmelderId: text(p['aanmelderId']),
    informatie: text(p['informatie']),
    warm: p['warm'] === null || p['warm'] === undefined ? null : bool(p['warm']),
    clientGeinformeerdDoor: text(p['clientGeinformeerdDoor']),
  };
}
