// SPDX-License-Identifier: EUPL-1.2
// Who a request comes from: a session cookie of a signed-in account, or the API token for
// automation (a beheerder that is not a person). Anything else is anonymous.
import { createHash, timingSafeEqual } from 'node:crypto';
import { parse } from 'cookie';
import { actorOf, type Actor } from '../domain/accounts.ts';
import type { AccountService } from './account-service.ts';
import type { Sessions } from './sessions.ts';

export const SESSIE_COOKIE = 'kpr_sessie';
export const API_TOKEN_ACTOR: Actor = {
  accountId: 'api-token',
  naam: 'API-token',
  rol: 'BEHEERDER',
  organisatieIds: [],
};

function tokenMatcher(token: string | undefined): (header: string | null) => boolean {
  if (token === undefined) return () => false;
  const expected = createHash('sha256').update(token).digest();
  return (header) => {
    const match = /^Bearer (.+)$/.exec(header ?? '');
    if (!match?.[1]) return false;
    return timingSafeEqual(createHash('sha256').update(match[1]).digest(), expected);
  };
}

export class Authenticator {
  readonly accounts: AccountService;
  readonly sessions: Sessions;
  private readonly isApiToken: (header: string | null) => boolean;
  private readonly perRequest = new WeakMap<Request, Promise<Actor | null>>();

  constructor(accounts: AccountService, sessions: Sessions, apiToken: string | undefined) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.isApiToken = tokenMatcher(apiToken);
    accounts.onChange = (id) => sessions.endAllOf(id);
  }

  sessionToken(cookieHeader: string | null | undefined): string | undefined {
    return parse(cookieHeader ?? '')[SESSIE_COOKIE];
  }

  /**
   * The actor of a GraphQL request, found once per request: the response cache asks before the
   * context is built, and a second look would extend the session twice.
   */
  actorOfRequest(request: Request): Promise<Actor | null> {
    let actor = this.perRequest.get(request);
    if (!actor)
      this.perRequest.set(
        request,
        (actor = this.actor(request.headers.get('authorization'), request.headers.get('cookie'))),
      );
    return actor;
  }

  /** The actor behind a request's Authorization and Cookie headers; null when anonymous. */
  async actor(
    authorization: string | null | undefined,
    cookieHeader: string | null | undefined,
  ): Promise<Actor | null> {
    if (this.isApiToken(authorization ?? null)) return API_TOKEN_ACTOR;
    const token = this.sessionToken(cookieHeader);
    const accountId = token === undefined ? undefined : this.sessions.touch(token);
    const account = accountId === undefined ? undefined : await this.accounts.byId(accountId);
    return account?.actief ? actorOf(account) : null;
  }
}
