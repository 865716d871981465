// SPDX-License-Identifier: EUPL-1.2
// What anyone may ask even where reading needs signing in (ANONIEM_LEZEN=false): whom to ask for
// an account or about an error (registerInfo), so the sign-in page and the over page can say so;
// and a knooppunt's public privacy page and the region's list of them (issue 21, H §3.5), whose
// types hold only what the description says about the table.
import { Kind, OperationTypeNode, type DocumentNode } from 'graphql';

const OPENBARE_VELDEN: ReadonlySet<string> = new Set([
  'registerInfo',
  'privacyverklaring',
  'transparantie',
  '__typename',
]);

/** The operation to run asks only for public root fields (fragments at the root count as not). */
export function alleenOpenbaar(document: DocumentNode, operationName?: string | null): boolean {
  const operaties = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operatie = operationName
    ? operaties.find((o) => o.name?.value === operationName)
    : operaties.length === 1
      ? operaties[0]
      : undefined;
  return (
    operatie?.operation === OperationTypeNode.QUERY &&
    operatie.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && OPENBARE_VELDEN.has(s.name.value),
    )
  );
}
