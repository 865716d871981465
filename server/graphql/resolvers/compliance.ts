// SPDX-License-Identifier: EUPL-1.2
import { checkKnooppunt, RULES } from '../../domain/compliance.ts';
import { organisatieOverzicht } from '../../domain/organisation-view.ts';
import { clientError } from '../../errors.ts';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.ts';
import { bestaand } from './arguments.ts';

export const complianceQuery: Pick<QueryResolvers, 'regels' | 'organisatieOverzicht'> = {
  regels: () => RULES,
  organisatieOverzicht: async (_, { organisatieId, type, regioId }, ctx) => {
    if ((organisatieId == null) === (type == null)) {
      throw clientError('BAD_USER_INPUT', 'Ongeldige invoer: geef óf organisatieId óf type.', {
        fields: [
          {
            field: organisatieId == null ? 'organisatieId' : 'type',
            message: 'geef precies één van organisatieId en type',
          },
        ],
      });
    }
    const view = await ctx.view();
    if (regioId != null) bestaand(view.regios, regioId, 'Regio', 'regioId');
    const ids =
      organisatieId != null
        ? [bestaand(view.organisaties, organisatieId, 'Organisatie', 'organisatieId').id]
        : [...view.organisaties.values()].filter((o) => o.type === type).map((o) => o.id);
    return organisatieOverzicht(view, ids, regioId ?? null, ctx.vandaag);
  },
};

export const complianceTypes: Resolvers = {
  Knooppunt: {
    bevindingen: async (k, _, ctx) => checkKnooppunt(await ctx.view(), k, ctx.vandaag),
  },
  Nalevingsbevinding: {
    knooppunt: async (f, _, ctx) => (await ctx.view()).knooppunten.get(f.knooppuntId)!,
    organisatie: async (f, _, ctx) =>
      f.organisatieId ? ((await ctx.view()).organisaties.get(f.organisatieId) ?? null) : null,
    deelname: async (f, _, ctx) =>
      f.deelnameId ? ((await ctx.view()).deelnames.get(f.deelnameId) ?? null) : null,
    overdracht: async (f, _, ctx) =>
      f.overdrachtId ? ((await ctx.view()).overdrachten.get(f.overdrachtId) ?? null) : null,
  },
};
