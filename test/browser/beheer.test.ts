// SPDX-License-Identifier: EUPL-1.2
// Upkeep in Chromium (issues 8, 22): sign in as a redacteur, record a verification in the map's
// panel (for whom, with whom, what), read the history in words and bring back an earlier version
// after confirming; a wrong password is refused on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAccounts,
  axeViolations,
  breedteOverschot,
  screenshot,
  startHarness,
  TELEFOON,
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
    // §2.6 stap 3: for whom, with whom (organisations and functions, no names), and what.
    await page.getByRole('button', { name: 'Verificatie vastleggen' }).click();
    const formulier = page.locator('.verificatieformulier');
    await formulier.getByRole('button', { name: 'Verificatie vastleggen' }).click();
    await formulier
      .getByRole('alert')
      .filter({ hasText: /minstens één organisatie/ })
      .waitFor();
    const eerste = formulier.locator('input[name=geraadpleegd]').first();
    const organisatie = (await eerste.locator('xpath=..').textContent())!.trim();
    await eerste.check();
    await formulier.getByLabel(`Functie bij ${organisatie}`).fill('casusregisseur');
    await formulier.getByLabel('Doel en doelgroep').check();
    await formulier.getByLabel('Aanmeldcriteria').check();
    await screenshot(page, '16-verificatie-vastleggen');
    expect(await axeViolations(page)).toEqual([]);
    await formulier.getByRole('button', { name: 'Verificatie vastleggen' }).click();
    await page
      .locator('.verificatie')
      .filter({ hasText: /Geverifieerd door Rita Redacteur \(.*\) op \d{1,2} [a-z]+ \d{4}/ })
      .waitFor();
    expect(await page.locator('.verificatie-verslag').textContent()).toMatch(
      new RegExp(
        `Namens .*; geraadpleegd: ${organisatie.replace(/[()]/g, '.')} \\(casusregisseur\\); bevestigd: doel en doelgroep en aanmeldcriteria`,
      ),
    );

    await page.getByRole('button', { name: 'Geschiedenis' }).click();
    const historie = page.locator('.geschiedenis');
    await historie.getByText(/Rita Redacteur verifieerde Knooppunt ‘/).waitFor();
    // In words: the field's label and the values as people read them, no keys or JSON.
    const zinnen = (await historie.locator('.velden-in-woorden li').allTextContents()).join('\n');
    expect(zinnen).toMatch(/Geverifieerd op (ingevuld|gewijzigd van) .*‘\d{1,2} [a-z]+ \d{4}’/);
    expect(zinnen).toMatch(/Verificatie (ingevuld:|gewijzigd van) .*casusregisseur/);
    expect(zinnen).not.toMatch(/geverifieerdDoor|[{}"]/);
    await screenshot(page, '16-geschiedenis');
    expect(await axeViolations(page)).toEqual([]);

    // Restoring asks first: dismissed, nothing happens; accepted, a new version.
    const terug = historie.getByRole('button', { name: 'Zet versie 1 terug' });
    page.once('dialog', (dialog) => void dialog.dismiss());
    await terug.click();
    expect(await historie.getByText(/teruggezet|zette een eerdere versie terug/).count()).toBe(0);
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('Versie 1 terugzetten?');
      void dialog.accept();
    });
    await terug.click();
    await historie
      .getByText(/Rita Redacteur zette een eerdere versie terug van Knooppunt/)
      .waitFor();
    // The description comes back; the verification stays what verifying recorded (only verifying sets it).
    expect(await page.locator('.verificatie').first().textContent()).toContain('Rita Redacteur');

    // On a phone the history reads as sentences, within the screen's width.
    await page.setViewportSize(TELEFOON);
    expect(await breedteOverschot(page)).toBe(0);
    await historie.scrollIntoViewIfNeeded();
    await screenshot(page, '16-geschiedenis-telefoon');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);

  it('offers no upkeep to someone not signed in', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(30_000);
    await page.goto(`${harness.base}/?regio=ZVH-NHN&selectie=${ggdTafel}`);
    await page.locator('#paneel-titel').waitFor();
    await page.locator('#account a', { hasText: 'Aanmelden' }).waitFor();
    expect(await page.getByRole('button', { name: 'Verificatie vastleggen' }).count()).toBe(0);
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
    // The first test's verification in short: who, for whom, when and with whom (H §2.6 stap 3).
    expect(cellen).toContainEqual(
      expect.stringMatching(
        /^door Rita Redacteur namens GGD[^,]*, op \d{1,2} [a-z]+ \d{4}, nagegaan met \S/,
      ),
    );
    expect(
      cellen.some((c) =>
        /\((ouder dan 12 maanden|gewijzigd na verificatie|nog niet geverifieerd)\)/.test(c),
      ),
    ).toBe(true);
    await page.close();
  });
});
