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
  breedteOverschot,
  freePort,
  openPage,
  REDACTEUR,
  screenshot,
  startHarness,
  TELEFOON,
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
  await page.waitForSelector('body[data-kaart=gereed]');
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

  it('shows the sign-in page with labelled fields, errors at the field, and the organisation account as a button', async () => {
    const { page, problems } = await openPage(harness, '/aanmelden.html?terug=%2Fbeheer.html');
    const oidc = page.getByRole('link', { name: 'Aanmelden met uw organisatie-account' });
    // A button-sized link, not small print: at least the 44 px of a pointer target.
    expect((await oidc.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await oidc.getAttribute('href')).toBe('/auth/oidc?terug=%2Fbeheer.html');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '30-aanmelden');

    // Nothing filled in: each field says what is missing, and the first one gets the focus.
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    const naam = page.getByLabel('Gebruikersnaam');
    expect(await naam.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gebruikersnaam');
    expect(await page.locator('.utrecht-form-field-error-message').allInnerTexts()).toEqual([
      'Vul uw gebruikersnaam in.',
      'Vul uw wachtwoord in.',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '30-aanmelden-leeg');

    // A wrong password: the server's message as an alert; the fields are fine.
    await naam.fill(REDACTEUR.gebruikersnaam);
    await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'wachtwoord' }).waitFor();
    expect(await page.locator('.utrecht-form-field-error-message').count()).toBe(0);
    await screenshot(page, '30-aanmelden-fout');

    await page.setViewportSize(TELEFOON);
    expect(await breedteOverschot(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '30-aanmelden-telefoon');
    expect(problems.filter((p) => !p.includes('/auth/aanmelden'))).toEqual([]);
    await page.close();
  });
});
