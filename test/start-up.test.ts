// SPDX-License-Identifier: EUPL-1.2
// Two app processes started at the same moment on one empty embedded data folder, each as
// `npm start` starts it (seed --als-leeg, then the server): both come up, the start data and
// the first beheerder are there once, a session made on one works on the other, and writes
// through both keep one intact audit chain (issue 19: start-up without races).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_AUDIT_SLEUTEL } from './builders.ts';
import { BEHEERDER, TEST_TOKEN } from './http-harness.ts';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'kpr-start-'));
const processes: ChildProcess[] = [];
const output: string[] = [];

async function vrijePoort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function start(port: number): void {
  const node = process.execPath;
  const child = spawn(
    'sh',
    // `exec`: the server takes the shell's place, so killing the child stops the server (it was
    // left running after the tests, the shell's orphan).
    ['-c', `"${node}" seed/cli.ts --als-leeg && exec "${node}" server/index.ts`],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dir,
        AUDIT_SLEUTEL: TEST_AUDIT_SLEUTEL,
        BEHEERDER_GEBRUIKERSNAAM: BEHEERDER.gebruikersnaam,
        BEHEERDER_NAAM: BEHEERDER.naam,
        BEHEERDER_WACHTWOORD: BEHEERDER.wachtwoord,
        EDIT_TOKEN: TEST_TOKEN,
        COOKIE_SECURE: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  processes.push(child);
}

async function bereikbaar(base: string): Promise<void> {
  const tot = Date.now() + 90_000;
  while (Date.now() < tot) {
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base} kwam niet op:\n${output.join('')}`);
}

async function gql<T>(base: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string }[] };
}

let A: string;
let B: string;

beforeAll(async () => {
  const [a, b] = [await vrijePoort(), await vrijePoort()];
  A = `http://127.0.0.1:${a}`;
  B = `http://127.0.0.1:${b}`;
  start(a);
  start(b);
  await Promise.all([bereikbaar(A), bereikbaar(B)]);
}, 120_000);

afterAll(() => {
  for (const child of processes) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('two instances started at once on an empty store', () => {
  it('both come up with the example region loaded once and one first beheerder', async () => {
    for (const base of [A, B]) {
      const answer = await gql<{ knooppunten: { totaal: number } }>(
        base,
        '{ knooppunten { totaal } }',
      );
      expect(answer.data?.knooppunten.totaal).toBe(27);
    }
    const accounts = await gql<{ accounts: { gebruikersnaam: string }[] }>(
      A,
      '{ accounts { gebruikersnaam } }',
      { authorization: `Bearer ${TEST_TOKEN}` },
    );
    expect(accounts.data?.accounts.map((a) => a.gebruikersnaam)).toEqual([
      BEHEERDER.gebruikersnaam,
    ]);
  });

  it('a session made on one process works on the other', async () => {
    const res = await fetch(`${A}/auth/aanmelden`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        gebruikersnaam: BEHEERDER.gebruikersnaam,
        wachtwoord: BEHEERDER.wachtwoord,
      }),
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie).not.toBe('');
    const ik = await gql<{ ik: { naam: string } | null }>(B, '{ ik { naam } }', { cookie });
    expect(ik.data?.ik?.naam).toBe(BEHEERDER.naam);
  });

  it('writes through both processes at once keep one intact audit chain', async () => {
    const token = { authorization: `Bearer ${TEST_TOKEN}` };
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gql(
          i % 2 ? A : B,
          `mutation { createOrganisatie(input: { naam: "Parallel ${i}", type: WONINGCORPORATIE, privacykader: AVG }) { id } }`,
          token,
        ),
      ),
    );
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    const check = await gql<{ auditIntegriteit: { intact: boolean } }>(
      B,
      '{ auditIntegriteit { intact } }',
      token,
    );
    expect(check.data?.auditIntegriteit.intact).toBe(true);
  });
});
