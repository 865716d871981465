// SPDX-License-Identifier: EUPL-1.2
// Thin: check the caller may edit, hand the input to the service (which validates), return.
import type { EditableKind } from '../../domain/model.ts';
import { unauthenticated } from '../../errors.ts';
import type { Context } from '../context.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';

function editor(ctx: Context): Context {
  if (!ctx.mayEdit) throw unauthenticated();
  return ctx;
}

function writes<K extends EditableKind>(kind: K) {
  return {
    create: async (_: unknown, { input }: { input: unknown }, ctx: Context) => {
      const entity = await editor(ctx).registry.create(kind, input);
      ctx.afterWrite();
      return entity;
    },
    update: async (_: unknown, { id, versie, input }: { id: string; versie: number; input: unknown }, ctx: Context) => {
      const entity = await editor(ctx).registry.update(kind, id, versie, input);
      ctx.afterWrite();
      return entity;
    },
    remove: async (_: unknown, { id, versie }: { id: string; versie: number }, ctx: Context) => {
      await editor(ctx).registry.remove(kind, id, versie);
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
