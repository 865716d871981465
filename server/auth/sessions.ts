// SPDX-License-Identifier: EUPL-1.2
// Server-side sessions: the cookie holds only a random token; the store keeps a hash of it, the
// account id, and the idle and absolute deadlines (docs/adr/0006-sessions.md). They live behind
// the Store port, so any instance serves any request: a session made on one instance works on
// every other, and signing out or a changed account (Store.saveAccount ends its sessions in the
// same transaction) holds everywhere at once. A new token at every sign-in (no fixation).
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../store/port.ts';

export interface SessionTimes {
  /** Signed out after this long without a request. */
  idleMs: number;
  /** Signed out this long after signing in, whatever happens. */
  absoluteMs: number;
}

/** What sessions need of the store. */
export type SessionStore = Pick<
  Store,
  'startSession' | 'getSession' | 'touchSession' | 'endSession' | 'endSessionsOf'
>;

/**
 * A request moves the idle deadline in the store only when it would move by at least this much:
 * one write a minute per active session instead of one per request. The idle time-out therefore
 * ends a session between `idleMs` minus this step and `idleMs` after its last request.
 */
export const TOUCH_STEP_MS = 60_000;

const hash = (token: string) => createHash('sha256').update(token).digest('base64url');

export class Sessions {
  private readonly store: SessionStore;
  private readonly times: SessionTimes;
  private readonly now: () => number;

  constructor(store: SessionStore, times: SessionTimes, now: () => number = Date.now) {
    this.store = store;
    this.times = times;
    this.now = now;
  }

  /** Starts a session and returns its token, for the cookie; sweeps expired sessions from the store. */
  async start(accountId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    await this.store.startSession(
      {
        hash: hash(token),
        accountId,
        idleUntil: now + this.times.idleMs,
        absoluteUntil: now + this.times.absoluteMs,
      },
      now,
    );
    return token;
  }

  /** The account of a live session, extending its idle deadline; undefined when unknown or expired. */
  async touch(token: string): Promise<string | undefined> {
    const key = hash(token);
    const session = await this.store.getSession(key);
    if (!session) return undefined;
    const now = this.now();
    if (now > session.idleUntil || now > session.absoluteUntil) {
      await this.store.endSession(key);
      return undefined;
    }
    const idleUntil = now + this.times.idleMs;
    if (idleUntil - session.idleUntil >= TOUCH_STEP_MS)
      await this.store.touchSession(key, idleUntil);
    return session.accountId;
  }

  async end(token: string): Promise<void> {
    await this.store.endSession(hash(token));
  }

  /** Ends every session of an account (also done by Store.saveAccount for every account change). */
  async endAllOf(accountId: string): Promise<void> {
    await this.store.endSessionsOf(accountId);
  }
}
