// SPDX-License-Identifier: EUPL-1.2
import { ValidationError } from '../../domain/errors.ts';
import { nieuwProbleem } from '../../domain/new-problem.ts';
import type { RegistryIndex } from '../../domain/registry-index.ts';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.ts';
import { bestaand, checkLeeftijd, pageArgs } from './arguments.ts';

/** A free name for a problem without a thema: a few words, never a description of a person. */
const NAAM_MAX = 120;

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
    return ctx.registry.dekking(view, regio(view, regioId), band);
  },
  overlap: async (_, { regioId, minimum, eerste: gevraagd }, ctx) => {
    const min = minimum ?? 0.4;
    const { eerste } = pageArgs(gevraagd, 0);
    if (!(min >= 0 && min <= 1))
      throw ValidationError.field('minimum', `‘minimum’ moet tussen 0 en 1 liggen, niet ${min}`);
    const view = await ctx.view();
    const paren = ctx.registry.overlap(view, regio(view, regioId), min);
    return {
      totaal: paren.length,
      paren: paren.slice(0, eerste),
      groepen: ctx.registry.overlapPerSoort(paren).map((g) => ({
        soort: g.soort,
        totaal: g.paren.length,
        paren: g.paren.slice(0, eerste),
      })),
    };
  },
  nieuwProbleem: async (_, { regioId, probleem }, ctx) => {
    checkLeeftijd(probleem.leeftijd, 'probleem.leeftijd');
    const view = await ctx.view();
    const themaId = probleem.themaId ?? null;
    const naam = probleem.naam?.trim() || null;
    const fields = [
      ...(themaId === null || view.themas.has(themaId)
        ? []
        : [{ field: 'probleem.themaId', message: 'Het gekozen thema bestaat niet (meer)' }]),
      ...(themaId === null && naam === null
        ? [{ field: 'probleem.naam', message: 'Kies een thema, of geef het probleem een naam' }]
        : []),
      ...((naam?.length ?? 0) > NAAM_MAX
        ? [
            {
              field: 'probleem.naam',
              message: `De naam mag hoogstens ${NAAM_MAX} tekens lang zijn`,
            },
          ]
        : []),
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
      themaId,
      naam,
      groep: probleem.groep ?? null,
      signalen: probleem.signalen ?? [],
      leeftijd: probleem.leeftijd
        ? { van: probleem.leeftijd.van ?? null, tot: probleem.leeftijd.tot ?? null }
        : null,
      gemeenteIds: probleem.gemeenteIds ?? [],
    });
  },
  verantwoording: async (_, { regioId }, ctx) => {
    const view = await ctx.view();
    return ctx.registry.verantwoording(view, regio(view, regioId), ctx.vandaag);
  },
};

export const bestuurderTypes: Resolvers = {
  DekkingCel: {
    thema: async (c, _, ctx) => (await ctx.view()).themas.get(c.themaId)!,
    gemeente: async (c, _, ctx) => (await ctx.view()).gemeenten.get(c.gemeenteId)!,
  },
};
