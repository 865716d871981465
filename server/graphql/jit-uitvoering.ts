// SPDX-License-Identifier: EUPL-1.2
// Read queries executed by graphql-jit, which compiles a query once into a function that builds
// plain result objects (issue 20). @graphql-tools/executor builds every result object without a
// prototype: V8 keeps those as dictionaries, and reading and serialising the 760 knooppunten of a
// regional analysis cost about twice what the compiled query does.
import {
  getOperationAST,
  getVariableValues,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** Per document (Yoga's parser cache hands out the same one for the same text): null once seen. */
type Gecompileerd = Map<string, CompiledQuery | null>;

/**
 * Queries run compiled from their second execution on; a document seen once is executed as
 * usual, so a stream of one-off documents does not pay for compiling each. Mutations keep the
 * standard executor: graphql-jit fills input fields a caller left out with null (graphql-jit#230),
 * where a write must tell "not given" from "empty". Variables are coerced by graphql-js first:
 * graphql-jit ignores the defaults of input-object fields in variables (graphql-jit#142, the casus's
 * `themaIds: [ID!]! = []`), and graphql-js's errors are the ones useValueFreeErrors strips of values.
 * With variables that do not coerce, the standard executor reports the error. The coerced values
 * can be coerced again by graphql-jit unchanged because the schema has no custom scalars and no
 * enum with internal values (jit-uitvoering.test.ts checks both).
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
    onExecute({ args: uitvoering, setExecuteFn }) {
      const args = uitvoering as ExecutionArgs;
      const operatie = getOperationAST(args.document, args.operationName);
      if (operatie?.operation !== OperationTypeNode.QUERY) return;
      const variabelen = getVariableValues(
        args.schema,
        operatie.variableDefinitions ?? [],
        args.variableValues ?? {},
      );
      if (variabelen.errors) return;
      const query = gecompileerd(args.schema, args);
      if (query === null) return;
      setExecuteFn(() => query.query(args.rootValue, args.contextValue, variabelen.coerced));
    },
  };
}
