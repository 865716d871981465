// SPDX-License-Identifier: EUPL-1.2
// Lints every Cypher statement offline with Neo4j's language tooling against the app's graph
// schema: syntax errors, undefined variables, unknown labels, relationship types, properties,
// functions or parameters, wrong arity and deprecated syntax all fail the build.
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import {
  LABELS,
  OTHER_LABELS,
  RELATIONSHIP_TYPES,
  SCHEMA_STATEMENTS,
  STATEMENTS,
  type Statement,
} from '../server/store/neo4j/statements.ts';
import {
  deelnameProps,
  knooppuntProps,
  organisatieProps,
  overdrachtProps,
} from '../server/store/neo4j/mapping.ts';
import { buildDeelname, buildKnooppunt, buildOrganisatie, buildOverdracht } from './builders.ts';

// Neo4j 5's own function and procedure registry as shipped with the tooling, without APOC
// (Neo4j Community has no APOC by default).
const withoutApoc = <T>(registry: Partial<Record<string, Record<string, T>>> | undefined) =>
  Object.fromEntries(
    Object.entries(registry ?? {}).map(([v, fns]) => [
      v,
      Object.fromEntries(Object.entries(fns ?? {}).filter(([n]) => !n.startsWith('apoc.'))),
    ]),
  );

const PROPERTY_KEYS = [
  ...new Set([
    ...Object.keys(knooppuntProps('x', 1, buildKnooppunt(), 'k', new Date())),
    ...Object.keys(organisatieProps('x', 1, buildOrganisatie(), 'k', new Date())),
    ...Object.keys(deelnameProps('x', 1, buildDeelname('o', 'k'), 'k', new Date())),
    ...Object.keys(overdrachtProps('x', 1, buildOverdracht('a', 'b'), 'k', new Date())),
    // Keys of the maps passed as parameters (wetten, aanpalend, reference items, and the rows
    // of a batched write: an object's relations by id).
    ...['wetId', 'knooppuntId', 'regioIds', 'regioId', 'organisatieId', 'vanId', 'naarId'],
    ...[
      'omschrijving',
      'afkorting',
      'soort',
      'zekerheid',
      'revision',
      'positie',
      'artikel',
      'reden',
      'uniekSleutel',
      'aanmelderId',
      '_lock',
    ],
    // Audit chain and accounts.
    ...[
      'auditVolgnummer',
      'auditHash',
      'volgnummer',
      'knooppuntIds',
      'doc',
      'sleutel',
      'verzoekId',
    ],
    // Sessions and the accounts revision.
    ...['hash', 'accountId', 'idleUntil', 'absoluteUntil', 'accountsRevision'],
  ]),
];

const schema = {
  labels: [...LABELS, ...OTHER_LABELS],
  relationshipTypes: [...RELATIONSHIP_TYPES],
  propertyKeys: PROPERTY_KEYS,
  functions: withoutApoc(testData.mockSchema.functions),
  procedures: withoutApoc(testData.mockSchema.procedures),
};

function lint(statement: Statement): string[] {
  const parameters = Object.fromEntries(statement.params.map((p) => [p, null]));
  const { diagnostics } = lintCypherQuery(statement.cypher, { ...schema, parameters });
  return diagnostics.map(
    (d) =>
      `${d.severity === 1 ? 'error' : 'warning'}: ${typeof d.message === 'string' ? d.message : d.message.value}`,
  );
}

/** The innermost `{ … }` around a position: the subquery a variable is bound in. */
function block(cypher: string, position: number): number {
  const open: number[] = [];
  for (let i = 0; i < position; i++) {
    if (cypher[i] === '{') open.push(i);
    else if (cypher[i] === '}') open.pop();
  }
  return open.at(-1) ?? -1;
}

/**
 * Variables bound twice in one subquery, from the linter's own symbol tables (neo4j review C1:
 * `RETURN {…} AS a ORDER BY a.positie` sorted by the new map `a`, not the relationship `a`).
 * Reusing a name in a separate subquery is harmless and not reported.
 */
function shadowed(cypher: string): string[] {
  const { symbolTables } = lintCypherQuery(cypher, {});
  const seen = new Map<string, number>();
  const twice: string[] = [];
  for (const symbol of (symbolTables ?? []).flat()) {
    const key = `${symbol.variable}@${block(cypher, symbol.definitionPosition)}`;
    if (seen.has(key)) twice.push(symbol.variable);
    seen.set(key, symbol.definitionPosition);
  }
  return twice;
}

describe('Cypher statements', () => {
  const all: [string, Statement][] = [
    ...Object.entries(STATEMENTS),
    ...SCHEMA_STATEMENTS.map((s, i) => [`schema ${i}`, s] as [string, Statement]),
  ];
  it.each(all)('%s lints clean', (_name, statement) => {
    expect(lint(statement)).toEqual([]);
  });

  it('declares exactly the parameters each statement uses', () => {
    for (const [name, statement] of all) {
      const used = [...new Set([...statement.cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();
      expect({ name, params: used }).toEqual({ name, params: [...statement.params].sort() });
    }
  });

  it.each(all)('%s binds no variable twice in one subquery', (_name, statement) => {
    expect(shadowed(statement.cypher)).toEqual([]);
  });

  it('catches the mistakes it is there for', () => {
    expect(
      shadowed(
        'MATCH (k) RETURN COLLECT { MATCH (k)-[a:AANPALEND]->(o) RETURN {reden: a.reden} AS a ORDER BY a.positie } AS x',
      ),
    ).toEqual(['a']);
    expect(lint({ cypher: 'MATCH (k:Knoopunt) RETURN k', params: [] })).not.toEqual([]);
    expect(lint({ cypher: 'MATCH (k:Knooppunt) RETRUN k', params: [] })).not.toEqual([]);
    expect(lint({ cypher: 'MATCH (k:Knooppunt) RETURN x', params: [] })).not.toEqual([]);
    expect(lint({ cypher: 'MATCH (k:Knooppunt {id: $id}) RETURN k', params: [] })).not.toEqual([]);
    expect(
      lint({ cypher: 'MATCH (k:Knooppunt) WHERE id(k) = 1 RETURN k', params: [] }),
    ).not.toEqual([]);
    expect(lint({ cypher: 'RETURN toUpper(1, 2) AS x', params: [] })).not.toEqual([]);
  });
});
