// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sessions } from './sessions.ts';

const IDLE = 30 * 60_000;
const ABSOLUTE = 8 * 3600_000;

/** Sessions on a clock the test moves by hand. */
function withClock() {
  const clock = { t: 1_700_000_000_000 };
  const sessions = new Sessions({ idleMs: IDLE, absoluteMs: ABSOLUTE }, () => clock.t);
  return { clock, sessions };
}

describe('Sessions', () => {
  it('returns the account of a live session', () => {
    const { sessions } = withClock();
    const token = sessions.start('acc-1');
    expect(sessions.touch(token)).toBe('acc-1');
  });

  it('expires after the idle time without a touch (alive at the deadline, gone one ms later)', () => {
    const { clock, sessions } = withClock();
    const kept = sessions.start('acc-1');
    const lost = sessions.start('acc-1');
    clock.t += IDLE;
    expect(sessions.touch(kept)).toBe('acc-1');
    clock.t += 1;
    // `kept` was touched one ms ago; `lost` was last seen IDLE + 1 ms ago.
    expect(sessions.touch(lost)).toBeUndefined();
    expect(sessions.touch(kept)).toBe('acc-1');
  });

  it('stays gone once expired, even if the clock is set back', () => {
    const { clock, sessions } = withClock();
    const token = sessions.start('acc-1');
    clock.t += IDLE + 1;
    expect(sessions.touch(token)).toBeUndefined();
    clock.t -= IDLE + 1;
    expect(sessions.touch(token)).toBeUndefined();
  });

  it('is extended by a touch: a touch every idle period keeps it alive', () => {
    const { clock, sessions } = withClock();
    const token = sessions.start('acc-1');
    for (let i = 0; i < 5; i++) {
      clock.t += IDLE - 1;
      expect(sessions.touch(token)).toBe('acc-1');
    }
    // Five idle periods since the start: far past the first idle deadline, still alive.
    clock.t += IDLE;
    expect(sessions.touch(token)).toBe('acc-1');
    clock.t += IDLE + 1;
    expect(sessions.touch(token)).toBeUndefined();
  });

  it('ends at the absolute deadline even when touched all along', () => {
    const { clock, sessions } = withClock();
    const started = clock.t;
    const token = sessions.start('acc-1');
    while (clock.t + IDLE / 2 <= started + ABSOLUTE) {
      clock.t += IDLE / 2;
      expect(sessions.touch(token)).toBe('acc-1');
    }
    expect(clock.t).toBe(started + ABSOLUTE);
    clock.t += 1;
    expect(sessions.touch(token)).toBeUndefined();
  });

  it('end ends that one session and no other', () => {
    const { sessions } = withClock();
    const first = sessions.start('acc-1');
    const second = sessions.start('acc-1');
    sessions.end(first);
    expect(sessions.touch(first)).toBeUndefined();
    expect(sessions.touch(second)).toBe('acc-1');
    // Ending an unknown or already ended token is harmless.
    sessions.end(first);
    sessions.end('onbekend');
    expect(sessions.touch(second)).toBe('acc-1');
  });

  it('endAllOf ends every session of the account and leaves other accounts signed in', () => {
    const { sessions } = withClock();
    const a1 = sessions.start('acc-a');
    const a2 = sessions.start('acc-a');
    const b = sessions.start('acc-b');
    sessions.endAllOf('acc-a');
    expect(sessions.touch(a1)).toBeUndefined();
    expect(sessions.touch(a2)).toBeUndefined();
    expect(sessions.touch(b)).toBe('acc-b');
    sessions.endAllOf('acc-zonder-sessie');
    expect(sessions.touch(b)).toBe('acc-b');
  });

  it('hands out a 256-bit random token, base64url without padding', () => {
    const { sessions } = withClock();
    const token = sessions.start('acc-1');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('a new token at every start, also for the same account (no fixation)', () => {
    const { sessions } = withClock();
    const tokens = Array.from({ length: 200 }, () => sessions.start('acc-1'));
    expect(new Set(tokens).size).toBe(200);
    // All 200 are live sessions of their own.
    expect(tokens.map((t) => sessions.touch(t))).toEqual(
      Array.from({ length: 200 }, () => 'acc-1'),
    );
  });

  it('knows only a token it issued: forged, altered and hashed tokens give undefined', () => {
    const { sessions } = withClock();
    const token = sessions.start('acc-1');
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    // What the server keeps is the token's hash: presenting that hash is not presenting the token.
    const stored = createHash('sha256').update(token).digest('base64url');
    for (const forged of [
      '',
      'acc-1',
      flipped,
      token.slice(1),
      `${token} `,
      token.toUpperCase(),
      stored,
    ]) {
      expect(sessions.touch(forged)).toBeUndefined();
    }
    // The forgeries did not disturb the real session.
    expect(sessions.touch(token)).toBe('acc-1');
  });

  it('sweeps expired sessions at a start without touching live ones', () => {
    const { clock, sessions } = withClock();
    const old = sessions.start('acc-1');
    clock.t += IDLE + 1;
    const fresh = sessions.start('acc-2');
    expect(sessions.touch(old)).toBeUndefined();
    expect(sessions.touch(fresh)).toBe('acc-2');
  });
});
