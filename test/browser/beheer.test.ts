// SPDX-License-Identifier: EUPL-1.2
// Upkeep in Chromium (issue 8): sign in as a redacteur, verify a description in the map's panel,
// read its history and bring back an earlier version; a wrong password is refused on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAccounts,
  axeViolations,
  screenshot,
  startHarness,
  VIEWPORT,
  type Harness,
} from './harness.ts';

let harness: Harness;
/** Belegd bij ggd, the redacteur's organisatie (taking part is not enough to edit); ggz takes part. */
const ggdTafel = 'meldpunt-wvggz';

beforeAll(async () => {
  harness = await startHarness(addAccounts);
}, 60_000);
afterAll(async () => harness?.close());

describe('keeping descriptions true', () => {
  it('signs in, verifies a description, shows its history and restores an earlier version', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(30_000);
    await page.goto(
      `${harness.base}/aanmelden.html?terug=${encodeURIComponent(`/?regio=ZVH-NHN&selectie=${ggdTafel}`)}`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Gebruikersnaam').fill('rita@ggd.example');
    await page.getByLabel('Wachtwoord').fill('verkeerd-wachtwoord');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('alert').filter({ hasText: 'onjuist wachtwoord' }).waitFor();
    await page.getByLabel('Wachtwoord').fill('lang-genoeg-wachtwoord');
    await page.getByRole('button', { name: 'Aanmelden' }).click();

    await page.locator('#account').filter({ hasText: 'Aangemeld als Rita Redacteur' }).waitFor();
    await page.locator('#paneel-titel').waitFor();
    await page.getByRole('button', { name: 'Markeer als geverifieerd' }).click();
    await page
      .locator('.verificatie')
      .filter({ hasText: /Geverifieerd door Rita Redacteur \(.*\) op \d{1,2} [a-z]+ \d{4}/ })
      .waitFor();

    await page.getByRole('button', { name: 'Geschiedenis' }).click();
    const historie = page.locator('.geschiedenis');
    await historie.getByText(/Rita Redacteur:\s+geverifieerd/).waitFor();
    // The changed fields: by key today, by label once the history speaks in words (issue 22).
    const velden = (await historie.locator('th[scope=row]').allTextContents()).map((v) => v.trim());
    expect(velden.some((v) => /^(geverifieerdDoor|Geverifieerd door)$/.test(v))).toBe(true);
    expect(velden.some((v) => /^(geverifieerdOp|Geverifieerd op)$/.test(v))).toBe(true);
    await screenshot(page, '16-geschiedenis');
    expect(await axeViolations(page)).toEqual([]);

    await historie.getByRole('button', { name: 'Zet versie 1 terug' }).click();
    await historie.getByText(/Rita Redacteur:\s+teruggezet/).waitFor();
    // The description comes back; the verification stays what verifying recorded (only verifying sets it).
    expect(await page.locator('.verificatie').first().textContent()).toContain('Rita Redacteur');
    await page.close();
  }, 120_000);

  it('offers no upkeep to someone not signed in', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(30_000);
    await page.goto(`${harness.base}/?regio=ZVH-NHN&selectie=${ggdTafel}`);
    await page.locator('#paneel-titel').waitFor();
    await page.locator('#account a', { hasText: 'Aanmelden' }).waitFor();
    expect(await page.getByRole('button', { name: 'Markeer als geverifieerd' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Geschiedenis' }).count()).toBe(0);
    await page.close();
  });

  it('shows in the list view who verified each description and when, and flags the rest (R20)', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(30_000);
    await page.goto(`${harness.base}/?regio=ZVH-NHN&weergave=lijst`);
    const kolom = page.getByRole('table', { name: /Knooppunten/ }).locator('tbody td:last-child');
    await kolom.first().waitFor();
    const cellen = await kolom.allTextContents();
    expect(cellen.some((c) => /^door .+ op \d{1,2} [a-z]+ \d{4}/.test(c))).toBe(true);
    expect(
      cellen.some((c) =>
        /\((ouder dan 12 maanden|gewijzigd na verificatie|nog niet geverifieerd)\)/.test(c),
      ),
    ).toBe(true);
    await page.close();
  });
});
