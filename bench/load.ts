// SPDX-License-Identifier: EUPL-1.2
// Under load: the app as its own process (`node server/index.ts` on the bench's data, as in
// production), 10, 50 and 200 keep-alive connections on the map, a casus match and the regional
// analysis, each for BENCH_LOAD_SECONDS; throughput, p50/p99 and the app's resident memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type LoadResult } from './soak/load.ts';
import { SoakServer } from './soak/server.ts';

export interface LoadBody {
  name: string;
  body: string;
}

const SECONDS = Number(process.env['BENCH_LOAD_SECONDS'] ?? 5);
export const CONNECTIONS = [10, 50, 200] as const;

export interface LoadReport {
  results: LoadResult[];
  rssStart: number;
  /** After the first answers of every query: what the app holds once in use. */
  rssInGebruik: number;
  rssPeak: number;
  cacheMb: number;
  /** The Node options the image runs the app with (its heap's ceiling). */
  nodeOptions: string;
}

/** The NODE_OPTIONS of the Dockerfile, so the bench measures the app as the image runs it. */
export const IMAGE_NODE_OPTIONS =
  /NODE_OPTIONS=(\S+)/.exec(
    readFileSync(join(import.meta.dirname, '..', 'Dockerfile'), 'utf8'),
  )?.[1] ?? '';

/**
 * Starts the app on `dataDir` (a stored registry, opened with the same audit key), runs each
 * body at each number of connections, and stops the app whatever happens.
 */
export async function benchLoad(
  dataDir: string,
  auditSleutel: string,
  bodies: LoadBody[],
  cacheMb: number,
): Promise<LoadReport> {
  const server = new SoakServer({
    dataDir,
    logFile: join(dataDir, 'server.log'),
    errFile: join(dataDir, 'server.err.log'),
    token: 'bench-load-token-'.padEnd(32, 'x'),
  });
  server.extraEnv = {
    // As the image runs it (Dockerfile): graphql-js checks less per value then.
    NODE_ENV: 'production',
    NODE_OPTIONS: IMAGE_NODE_OPTIONS,
    AUDIT_SLEUTEL: auditSleutel,
    // Throughput, not the limiter: the API limit as high as the setting goes.
    API_VERZOEKEN_PER_MINUUT: '1000000',
    ANTWOORDEN_CACHE_MB: String(cacheMb),
    LOG_LEVEL: 'warn',
  };
  try {
    await server.start();
    const rssStart = server.rssMb();
    // Unmeasured: each query's first answer (after the app's start-up work, on a busy machine
    // that can take long) and a second of load compute and keep what the later ones reuse.
    for (const { name, body } of bodies) {
      await load(server, {
        name,
        connections: 1,
        seconds: 600,
        maxRequests: 1,
        body,
        token: true,
        timeoutMs: 600_000,
      });
      await load(server, { name, connections: 10, seconds: 1, body, token: true });
    }
    const rssInGebruik = server.rssMb();
    let rssPeak = rssInGebruik;
    const results: LoadResult[] = [];
    for (const { name, body } of bodies)
      for (const connections of CONNECTIONS) {
        const result = await load(server, {
          name,
          connections,
          seconds: SECONDS,
          body,
          token: true,
        });
        rssPeak = Math.max(rssPeak, result.rssAfter);
        results.push(result);
      }
    return { results, rssStart, rssInGebruik, rssPeak, cacheMb, nodeOptions: IMAGE_NODE_OPTIONS };
  } finally {
    await server.stop();
  }
}

const mb = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} MB` : '?');

export function loadTable(report: LoadReport): string {
  return [
    '| Query | Connections | Requests/s | p50 | p99 | Errors | App cores | RSS before → after |',
    '|---|---|---|---|---|---|---|---|',
    ...report.results.map(
      (r) =>
        `| ${r.run.name} | ${r.run.connections} | ${Math.round(r.rps).toLocaleString('en-GB')} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.errors} | ${r.appCores.toFixed(2)} | ${mb(r.rssBefore)} → ${mb(r.rssAfter)} |`,
    ),
  ].join('\n');
}
