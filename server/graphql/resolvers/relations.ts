// SPDX-License-Identifier: EUPL-1.2
// Relations, navigable both ways, resolved from the request's in-memory view. An object's own
// relations come from everything stored (an ended knooppunt keeps its deelnames); the lists of
// knooppunten per thema, gemeente, regio and organisatie show what exists today.
import type { RegistryIndex } from '../../domain/registry-index.ts';
import type { Resolvers } from '../generated/resolvers.ts';

/** A reference the store guarantees exists; its absence is a bug, not a client error. */
function must<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`inconsistent registry: ${what} ${id} missing`);
  return value;
}
const optional = <T>(map: ReadonlyMap<string, T>, id: string | null): T | null =>
  id === null ? null : (map.get(id) ?? null);
const list = <T>(map: ReadonlyMap<string, readonly T[]>, id: string): T[] => [
  ...(map.get(id) ?? []),
];
const organisatie = (view: RegistryIndex, id: string | null) => optional(view.organisaties, id);

export const relations: Resolvers = {
  Knooppunt: {
    regio: async (k, _, ctx) => must((await ctx.volledig()).regios, k.regioId, 'regio'),
    taakhouder: async (k, _, ctx) => organisatie(await ctx.volledig(), k.taakhouderId),
    themas: async (k, _, ctx) => {
      const view = await ctx.volledig();
      return k.themaIds.map((id) => must(view.themas, id, 'thema'));
    },
    werkgebied: async (k, _, ctx) => {
      const view = await ctx.volledig();
      return k.gemeenteIds.map((id) => must(view.gemeenten, id, 'gemeente'));
    },
    belegdBij: async (k, _, ctx) => organisatie(await ctx.volledig(), k.belegdBijId),
    verwerkingsverantwoordelijke: async (k, _, ctx) =>
      organisatie(await ctx.volledig(), k.verwerkingsverantwoordelijkeId),
    deelnames: async (k, _, ctx) => list((await ctx.volledig()).deelnamesVanKnooppunt, k.id),
    overdrachtenUit: async (k, _, ctx) => list((await ctx.volledig()).overdrachtenUit, k.id),
    overdrachtenIn: async (k, _, ctx) => list((await ctx.volledig()).overdrachtenIn, k.id),
  },
  AanpalendKnooppunt: {
    knooppunt: async (a, _, ctx) =>
      must((await ctx.volledig()).knooppunten, a.knooppuntId, 'knooppunt'),
  },
  WetVerwijzing: {
    wet: async (w, _, ctx) => must((await ctx.volledig()).wetten, w.wetId, 'wet'),
  },
  Organisatie: {
    deelnames: async (o, _, ctx) => list((await ctx.view()).deelnamesVanOrganisatie, o.id),
    belegdBij: async (o, _, ctx) => list((await ctx.view()).knooppuntenBelegdBij, o.id),
  },
  Deelname: {
    organisatie: async (d, _, ctx) =>
      must((await ctx.volledig()).organisaties, d.organisatieId, 'organisatie'),
    knooppunt: async (d, _, ctx) =>
      must((await ctx.volledig()).knooppunten, d.knooppuntId, 'knooppunt'),
  },
  Overdracht: {
    van: async (o, _, ctx) => must((await ctx.volledig()).knooppunten, o.vanId, 'knooppunt'),
    naar: async (o, _, ctx) => must((await ctx.volledig()).knooppunten, o.naarId, 'knooppunt'),
    aanmelder: async (o, _, ctx) => organisatie(await ctx.volledig(), o.aanmelderId),
  },
  Thema: {
    knooppunten: async (t, _, ctx) => list((await ctx.view()).knooppuntenVanThema, t.id),
  },
  Gemeente: {
    regios: async (g, _, ctx) => {
      const view = await ctx.view();
      return g.regioIds.map((id) => must(view.regios, id, 'regio'));
    },
    knooppunten: async (g, _, ctx) => list((await ctx.view()).knooppuntenVanGemeente, g.id),
  },
  Regio: {
    gemeenten: async (r, _, ctx) => list((await ctx.view()).gemeentenVanRegio, r.id),
    knooppunten: async (r, _, ctx) => list((await ctx.view()).knooppuntenVanRegio, r.id),
    aantalKnooppunten: async (r, _, ctx) =>
      ctx.registry.regionMap(await ctx.view(), r.id).knooppunten.length,
  },
};
