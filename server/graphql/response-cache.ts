// SPDX-License-Identifier: EUPL-1.2
// Whole answers of read queries, kept per store revision and day: a bestuurder's regional analysis
// or a meldpunt's route list is asked for far more often than the registry changes, and for a
// large answer GraphQL execution costs more than the (already memoised) analysis itself.
import { ANTWOORDEN_MB } from '../config.ts';
import { createHash } from 'node:crypto';
import { type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Actor } from '../domain/accounts.ts';
import { vandaag } from '../vandaag.ts';
import { queryVelden } from './openbaar.ts';

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

/** An answer with its JSON text, which Yoga sends instead of serialising it again. */
export type MetTekst = ExecutionResult & { stringify?: (answer: ExecutionResult) => string };

/** Where kept answers live: in memory by default (answerCache); a test may watch what is kept. */
export interface AntwoordCache {
  get(key: string): MetTekst | undefined;
  set(key: string, answer: MetTekst): void;
}

/**
 * Kept answers, least recently used first out, bounded by their size (the JSON length of each
 * answer; what responseCache keeps of an answer is that text alone) so memory has a known ceiling
 * however large answers grow. Keys name the revision (below), so nothing is invalidated by
 * entity: old answers age out.
 */
export function answerCache(maxMb = ANTWOORDEN_MB): AntwoordCache {
  const maxSize = Math.max(1, Math.floor(maxMb * 2 ** 20));
  const answers = new LRUCache<string, MetTekst>({
    maxSize,
    sizeCalculation: (answer) => Math.max(1, (answer.stringify ?? JSON.stringify)(answer).length),
  });
  return {
    get: (key) => answers.get(key),
    // An answer larger than the whole cache is not kept (lru-cache refuses it).
    set: (key, answer) => void answers.set(key, answer),
  };
}

/**
 * Answers are kept per account and its rights (role and organisaties: an answer carries `rechten`,
 * so a changed role must not find the old one, security review L3), and shared between anonymous
 * readers.
 */
const sessieSleutel = (actor: Actor | null): string | null =>
  actor === null
    ? null
    : `${actor.accountId}|${actor.rol}|${[...actor.organisatieIds].sort().join(',')}`;

/** Root fields whose answer is never kept: the list above, and the schema's description. */
const NOOIT: ReadonlySet<string> = new Set([
  ...NEVER_CACHED.map((c) => c.slice('Query.'.length)),
  '__schema',
  '__type',
]);

/** The operation to run is a query none of whose root fields is never kept. */
function bewaarbaar(document: DocumentNode, operationName: string | null | undefined): boolean {
  const velden = queryVelden(document, operationName);
  return velden !== null && ![...velden].some((v) => NOOIT.has(v));
}

/**
 * The answer cache as a Yoga plugin. A kept answer is found before the request is parsed; a new
 * one is kept as its JSON text. Unlike @envelop/response-cache this adds no fields to the query and does
 * not walk the answer to find entities, which cost more than executing a large answer (about
 * 13 ms for a regional analysis, issue 20) and served only invalidation by entity, which keys per
 * revision make unnecessary. Answers with errors, of mutations, and of never-kept fields are not
 * kept; every request still computes its key, so a casus is only hashed in memory, never stored.
 */
export function responseCache(
  cache: AntwoordCache,
  verzoek: {
    actorOf: (request: Request, context: object) => Promise<Actor | null>;
    /** The store's revision as the request read it, the one its view will be of. */
    revisieOf: (request: Request, context: object) => Promise<number>;
  },
): Plugin {
  const sleutels = new WeakMap<object, string>();
  return {
    async onParams({ params, request, context, setResult }) {
      // The key names the revision the answer was computed from, and the day (findings depend on
      // it, R20): a write or a new day simply makes new keys, so nothing needs invalidating.
      const sleutel = createHash('sha256')
        .update(
          JSON.stringify([
            sessieSleutel(await verzoek.actorOf(request, context)),
            await verzoek.revisieOf(request, context),
            vandaag(),
            params.query ?? '',
            params.variables ?? {},
            params.operationName ?? null,
          ]),
        )
        .digest('base64url');
      const bewaard = cache.get(sleutel);
      if (bewaard) setResult(bewaard);
      else sleutels.set(context, sleutel);
    },
    onExecute({ args }: { args: ExecutionArgs }) {
      const sleutel = sleutels.get(args.contextValue as object);
      if (sleutel === undefined || !bewaarbaar(args.document, args.operationName)) return;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || result.errors?.length || !result.data) return;
          // Serialised once, for this response and every reuse; only the text is kept.
          const tekst = JSON.stringify(result);
          const stringify = () => tekst;
          Object.assign(result, { stringify });
          const alleenTekst: MetTekst = { stringify };
          cache.set(sleutel, alleenTekst);
        },
      };
    },
  };
}
