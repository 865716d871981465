// SPDX-License-Identifier: EUPL-1.2
// Read queries executed by graphql-jit, which compiles a query once into a function that builds
// plain result objects (issue 20). @graphql-tools/executor builds every result object without a
// prototype: V8 keeps those as dictionaries, and reading and serialising the 760 knooppunten of a
// regional analysis cost about twice what the compiled query does.
import {
  getNamedType,
  getOperationAST,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationTypeNode,
  typeFromAST,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** Per document (Yoga's parser cache hands out the same one for the same text): null once seen. */
type Gecompileerd = Map<string, CompiledQuery | null>;

/**
 * Queries run compiled from their second execution on; a document seen once is executed as
 * usual, so a stream of one-off documents does not pay for compiling each. Mutations keep the
 * standard executor: graphql-jit fills input fields a caller left out with null (graphql-jit#230),
 * where a write must tell "not given" from "empty". graphql-jit coerces the variables itself, in
 * compiled code; it reports a non-null input field with a default that a value leaves out as
 * missing (graphql-jit#142, the casus's `themaIds: [ID!]! = []`), so those defaults are filled in
 * first (metStandaarden). Variables that graphql-jit does not accept go to the standard executor,
 * whose graphql-js errors are the ones useValueFreeErrors strips of values. Coercing every casus
 * with graphql-js first, as before, cost more than executing the rest of it (issue 20). The
 * defaults pass through graphql-jit's coercion as they are because the schema has no custom
 * scalars and no enum with internal values (jit-uitvoering.test.ts checks both).
 */
export function useJitUitvoering(): Plugin {
  const documenten = new WeakMap<DocumentNode, Gecompileerd>();
  const gecompileerd = (schema: GraphQLSchema, args: ExecutionArgs): CompiledQuery | null => {
    const naam = args.operationName ?? '';
    let perNaam = documenten.get(args.document);
    if (!perNaam)
      documenten.set(args.document, (perNaam = new Map<string, CompiledQuery | null>()));
    if (!perNaam.has(naam)) {
      perNaam.set(naam, null);
      return null;
    }
    let query = perNaam.get(naam) ?? null;
    if (query === null) {
      const uitkomst = compileQuery(schema, args.document, args.operationName ?? undefined);
      if (!isCompiledQuery(uitkomst)) return null;
      perNaam.set(naam, (query = uitkomst));
    }
    return query;
  };
  return {
    onExecute({ args: uitvoering, executeFn, setExecuteFn }) {
      const args = uitvoering as ExecutionArgs;
      const operatie = getOperationAST(args.document, args.operationName);
      if (operatie?.operation !== OperationTypeNode.QUERY) return;
      const variabelen = metStandaarden(
        args.schema,
        operatie.variableDefinitions ?? [],
        args.variableValues ?? {},
      );
      if (variabelen === null) return;
      const query = gecompileerd(args.schema, args);
      if (query === null) return;
      setExecuteFn((standaard) => {
        const uitkomst = query.query(args.rootValue, args.contextValue, variabelen);
        // Only variables that do not coerce leave out `data` (graphql-jit's createBoundQuery).
        if ('data' in uitkomst || uitkomst instanceof Promise) return uitkomst;
        return executeFn(standaard) as typeof uitkomst;
      });
    },
  };
}

/** Per input object type: its non-null fields with a default, and its fields that hold input objects. */
const invullen = new WeakMap<
  GraphQLInputObjectType,
  { standaarden: [string, unknown][]; genest: GraphQLInputField[] }
>();

function vulBijVan(type: GraphQLInputObjectType) {
  let bij = invullen.get(type);
  if (!bij) {
    const velden = Object.values(type.getFields());
    bij = {
      standaarden: velden.flatMap((v) =>
        isNonNullType(v.type) && v.defaultValue !== undefined
          ? [[v.name, v.defaultValue] as [string, unknown]]
          : [],
      ),
      genest: velden.filter((v) => isInputObjectType(getNamedType(v.type))),
    };
    invullen.set(type, bij);
  }
  return bij;
}

/** Thrown by gevuld where graphql-js must report the value. */
const GEEN_OBJECT = new Error('geen object');

/** A value with the defaults of the non-null input fields it leaves out, in a copy where it does. */
function gevuld(type: GraphQLInputType, waarde: unknown): unknown {
  const t = isNonNullType(type) ? type.ofType : type;
  if (waarde === null || waarde === undefined) return waarde;
  if (isListType(t))
    return Array.isArray(waarde)
      ? waarde.map((w) => gevuld(t.ofType, w))
      : gevuld(t.ofType, waarde);
  if (!isInputObjectType(t)) return waarde;
  // Not an object: graphql-js reports it (graphql-jit would take an array for one).
  if (typeof waarde !== 'object' || Array.isArray(waarde)) throw GEEN_OBJECT;
  const { standaarden, genest } = vulBijVan(t);
  const bron = waarde as Record<string, unknown>;
  let kopie: Record<string, unknown> | undefined;
  for (const [naam, standaard] of standaarden)
    if (!Object.hasOwn(bron, naam)) (kopie ??= { ...bron })[naam] = standaard;
  for (const veld of genest)
    if (Object.hasOwn(bron, veld.name))
      (kopie ??= { ...bron })[veld.name] = gevuld(veld.type, bron[veld.name]);
  return kopie ?? bron;
}

/**
 * The variables with the defaults graphql-jit leaves out filled in (the caller's object is not
 * changed); null when a value is not an object where an input object is expected, or a type is
 * unknown, which the standard executor reports.
 */
function metStandaarden(
  schema: GraphQLSchema,
  definities: readonly VariableDefinitionNode[],
  variabelen: Record<string, unknown>,
): Record<string, unknown> | null {
  let kopie: Record<string, unknown> | undefined;
  try {
    for (const definitie of definities) {
      const naam = definitie.variable.name.value;
      const type = typeFromAST(schema, definitie.type) as GraphQLInputType | undefined;
      if (type === undefined) return null;
      if (!isInputObjectType(getNamedType(type)) || !Object.hasOwn(variabelen, naam)) continue;
      const waarde = gevuld(type, variabelen[naam]);
      if (waarde !== variabelen[naam]) (kopie ??= { ...variabelen })[naam] = waarde;
    }
  } catch (error) {
    if (error === GEEN_OBJECT) return null;
    throw error;
  }
  return kopie ?? variabelen;
}
