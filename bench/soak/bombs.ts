// SPDX-License-Identifier: EUPL-1.2
// The import bombs of review C1: each file sent without credentials to /import/bevestig and with
// the API token to /import/voorbeeld, one request at a time. Meanwhile the app's RSS is sampled
// and `{ __typename }` is asked every 50 ms: the longest wait is how long every other user
// would have waited. Files are built once and kept in the temp dir.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kolommen } from '../../server/domain/import-plan.ts';
import { send, sleep } from './http.ts';
import type { SoakServer } from './server.ts';
import { xlsx, xmlText } from './zip.ts';

export interface Bomb {
  name: string;
  /** File name in the request: the extension decides how the app reads it. */
  naam: string;
  build: () => Promise<Buffer>;
}

export interface BombResult {
  bomb: string;
  route: string;
  fileBytes: number;
  status: number | null;
  ms: number;
  answerBytes: number;
  peakRssMb: number;
  longestWaitMs: number;
  crashed: boolean;
  /** Not sent: the phase's time budget was used up, or the app could not be started again. */
  skipped?: string;
}

const CACHE = join(tmpdir(), 'kpr-soak-bombs-v1');
const MB = 1_000_000;

function* rows(n: number, cells: number): Generator<Buffer> {
  const col = (i: number) => String.fromCharCode(65 + i);
  const header = `<row r="1">${kolommen('organisatie')
    .map((_, i) => `<c r="${col(i)}1" t="s"><v>${i}</v></c>`)
    .join('')}</row>`;
  yield Buffer.from(header);
  const chunk: string[] = [];
  for (let r = 2; r <= n + 1; r++) {
    // exceljs needs the first cell's reference (r); the others follow it: a smaller file.
    const c = [`<c r="A${r}"><v>${r}</v></c>`, `<c t="s"><v>${8 + (r % 10)}</v></c>`];
    for (let i = 2; i < cells; i++) c.push(`<c t="s"><v>${5 + (i % 3)}</v></c>`);
    chunk.push(`<row r="${r}">${c.join('')}</row>`);
    if (chunk.length === 10_000) yield Buffer.from(chunk.splice(0).join(''));
  }
  if (chunk.length > 0) yield Buffer.from(chunk.join(''));
}

function* strings(): Generator<Buffer> {
  const list = [...kolommen('organisatie'), 'GEMEENTE', 'AVG', 'nee'];
  while (list.length < 8) list.push('');
  for (let i = 0; i < 10; i++) list.push(`Organisatie ${i}`);
  yield Buffer.from(list.map((s) => `<si><t>${xmlText(s)}</t></si>`).join(''));
}

function* repeated(byte: number, total: number): Generator<Buffer> {
  const block = Buffer.alloc(MB, byte);
  for (let left = total; left > 0; left -= MB) yield left >= MB ? block : block.subarray(0, left);
}

export const BOMBS: Bomb[] = [
  {
    name: 'XLSX, 700,000 rows × 6 cells',
    naam: 'rows-700k.xlsx',
    build: () => xlsx('Organisaties', rows(700_000, 6), strings()),
  },
  {
    name: 'XLSX, one shared string of 100 MB',
    naam: 'string-100m.xlsx',
    build: () => {
      const header = `<row r="1">${kolommen('organisatie')
        .map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i + 1}</v></c>`)
        .join('')}</row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>0</v></c></row>`;
      function* sst() {
        yield Buffer.from('<si><t>');
        yield* repeated(0x61, 100 * MB);
        yield Buffer.from(
          `</t></si>${kolommen('organisatie')
            .map((k) => `<si><t>${xmlText(k)}</t></si>`)
            .join('')}`,
        );
      }
      return xlsx('Organisaties', [Buffer.from(header)], sst());
    },
  },
  {
    name: 'XLSX whose sheet unpacks to 200 MB',
    naam: 'unpacks-200m.xlsx',
    build: () => {
      function* sheet() {
        yield* rows(3, 6);
        // Whitespace between elements is valid XML: every byte has to be inflated and parsed.
        yield* repeated(0x20, 200 * MB);
      }
      return xlsx('Organisaties', sheet(), strings());
    },
  },
  {
    name: 'CSV, 1,000,000 small rows',
    naam: 'organisaties.csv',
    build: async () => Buffer.from(`id\n${'x\n'.repeat(1_000_000)}`),
  },
];

async function cached(bomb: Bomb): Promise<Buffer> {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, bomb.naam);
  if (existsSync(file)) return readFileSync(file);
  const data = await bomb.build();
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
  return data;
}

export async function buildBombs(): Promise<{ bomb: Bomb; data: Buffer; ms: number }[]> {
  const out = [];
  for (const bomb of BOMBS) {
    const start = performance.now();
    out.push({ bomb, data: await cached(bomb), ms: performance.now() - start });
  }
  return out;
}

interface Probe {
  done: boolean;
  longest: number;
  /** When the probe now waiting was sent. */
  since: number | null;
}

/** Asks `{ __typename }` one after another, 50 ms apart, until stopped; keeps the longest wait. */
async function probe(server: SoakServer, state: Probe): Promise<void> {
  while (!state.done && server.alive()) {
    state.since = performance.now();
    const answer = await send(`${server.base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${server.settings.token}`,
      },
      body: '{"query":"{ __typename }"}',
      timeoutMs: 120_000,
    });
    state.since = null;
    // Answered or not (cut short by a crash): this long a user waited.
    state.longest = Math.max(state.longest, answer.ms);
    await sleep(50);
  }
}

export interface BombOptions {
  timeoutMs: number;
  /** The phase stops sending when this moment has passed. */
  deadline: number;
}

export async function sendBombs(
  server: SoakServer,
  built: { bomb: Bomb; data: Buffer }[],
  { timeoutMs, deadline }: BombOptions,
): Promise<BombResult[]> {
  const results: BombResult[] = [];
  for (const { bomb, data } of built) {
    const body = Buffer.from(
      JSON.stringify({
        sleutel: 'x',
        bestanden: [{ naam: bomb.naam, inhoud: data.toString('base64') }],
      }),
    );
    for (const [route, token] of [
      ['/import/bevestig (anonymous)', false],
      ['/import/voorbeeld (API token)', true],
    ] as const) {
      const base = {
        bomb: bomb.name,
        route,
        fileBytes: data.length,
        status: null,
        ms: 0,
        answerBytes: 0,
        peakRssMb: NaN,
        longestWaitMs: 0,
        crashed: false,
      };
      if (Date.now() > deadline) {
        results.push({ ...base, skipped: 'time budget used up' });
        continue;
      }
      try {
        await server.ensure();
      } catch (error) {
        results.push({ ...base, skipped: `app not started: ${String(error)}` });
        continue;
      }
      server.phase = `bombs: ${bomb.name} → ${route}`;
      let peak = server.rssMb();
      const sampler = setInterval(() => {
        const rss = server.rssMb();
        if (rss > peak || Number.isNaN(peak)) peak = rss;
      }, 50);
      const state: Probe = { done: false, longest: 0, since: null };
      const probing = probe(server, state);
      const answer = await send(`${server.base}${route.split(' ')[0]}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${server.settings.token}` } : {}),
        },
        body,
        timeoutMs,
      });
      state.done = true;
      // The exit event can come just after the socket closed.
      for (let i = 0; i < 20 && answer.status === null && server.alive(); i++) await sleep(100);
      // A probe still waiting (the app still busy) counts with its wait so far; no waiting for it.
      await Promise.race([probing, sleep(5_000)]);
      const longestWaitMs = Math.max(
        state.longest,
        state.since === null ? 0 : performance.now() - state.since,
      );
      clearInterval(sampler);
      results.push({
        ...base,
        status: answer.status,
        ms: answer.ms,
        answerBytes: answer.bytes,
        peakRssMb: peak,
        longestWaitMs,
        crashed: !server.alive(),
      });
    }
  }
  return results;
}
