// SPDX-License-Identifier: EUPL-1.2
// Sessions over a real embedded store (the one every instance of a deployment shares), on a
// clock the test moves by hand, so expiry is tested to the millisecond.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbeddedStore } from '../store/embedded/embedded-store.ts';
import { Sessions, TOUCH_STEP_MS } from './sessions.ts';

const IDLE = 30 * 60_000;
const ABSOLUTE = 8 * 3600_000;
const sha256 = (token: string) => createHash('sha256').update(token).digest('base64url');

const opened: { store: EmbeddedStore; dir: string }[] = [];
afterEach(async () => {
  for (const { store, dir } of opened.splice(0)) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function openStore(dir = mkdtempSync(join(tmpdir(), 'kpr-sessies-'))) {
  const store = new EmbeddedStore(dir, { auditSleutel: 'x'.repeat(32) });
  await store.init();
  opened.push({ store, dir });
  return { store, dir };
}

/** Sessions on a clock the test moves by hand. */
async function withClock() {
  const clock = { t: 1_700_000_000_000 };
  const { store, dir } = await openStore();
  const sessions = new Sessions(store, { idleMs: IDLE, absoluteMs: ABSOLUTE }, () => clock.t);
  return { clock, sessions, store, dir };
}

describe('Sessions', () => {
  it('returns the account of a live session', async () => {
    const { sessions } = await withClock();
    const token = await sessions.start('acc-1');
    expect(await sessions.touch(token)).toBe('acc-1');
  });

  it('expires after the idle time without a touch (alive at the deadline, gone one ms later)', async () => {
    const { clock, sessions } = await withClock();
    const kept = await sessions.start('acc-1');
    const lost = await sessions.start('acc-1');
    clock.t += IDLE;
    expect(await sessions.touch(kept)).toBe('acc-1');
    clock.t += 1;
    // `kept` was touched one ms ago; `lost` was last seen IDLE + 1 ms ago.
    expect(await sessions.touch(lost)).toBeUndefined();
    expect(await sessions.touch(kept)).toBe('acc-1');
  });

  it('stays gone once expired, even if the clock is set back', async () => {
    const { clock, sessions } = await withClock();
    const token = await sessions.start('acc-1');
    clock.t += IDLE + 1;
    expect(await sessions.touch(token)).toBeUndefined();
    clock.t -= IDLE + 1;
    expect(await sessions.touch(token)).toBeUndefined();
  });

  it('is extended by a touch: a touch every idle period keeps it alive', async () => {
    const { clock, sessions } = await withClock();
    const token = await sessions.start('acc-1');
    for (let i = 0; i < 5; i++) {
      clock.t += IDLE - 1;
      expect(await sessions.touch(token)).toBe('acc-1');
    }
    // Five idle periods since the start: far past the first idle deadline, still alive.
    clock.t += IDLE;
    expect(await sessions.touch(token)).toBe('acc-1');
    clock.t += IDLE + 1;
    expect(await sessions.touch(token)).toBeUndefined();
  });

  it('ends at the absolute deadline even when touched all along', async () => {
    const { clock, sessions } = await withClock();
    const started = clock.t;
    const token = await sessions.start('acc-1');
    while (clock.t + IDLE / 2 <= started + ABSOLUTE) {
      clock.t += IDLE / 2;
      expect(await sessions.touch(token)).toBe('acc-1');
    }
    expect(clock.t).toBe(started + ABSOLUTE);
    clock.t += 1;
    expect(await sessions.touch(token)).toBeUndefined();
  });

  it('end ends that one session and no other', async () => {
    const { sessions } = await withClock();
    const first = await sessions.start('acc-1');
    const second = await sessions.start('acc-1');
    await sessions.end(first);
    expect(await sessions.touch(first)).toBeUndefined();
    expect(await sessions.touch(second)).toBe('acc-1');
    // Ending an unknown or already ended token is harmless.
    await sessions.end(first);
    await sessions.end('onbekend');
    expect(await sessions.touch(second)).toBe('acc-1');
  });

  it('endAllOf ends every session of the account and leaves other accounts signed in', async () => {
    const { sessions } = await withClock();
    const a1 = await sessions.start('acc-a');
    const a2 = await sessions.start('acc-a');
    const b = await sessions.start('acc-b');
    await sessions.endAllOf('acc-a');
    expect(await sessions.touch(a1)).toBeUndefined();
    expect(await sessions.touch(a2)).toBeUndefined();
    expect(await sessions.touch(b)).toBe('acc-b');
    await sessions.endAllOf('acc-zonder-sessie');
    expect(await sessions.touch(b)).toBe('acc-b');
  });

  it('hands out a 256-bit random token, base64url without padding', async () => {
    const { sessions } = await withClock();
    const token = await sessions.start('acc-1');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('a new token at every start, also for the same account (no fixation)', async () => {
    const { sessions } = await withClock();
    const tokens = await Promise.all(Array.from({ length: 200 }, () => sessions.start('acc-1')));
    expect(new Set(tokens).size).toBe(200);
    // All 200 are live sessions of their own.
    expect(await Promise.all(tokens.map((t) => sessions.touch(t)))).toEqual(
      Array.from({ length: 200 }, () => 'acc-1'),
    );
  });

  it('knows only a token it issued: forged, altered and hashed tokens give undefined', async () => {
    const { sessions } = await withClock();
    const token = await sessions.start('acc-1');
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    // What the server keeps is the token's hash: presenting that hash is not presenting the token.
    const stored = sha256(token);
    for (const forged of [
      '',
      'acc-1',
      flipped,
      token.slice(1),
      `${token} `,
      token.toUpperCase(),
      stored,
    ]) {
      expect(await sessions.touch(forged)).toBeUndefined();
    }
    // The forgeries did not disturb the real session.
    expect(await sessions.touch(token)).toBe('acc-1');
  });

  it('sweeps expired sessions from the store at a start without touching live ones', async () => {
    const { clock, sessions, store } = await withClock();
    const old = await sessions.start('acc-1');
    const lived = await sessions.start('acc-3');
    clock.t += IDLE - 1;
    expect(await sessions.touch(lived)).toBe('acc-3');
    clock.t += 2;
    const fresh = await sessions.start('acc-2');
    // Gone from the store itself, not only refused when met.
    expect(await store.getSession(sha256(old))).toBeUndefined();
    expect(await store.getSession(sha256(lived))).toMatchObject({ accountId: 'acc-3' });
    expect(await sessions.touch(old)).toBeUndefined();
    expect(await sessions.touch(fresh)).toBe('acc-2');
    expect(await sessions.touch(lived)).toBe('acc-3');
  });

  it('keeps only the hash of the token, with the account and both deadlines', async () => {
    const { clock, sessions, store } = await withClock();
    const started = clock.t;
    const token = await sessions.start('acc-1');
    expect(await store.getSession(token)).toBeUndefined();
    expect(await store.getSession(sha256(token))).toEqual({
      hash: sha256(token),
      accountId: 'acc-1',
      idleUntil: started + IDLE,
      absoluteUntil: started + ABSOLUTE,
    });
  });

  it('writes the idle deadline at most once per step, and the session still ends on time', async () => {
    const { clock, sessions, store } = await withClock();
    const touchSession = vi.spyOn(store, 'touchSession');
    const started = clock.t;
    const token = await sessions.start('acc-1');
    // Requests within the step read the session but do not write it.
    for (let i = 0; i < 10; i++) {
      clock.t += TOUCH_STEP_MS / 12;
      expect(await sessions.touch(token)).toBe('acc-1');
    }
    expect(touchSession).not.toHaveBeenCalled();
    clock.t = started + TOUCH_STEP_MS;
    expect(await sessions.touch(token)).toBe('acc-1');
    expect(touchSession).toHaveBeenCalledTimes(1);
    expect((await store.getSession(sha256(token)))?.idleUntil).toBe(clock.t + IDLE);
    // The deadline written is exact: alive at it, gone one ms later.
    clock.t += IDLE;
    expect(await sessions.touch(token)).toBe('acc-1');
    clock.t += IDLE + 1;
    expect(await sessions.touch(token)).toBeUndefined();
  });

  it('is one set of sessions for every instance on the store', async () => {
    const { clock, sessions: a, dir } = await withClock();
    const { store: other } = await openStore(dir);
    const b = new Sessions(other, { idleMs: IDLE, absoluteMs: ABSOLUTE }, () => clock.t);
    const token = await a.start('acc-1');
    expect(await b.touch(token)).toBe('acc-1');
    // Kept alive through B, it is alive on A past A's own first deadline.
    clock.t += IDLE;
    expect(await b.touch(token)).toBe('acc-1');
    clock.t += IDLE;
    expect(await a.touch(token)).toBe('acc-1');
    await b.end(token);
    expect(await a.touch(token)).toBeUndefined();
    const second = await b.start('acc-1');
    await a.endAllOf('acc-1');
    expect(await b.touch(second)).toBeUndefined();
  });
});
