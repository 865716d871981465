// SPDX-License-Identifier: EUPL-1.2
// The paperwork of a knooppunt (issue 21). privacyverklaring and transparantie are public
// (openbaar.ts); privacyDocument follows the registry's reading rights like every other field.
import type { QueryResolvers } from '../generated/resolvers.ts';
import { maakDocument } from '../../domain/privacy-documenten.ts';
import { dossierVan } from '../../domain/privacy-dossier.ts';
import { transparantie } from '../../domain/privacyverklaring.ts';

export const privacyDocumentenQuery: QueryResolvers = {
  privacyverklaring: async (_, { knooppuntId }, ctx) => {
    const d = dossierVan(await ctx.volledig(), knooppuntId);
    return d ? maakDocument(d, 'PRIVACYVERKLARING') : null;
  },
  transparantie: async (_, __, ctx) => transparantie(await ctx.view()),
  privacyDocument: async (_, { knooppuntId, soort }, ctx) => {
    const d = dossierVan(await ctx.volledig(), knooppuntId);
    return d ? maakDocument(d, soort) : null;
  },
};
