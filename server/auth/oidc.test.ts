// SPDX-License-Identifier: EUPL-1.2
// The OpenID Connect attempt sealed in the kpr_oidc cookie: it opens on any instance with the same
// key, and nowhere else; a changed, cut or forged value opens nowhere.
import { AuditKeten } from '../store/audit-keten.ts';
import { describe, expect, it } from 'vitest';
import { AanmeldFout, OIDC_SLEUTEL_DOEL, OidcSignIn, openPoging, sealPoging } from './oidc.ts';

const keten = (sleutel: string) => new AuditKeten({ auditSleutel: sleutel });
const A = keten('a'.repeat(32)).afgeleideSleutel(OIDC_SLEUTEL_DOEL);
const poging = {
  verifier: 'v'.repeat(43),
  state: 's'.repeat(43),
  nonce: 'n'.repeat(43),
  terug: '/beheer.html?regio=zvh',
  tot: 1_700_000_600_000,
};

describe('the sealed OIDC attempt', () => {
  it('opens with the key every instance derives from the same AUDIT_SLEUTEL', () => {
    const zelfde = keten('a'.repeat(32)).afgeleideSleutel(OIDC_SLEUTEL_DOEL);
    expect(zelfde.equals(A)).toBe(true);
    expect(openPoging(zelfde, sealPoging(A, poging))).toEqual(poging);
  });

  it('is a key of its own: not the chain key, not another purpose, not another AUDIT_SLEUTEL', () => {
    expect(A).toHaveLength(32);
    expect(A.toString('utf8')).not.toContain('a'.repeat(32));
    const anders = keten('a'.repeat(32)).afgeleideSleutel('iets-anders');
    const andereSleutel = keten('b'.repeat(32)).afgeleideSleutel(OIDC_SLEUTEL_DOEL);
    expect(anders.equals(A)).toBe(false);
    expect(openPoging(anders, sealPoging(A, poging))).toBeUndefined();
    expect(openPoging(andereSleutel, sealPoging(A, poging))).toBeUndefined();
  });

  it('hides what it holds, and is new every time', () => {
    const een = sealPoging(A, poging);
    const twee = sealPoging(A, poging);
    expect(een).not.toBe(twee);
    const inhoud = Buffer.from(een.slice(3), 'base64url').toString('latin1');
    for (const geheim of [poging.verifier, poging.state, poging.nonce, 'beheer.html'])
      expect(een + inhoud).not.toContain(geheim);
    // Fits in a cookie with room to spare.
    expect(een.length).toBeLessThan(600);
  });

  it('refuses a changed, cut, forged or missing value', () => {
    const echt = sealPoging(A, poging);
    const raw = Buffer.from(echt.slice(3), 'base64url');
    const flip = (i: number) => {
      const b = Buffer.from(raw);
      b[i] = b[i]! ^ 1;
      return `v1.${b.toString('base64url')}`;
    };
    for (const vals of [
      flip(0), // IV
      flip(20), // ciphertext
      flip(raw.length - 1), // tag
      `v1.${raw.subarray(0, raw.length - 1).toString('base64url')}`,
      `v2.${echt.slice(3)}`,
      echt.slice(3),
      'v1.',
      'v1.AAAA',
      '',
      undefined,
    ])
      expect(openPoging(A, vals)).toBeUndefined();
  });

  it('an attempt past its ten minutes, or without a cookie, is "verlopen" before the provider is asked', async () => {
    const klok = { t: poging.tot + 1 };
    const oidc = new OidcSignIn(
      {
        issuer: 'http://127.0.0.1:9/',
        clientId: 'register',
        clientSecret: undefined,
        redirectUri: 'http://127.0.0.1:9/auth/oidc/terug',
        claim: 'email',
      },
      A,
      () => klok.t,
    );
    const answer = new URL('http://127.0.0.1:9/auth/oidc/terug?code=x&state=y');
    for (const cookie of [sealPoging(A, poging), undefined, 'onzin']) {
      const fout = await oidc.finish(cookie, answer).catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(AanmeldFout);
      expect((fout as AanmeldFout).code).toBe('verlopen');
    }
  });
});
