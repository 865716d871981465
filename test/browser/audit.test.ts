// SPDX-License-Identifier: EUPL-1.2
// The audit trail page in Chromium (issue 22, ux review row 27): a beheerder sees the integrity
// check explained, searches by person, action and period, reads each record in words, downloads
// the CSV for an auditor and the chain's head, and checks against that head; a redacteur is refused.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAccounts,
  axeViolations,
  BEHEERDER,
  breedteOverschot,
  REDACTEUR,
  screenshot,
  signIn,
  startHarness,
  TELEFOON,
  VIEWPORT,
  type Harness,
} from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(addAccounts);
}, 60_000);
afterAll(async () => harness?.close());

describe('the audit trail page', () => {
  it('lets the beheerder search it in words, check it and export it for an auditor', async () => {
    const context = await harness.browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    // A refused attempt to find: the redacteur's wrong password.
    await signIn(harness, page, { ...REDACTEUR, wachtwoord: 'verkeerd-wachtwoord' }, '/');
    await page.getByRole('alert').filter({ hasText: 'onjuist wachtwoord' }).waitFor();
    await signIn(harness, page, BEHEERDER, '/beheer.html');
    await page.waitForURL((url) => url.pathname === '/beheer.html');
    await page.getByRole('link', { name: 'Naar de audittrail' }).click();
    await page.waitForURL((url) => url.pathname === '/audit.html');
    await page.waitForSelector('body[data-kaart=gereed]');
    expect(
      await page
        .getByRole('navigation')
        .getByRole('link', { name: 'Beheer' })
        .getAttribute('aria-current'),
    ).toBe('true');

    await page.getByText(/De audittrail is ongeschonden\. Alle [\d.]+ records/).waitFor();
    const kop = page.locator('#resultaat-kop');
    const alle = Number(/^([\d.]+)/.exec((await kop.textContent())!.trim())![1]!.replace('.', ''));
    expect(alle).toBeGreaterThan(2);
    // Every record in words, never a key or JSON.
    const zinnen = await page.locator('.auditrecord > p:nth-child(2)').allTextContents();
    expect(zinnen.some((z) => /^Regionale beheerder meldde zich aan\.$/.test(z.trim()))).toBe(true);
    expect(zinnen.join('\n')).not.toMatch(/[{}"]|undefined|null/);

    // By action and result: the refused sign-in.
    await page.getByLabel('Handeling').selectOption('AANMELDEN');
    await page.getByLabel('Uitkomst').selectOption('GEWEIGERD');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByText(/Aanmelden mislukt voor /)
      .first()
      .waitFor();
    expect(new URL(page.url()).searchParams.get('actie')).toBe('AANMELDEN');
    // By person and period: today, the beheerder's own records.
    await page.getByRole('button', { name: 'Alles tonen' }).click();
    const vandaag = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(),
    );
    await page.getByLabel('Persoon (naam of deel ervan)').fill('beheerder');
    await page.getByLabel('Vanaf').fill(vandaag);
    await page.getByLabel('Tot en met').fill(vandaag);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForFunction(
      (n) => !document.querySelector('#resultaat-kop')?.textContent?.startsWith(`${n} `),
      alle,
    );
    const eigen = await page.locator('.auditrecord > p:nth-child(2)').allTextContents();
    expect(eigen.length).toBeGreaterThan(0);
    expect(eigen.every((z) => z.trim().startsWith('Regionale beheerder '))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '30-audittrail');

    // For the auditor: the CSV with ";" and a BOM, and the chain's head to keep elsewhere.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Records als CSV' }).click(),
    ]);
    const tekst = readFileSync(await csv.path(), 'utf8');
    expect(tekst.startsWith('\uFEFFVolgnummer;Tijdstip;Handeling;Uitkomst;Door')).toBe(true);
    expect(tekst).toContain('Regionale beheerder meldde zich aan.');
    await page.getByRole('button', { name: 'Kop van de keten tonen' }).click();
    const hash = (await page.locator('.ketenkop code').first().textContent())!;
    const handtekening = (await page.locator('.ketenkop code').nth(1).textContent())!;
    const volgnummer = /^(\d+)/.exec(
      (await page.locator('.ketenkop dd').first().textContent())!,
    )![1]!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await page.getByLabel('Volgnummer').fill(volgnummer);
    await page.getByLabel('Vingerafdruk (hash)').fill(hash);
    await page.getByLabel('Handtekening').fill(handtekening);
    await page.getByRole('button', { name: 'Controleren tegen deze kop' }).click();
    await page.getByText(/De audittrail is ongeschonden/).waitFor();
    // A head that was never the registry's is refused in words.
    await page.getByLabel('Vingerafdruk (hash)').fill('0'.repeat(64));
    await page.getByRole('button', { name: 'Controleren tegen deze kop' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /handtekening|anker|kop/i })
      .waitFor();

    await page.setViewportSize(TELEFOON);
    expect(await breedteOverschot(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '30-audittrail-telefoon');
    await context.close();
  }, 180_000);

  it('is not shown to a redacteur', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(30_000);
    await signIn(harness, page, REDACTEUR, '/audit.html');
    await page.waitForURL((url) => url.pathname === '/audit.html');
    await page
      .getByText('Alleen de beheerder van het register kan de audittrail inzien.')
      .waitFor();
    expect(await page.locator('.auditrecord').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
