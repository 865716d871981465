// SPDX-License-Identifier: EUPL-1.2
// The beheer page in Chromium (issue 8): a beheerder imports a CSV (row errors in Dutch with
// nothing written, then the corrected file after confirmation) and manages accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAccounts,
  axeViolations,
  BEHEERDER,
  screenshot,
  signIn,
  startHarness,
  VIEWPORT,
  type Harness,
} from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(addAccounts);
}, 60_000);
afterAll(async () => harness?.close());

const csv = (rijen: string[]) =>
  Buffer.from(['id;naam;type;privacykader;beroepsgeheim', ...rijen].join('\n'), 'utf8');

describe('importing a spreadsheet', () => {
  it('previews row errors without writing, then imports the corrected file after confirmation', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(8000);
    await signIn(harness, page, BEHEERDER, '/beheer.html?regio=ZVH-NHN');
    await page.getByRole('heading', { name: 'Beheer van het register' }).waitFor();
    await page.locator('#wachtrij li').first().waitFor();

    const revisie = await harness.registry.store.revision();
    await page.getByLabel('Bestanden (XLSX, of CSV per blad)').setInputFiles({
      name: 'organisaties.csv',
      mimeType: 'text/csv',
      buffer: csv([';Buurtbemiddeling Alkmaar;OVERIG;AVG;', ';Schuldhulp Noord;SCHULDEN;AVG;']),
    });
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const fouten = page.getByRole('table', { name: /Fouten/ });
    await fouten.waitFor();
    expect(await fouten.locator('tbody td').allTextContents()).toEqual([
      'organisaties.csv',
      '3',
      'type',
      expect.stringContaining('moet een van GEMEENTE') as unknown as string,
    ]);
    expect(await page.getByRole('button', { name: 'Importeren bevestigen' }).count()).toBe(0);
    expect(await harness.registry.store.revision()).toBe(revisie);
    await screenshot(page, '19-import-fouten');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Bestanden (XLSX, of CSV per blad)').setInputFiles({
      name: 'organisaties.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ';Buurtbemiddeling Alkmaar;OVERIG;AVG;',
        ';Schuldhulp Noord;SCHULDHULPVERLENING;AVG;',
      ]),
    });
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByRole('button', { name: 'Importeren bevestigen' }).waitFor();
    const wat = page.getByRole('table', { name: 'Wat er verandert' });
    expect(await wat.locator('tbody tr').count()).toBe(2);
    await page.getByRole('button', { name: 'Importeren bevestigen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Geïmporteerd: 2 objecten in één wijziging.' })
      .waitFor();
    const organisaties = (await harness.registry.store.load()).organisaties.map((o) => o.naam);
    expect(organisaties).toEqual(
      expect.arrayContaining(['Buurtbemiddeling Alkmaar', 'Schuldhulp Noord']),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('creates an account with a field error first, and takes the rights of another away', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(8000);
    await signIn(harness, page, BEHEERDER, '/beheer.html?regio=ZVH-NHN');
    const sectie = page.locator('#accountbeheer');
    await sectie.getByRole('table', { name: 'Accounts' }).waitFor();
    expect(await sectie.locator('tbody tr').count()).toBe(2);

    await sectie.getByLabel('Gebruikersnaam').fill('gerrit@gemeente.example');
    await sectie.getByLabel('Naam', { exact: true }).fill('Gerrit Gemeente');
    await sectie.getByLabel('Wachtwoord').fill('kort');
    await sectie.getByRole('button', { name: 'Account opslaan' }).click();
    await sectie
      .locator('#account-wachtwoord-fout')
      .filter({ hasText: /tekens/ })
      .waitFor();
    await sectie.getByLabel('Wachtwoord').fill('een-lang-genoeg-wachtwoord');
    await sectie.getByRole('button', { name: 'Account opslaan' }).click();
    await sectie
      .locator('#account-organisatieIds-fout')
      .filter({ hasText: 'minstens één organisatie' })
      .waitFor();
    await sectie.locator('#account-organisatieIds input[value="ggz"]').check();
    await sectie.getByRole('button', { name: 'Account opslaan' }).click();
    await sectie
      .getByRole('status')
      .filter({ hasText: 'Account Gerrit Gemeente opgeslagen.' })
      .waitFor();
    expect(await sectie.locator('tbody tr').count()).toBe(3);

    await sectie.getByRole('button', { name: 'Bewerken Rita Redacteur' }).click();
    await sectie.getByLabel('Actief').uncheck();
    await sectie.getByRole('button', { name: 'Account opslaan' }).click();
    await sectie
      .getByRole('status')
      .filter({ hasText: 'Account Rita Redacteur opgeslagen.' })
      .waitFor();
    expect(
      (await harness.registry.store.accounts()).find((a) => a.naam === 'Rita Redacteur')!.actief,
    ).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '20-accounts');
    await page.close();
  });
});
