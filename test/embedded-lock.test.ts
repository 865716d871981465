// SPDX-License-Identifier: EUPL-1.2
// The embedded store under contention (issue 19): a write that finds another process's write lock
// waits briefly without blocking the event loop, goes through when the lock is released in time,
// and otherwise is answered 503 in Dutch with nothing changed.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreBusyError } from '../server/domain/errors.ts';
import { codeOf, startHttp, TEST_TOKEN, type HttpHarness } from './http-harness.ts';

let h: HttpHarness;
/** Another process's connection to the same database file. */
let ander: DatabaseSync;

beforeAll(async () => {
  h = await startHttp();
  ander = new DatabaseSync(join(h.dir, 'knooppuntenregister.sqlite'));
});
afterAll(async () => {
  if (ander?.isTransaction) ander.exec('ROLLBACK');
  ander?.close();
  await h?.close();
});

/** Runs `werk` while the other connection holds the write lock (released after `vrijNa` ms, if given). */
async function metSlot<T>(werk: () => Promise<T>, vrijNa?: number) {
  ander.exec('BEGIN IMMEDIATE');
  const vrij = vrijNa === undefined ? undefined : setTimeout(() => ander.exec('ROLLBACK'), vrijNa);
  // The longest pause between ticks of a 10 ms timer: how long the event loop was blocked.
  let vorige = performance.now();
  let langstePauze = 0;
  const tik = setInterval(() => {
    const nu = performance.now();
    langstePauze = Math.max(langstePauze, nu - vorige);
    vorige = nu;
  }, 10);
  const start = performance.now();
  try {
    const uitkomst: { waarde?: T; fout?: unknown } = await werk().then(
      (waarde) => ({ waarde }),
      (fout: unknown) => ({ fout }),
    );
    return { ...uitkomst, duur: performance.now() - start, langstePauze };
  } finally {
    clearInterval(tik);
    clearTimeout(vrij);
    if (ander.isTransaction) ander.exec('ROLLBACK');
  }
}

const sessie = (hash: string) => ({
  hash,
  accountId: 'niemand',
  idleUntil: Date.now() + 60_000,
  absoluteUntil: Date.now() + 60_000,
});

describe('the embedded store under another process’s write lock', () => {
  it('waits without blocking the event loop, then refuses with a Dutch message', async () => {
    const r = await metSlot(() => h.store.startSession(sessie('a'), Date.now()));
    expect(r.fout).toBeInstanceOf(StoreBusyError);
    expect((r.fout as Error).message).toMatch(/probeer het over enkele seconden opnieuw/);
    expect(r.duur).toBeGreaterThanOrEqual(1900);
    // SQLite's own wait is 20 ms per try; with the load of a test run, well under the 5 s it was.
    expect(r.langstePauze).toBeLessThan(500);
    expect(await h.store.getSession('a')).toBeUndefined();
  });

  it('goes through when the lock is released while it waits', async () => {
    const r = await metSlot(() => h.store.startSession(sessie('b'), Date.now()), 300);
    expect(r.fout).toBeUndefined();
    expect(await h.store.getSession('b')).toBeDefined();
  });

  it('answers a GraphQL write with 503 and SERVICE_UNAVAILABLE, and changes nothing', async () => {
    const maak = () =>
      h.gql(
        'mutation($i: AccountInput!) { createAccount(input: $i) { id } }',
        {
          i: {
            gebruikersnaam: 'bezet@regio.example',
            naam: 'Bezet',
            rol: 'BEHEERDER',
            organisatieIds: [],
            wachtwoord: 'paarse-olifant-fietst-snel',
          },
        },
        { token: TEST_TOKEN },
      );
    const r = await metSlot(maak);
    const antwoord = r.waarde;
    expect(antwoord?.status).toBe(503);
    expect(codeOf(antwoord!)).toBe('SERVICE_UNAVAILABLE');
    expect(antwoord?.errors?.[0]?.message).toMatch(/Er is niets veranderd/);
    const accounts = await h.gql<{ accounts: { gebruikersnaam: string }[] }>(
      '{ accounts { gebruikersnaam } }',
      {},
      { token: TEST_TOKEN },
    );
    expect(accounts.data?.accounts.map((a) => a.gebruikersnaam)).not.toContain(
      'bezet@regio.example',
    );
  });
});
