// SPDX-License-Identifier: EUPL-1.2
// Who a request comes from: a session cookie of a signed-in account, or the API token for
// automation (a beheerder that is not a person). Anything else is anonymous.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
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
  private readonly perRequest = new WeakMap<object, Promise<Actor | null>>();

  // A changed account's sessions end in the store, in the transaction that saves it
  // (Store.saveAccount): on every instance at once, so nothing here needs to hear of it.
  constructor(accounts: AccountService, sessions: Sessions, apiToken: string | undefined) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.isApiToken = tokenMatcher(apiToken);
  }

  sessionToken(cookieHeader: string | null | undefined): string | undefined {
    return parse(cookieHeader ?? '')[SESSIE_COOKIE];
  }

  /**
   * The actor of a request, found once per request: the rate limit, the response cache and the
   * GraphQL context all ask, and each look reads the session from the store. Keyed on the
   * incoming (express) request when there is one, which all three see, else on the Fetch request.
   */
  actorOfRequest(request: Request, incoming?: IncomingMessage): Promise<Actor | null> {
    if (incoming) return this.actorOfIncoming(incoming);
    let actor = this.perRequest.get(request);
    if (!actor)
      this.perRequest.set(
        request,
        (actor = this.actor(request.headers.get('authorization'), request.headers.get('cookie'))),
      );
    return actor;
  }

  /** The actor of an incoming (express) request, found once per request. */
  actorOfIncoming(incoming: IncomingMessage): Promise<Actor | null> {
    let actor = this.perRequest.get(incoming);
    if (!actor)
      this.perRequest.set(
        incoming,
        (actor = this.actor(incoming.headers.authorization, incoming.headers.cookie)),
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
    const accountId = token === undefined ? undefined : await this.sessions.touch(token);
    const account = accountId === undefined ? undefined : await this.accounts.byId(accountId);
    return account?.actief ? actorOf(account) : null;
  }
}
