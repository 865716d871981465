// SPDX-License-Identifier: EUPL-1.2
// Signing in with an OpenID Connect provider (issue 8), against oidc-provider in-process: the
// provider says who someone is, the registry's account decides what they may. A person the
// provider knows but the registry does not is refused, and that refusal is audited.
import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAccounts,
  axeViolations,
  freePort,
  REDACTEUR,
  startHarness,
  VIEWPORT,
  type Harness,
} from './harness.ts';

let harness: Harness;
let provider: Server;

beforeAll(async () => {
  const [appPort, issuerPort] = [await freePort(), await freePort()];
  const issuer = `http://127.0.0.1:${issuerPort}`;
  const oidc = new Provider(issuer, {
    clients: [
      {
        client_id: 'register',
        client_secret: 'een-test-geheim-0123456789',
        redirect_uris: [`http://127.0.0.1:${appPort}/auth/oidc/terug`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // The dev login form accepts any name: the name becomes the subject and the email claim.
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, email: id }) }),
    claims: { openid: ['sub'], email: ['email'] },
    cookies: { keys: ['test-sleutel-voor-cookies'] },
  });
  provider = oidc.listen(issuerPort);
  harness = await startHarness(addAccounts, {
    port: appPort,
    security: {
      oidc: {
        issuer,
        clientId: 'register',
        clientSecret: 'een-test-geheim-0123456789',
        redirectUri: `http://127.0.0.1:${appPort}/auth/oidc/terug`,
        claim: 'email',
        allowInsecure: true,
      },
    },
  });
}, 60_000);
afterAll(async () => {
  await harness?.close();
  provider?.close();
});

async function viaProvider(login: string, terug: string) {
  const page = await harness.browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(10_000);
  await page.goto(`${harness.base}/aanmelden.html?terug=${encodeURIComponent(terug)}`);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'aanmelden met uw organisatie-account' }).click();
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('wat-dan-ook');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  return page;
}

describe('signing in with OpenID Connect', () => {
  it('signs in the account the provider vouches for, with the rights the registry gave it', async () => {
    const page = await viaProvider(REDACTEUR.gebruikersnaam, '/beheer.html');
    await page
      .locator('#account')
      .filter({ hasText: `Aangemeld als ${REDACTEUR.naam} (redacteur)` })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/beheer.html');
    await page.close();
  });

  it('refuses someone the registry has no account for, and records the attempt', async () => {
    const page = await viaProvider('onbekend@elders.example', '/');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Er is in dit register geen account voor uw organisatie-account' })
      .waitFor();
    const laatste = (await harness.registry.store.auditRecords({ na: 0, limiet: 100_000 }))
      .filter((r) => r.actie === 'AANMELDEN')
      .at(-1)!;
    expect(laatste).toMatchObject({ resultaat: 'GEWEIGERD', actorId: null });
    await page.close();
  });
});
