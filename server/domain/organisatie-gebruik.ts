// SPDX-License-Identifier: EUPL-1.2
// An organisatie can be removed only when nothing refers to it any more: no knooppunt, deelname or
// route, and no account whose rights it carries (neo4j review C18: accounts were not counted).
import { InUseError } from './errors.ts';
import type { EditableKind } from './model.ts';
import { aantal, opsomming } from './taal.ts';

export type Verwijzer = EditableKind | 'account';

const WOORD: Record<Verwijzer, [string, string]> = {
  knooppunt: ['knooppunt', 'knooppunten'],
  organisatie: ['organisatie', 'organisaties'],
  deelname: ['deelname', 'deelnames'],
  overdracht: ['overdracht', 'overdrachten'],
  account: ['account', 'accounts'],
};

/** How many accounts carry rights for this organisatie. */
export const accountsVan = (
  accounts: readonly { organisatieIds: readonly string[] }[],
  organisatieId: string,
): number => accounts.filter((a) => a.organisatieIds.includes(organisatieId)).length;

/** Refuses the removal when anything still refers to the organisatie, saying what. */
export function weigerAlsInGebruik(
  organisatieId: string,
  gebruik: Partial<Record<Verwijzer, number>>,
): void {
  const delen = (Object.keys(WOORD) as Verwijzer[])
    .filter((soort) => (gebruik[soort] ?? 0) > 0)
    .map((soort) => aantal(gebruik[soort]!, ...WOORD[soort]));
  if (delen.length === 0) return;
  throw new InUseError(
    `Organisatie "${organisatieId}" wordt nog gebruikt door ${opsomming(delen)}. Verwijder of wijzig eerst die verwijzingen.`,
  );
}
