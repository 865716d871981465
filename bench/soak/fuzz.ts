// SPDX-License-Identifier: EUPL-1.2
// The fuzz phase: sends every category of cases.ts one request at a time, counts what came back,
// and checks after each category that the app still answers. When it died, the rest of that
// category is not sent (counted as such), the crash is recorded and the app started again, so
// the later categories still say something. Then the query limits are found by bisection.
import { Lexer, Source, TokenKind } from 'graphql';
import { CATEGORIES, nested, type Case, type FuzzContext } from './cases.ts';
import { errorsOf, nextSource, raw, send, type Answer } from './http.ts';
import type { SoakServer } from './server.ts';

export interface CategoryResult {
  name: string;
  sent: number;
  notSent: number;
  statuses: Map<string, number>;
  fiveXx: number;
  /** Answers holding INTERNAL_SERVER_ERROR, whatever their status (masked unexpected errors). */
  internal: number;
  hangs: number;
  crashed: boolean;
  ms: number;
}

export interface FuzzResult {
  categories: CategoryResult[];
  probes: Map<string, Answer>;
  stackTraces: number;
  /** Requests whose error messages repeat the marker (a typed value); aliases echo it by design. */
  echoes: string[];
  /** Answers holding a file from outside the served directory. */
  traversal: number;
  limits: Limit[];
  /** Requests that got no answer: deliberately slow ones, hangs, and connections closed early. */
  unanswered: {
    category: string;
    request: string;
    slow: boolean;
    timedOut: boolean;
    ms: number;
    error: string;
  }[];
}

export interface Limit {
  name: string;
  /** The largest value accepted; with capped, even the upper end of the search was accepted. */
  largest: number;
  capped: boolean;
  refusal: string;
}

const STACK = /\bat [\w$.<>[\] ]+\(?(?:file:\/\/|\/)[^\s)]+:\d+:\d+/;
// Signs of package.json, /etc/passwd, .git/config, the database, server/index.ts: never served.
const LEAKED_FILE = /root:x:0:0|"devDependencies"|\[core\]|SQLite format 3|buildApp\(/;

/** The request in a few words, for the list of requests that got no answer. */
function label(c: Case): string {
  if (c.raw) {
    const first =
      Buffer.concat(c.raw().chunks).subarray(0, 200).toString('latin1').split('\r\n')[0] ?? '';
    return `raw: ${JSON.stringify(first.slice(0, 70))}`;
  }
  return `${c.method ?? (c.body === undefined ? 'GET' : 'POST')} ${(c.path ?? '/').slice(0, 70)}${c.headers?.['content-type'] ? ` (${c.headers['content-type']})` : ''}`;
}

async function fire(
  ctx: FuzzContext,
  base: string,
  c: Case,
  localAddress?: string,
): Promise<Answer> {
  if (c.raw) return raw(ctx.port, { ...c.raw(), ...(localAddress ? { localAddress } : {}) });
  const body = typeof c.body === 'function' ? c.body() : c.body;
  return send(`${base}${c.path ?? '/'}`, {
    method: c.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { 'x-soak-marker': ctx.marker, ...c.headers },
    ...(body === undefined ? {} : { body }),
    timeoutMs: c.timeoutMs ?? 30_000,
    ...(localAddress ? { localAddress } : {}),
  });
}

function newCategory(name: string): CategoryResult {
  return {
    name,
    sent: 0,
    notSent: 0,
    statuses: new Map(),
    fiveXx: 0,
    internal: 0,
    hangs: 0,
    crashed: false,
    ms: 0,
  };
}

function count(
  result: FuzzResult,
  cat: CategoryResult,
  c: Case,
  answer: Answer,
  marker: string,
): void {
  cat.sent++;
  const key = answer.status === null ? 'no answer' : String(answer.status);
  cat.statuses.set(key, (cat.statuses.get(key) ?? 0) + 1);
  if (answer.status !== null && answer.status >= 500) cat.fiveXx++;
  if (answer.text.includes('INTERNAL_SERVER_ERROR')) cat.internal++;
  if (answer.timedOut && !c.slow) cat.hangs++;
  if (STACK.test(answer.text)) result.stackTraces++;
  const echo = answer.text.includes(marker)
    ? errorsOf(answer).find((e) => e.message.includes(marker))
    : undefined;
  if (echo) result.echoes.push(`${label(c)} → "${echo.message.slice(0, 120)}"`);
  if (LEAKED_FILE.test(answer.text)) result.traversal++;
  if (c.probe) result.probes.set(c.probe, answer);
  if (answer.status === null)
    result.unanswered.push({
      category: cat.name,
      request: label(c),
      slow: c.slow === true,
      timedOut: answer.timedOut,
      ms: answer.ms,
      error: answer.error ?? '',
    });
}

export async function fuzz(server: SoakServer, ctx: FuzzContext): Promise<FuzzResult> {
  const result: FuzzResult = {
    categories: [],
    probes: new Map(),
    stackTraces: 0,
    echoes: [],
    traversal: 0,
    limits: [],
    unanswered: [],
  };
  for (const [name, make] of CATEGORIES) {
    server.phase = `fuzz: ${name}`;
    const cat = newCategory(name);
    result.categories.push(cat);
    const start = performance.now();
    for (const c of make(ctx)) {
      if (!server.alive()) {
        cat.notSent++;
        continue;
      }
      count(result, cat, c, await fire(ctx, server.base, c, nextSource()), ctx.marker);
    }
    cat.ms = performance.now() - start;
    if (!server.alive() || !(await server.healthy())) {
      cat.crashed = true;
      await server.ensure();
    }
  }
  server.phase = 'fuzz: limits';
  const cat = newCategory('limits (bisection, with the API token)');
  result.categories.push(cat);
  const start = performance.now();
  result.limits = await limits(server, ctx, async (c) => {
    const answer = await fire(ctx, server.base, c);
    count(result, cat, c, answer, ctx.marker);
    return answer;
  });
  cat.ms = performance.now() - start;
  if (!server.alive() || !(await server.healthy())) {
    cat.crashed = true;
    await server.ensure();
  }
  return result;
}

/** Tokens as graphql-js's lexer counts them (what maxTokens limits). */
function tokens(doc: string): number {
  const lexer = new Lexer(new Source(doc));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

const accepted = (a: Answer) => a.status === 200 && errorsOf(a).length === 0;

/** The largest n in [lo, hi] whose document is accepted (acceptance only shrinks as n grows). */
async function largest(
  name: string,
  lo: number,
  hi: number,
  ask: (n: number) => Promise<Answer>,
  measure: (n: number) => number = (n) => n,
): Promise<Limit> {
  let refusal = '';
  const ok = async (n: number) => {
    const answer = await ask(n);
    if (!accepted(answer))
      refusal = errorsOf(answer)[0]?.message ?? `HTTP ${answer.status ?? 'no answer'}`;
    return accepted(answer);
  };
  if (!(await ok(lo))) return { name, largest: measure(lo) - 1, capped: false, refusal };
  if (await ok(hi)) return { name, largest: measure(hi), capped: true, refusal: '' };
  // At most log2(hi - lo) steps; every step is one request.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (await ok(mid)) lo = mid;
    else hi = mid;
  }
  await ok(hi);
  return { name, largest: measure(lo), capped: false, refusal };
}

/** The query limits as enforced, each found by bisection (about 15 requests each). */
async function limits(
  server: SoakServer,
  ctx: FuzzContext,
  ask: (c: Case) => Promise<Answer>,
): Promise<Limit[]> {
  const m = ctx.marker;
  const asToken = (query: string): Case => ({
    path: '/graphql',
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${server.settings.token}`,
    },
    body: JSON.stringify({ query }),
  });
  const aliases = (n: number, field: string, suffix = '') =>
    `{ ${Array.from({ length: n }, (_, i) => `${m}${i}: ${field}${suffix}`).join(' ')} }`;
  return [
    // nested(n) has n fields around __typename: depth n + 1, as graphql-armor counts it.
    await largest(
      'depth',
      2,
      64,
      (n) => ask(asToken(nested(n, m))),
      (n) => n + 1,
    ),
    await largest('aliases', 1, 400, (n) => ask(asToken(aliases(n, 'regios { id }')))),
    await largest('aliases of __typename', 1, 1000, (n) => ask(asToken(aliases(n, '__typename')))),
    await largest('directives', 1, 400, (n) =>
      ask(asToken(aliases(n, '__typename', ' @include(if: true)'))),
    ),
    await largest(
      'tokens (in steps of 3)',
      1,
      20_000,
      (n) => ask(asToken(aliases(n, '__typename'))),
      (n) => tokens(aliases(n, '__typename')),
    ),
  ];
}
