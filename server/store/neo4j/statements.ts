// SPDX-License-Identifier: EUPL-1.2
// Every Cypher statement the app runs, named and parameterised. Values only ever travel as
// $parameters; test/cypher-lint.test.ts lints each statement with Neo4j's language tooling
// against the graph schema below. Requires Neo4j 5.23+ (CALL (x) { } scope syntax).

/** Labels whose nodes carry a unique `id`. */
export const LABELS = [
  'Knooppunt',
  'Organisatie',
  'Deelname',
  'Thema',
  'Gemeente',
  'Regio',
  'Wet',
  'Registry',
  'Account',
] as const;
export type Label = (typeof LABELS)[number];
/**
 * Labels without an `id`: audit records by their sequence number, the knooppunten each record
 * concerns (one AuditOnderwerp per knooppunt and record), sessions by their token's hash.
 */
export const OTHER_LABELS = ['AuditRecord', 'AuditOnderwerp', 'Sessie'] as const;

export const RELATIONSHIP_TYPES = [
  'VAN_REGIO',
  'GEREGELD_IN',
  'TAAK_VAN',
  'BEHANDELT',
  'WERKT_IN',
  'BELEGD_BIJ',
  'VERWERKINGSVERANTWOORDELIJKE',
  'AANPALEND',
  'NEEMT_DEEL',
  'AAN',
  'OP_GROND_VAN',
  'OVERDRACHT',
  'LIGT_IN',
] as const;

export interface Statement {
  readonly cypher: string;
  /** The parameters the statement expects; the lint test checks they match what it uses. */
  readonly params: readonly string[];
}

const s = (cypher: string, ...params: string[]): Statement => ({ cypher: cypher.trim(), params });

/** Constraints and indexes; idempotent (IF NOT EXISTS), run at start-up. */
export const SCHEMA_STATEMENTS: readonly Statement[] = [
  ...LABELS.map((label) =>
    s(
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
  ),
  s(
    'CREATE CONSTRAINT knooppunt_naam IF NOT EXISTS FOR (n:Knooppunt) REQUIRE n.naamSleutel IS UNIQUE',
  ),
  s(
    'CREATE CONSTRAINT organisatie_naam IF NOT EXISTS FOR (n:Organisatie) REQUIRE n.naamSleutel IS UNIQUE',
  ),
  s(
    'CREATE CONSTRAINT deelname_uniek IF NOT EXISTS FOR (n:Deelname) REQUIRE n.uniekSleutel IS UNIQUE',
  ),
  s(
    'CREATE CONSTRAINT overdracht_id IF NOT EXISTS FOR ()-[r:OVERDRACHT]-() REQUIRE r.id IS UNIQUE',
  ),
  s(
    'CREATE CONSTRAINT overdracht_uniek IF NOT EXISTS FOR ()-[r:OVERDRACHT]-() REQUIRE r.uniekSleutel IS UNIQUE',
  ),
  s('CREATE CONSTRAINT account_sleutel IF NOT EXISTS FOR (n:Account) REQUIRE n.sleutel IS UNIQUE'),
  s(
    'CREATE CONSTRAINT audit_volgnummer IF NOT EXISTS FOR (n:AuditRecord) REQUIRE n.volgnummer IS UNIQUE',
  ),
  // A retried write finds its own earlier record by this key (neo4j review C6).
  s(
    'CREATE CONSTRAINT audit_verzoek IF NOT EXISTS FOR (n:AuditRecord) REQUIRE n.verzoekId IS UNIQUE',
  ),
  // Counting an organisatie's uses as aanmelder must not scan every route (neo4j review C16).
  s('CREATE INDEX overdracht_aanmelder IF NOT EXISTS FOR ()-[r:OVERDRACHT]-() ON (r.aanmelderId)'),
  // A list property's range index serves no membership test: a knooppunt's history goes through
  // its own subject nodes and this composite index instead (neo4j review C9).
  s('DROP INDEX audit_knooppunten IF EXISTS'),
  s(
    'CREATE INDEX audit_onderwerp IF NOT EXISTS FOR (n:AuditOnderwerp) ON (n.knooppuntId, n.volgnummer)',
  ),
  s(
    'CREATE INDEX audit_onderwerp_volgnummer IF NOT EXISTS FOR (n:AuditOnderwerp) ON (n.volgnummer)',
  ),
  // Records written before the subject nodes existed get theirs once; idempotent.
  s(
    `MATCH (a:AuditRecord) WHERE size(a.knooppuntIds) > 0
  AND NOT EXISTS { (:AuditOnderwerp {volgnummer: a.volgnummer}) }
UNWIND a.knooppuntIds AS knooppuntId
CREATE (:AuditOnderwerp {knooppuntId: knooppuntId, volgnummer: a.volgnummer})`,
  ),
  s('CREATE CONSTRAINT sessie_hash IF NOT EXISTS FOR (n:Sessie) REQUIRE n.hash IS UNIQUE'),
  s('CREATE INDEX sessie_account IF NOT EXISTS FOR (n:Sessie) ON (n.accountId)'),
  s('CREATE INDEX sessie_idle IF NOT EXISTS FOR (n:Sessie) ON (n.idleUntil)'),
  s('CREATE INDEX sessie_absolute IF NOT EXISTS FOR (n:Sessie) ON (n.absoluteUntil)'),
  s(
    "MERGE (r:Registry {id: 'registry'}) ON CREATE SET r.revision = 0, r.auditVolgnummer = 0, r.auditHash = $genesis",
    'genesis',
  ),
];

/**
 * Which of $ids have no node with that label. One statement per label: labels are not parameters.
 * Editable targets are write-locked as they are found, so a concurrent delete waits for this
 * transaction instead of leaving the write without the relationship it checked (neo4j review C7).
 */
const missing = (label: Label, lock: boolean) =>
  s(
    `UNWIND $ids AS id OPTIONAL MATCH (n:${label} {id: id})${
      lock
        ? '\nFOREACH (x IN CASE WHEN n IS NULL THEN [] ELSE [n] END | SET x._lock = true REMOVE x._lock)'
        : ''
    }
WITH id, n WHERE n IS NULL RETURN collect(id) AS missing`,
    'ids',
  );

/** Takes the write lock on each node first, so the version read after it cannot be stale. */
const lockNodes = (label: Label) =>
  s(
    `UNWIND $ids AS id MATCH (n:${label} {id: id}) SET n._lock = true REMOVE n._lock RETURN id, n.versie AS versie`,
    'ids',
  );

const knooppunten = (filter: string, ...params: string[]) =>
  s(
    `MATCH (k:Knooppunt ${filter})-[:VAN_REGIO]->(regio:Regio)
RETURN k {.*} AS props, regio.id AS regioId,
  COLLECT { MATCH (k)-[g:GEREGELD_IN]->(w:Wet) RETURN {wetId: w.id, artikel: g.artikel} AS wet ORDER BY g.positie } AS wetten,
  COLLECT { MATCH (k)-[b:BEHANDELT]->(t:Thema) RETURN t.id ORDER BY b.positie } AS themaIds,
  COLLECT { MATCH (k)-[w:WERKT_IN]->(g:Gemeente) RETURN g.id ORDER BY w.positie } AS gemeenteIds,
  COLLECT { MATCH (k)-[:TAAK_VAN]->(o:Organisatie) RETURN o.id } AS taakhouder,
  COLLECT { MATCH (k)-[:BELEGD_BIJ]->(o:Organisatie) RETURN o.id } AS belegdBij,
  COLLECT { MATCH (k)-[:VERWERKINGSVERANTWOORDELIJKE]->(o:Organisatie) RETURN o.id } AS verwerkingsverantwoordelijke,
  COLLECT { MATCH (k)-[a:AANPALEND]->(other:Knooppunt) RETURN {knooppuntId: other.id, reden: a.reden} AS item ORDER BY a.positie } AS aanpalend
ORDER BY k.id`,
    ...params,
  );
const organisaties = (filter: string, ...params: string[]) =>
  s(`MATCH (o:Organisatie ${filter}) RETURN o {.*} AS props ORDER BY o.id`, ...params);
const deelnames = (filter: string, ...params: string[]) =>
  s(
    `MATCH (o:Organisatie)-[:NEEMT_DEEL]->(d:Deelname ${filter})-[:AAN]->(k:Knooppunt)
RETURN d {.*} AS props, o.id AS organisatieId, k.id AS knooppuntId,
  COLLECT { MATCH (d)-[g:OP_GROND_VAN]->(w:Wet) RETURN {wetId: w.id, artikel: g.artikel} AS wet ORDER BY g.positie } AS wetten
ORDER BY d.id`,
    ...params,
  );
const overdrachten = (filter: string, ...params: string[]) =>
  s(
    `MATCH (van:Knooppunt)-[o:OVERDRACHT ${filter}]->(naar:Knooppunt) RETURN o {.*} AS props, van.id AS vanId, naar.id AS naarId ORDER BY o.id`,
    ...params,
  );

const uniqueHolders = (label: Label, property: string) =>
  s(`UNWIND $keys AS key MATCH (n:${label} {${property}: key}) RETURN key, n.id AS id`, 'keys');

/**
 * A create CREATEs, so a concurrent create of the same id fails on the id constraint instead of
 * MERGE matching the other's node and overwriting it; an update MATCHes (neo4j review C4). Each
 * writes a list of rows in their order: a bulk import is a few statements, not one per object
 * (neo4j review C8).
 */
type Head = 'CREATE' | 'MATCH';

const writeKnooppunten = (head: Head) =>
  s(
    `UNWIND $rows AS row
${head} (k:Knooppunt {id: row.id})
SET k = row.props
WITH k, row
CALL (k) { MATCH (k)-[old:VAN_REGIO|GEREGELD_IN|TAAK_VAN|BEHANDELT|WERKT_IN|BELEGD_BIJ|VERWERKINGSVERANTWOORDELIJKE|AANPALEND]->() DELETE old }
CALL (k, row) { MATCH (r:Regio {id: row.regioId}) CREATE (k)-[:VAN_REGIO]->(r) }
CALL (k, row) { UNWIND row.wetten AS w MATCH (wet:Wet {id: w.wetId}) CREATE (k)-[:GEREGELD_IN {artikel: w.artikel, positie: w.positie}]->(wet) }
CALL (k, row) { UNWIND row.themas AS t MATCH (thema:Thema {id: t.id}) CREATE (k)-[:BEHANDELT {positie: t.positie}]->(thema) }
CALL (k, row) { UNWIND row.gemeenten AS g MATCH (gemeente:Gemeente {id: g.id}) CREATE (k)-[:WERKT_IN {positie: g.positie}]->(gemeente) }
CALL (k, row) { UNWIND row.taakhouder AS id MATCH (o:Organisatie {id: id}) CREATE (k)-[:TAAK_VAN]->(o) }
CALL (k, row) { UNWIND row.belegdBij AS id MATCH (o:Organisatie {id: id}) CREATE (k)-[:BELEGD_BIJ]->(o) }
CALL (k, row) { UNWIND row.verwerkingsverantwoordelijke AS id MATCH (o:Organisatie {id: id}) CREATE (k)-[:VERWERKINGSVERANTWOORDELIJKE]->(o) }
CALL (k, row) { UNWIND row.aanpalend AS a MATCH (other:Knooppunt {id: a.knooppuntId}) CREATE (k)-[:AANPALEND {reden: a.reden, positie: a.positie}]->(other) }
RETURN count(*) AS aantal`,
    'rows',
  );
const writeOrganisaties = (head: Head) =>
  s(
    `UNWIND $rows AS row ${head} (o:Organisatie {id: row.id}) SET o = row.props RETURN count(*) AS aantal`,
    'rows',
  );
const writeDeelnames = (head: Head) =>
  s(
    `UNWIND $rows AS row
${head} (d:Deelname {id: row.id})
SET d = row.props
WITH d, row
CALL (d) { MATCH (d)-[old:AAN|OP_GROND_VAN]->() DELETE old }
CALL (d) { MATCH ()-[old:NEEMT_DEEL]->(d) DELETE old }
CALL (d, row) { MATCH (o:Organisatie {id: row.organisatieId}) CREATE (o)-[:NEEMT_DEEL]->(d) }
CALL (d, row) { MATCH (k:Knooppunt {id: row.knooppuntId}) CREATE (d)-[:AAN]->(k) }
CALL (d, row) { UNWIND row.wetten AS w MATCH (wet:Wet {id: w.wetId}) CREATE (d)-[:OP_GROND_VAN {artikel: w.artikel, positie: w.positie}]->(wet) }
RETURN count(*) AS aantal`,
    'rows',
  );

export const STATEMENTS = {
  revision: s("MATCH (r:Registry {id: 'registry'}) RETURN r.revision AS revision"),
  bumpRevision: s("MATCH (r:Registry {id: 'registry'}) SET r.revision = r.revision + 1"),
  ping: s('RETURN 1 AS ok'),

  putThemas: s(
    'UNWIND $items AS item MERGE (t:Thema {id: item.id}) SET t.naam = item.naam, t.omschrijving = item.omschrijving',
    'items',
  ),
  putWetten: s(
    'UNWIND $items AS item MERGE (w:Wet {id: item.id}) SET w.naam = item.naam, w.afkorting = item.afkorting',
    'items',
  ),
  putRegios: s(
    'UNWIND $items AS item MERGE (r:Regio {id: item.id}) SET r.naam = item.naam, r.soort = item.soort, r.zekerheid = item.zekerheid',
    'items',
  ),
  putGemeenten: s(
    `UNWIND $items AS item
MERGE (g:Gemeente {id: item.id})
SET g.naam = item.naam
WITH g, item
CALL (g) { MATCH (g)-[old:LIGT_IN]->() DELETE old }
CALL (g, item) { UNWIND range(0, size(item.regioIds) - 1) AS i MATCH (r:Regio {id: item.regioIds[i]}) CREATE (g)-[:LIGT_IN {positie: i}]->(r) }`,
    'items',
  ),

  loadThemas: s(
    'MATCH (t:Thema) RETURN t.id AS id, t.naam AS naam, t.omschrijving AS omschrijving ORDER BY id',
  ),
  loadWetten: s(
    'MATCH (w:Wet) RETURN w.id AS id, w.naam AS naam, w.afkorting AS afkorting ORDER BY id',
  ),
  loadRegios: s(
    'MATCH (r:Regio) RETURN r.id AS id, r.naam AS naam, r.soort AS soort, r.zekerheid AS zekerheid ORDER BY id',
  ),
  loadGemeenten: s(
    `MATCH (g:Gemeente)
RETURN g.id AS id, g.naam AS naam, COLLECT { MATCH (g)-[l:LIGT_IN]->(r:Regio) RETURN r.id ORDER BY l.positie } AS regioIds
ORDER BY id`,
  ),
  loadKnooppunten: knooppunten(''),
  loadOrganisaties: organisaties(''),
  loadDeelnames: deelnames(''),
  loadOverdrachten: overdrachten(''),
  getKnooppunten: knooppunten('WHERE k.id IN $ids', 'ids'),
  getOrganisaties: organisaties('WHERE o.id IN $ids', 'ids'),
  getDeelnames: deelnames('WHERE d.id IN $ids', 'ids'),
  getOverdrachten: overdrachten('WHERE o.id IN $ids', 'ids'),
  /** What refers to a knooppunt: its deelnames, the knooppunten naming it aanpalend, its routes. */
  referrersKnooppunt: s(
    `MATCH (k:Knooppunt {id: $id})
RETURN COLLECT { MATCH (d:Deelname)-[:AAN]->(k) RETURN d.id ORDER BY d.id } AS deelname,
  COLLECT { MATCH (other:Knooppunt)-[:AANPALEND]->(k) WHERE other <> k RETURN DISTINCT other.id ORDER BY other.id } AS knooppunt,
  COLLECT { MATCH (k)-[o:OVERDRACHT]-(:Knooppunt) RETURN DISTINCT o.id ORDER BY o.id } AS overdracht`,
    'id',
  ),
  /** What refers to an organisatie; the routes by their aanmelderId, through its index (C16). */
  referrersOrganisatie: s(
    `MATCH (o:Organisatie {id: $id})
RETURN COLLECT { MATCH (o)-[:NEEMT_DEEL]->(d:Deelname) RETURN d.id ORDER BY d.id } AS deelname,
  COLLECT { MATCH (k:Knooppunt)-[:BELEGD_BIJ|TAAK_VAN|VERWERKINGSVERANTWOORDELIJKE]->(o) RETURN DISTINCT k.id ORDER BY k.id } AS knooppunt,
  COLLECT { MATCH ()-[r:OVERDRACHT]->() WHERE r.aanmelderId = $id RETURN r.id ORDER BY r.id } AS overdracht`,
    'id',
  ),

  missingKnooppunten: missing('Knooppunt', true),
  missingOrganisaties: missing('Organisatie', true),
  missingThemas: missing('Thema', false),
  missingGemeenten: missing('Gemeente', false),
  missingRegios: missing('Regio', false),
  missingWetten: missing('Wet', false),

  lockKnooppunten: lockNodes('Knooppunt'),
  lockOrganisaties: lockNodes('Organisatie'),
  lockDeelnames: lockNodes('Deelname'),
  lockOverdrachten: s(
    'UNWIND $ids AS id MATCH ()-[o:OVERDRACHT {id: id}]->() SET o._lock = true REMOVE o._lock RETURN id, o.versie AS versie',
    'ids',
  ),

  holdersKnooppunt: uniqueHolders('Knooppunt', 'naamSleutel'),
  holdersOrganisatie: uniqueHolders('Organisatie', 'naamSleutel'),
  holdersDeelname: uniqueHolders('Deelname', 'uniekSleutel'),
  holdersOverdracht: s(
    'UNWIND $keys AS key MATCH ()-[o:OVERDRACHT {uniekSleutel: key}]->() RETURN key, o.id AS id',
    'keys',
  ),

  createKnooppunten: writeKnooppunten('CREATE'),
  updateKnooppunten: writeKnooppunten('MATCH'),
  createOrganisaties: writeOrganisaties('CREATE'),
  updateOrganisaties: writeOrganisaties('MATCH'),
  createDeelnames: writeDeelnames('CREATE'),
  updateDeelnames: writeDeelnames('MATCH'),
  /** New routes; the relationship id constraint refuses a concurrent create of the same id. */
  createOverdrachten: s(
    `UNWIND $rows AS row
MATCH (van:Knooppunt {id: row.vanId})
CALL (van, row) { MATCH (naar:Knooppunt {id: row.naarId}) CREATE (van)-[o:OVERDRACHT]->(naar) SET o = row.props }
RETURN count(*) AS aantal`,
    'rows',
  ),
  /**
   * An update between the same two knooppunten changes the relationship in place, so an editor
   * waiting on its lock finds it still there (neo4j review C5); a row missing from the answer
   * had its ends changed.
   */
  updateOverdrachten: s(
    `UNWIND $rows AS row
MATCH (:Knooppunt {id: row.vanId})-[o:OVERDRACHT {id: row.id}]->(:Knooppunt {id: row.naarId})
SET o = row.props
RETURN o.id AS id`,
    'rows',
  ),
  /** A relationship cannot change its ends: a route moved to other knooppunten is replaced. */
  moveOverdrachten: s(
    `UNWIND $rows AS row
CALL (row) { MATCH ()-[old:OVERDRACHT {id: row.id}]->() DELETE old }
MATCH (van:Knooppunt {id: row.vanId})
CALL (van, row) { MATCH (naar:Knooppunt {id: row.naarId}) CREATE (van)-[o:OVERDRACHT]->(naar) SET o = row.props }
RETURN count(*) AS aantal`,
    'rows',
  ),

  deleteKnooppunten: s('UNWIND $ids AS id MATCH (k:Knooppunt {id: id}) DETACH DELETE k', 'ids'),
  deleteOrganisaties: s('UNWIND $ids AS id MATCH (o:Organisatie {id: id}) DETACH DELETE o', 'ids'),
  deleteDeelnames: s('UNWIND $ids AS id MATCH (d:Deelname {id: id}) DETACH DELETE d', 'ids'),
  deleteOverdrachten: s('UNWIND $ids AS id MATCH ()-[o:OVERDRACHT {id: id}]->() DELETE o', 'ids'),

  /**
   * Takes the write lock on the registry node: appends to the audit chain one at a time. The
   * record's time is the database's, so it rises with the volgnummer whichever instance wrote (C17).
   */
  lockAuditHead: s(
    "MATCH (r:Registry {id: 'registry'}) SET r._lock = true REMOVE r._lock RETURN r.auditVolgnummer AS volgnummer, r.auditHash AS hash, datetime.transaction().epochMillis AS tijdMs",
  ),
  appendAudit: s(
    `MATCH (r:Registry {id: 'registry'})
SET r.auditVolgnummer = $volgnummer, r.auditHash = $hash
CREATE (:AuditRecord {volgnummer: $volgnummer, knooppuntIds: $knooppuntIds, doc: $doc, verzoekId: $verzoekId})
FOREACH (knooppuntId IN $knooppuntIds | CREATE (:AuditOnderwerp {knooppuntId: knooppuntId, volgnummer: $volgnummer}))`,
    'volgnummer',
    'hash',
    'knooppuntIds',
    'doc',
    'verzoekId',
  ),
  auditRecordOfVerzoek: s(
    'MATCH (a:AuditRecord {verzoekId: $verzoekId}) RETURN a.doc AS doc',
    'verzoekId',
  ),
  auditRecords: s(
    'MATCH (a:AuditRecord) WHERE a.volgnummer > $na RETURN a.doc AS doc ORDER BY a.volgnummer LIMIT $limiet',
    'na',
    'limiet',
  ),
  auditRecordsOfKnooppunt: s(
    `MATCH (o:AuditOnderwerp {knooppuntId: $knooppuntId}) WHERE o.volgnummer > $na
WITH o.volgnummer AS volgnummer ORDER BY volgnummer LIMIT $limiet
MATCH (a:AuditRecord {volgnummer: volgnummer})
RETURN a.doc AS doc ORDER BY volgnummer`,
    'knooppuntId',
    'na',
    'limiet',
  ),
  /** The index behind each knooppunt's history, for the integrity check against the chain. */
  auditHistoryIndex: s(
    'MATCH (o:AuditOnderwerp) RETURN o.knooppuntId AS knooppuntId, o.volgnummer AS volgnummer ORDER BY volgnummer, knooppuntId',
  ),

  loadAccounts: s('MATCH (a:Account) RETURN a.doc AS doc ORDER BY a.sleutel'),
  lockAccount: s(
    'MATCH (a:Account {id: $id}) SET a._lock = true REMOVE a._lock RETURN a.versie AS versie, a.doc AS doc',
    'id',
  ),
  holderAccount: s(
    'MATCH (a:Account {sleutel: $key}) WHERE a.id <> $id RETURN a.id AS id LIMIT 1',
    'key',
    'id',
  ),
  /** CREATE for a new account, so a same-id race fails on the constraint (as C4). */
  createAccount: s(
    'CREATE (a:Account {id: $id}) SET a.sleutel = $sleutel, a.versie = $versie, a.doc = $doc',
    'id',
    'sleutel',
    'versie',
    'doc',
  ),
  updateAccount: s(
    'MATCH (a:Account {id: $id}) SET a.sleutel = $sleutel, a.versie = $versie, a.doc = $doc',
    'id',
    'sleutel',
    'versie',
    'doc',
  ),
  /** Registries made before the accounts revision existed have none: it counts from 0. */
  accountsRevision: s(
    "MATCH (r:Registry {id: 'registry'}) RETURN coalesce(r.accountsRevision, 0) AS revision",
  ),
  bumpAccountsRevision: s(
    "MATCH (r:Registry {id: 'registry'}) SET r.accountsRevision = coalesce(r.accountsRevision, 0) + 1",
  ),

  // Sessions: only the SHA-256 of the token is stored; deadlines are epoch milliseconds.
  sweepSessies: s(
    'MATCH (s:Sessie) WHERE s.idleUntil < $now OR s.absoluteUntil < $now DELETE s',
    'now',
  ),
  startSessie: s(
    'CREATE (:Sessie {hash: $hash, accountId: $accountId, idleUntil: $idleUntil, absoluteUntil: $absoluteUntil})',
    'hash',
    'accountId',
    'idleUntil',
    'absoluteUntil',
  ),
  getSessie: s(
    'MATCH (s:Sessie {hash: $hash}) RETURN s.accountId AS accountId, s.idleUntil AS idleUntil, s.absoluteUntil AS absoluteUntil',
    'hash',
  ),
  touchSessie: s(
    'MATCH (s:Sessie {hash: $hash}) WHERE s.idleUntil < $idleUntil SET s.idleUntil = $idleUntil',
    'hash',
    'idleUntil',
  ),
  endSessie: s('MATCH (s:Sessie {hash: $hash}) DELETE s', 'hash'),
  endSessiesOf: s('MATCH (s:Sessie {accountId: $accountId}) DELETE s', 'accountId'),
} as const satisfies Record<string, Statement>;

export type StatementName = keyof typeof STATEMENTS;
