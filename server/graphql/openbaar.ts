// SPDX-License-Identifier: EUPL-1.2
// What anyone may ask even where reading needs signing in (ANONIEM_LEZEN=false): whom to ask for
// an account or about an error (registerInfo), so the sign-in page and the over page can say so;
// and a knooppunt's public privacy page and the region's list of them (issue 21, H §3.5), whose
// types hold only what the description says about the table. Which root fields an operation asks
// for is decided here, also for the answer cache (response-cache.ts).
import {
  getOperationAST,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type SelectionSetNode,
} from 'graphql';

const OPENBARE_VELDEN: ReadonlySet<string> = new Set([
  'registerInfo',
  'privacyverklaring',
  'transparantie',
]);

/**
 * The root fields the query to run asks for, through fragments too; null when the operation to
 * run is not a query (or not one: without an operation name the document must hold one).
 */
export function queryVelden(
  document: DocumentNode,
  operationName: string | null | undefined,
): ReadonlySet<string> | null {
  const operatie = getOperationAST(document, operationName);
  if (operatie?.operation !== OperationTypeNode.QUERY) return null;
  const fragmenten = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const velden = new Set<string>();
  const gezien = new Set<string>();
  const verzamel = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) velden.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) verzamel(s.selectionSet);
      else if (!gezien.has(s.name.value)) {
        gezien.add(s.name.value);
        verzamel(fragmenten.get(s.name.value));
      }
    }
  };
  verzamel(operatie.selectionSet);
  return velden;
}

/** The operation to run is a query asking only for these root fields (and __typename). */
export function vraagtAlleen(
  document: DocumentNode,
  operationName: string | null | undefined,
  toegestaan: ReadonlySet<string>,
): boolean {
  const velden = queryVelden(document, operationName);
  return velden !== null && [...velden].every((v) => v === '__typename' || toegestaan.has(v));
}

/** The operation to run asks only for public root fields. */
export const alleenOpenbaar = (document: DocumentNode, operationName?: string | null): boolean =>
  vraagtAlleen(document, operationName, OPENBARE_VELDEN);
