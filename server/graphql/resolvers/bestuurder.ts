// SPDX-License-Identifier: EUPL-1.2
import { verantwoording } from '../../domain/compliance.ts';
import { dekking, overlap } from '../../domain/coverage.ts';
import { ValidationError } from '../../domain/errors.ts';
import { filterKnooppunten } from '../../domain/knooppunt-filter.ts';
import { nieuwProbleem } from '../../domain/new-problem.ts';
import type { RegistryIndex } from '../../domain/registry-index.ts';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.ts';
import { bestaand, checkLeeftijd, pageArgs } from './arguments.ts';

const regio = (view: RegistryIndex, regioId: string) =>
  bestaand(view.regios, regioId, 'Regio', 'regioId').id;

export const bestuurderQuery: Pick<
  QueryResolvers,
  'dekking' | 'overlap' | 'verantwoording' | 'nieuwProbleem'
> = {
  dekking: async (_, { regioId, leeftijd }, ctx) => {
    checkLeeftijd(leeftijd, 'leeftijd');
    const view = await ctx.view();
    const band = leeftijd ? { van: leeftijd.van ?? null, tot: leeftijd.tot ?? null } : null;
    return ctx.registry.memo(view, JSON.stringify(['dekking', regio(view, regioId), band]), () =>
      dekking(view, regioId, band),
    );
  },
  overlap: async (_, { regioId, minimum, eerste: gevraagd }, ctx) => {
    const min = minimum ?? 0.4;
    const { eerste } = pageArgs(gevraagd, 0);
    if (!(min >= 0 && min <= 1))
      throw ValidationError.field('minimum', `‘minimum’ moet tussen 0 en 1 liggen, niet ${min}`);
    const view = await ctx.view();
    const paren = ctx.registry.memo(
      view,
      JSON.stringify(['overlap', regio(view, regioId), min]),
      () => overlap(view, regioId, min),
    );
    return { totaal: paren.length, paren: paren.slice(0, eerste) };
  },
  nieuwProbleem: async (_, { regioId, probleem }, ctx) => {
    checkLeeftijd(probleem.leeftijd, 'probleem.leeftijd');
    const view = await ctx.view();
    const fields = [
      ...(view.themas.has(probleem.themaId)
        ? []
        : [{ field: 'probleem.themaId', message: 'Het gekozen thema bestaat niet (meer)' }]),
      ...(probleem.gemeenteIds ?? []).flatMap((g, i) =>
        view.gemeenten.has(g)
          ? []
          : [
              {
                field: `probleem.gemeenteIds[${i}]`,
                message: 'Een gekozen gemeente bestaat niet (meer)',
              },
            ],
      ),
    ];
    if (fields.length > 0) throw new ValidationError(fields);
    return nieuwProbleem(view, regio(view, regioId), {
      themaId: probleem.themaId,
      leeftijd: probleem.leeftijd
        ? { van: probleem.leeftijd.van ?? null, tot: probleem.leeftijd.tot ?? null }
        : null,
      gemeenteIds: probleem.gemeenteIds ?? [],
    });
  },
  verantwoording: async (_, { regioId }, ctx) => {
    const view = await ctx.view();
    return ctx.registry.memo(
      view,
      JSON.stringify(['verantwoording', regio(view, regioId), ctx.vandaag]),
      () => verantwoording(view, filterKnooppunten(view, { regioIds: [regioId] }), ctx.vandaag),
    );
  },
};

export const bestuurderTypes: Resolvers = {
  DekkingCel: {
    thema: async (c, _, ctx) => (await ctx.view()).themas.get(c.themaId)!,
    gemeente: async (c, _, ctx) => (await ctx.view()).gemeenten.get(c.gemeenteId)!,
  },
};
