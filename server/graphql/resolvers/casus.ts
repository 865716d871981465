// SPDX-License-Identifier: EUPL-1.2
// Casus matching. Privacy by design: the casus is only read here and handed to the pure matcher;
// it is never stored, cached or logged, and error messages name the field, never the value.
import { matchCasus } from '../../domain/casus-matching.ts';
import { ValidationError, type FieldIssue } from '../../domain/errors.ts';
import type { RegistryIndex } from '../../domain/registry-index.ts';
import type { CasusInput, QueryResolvers } from '../generated/resolvers.ts';
import { checkLeeftijd, pageArgs } from './arguments.ts';

const MAX_LIJST = 50;

function unknownIds(view: RegistryIndex, casus: CasusInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const check = (
    field: string,
    ids: readonly string[],
    known: ReadonlyMap<string, unknown>,
    [een, meer]: [string, string],
  ) => {
    if (ids.length > MAX_LIJST)
      issues.push({ field, message: `Kies hoogstens ${MAX_LIJST} ${meer}` });
    ids.forEach((id, i) => {
      if (!known.has(id))
        issues.push({ field: `${field}[${i}]`, message: `Een gekozen ${een} bestaat niet (meer)` });
    });
  };
  check('casus.themaIds', casus.themaIds ?? [], view.themas, ['thema', "thema's"]);
  check('casus.betrokkenOrganisatieIds', casus.betrokkenOrganisatieIds ?? [], view.organisaties, [
    'organisatie',
    'organisaties',
  ]);
  if (casus.gemeenteId != null && !view.gemeenten.has(casus.gemeenteId))
    issues.push({ field: 'casus.gemeenteId', message: 'De gekozen gemeente bestaat niet (meer)' });
  if (casus.vanKnooppuntId != null && !view.knooppunten.has(casus.vanKnooppuntId))
    issues.push({
      field: 'casus.vanKnooppuntId',
      message: 'Het gekozen eigen knooppunt bestaat niet (meer)',
    });
  return issues;
}

export const casusQuery: Pick<QueryResolvers, 'casusMatch'> = {
  casusMatch: async (_, { casus, eerste }, ctx) => {
    checkLeeftijd(casus.leeftijd, 'casus.leeftijd');
    const { eerste: max } = pageArgs(eerste ?? 10, 0);
    const view = await ctx.view();
    const issues = unknownIds(view, casus);
    if (issues.length > 0) throw new ValidationError(issues);
    return matchCasus(
      view,
      {
        themaIds: casus.themaIds ?? [],
        leeftijd: casus.leeftijd
          ? { van: casus.leeftijd.van ?? null, tot: casus.leeftijd.tot ?? null }
          : null,
        gemeenteId: casus.gemeenteId ?? null,
        signalen: casus.signalen ?? [],
        betrokkenOrganisatieIds: casus.betrokkenOrganisatieIds ?? [],
        vanKnooppuntId: casus.vanKnooppuntId ?? null,
      },
      max,
    );
  },
};
