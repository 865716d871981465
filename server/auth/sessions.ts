// SPDX-License-Identifier: EUPL-1.2
// Server-side sessions: the cookie holds only a random token; the server keeps a hash of it, the
// account id, and the idle and absolute deadlines. A new token at every sign-in (no fixation).
// Kept in memory: a restart signs everyone out, and several app instances each need a sign-in
// (documented in the README; a shared store is the next step for a multi-instance deployment).
import { createHash, randomBytes } from 'node:crypto';

export interface SessionTimes {
  /** Signed out after this long without a request. */
  idleMs: number;
  /** Signed out this long after signing in, whatever happens. */
  absoluteMs: number;
}

interface Session {
  accountId: string;
  idleUntil: number;
  absoluteUntil: number;
}

const hash = (token: string) => createHash('sha256').update(token).digest('base64url');

export class Sessions {
  private readonly sessions = new Map<string, Session>();
  private readonly times: SessionTimes;
  private readonly now: () => number;

  constructor(times: SessionTimes, now: () => number = Date.now) {
    this.times = times;
    this.now = now;
  }

  /** Starts a session and returns its token, for the cookie. */
  start(accountId: string): string {
    this.sweep();
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    this.sessions.set(hash(token), {
      accountId,
      idleUntil: now + this.times.idleMs,
      absoluteUntil: now + this.times.absoluteMs,
    });
    return token;
  }

  /** The account of a live session, extending its idle deadline; undefined when unknown or expired. */
  touch(token: string): string | undefined {
    const key = hash(token);
    const session = this.sessions.get(key);
    if (!session) return undefined;
    const now = this.now();
    if (now > session.idleUntil || now > session.absoluteUntil) {
      this.sessions.delete(key);
      return undefined;
    }
    session.idleUntil = now + this.times.idleMs;
    return session.accountId;
  }

  end(token: string): void {
    this.sessions.delete(hash(token));
  }

  /** Ends every session of an account (deactivated, role changed, password reset). */
  endAllOf(accountId: string): void {
    for (const [key, s] of this.sessions) if (s.accountId === accountId) this.sessions.delete(key);
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, s] of this.sessions)
      if (now > s.idleUntil || now > s.absoluteUntil) this.sessions.delete(key);
  }
}
