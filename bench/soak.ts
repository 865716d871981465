// SPDX-License-Identifier: EUPL-1.2
// `npm run soak`: the slow figures of the security review (fuzzing, import bombs, load, the log)
// against a real app process: `node server/index.ts` with its own data dir, the API token and a
// first beheerder. Prints Markdown with the review's rows, and exits with 1 when a target is
// missed (any 5xx, a crash, a hang, an anonymous write, the marker in the log, a load error) and
// with 2 when the run itself could not finish.
// About 2–5 minutes. SOAK_LOAD_SECONDS sets the length of each load run (10), SOAK_SEED the
// seed of the generated requests, SOAK_KEEP=1 keeps the temp dir with the app's data and log.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mark, writesSince, type Writes } from './soak/audit.ts';
import { buildBombs, sendBombs, type BombResult } from './soak/bombs.ts';
import type { FuzzContext } from './soak/cases.ts';
import { fuzz, type FuzzResult } from './soak/fuzz.ts';
import { dataOf, send } from './soak/http.ts';
import { load, type LoadResult } from './soak/load.ts';
import { report, type Phase, type Soak } from './soak/report.ts';
import { introspect } from './soak/schema.ts';
import { SoakServer } from './soak/server.ts';

const LOAD_SECONDS = Number(process.env['SOAK_LOAD_SECONDS'] ?? 10);
/** The seed of the generated requests; a run can be repeated with SOAK_SEED. */
const SEED = Number(process.env['SOAK_SEED'] ?? 20_260_101);
const REGIO = 'ZVH-NHN';
/** The map query of the client (client/queries.ts, laadKaart), for the example region. */
const KAART = `query($regioId: ID!, $indeling: Indeling, $metOrganisaties: Boolean, $peildatum: String, $ookBeeindigd: Boolean) {
  kaart(regioId: $regioId, indeling: $indeling, metOrganisaties: $metOrganisaties, peildatum: $peildatum, ookBeeindigd: $ookBeeindigd) {
    regio { id naam }
    knooppunten { id naam functie werkproces wettelijkeBasis samenstelling doelgroep geverifieerdDoor geverifieerdOp verificatieStatus themas { id naam } werkgebied { id naam } belegdBij { id naam } }
    overdrachten { id soort van { id naam } naar { id naam } }
    organisaties { id naam type }
    deelnames { id rol organisatie { id naam } knooppunt { id naam } }
    posities { soort id x y }
  }
}`;

const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'kpr-soak-'));
mkdirSync(join(dir, 'data'));
const server = new SoakServer({
  dataDir: join(dir, 'data'),
  logFile: join(dir, 'server.log'),
  errFile: join(dir, 'server.err.log'),
  token: randomBytes(24).toString('hex'),
});
// The app never outlives the run, however it ends, and nor does its data (unless SOAK_KEEP=1).
process.on('exit', () => {
  server.killNow();
  if (process.env['SOAK_KEEP'] === '1') console.error(`soak: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.killNow();
    process.exit(130);
  });
}
// A last resort: a phase that hangs past every per-request deadline still ends the run.
setTimeout(() => {
  console.error('soak: stopped after 12 minutes');
  server.killNow();
  process.exit(2);
}, 12 * 60_000).unref();

const phases: Phase[] = [];
async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const rssBefore = server.rssMb();
  const start = performance.now();
  const result = await run();
  phases.push({
    name,
    seconds: (performance.now() - start) / 1000,
    rssBefore,
    rssAfter: server.rssMb(),
  });
  return result;
}

const asToken = (query: string, variables: Record<string, unknown> = {}) =>
  send(`${server.base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${server.settings.token}`,
    },
    body: JSON.stringify({ query, variables }),
  });

let exitCode: number;
try {
  await server.seed();
  await server.start();
  const startRss = server.rssMb();
  const marker = `soak${randomBytes(5).toString('hex')}`;
  const schema = await introspect(server.base, server.settings.token);
  const answer = await asToken(
    '{ knooppunten(eerste: 100) { items { id deelnames { id } overdrachtenUit { id } } } organisaties { id } }',
  );
  const stored = dataOf<{
    knooppunten: {
      items: { id: string; deelnames: { id: string }[]; overdrachtenUit: { id: string }[] }[];
    };
    organisaties: { id: string }[];
  }>(answer);
  const ids = [
    ...(stored?.knooppunten.items.flatMap((k) => [
      k.id,
      ...k.deelnames.map((d) => d.id),
      ...k.overdrachtenUit.map((o) => o.id),
    ]) ?? []),
    ...(stored?.organisaties.map((o) => o.id) ?? []),
  ];
  const notes: string[] = [];
  if (ids.length === 0) {
    // Still a test (anonymous writes must be refused), but a weaker one: say so.
    notes.push(
      `The store held no objects (HTTP ${answer.status ?? 'no answer'} to the list query), so writes were aimed at made-up ids, and the kaart is of an empty region.`,
    );
    ids.push(`${marker}-id`);
  }
  // A valid import file: the empty template, as the app exports it.
  const exported = await fetch(`${server.base}/export/register.xlsx?sjabloon=1`, {
    headers: { authorization: `Bearer ${server.settings.token}` },
    signal: AbortSignal.timeout(15_000),
  });
  if (!exported.ok) throw new Error(`template export failed: HTTP ${exported.status}`);
  const template = Buffer.from(await exported.arrayBuffer());
  const ctx: FuzzContext = {
    port: server.port,
    marker,
    schema,
    known: { ids, marker },
    template,
    seed: SEED,
  };

  const beforeFuzz = await mark(server);
  const fuzzed: FuzzResult = await phase('fuzzing', () => fuzz(server, ctx));
  await server.ensure();
  const fuzzWrites: Writes = await writesSince(server, beforeFuzz);

  const built = await phase('building the bombs (cached in the temp dir)', buildBombs);
  const beforeBombs = await mark(server);
  const bombs: BombResult[] = await phase('import bombs', () =>
    sendBombs(server, built, { timeoutMs: 60_000, deadline: Date.now() + 150_000 }),
  );
  await server.ensure();
  const bombWrites: Writes = await writesSince(server, beforeBombs);

  // The review's rate-limit figure: 3,000 anonymous requests from one address as fast as they go.
  const burst = await phase('rate limit', () =>
    load(server, {
      name: 'anonymous `{ __typename }`, 3,000 requests',
      connections: 50,
      seconds: 30,
      maxRequests: 3000,
      body: JSON.stringify({ query: '{ __typename }' }),
      token: false,
    }),
  );

  // Throughput, not the limiter: the API limit as high as the setting goes (signed-in callers
  // get five times it).
  server.extraEnv = { API_VERZOEKEN_PER_MINUUT: '1000000' };
  await server.stop();
  await server.start();
  const loads: LoadResult[] = await phase(
    'load (app started again with API_VERZOEKEN_PER_MINUUT=1000000)',
    async () => {
      const out: LoadResult[] = [];
      for (const [name, body] of [
        [
          `kaart ${REGIO}`,
          JSON.stringify({
            query: KAART,
            variables: { regioId: REGIO, indeling: 'OVERZICHT', metOrganisaties: false },
          }),
        ],
        ['`{ __typename }`', JSON.stringify({ query: '{ __typename }' })],
      ] as const) {
        // Unmeasured: the first answers compute and keep what the later ones reuse.
        await load(server, { name, connections: 10, seconds: 1, body, token: true });
        for (const connections of [10, 50, 200]) {
          await server.ensure();
          out.push(
            await load(server, { name, connections, seconds: LOAD_SECONDS, body, token: true }),
          );
        }
      }
      return out;
    },
  );
  const endRss = server.rssMb();
  await server.stop();

  const log = ['server.log', 'server.err.log'].flatMap((f) =>
    readFileSync(join(dir, f), 'utf8').split('\n'),
  );
  const soak: Soak = {
    node: process.version,
    commit: commit(),
    seed: SEED,
    seconds: (performance.now() - started) / 1000,
    marker,
    fuzz: fuzzed,
    fuzzWrites,
    bombs,
    bombWrites,
    bombBuildSeconds: built.reduce((s, b) => s + b.ms, 0) / 1000,
    loads: [...loads, burst],
    crashes: server.crashes,
    restarts: server.restarts,
    phases,
    rss: { start: startRss, end: endRss },
    logHits: log.filter((line) => line.includes(marker)),
    logLines: log.filter((line) => line.trim() !== '').length,
    notes,
  };
  const { markdown, failed } = report(soak);
  console.log(markdown);
  exitCode = failed ? 1 : 0;
} catch (error) {
  console.error(
    `soak: the run itself failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  console.error(`app stderr: ${server.stderrTail(10)}`);
  exitCode = 2;
} finally {
  await server.stop().catch(() => {});
}
process.exit(exitCode);

/** The commit, and whether the app's code differs from it (read-only git). */
function commit(): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const head = git('rev-parse', '--short', 'HEAD');
    return git(
      '--no-optional-locks',
      'status',
      '--porcelain',
      '--',
      'server',
      'client',
      'schema',
      'seed',
    ) === ''
      ? head
      : `${head} with uncommitted changes in server/, client/, schema/ or seed/`;
  } catch {
    return 'unknown';
  }
}
