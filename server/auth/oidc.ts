// SPDX-License-Identifier: EUPL-1.2
// Signing in with the organisation's OpenID Connect provider (Entra ID, Keycloak, ...): the
// authorization code flow with PKCE, state and nonce (openid-client). The provider says who
// someone is; the registry decides what they may: the claim (default "email") must name an
// active account that a beheerder created, with its role and organisaties.
import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import { AANMELD_MELDINGEN, type AanmeldCode } from '../domain/aanmeld-meldingen.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  /** Where the provider sends the browser back: https://<host>/auth/oidc/terug. */
  redirectUri: string;
  /** The ID-token claim that holds the account's gebruikersnaam. */
  claim: string;
  /** Only for a provider on plain http (tests on this machine). */
  allowInsecure?: boolean;
}

interface Poging {
  verifier: string;
  state: string;
  nonce: string;
  terug: string;
  tot: number;
}

const GELDIG_MS = 10 * 60_000;

/** A refusal the sign-in page explains by its code; any other failure is shown as a general one. */
export class AanmeldFout extends Error {
  readonly code: AanmeldCode;
  constructor(code: AanmeldCode) {
    super(AANMELD_MELDINGEN[code]);
    this.name = 'AanmeldFout';
    this.code = code;
  }
}

export class OidcSignIn {
  private readonly settings: OidcSettings;
  private config: Promise<oidc.Configuration> | undefined;
  /** Sign-ins under way, by the random id in the browser's kpr_oidc cookie. */
  private readonly pogingen = new Map<string, Poging>();

  constructor(settings: OidcSettings) {
    this.settings = settings;
  }

  /** The provider's metadata, discovered once; a failed discovery is tried again next time. */
  private configuration(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret, allowInsecure } = this.settings;
    this.config ??= oidc
      .discovery(
        new URL(issuer),
        clientId,
        clientSecret,
        undefined,
        allowInsecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.config = undefined;
        throw error;
      });
    return this.config;
  }

  /** Where to send the browser, and the id of this attempt for the cookie. */
  async start(terug: string): Promise<{ url: URL; poging: string }> {
    const config = await this.configuration();
    const now = Date.now();
    for (const [id, p] of this.pogingen) if (p.tot < now) this.pogingen.delete(id);
    const poging: Poging = {
      verifier: oidc.randomPKCECodeVerifier(),
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      terug,
      tot: now + GELDIG_MS,
    };
    const id = randomBytes(24).toString('base64url');
    this.pogingen.set(id, poging);
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(poging.verifier),
      code_challenge_method: 'S256',
      state: poging.state,
      nonce: poging.nonce,
    });
    return { url, poging: id };
  }

  /** Checks the provider's answer for this attempt; the gebruikersnaam it vouches for. */
  async finish(
    id: string | undefined,
    answer: URL,
  ): Promise<{ gebruikersnaam: string; terug: string }> {
    const poging = id === undefined ? undefined : this.pogingen.get(id);
    if (id !== undefined) this.pogingen.delete(id);
    if (!poging || poging.tot < Date.now()) throw new AanmeldFout('verlopen');
    const config = await this.configuration();
    const tokens = await oidc.authorizationCodeGrant(config, answer, {
      pkceCodeVerifier: poging.verifier,
      expectedState: poging.state,
      expectedNonce: poging.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    // Providers differ in what the ID token carries; the userinfo endpoint has the rest.
    const waarde =
      claims?.[this.settings.claim] ??
      (claims
        ? (await oidc.fetchUserInfo(config, tokens.access_token, claims.sub))[this.settings.claim]
        : undefined);
    if (typeof waarde !== 'string' || waarde === '') throw new AanmeldFout('geen-gebruikersnaam');
    return { gebruikersnaam: waarde, terug: poging.terug };
  }
}
