// SPDX-License-Identifier: EUPL-1.2
// Two Yoga plugins that keep what a caller typed where it belongs (security review M2, M6).
// Errors name the variable or field, never the value: graphql-js quotes the offending value in
// its coercion and literal errors, and a casus typed by a professional must not travel back in
// an error (or into a log that copies errors). The schema is described to signed-in callers, and
// to everyone only where GraphiQL is served.
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.ts';
import { clientError } from '../errors.ts';

/** An error message without the value it quotes. */
export function zonderWaarde(message: string): string {
  return message
    .replace(/ got invalid value [\s\S]*?(?= at "|; |$)/, ' heeft een ongeldige waarde')
    .replace(/(cannot represent [^:]*?value)(?:: [\s\S]*?)(\.?\s*Did you mean|$)/, '$1.$2')
    .replace(/(Expected value of type "[^"]+"), found [\s\S]*$/, '$1.')
    .replace(
      /(^|; )Value "[^"]*" does not exist in ("[^"]+") enum\./,
      '$1This value does not exist in $2 enum.',
    );
}

type Result = { errors?: readonly GraphQLError[] };

export function useValueFreeErrors(): Plugin {
  return {
    onResultProcess(payload) {
      const { result } = payload;
      if (Array.isArray(result) || Symbol.asyncIterator in (result as object)) return;
      const { errors } = result as Result;
      if (!errors?.some((e) => zonderWaarde(e.message) !== e.message)) return;
      payload.setResult({
        ...(result as object),
        errors: errors.map((e) =>
          zonderWaarde(e.message) === e.message
            ? e
            : new GraphQLError(zonderWaarde(e.message), {
                nodes: e.nodes,
                path: e.path,
                extensions: e.extensions,
              }),
        ),
      });
    },
  };
}

/** Per parsed document (Yoga keeps one per query text), so a document is walked once. */
const vraagtSchemaMemo = new WeakMap<DocumentNode, boolean>();

function vraagtSchema(document: DocumentNode): boolean {
  let gevonden = vraagtSchemaMemo.get(document);
  if (gevonden === undefined) {
    gevonden = false;
    visit(document, {
      [Kind.FIELD]: (node) => {
        if (node.name.value === '__schema' || node.name.value === '__type') gevonden = true;
      },
    });
    vraagtSchemaMemo.set(document, gevonden);
  }
  return gevonden;
}

/** Introspection for signed-in callers only, unless GraphiQL is served (which needs it). */
export function useIntrospectionForSignedIn(graphiql: boolean): Plugin {
  return {
    onExecute: ({ args }) => {
      if (graphiql || (args.contextValue as unknown as Context).verzoeker.actor !== null) return;
      if (vraagtSchema(args.document as DocumentNode))
        throw clientError(
          'UNAUTHENTICATED',
          'Meld u aan om de beschrijving van het schema op te vragen.',
        );
    },
  };
}
