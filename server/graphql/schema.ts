// SPDX-License-Identifier: EUPL-1.2
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolvers.ts';
import { Mutation } from './resolvers/mutation.ts';
import { Query } from './resolvers/query.ts';
import { relations } from './resolvers/relations.ts';
import { accountsMutation, accountsQuery, accountsTypes } from './resolvers/accounts.ts';
import { bestuurderQuery, bestuurderTypes } from './resolvers/bestuurder.ts';
import { casusQuery } from './resolvers/casus.ts';
import { complianceQuery, complianceTypes } from './resolvers/compliance.ts';
import { privacyDocumentenQuery } from './resolvers/privacy-documenten.ts';
import { registerInfoQuery } from './resolvers/register-info.ts';
import { routeTypes, routesQuery } from './resolvers/routes.ts';

const schemaDir = join(import.meta.dirname, '..', '..', 'schema');

export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), 'utf8'));
}

const resolvers: Resolvers = {
  ...relations,
  ...routeTypes,
  ...complianceTypes,
  ...bestuurderTypes,
  ...accountsTypes,
  Knooppunt: { ...relations.Knooppunt, ...complianceTypes.Knooppunt, ...accountsTypes.Knooppunt },
  Query: {
    ...Query,
    ...routesQuery,
    ...casusQuery,
    ...complianceQuery,
    ...bestuurderQuery,
    ...accountsQuery,
    ...registerInfoQuery,
    ...privacyDocumentenQuery,
  },
  Mutation: { ...Mutation, ...accountsMutation },
};

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}
