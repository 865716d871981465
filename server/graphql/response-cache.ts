// SPDX-License-Identifier: EUPL-1.2
// Whole answers of read queries, kept per store revision and day: a bestuurder's regional analysis
// or a meldpunt's route list is asked for far more often than the registry changes, and for a
// large answer GraphQL execution costs more than the (already memoised) analysis itself.
import {
  createInMemoryCache,
  hashSHA256,
  useResponseCache,
  type Cache,
} from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Actor } from '../domain/accounts.ts';
import type { RegistryService } from '../registry-service.ts';
import { vandaag } from '../vandaag.ts';

/**
 * Root fields whose answers are never kept: a casus is what a professional typed (privacy by
 * design); accounts and the audit trail change without a new registry revision.
 */
export const NEVER_CACHED = [
  'Query.casusMatch',
  'Query.accounts',
  'Query.ik',
  'Query.auditLog',
  'Query.auditIntegriteit',
  'Query.auditAnker',
] as const;
const ENTRIES = 2000;

export const answerCache = (): Cache => createInMemoryCache({ max: ENTRIES });

/**
 * Answers are kept per account and its rights (role and organisaties: an answer carries `rechten`,
 * so a changed role must not find the old one, security review L3), and shared between anonymous
 * readers.
 */
const sessieSleutel = (actor: Actor | null): string | null =>
  actor === null
    ? null
    : `${actor.accountId}|${actor.rol}|${[...actor.organisatieIds].sort().join(',')}`;

export function responseCache(
  registry: RegistryService,
  cache: Cache,
  actorOf: (request: Request, context: object) => Promise<Actor | null>,
): Plugin {
  return useResponseCache({
    session: async (request, context) => sessieSleutel(await actorOf(request, context)),
    cache,
    ttlPerSchemaCoordinate: Object.fromEntries(NEVER_CACHED.map((c) => [c, 0])),
    // The key names the revision the answer was computed from, and the day (findings depend on
    // it, R20): a write or a new day simply makes new keys, so nothing needs invalidating.
    invalidateViaMutation: false,
    buildResponseCacheKey: async ({ documentString, variableValues, operationName, sessionId }) => {
      const revision = await registry.store.revision();
      return hashSHA256(
        JSON.stringify([
          sessionId ?? null,
          revision,
          vandaag(),
          documentString,
          variableValues ?? {},
          operationName ?? null,
        ]),
      );
    },
  });
}
