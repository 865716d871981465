// SPDX-License-Identifier: EUPL-1.2
// Signing in with the organisation's OpenID Connect provider (Entra ID, Keycloak, ...): the
// authorization code flow with PKCE, state and nonce (openid-client). The provider says who
// someone is; the registry decides what they may: the claim (default "email") must name an
// active account that a beheerder created, with its role and organisaties.
// An attempt under way (PKCE verifier, state, nonce, where to go back, expiry) travels in the
// browser's kpr_oidc cookie, encrypted and authenticated (AES-256-GCM) with a key every instance
// derives from AUDIT_SLEUTEL: the provider's answer may land on any instance (ADR 0006).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
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

export interface Poging {
  verifier: string;
  state: string;
  nonce: string;
  terug: string;
  tot: number;
}

const GELDIG_MS = 10 * 60_000;
/** The label of the cookie key, derived from AUDIT_SLEUTEL (AuditKeten.afgeleideSleutel). */
export const OIDC_SLEUTEL_DOEL = 'oidc-poging-v1';
/** A longer way back is dropped for "/": the sealed attempt must fit in a cookie (4 KB). */
const MAX_TERUG = 1024;
const VERSIE = 'v1.';
/** Bound into the tag: a value sealed with this key for anything else does not open here. */
const AAD = Buffer.from('knooppuntenregister kpr_oidc v1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The attempt as the cookie's value: "v1." and base64url of IV, ciphertext and GCM tag. */
export function sealPoging(sleutel: Buffer, poging: Poging): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sleutel, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(AAD);
  const tekst = Buffer.concat([cipher.update(JSON.stringify(poging), 'utf8'), cipher.final()]);
  return VERSIE + Buffer.concat([iv, tekst, cipher.getAuthTag()]).toString('base64url');
}

/** The attempt in a cookie's value; undefined when it is not one this key sealed, or was changed. */
export function openPoging(sleutel: Buffer, waarde: string | undefined): Poging | undefined {
  if (waarde === undefined || !waarde.startsWith(VERSIE)) return undefined;
  const raw = Buffer.from(waarde.slice(VERSIE.length), 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sleutel, raw.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(AAD);
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const tekst = Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
    const p = JSON.parse(tekst) as Partial<Poging>;
    return typeof p.verifier === 'string' &&
      typeof p.state === 'string' &&
      typeof p.nonce === 'string' &&
      typeof p.terug === 'string' &&
      typeof p.tot === 'number'
      ? { verifier: p.verifier, state: p.state, nonce: p.nonce, terug: p.terug, tot: p.tot }
      : undefined;
  } catch {
    return undefined;
  }
}

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
  /** Seals the attempts under way into the browser's kpr_oidc cookie (256 bits). */
  private readonly sleutel: Buffer;
  private readonly now: () => number;

  constructor(settings: OidcSettings, sleutel: Buffer, now: () => number = Date.now) {
    if (sleutel.length !== 32) throw new RangeError('de sleutel voor kpr_oidc moet 32 bytes zijn');
    this.settings = settings;
    this.sleutel = sleutel;
    this.now = now;
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

  /** Where to send the browser, and this attempt, sealed, for the cookie. */
  async start(terug: string): Promise<{ url: URL; poging: string }> {
    const config = await this.configuration();
    const poging: Poging = {
      verifier: oidc.randomPKCECodeVerifier(),
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      terug: terug.length <= MAX_TERUG ? terug : '/',
      tot: this.now() + GELDIG_MS,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(poging.verifier),
      code_challenge_method: 'S256',
      state: poging.state,
      nonce: poging.nonce,
    });
    return { url, poging: sealPoging(this.sleutel, poging) };
  }

  /**
   * Checks the provider's answer for the attempt in the cookie, on whichever instance it lands;
   * the gebruikersnaam it vouches for. The provider redeems its code once, so a replayed answer
   * fails there.
   */
  async finish(
    cookie: string | undefined,
    answer: URL,
  ): Promise<{ gebruikersnaam: string; terug: string }> {
    const poging = openPoging(this.sleutel, cookie);
    if (!poging || poging.tot < this.now()) throw new AanmeldFout('verlopen');
    const config = await this.configuration();
    // The answer's parameters on the configured way back: the token request must repeat the
    // redirect_uri the attempt started with, whichever host name this instance was reached by.
    const terugUrl = new URL(this.settings.redirectUri);
    terugUrl.search = answer.search;
    const tokens = await oidc.authorizationCodeGrant(config, terugUrl, {
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
