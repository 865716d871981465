// SPDX-License-Identifier: EUPL-1.2
// What anyone may ask even where reading needs signing in (ANONIEM_LEZEN=false): whom to ask for
// an account or about an error (registerInfo), so the sign-in page and the over page can say so;
// and a knooppunt's public privacy page and the region's list of them (issue 21, H §3.5), whose
// types hold only what the description says about the table. Which root fields an operation asks
// for is decided here, also for the answer cache (response-cache.ts).
import { Kind, OperationTypeNode, type DocumentNode } from 'graphql';

const OPENBARE_VELDEN: ReadonlySet<string> = new Set([
  'registerInfo',
  'privacyverklaring',
  'transparantie',
]);

/**
 * The operation to run is a query asking only for these root fields (and __typename); fragments
 * at the root count as not. Without an operation name the document must hold one operation.
 */
export function vraagtAlleen(
  document: DocumentNode,
  operationName: string | null | undefined,
  velden: ReadonlySet<string>,
): boolean {
  const operaties = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operatie = operationName
    ? operaties.find((o) => o.name?.value === operationName)
    : operaties.length === 1
      ? operaties[0]
      : undefined;
  return (
    operatie?.operation === OperationTypeNode.QUERY &&
    operatie.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && (s.name.value === '__typename' || velden.has(s.name.value)),
    )
  );
}

/** The operation to run asks only for public root fields. */
export const alleenOpenbaar = (document: DocumentNode, operationName?: string | null): boolean =>
  vraagtAlleen(document, operationName, OPENBARE_VELDEN);
