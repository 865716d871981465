// SPDX-License-Identifier: EUPL-1.2
// Thin: hand the input and who asks to the edit service (which checks rights, validates, audits).
import type { EditableKind } from '../../domain/model.ts';
import type { Context } from '../context.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';

function writes<K extends EditableKind>(kind: K) {
  return {
    create: async (_: unknown, { input }: { input: unknown }, ctx: Context) => {
      const entity = await ctx.edits.create(kind, input, ctx.verzoeker);
      ctx.afterWrite();
      return entity;
    },
    update: async (
      _: unknown,
      { id, versie, input }: { id: string; versie: number; input: unknown },
      ctx: Context,
    ) => {
      const entity = await ctx.edits.update(kind, id, versie, input, ctx.verzoeker);
      ctx.afterWrite();
      return entity;
    },
    remove: async (_: unknown, { id, versie }: { id: string; versie: number }, ctx: Context) => {
      await ctx.edits.remove(kind, id, versie, ctx.verzoeker);
      ctx.afterWrite();
      return id;
    },
  };
}

const knooppunt = writes('knooppunt');
const organisatie = writes('organisatie');
const deelname = writes('deelname');
const overdracht = writes('overdracht');

export const Mutation: MutationResolvers = {
  createKnooppunt: knooppunt.create,
  updateKnooppunt: knooppunt.update,
  deleteKnooppunt: knooppunt.remove,
  createOrganisatie: organisatie.create,
  updateOrganisatie: organisatie.update,
  deleteOrganisatie: organisatie.remove,
  createDeelname: deelname.create,
  updateDeelname: deelname.update,
  deleteDeelname: deelname.remove,
  createOverdracht: overdracht.create,
  updateOverdracht: overdracht.update,
  deleteOverdracht: overdracht.remove,
};
