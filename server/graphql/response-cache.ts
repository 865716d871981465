// SPDX-License-Identifier: EUPL-1.2
// Whole answers of read queries, kept per store revision and day: a bestuurder's regional analysis
// or a meldpunt's route list is asked for far more often than the registry changes, and for a
// large answer GraphQL execution costs more than the (already memoised) analysis itself.
import { ANTWOORDEN_MB } from '../config.ts';
import { hashSHA256, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Actor } from '../domain/accounts.ts';
import type { RegistryService } from '../registry-service.ts';
import { vandaag } from '../vandaag.ts';
import { vraagtAlleen } from './openbaar.ts';

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

/**
 * Kept answers, least recently used first out, bounded by their size (the JSON length of each
 * answer, about its bytes in memory as well) so memory has a known ceiling however large answers
 * grow. Keys name the revision (below), so nothing is invalidated by entity: old answers age out.
 */
export function answerCache(maxMb = ANTWOORDEN_MB): Cache {
  const maxSize = Math.max(1, Math.floor(maxMb * 2 ** 20));
  const answers = new LRUCache<string, ExecutionResult>({
    maxSize,
    sizeCalculation: (answer) => Math.max(1, JSON.stringify(answer).length),
  });
  return {
    get: (key) => answers.get(key),
    // An answer larger than the whole cache is not kept (lru-cache refuses it).
    set: (key, answer, _entities, ttl) => {
      answers.set(key, answer, Number.isFinite(ttl) && ttl > 0 ? { ttl } : {});
    },
    invalidate: () => {},
  };
}

/** Operations made only of never-kept root fields: the cache plugin leaves them alone entirely. */
const NOOIT = new Set<string>(NEVER_CACHED.map((c) => c.slice('Query.'.length)));

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
): Plugin[] {
  // Without this the plugin still rewrites and walks a casus answer it will not keep, which cost
  // more than the matching itself (issue 20).
  const overslaan = new WeakSet<object>();
  const markeer: Plugin = {
    onExecute: ({ args }: { args: ExecutionArgs }) => {
      if (vraagtAlleen(args.document, args.operationName, NOOIT))
        overslaan.add(args.contextValue as object);
    },
  };
  const plugin = useResponseCache({
    enabled: (_request, context) => !overslaan.has(context),
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
  return [markeer, plugin];
}
