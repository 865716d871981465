// SPDX-License-Identifier: EUPL-1.2
// The client's only way to the server: GraphQL over fetch, with Yoga's CSRF-prevention header.
import type { TypedDocumentString } from './gql/graphql.ts';

/** What the server adds to an error: the fields it concerns, and for CONFLICT the current version. */
export interface ErrorExtensions {
  code?: string;
  fields?: { field: string; message: string }[];
  huidigeVersie?: number;
}

export class ApiError extends Error {
  readonly code: string | undefined;
  readonly extensions: ErrorExtensions;
  constructor(message: string, code: string | undefined, extensions: ErrorExtensions = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.extensions = extensions;
  }
}

/**
 * After its own write the user's next requests carry the store's bookmark, so whichever instance
 * answers has seen that write (only a Neo4j cluster sets it; an opaque token, no personal data).
 */
const BLADWIJZER = 'x-register-bladwijzer';

/** An operation written with `graphql(…)` next to its page; its types are generated (`npm run codegen`). */
export function gql<T, V>(operation: TypedDocumentString<T, V>, variables?: V): Promise<T>;
export function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
export async function gql<T>(
  query: string | TypedDocumentString<T, unknown>,
  variables: unknown = {},
): Promise<T> {
  const bladwijzer = sessionStorage.getItem(BLADWIJZER);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-graphql-yoga-csrf': '1',
      ...(bladwijzer ? { [BLADWIJZER]: bladwijzer } : {}),
    },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const nieuw = response.headers.get(BLADWIJZER);
  if (nieuw) sessionStorage.setItem(BLADWIJZER, nieuw);
  const body = (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: ErrorExtensions }[];
  };
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code, error.extensions);
  if (!body.data)
    throw new ApiError(`Geen antwoord van de server (HTTP ${response.status}).`, undefined);
  return body.data;
}
