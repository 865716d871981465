// SPDX-License-Identifier: EUPL-1.2
import { MAX_STAPPEN } from '../../domain/routes.ts';
import { ValidationError } from '../../domain/errors.ts';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.ts';
import { bestaand, checkLeeftijd } from './arguments.ts';

export const routesQuery: Pick<QueryResolvers, 'routes'> = {
  routes: async (_, { knooppuntId, richting, maxStappen, filter }, ctx) => {
    const stappen = maxStappen ?? 3;
    if (stappen < 1 || stappen > MAX_STAPPEN) {
      throw ValidationError.field(
        'maxStappen',
        `‘maxStappen’ moet tussen 1 en ${MAX_STAPPEN} liggen, niet ${stappen}`,
      );
    }
    checkLeeftijd(filter?.leeftijd);
    const view = await ctx.view();
    const knooppunt = bestaand(view.knooppunten, knooppuntId, 'Knooppunt', 'knooppuntId');
    return ctx.registry.routes(view, knooppunt, {
      richting: richting ?? 'UIT',
      maxStappen: stappen,
      filter: filter ?? undefined,
    });
  },
};

export const routeTypes: Resolvers = {
  Route: {
    van: (r) => r.stappen[0]!.van,
    naar: (r) => r.stappen.at(-1)!.naar,
    aantalProblemen: (r) => r.stappen.reduce((sum, s) => sum + s.problemen.length, 0),
  },
  RouteStap: {
    aanmeldingDoor: (s) => s.aanmelding.door,
    aanmelder: (s) => s.aanmelding.aanmelder,
    kandidaatAanmelders: (s) => s.aanmelding.kandidaten,
  },
};
