// SPDX-License-Identifier: EUPL-1.2
// Load: a fixed number of keep-alive connections, each sending its next request as soon as the
// last one was answered, for a fixed time (or up to a number of requests). node:http with one
// agent per run, so "connections" means sockets, as in autocannon.
import { Agent, request } from 'node:http';
import { percentile } from '../stats.ts';
import type { SoakServer } from './server.ts';

export interface LoadRun {
  name: string;
  connections: number;
  /** Stop after this long. */
  seconds: number;
  /** Stop after this many requests, if sooner. */
  maxRequests?: number;
  body: string;
  /** With the API token: measures throughput past any per-caller rate limit. */
  token: boolean;
  /** How long one request may take before it counts as an error (10 s). */
  timeoutMs?: number;
}

export interface LoadResult {
  run: LoadRun;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** Transport errors, timeouts and statuses other than 200 and 429. */
  errors: number;
  /** The errors by kind: "timeout", a socket error code, or "HTTP <status>". */
  errorKinds: Map<string, number>;
  /** When the slowest request was sent, in seconds from the start of the run. */
  slowestAt: number;
  limited: number;
  answerBytes: number;
  /** Cores the app kept busy on average: near 1 means the app, not the client, set the pace. */
  appCores: number;
  rssBefore: number;
  rssAfter: number;
}

function post(
  agent: Agent,
  port: number,
  body: Buffer,
  headers: Record<string, string>,
  timeoutMs = 10_000,
): Promise<{ status: number | null; bytes: number; error?: string }> {
  const signal = AbortSignal.timeout(timeoutMs);
  // What went wrong, in a word: "timeout" when the deadline passed, else the socket's error code.
  const kind = (error: unknown) =>
    signal.aborted ? 'timeout' : ((error as { code?: string }).code ?? 'error');
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': String(body.length) },
        signal,
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? null, bytes }));
        res.on('error', (error) => resolve({ status: null, bytes, error: kind(error) }));
      },
    );
    req.on('error', (error) => resolve({ status: null, bytes: 0, error: kind(error) }));
    req.end(body);
  });
}

export async function load(server: SoakServer, run: LoadRun): Promise<LoadResult> {
  server.phase = `load: ${run.name}, ${run.connections} connections`;
  const agent = new Agent({ keepAlive: true, maxSockets: run.connections });
  const body = Buffer.from(run.body);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(run.token ? { authorization: `Bearer ${server.settings.token}` } : {}),
  };
  const latencies: number[] = [];
  let errors = 0;
  const errorKinds = new Map<string, number>();
  let slowest = 0;
  let slowestAt = 0;
  let limited = 0;
  let answerBytes = 0;
  const rssBefore = server.rssMb();
  const cpuBefore = server.cpuSeconds();
  const start = performance.now();
  const deadline = start + run.seconds * 1000;
  const max = run.maxRequests ?? Infinity;
  let started = 0;
  const worker = async () => {
    while (performance.now() < deadline && started < max && server.alive()) {
      started++;
      const t0 = performance.now();
      const { status, bytes, error } = await post(agent, server.port, body, headers, run.timeoutMs);
      const ms = performance.now() - t0;
      latencies.push(ms);
      if (ms > slowest) [slowest, slowestAt] = [ms, (t0 - start) / 1000];
      if (status === 429) limited++;
      else if (status === 200) answerBytes = bytes;
      else {
        errors++;
        const key = error ?? `HTTP ${status}`;
        errorKinds.set(key, (errorKinds.get(key) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: run.connections }, worker));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    run,
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    errors,
    errorKinds,
    slowestAt,
    limited,
    answerBytes,
    appCores: (server.cpuSeconds() - cpuBefore) / seconds,
    rssBefore,
    rssAfter: server.rssMb(),
  };
}
