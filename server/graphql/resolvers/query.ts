// SPDX-License-Identifier: EUPL-1.2
import { knooppuntFacetten } from '../../domain/knooppunt-facetten.ts';
import { filterKnooppunten } from '../../domain/knooppunt-filter.ts';
import { byNaam } from '../../domain/registry-index.ts';
import { zoekKnooppunten } from '../../domain/zoeken.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { bestaand, checkLeeftijd, pageArgs, peildatumVan } from './arguments.ts';

export const Query: QueryResolvers = {
  knooppunten: async (_, args, ctx) => {
    const { eerste, na } = pageArgs(args.eerste, args.na);
    checkLeeftijd(args.filter?.leeftijd);
    const { peildatum, ookBeeindigd, ...filter } = args.filter ?? {};
    const view = await ctx.viewOp(
      peildatumVan(peildatum, ookBeeindigd, ctx.vandaag, 'filter.peildatum'),
    );
    const matches = filterKnooppunten(view, filter);
    return {
      totaal: matches.length,
      items: matches.slice(na, na + eerste),
      ids: matches.map((k) => k.id),
    };
  },
  knooppuntFacetten: async (_, { filter: { peildatum, ookBeeindigd, ...filter } }, ctx) => {
    checkLeeftijd(filter.leeftijd);
    const view = await ctx.viewOp(
      peildatumVan(peildatum, ookBeeindigd, ctx.vandaag, 'filter.peildatum'),
    );
    return knooppuntFacetten(view, filter);
  },
  zoekKnooppunten: async (_, { regioId, tekst, eerste, peildatum, ookBeeindigd }, ctx) => {
    const { eerste: max } = pageArgs(eerste ?? 10, 0);
    const view = await ctx.viewOp(peildatumVan(peildatum, ookBeeindigd, ctx.vandaag, 'peildatum'));
    bestaand(view.regios, regioId, 'Regio', 'regioId');
    return zoekKnooppunten(view, filterKnooppunten(view, { regioIds: [regioId] }), tekst, max);
  },
  kaart: async (_, { regioId, indeling, metOrganisaties, peildatum, ookBeeindigd }, ctx) => {
    const view = await ctx.viewOp(peildatumVan(peildatum, ookBeeindigd, ctx.vandaag, 'peildatum'));
    return ctx.registry.kaart(
      view,
      bestaand(view.regios, regioId, 'Regio', 'regioId'),
      indeling ?? 'OVERZICHT',
      metOrganisaties ?? false,
    );
  },
  knooppunt: async (_, { id }, ctx) => (await ctx.volledig()).knooppunten.get(id) ?? null,
  organisaties: async (_, { type }, ctx) => {
    const all = [...(await ctx.view()).organisaties.values()].sort(byNaam);
    return type && type.length > 0 ? all.filter((o) => type.includes(o.type)) : all;
  },
  organisatie: async (_, { id }, ctx) => (await ctx.volledig()).organisaties.get(id) ?? null,
  deelname: async (_, { id }, ctx) => (await ctx.volledig()).deelnames.get(id) ?? null,
  overdracht: async (_, { id }, ctx) => (await ctx.volledig()).overdrachten.get(id) ?? null,
  themas: async (_, __, ctx) => [...(await ctx.view()).themas.values()].sort(byNaam),
  gemeenten: async (_, { regioId }, ctx) => {
    const view = await ctx.view();
    return regioId
      ? [...(view.gemeentenVanRegio.get(regioId) ?? [])]
      : [...view.gemeenten.values()].sort(byNaam);
  },
  regios: async (_, __, ctx) => [...(await ctx.view()).regios.values()].sort(byNaam),
  wetten: async (_, __, ctx) => [...(await ctx.view()).wetten.values()].sort(byNaam),
  gezondheid: async (_, __, ctx) => {
    const health = await ctx.registry.store.health();
    return { ok: health.ok, opslag: health.store };
  },
};
