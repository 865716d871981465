// SPDX-License-Identifier: EUPL-1.2
// Editing in Chromium (issue 8): a redacteur changes a knooppunt with live validation and the
// server's field errors, adds a deelname and a route, and meets a concurrent change as a
// conflict with both versions, keeping both edits.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOOPPUNTEN } from '../../seed/example-region.ts';
import {
  addAccounts,
  axeViolations,
  REDACTEUR,
  screenshot,
  signIn,
  startHarness,
  VIEWPORT,
  type Harness,
} from './harness.ts';

let harness: Harness;
/** Belegd bij ggd, the redacteur's organisatie (taking part is not enough to edit); ggz takes part. */
const ggdTafel = 'meldpunt-wvggz';
const naam = KNOOPPUNTEN[ggdTafel]!.naam;

const aanmelden = (page: Page, terug: string) => signIn(harness, page, REDACTEUR, terug);

beforeAll(async () => {
  harness = await startHarness(addAccounts);
}, 60_000);
afterAll(async () => harness?.close());

describe('editing in the UI', () => {
  it('opens the form from the map, validates while typing, saves, and adds a deelname', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(8000);
    await aanmelden(page, `/?regio=ZVH-NHN&selectie=${ggdTafel}`);
    await page.locator('#paneel-titel').waitFor();
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByRole('heading', { name: `${naam} bewerken` }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Naam', exact: true }).inputValue()).toBe(naam);

    // Live validation with the server's rules: an upside-down age range is named at once.
    await page.getByLabel('Minimumleeftijd').fill('30');
    await page.getByLabel('Maximumleeftijd').fill('12');
    await page
      .locator('#knooppunt-leeftijdMax-fout')
      .filter({ hasText: 'moet minstens gelijk zijn aan leeftijdMin' })
      .waitFor();
    expect(await page.getByLabel('Maximumleeftijd').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Maximumleeftijd').fill('');
    await page.getByLabel('Minimumleeftijd').fill('');
    expect(await page.locator('#knooppunt-leeftijdMax-fout').textContent()).toBe('');

    // The server's own field errors land next to the field: a name another knooppunt has.
    const ander = Object.values(KNOOPPUNTEN).find(
      (k) => k.regioId === 'ZVH-NHN' && k.naam !== naam,
    )!.naam;
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(ander);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.locator('#knooppunt-naam-fout').filter({ hasText: 'bestaat al' }).waitFor();
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(naam);
    await page
      .getByLabel('Doel', { exact: true })
      .fill('Gezamenlijk zorgen voor passende hulp bij verward gedrag.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen (versie 2)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '17-bewerken');

    const deelnames = page.locator('#deelnames');
    const voor = await deelnames.locator('tr').count();
    await deelnames.getByRole('button', { name: 'Deelname toevoegen' }).click();
    await page
      .locator('#deelname-formulier')
      .getByRole('button', { name: 'Deelname opslaan' })
      .click();
    await page.locator('#deelname-organisatieId-fout').filter({ hasText: 'Organisatie' }).waitFor();
    await page.locator('#deelname-organisatieId').selectOption('ggz');
    await page.locator('#deelname-rol').selectOption('ADVISEUR');
    await page.getByLabel('Taak', { exact: true }).fill('Advies over psychiatrische zorg');
    await page
      .locator('#deelname-formulier')
      .getByRole('button', { name: 'Deelname opslaan' })
      .click();
    // GGZ already takes part: the store refuses a second deelname, named at the field.
    await page.locator('#deelname-formulier .veldfout').filter({ hasText: /al/ }).first().waitFor();
    expect(await deelnames.locator('tr').count()).toBe(voor);
    expect(await axeViolations(page)).toEqual([]);

    const routes = page.locator('#overdrachten');
    const routesVoor = await routes.locator('tr').count();
    await routes.getByRole('button', { name: 'Route toevoegen' }).click();
    const naar = await page.locator('#overdracht-naarId option').nth(2).getAttribute('value');
    await page.locator('#overdracht-naarId').selectOption(naar);
    await page.locator('#overdracht-soort').selectOption('DOORVERWIJZING');
    await page.locator('#overdracht-aanmeldingDoor').selectOption('PARTNER');
    await page.locator('#overdracht-aanmelderId').selectOption('ggz');
    await page.getByRole('button', { name: 'Route opslaan' }).click();
    await routes.locator('tr').nth(routesVoor).waitFor();
    expect(await routes.locator('tr').count()).toBe(routesVoor + 1);
    await page.close();
  });

  it('shows a concurrent change as a conflict with both versions and keeps both edits', async () => {
    const context = await harness.browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    await aanmelden(page, `/bewerken.html?knooppunt=${ggdTafel}`);
    await page.getByRole('heading', { name: `${naam} bewerken` }).waitFor();
    await page
      .getByLabel('Doelgroep', { exact: true })
      .fill('Volwassenen met verward gedrag (mijn wijziging)');

    // Meanwhile someone else saves another field in another tab.
    const ander = await context.newPage();
    await ander.goto(`${harness.base}/bewerken.html?knooppunt=${ggdTafel}`);
    await ander
      .getByLabel('Aanmeldcriteria')
      .fill('Aanmelden via het meldpunt (andermans wijziging)');
    await ander.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await ander.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
    await ander.close();

    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const conflict = page.locator('#knooppunt-formulier .conflict');
    await conflict
      .getByRole('heading', { name: 'Iemand anders heeft dit intussen gewijzigd' })
      .waitFor();
    const rijen = conflict.locator('tbody th');
    expect(await rijen.allTextContents()).toEqual(['Doelgroep', 'Aanmeldcriteria']);
    await screenshot(page, '18-conflict');
    expect(await axeViolations(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Opslaan met deze keuzes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Opgeslagen \(versie \d+\)/ })
      .waitFor();
    expect(await page.getByLabel('Doelgroep', { exact: true }).inputValue()).toContain(
      'mijn wijziging',
    );
    expect(await page.getByLabel('Aanmeldcriteria').inputValue()).toContain('andermans wijziging');
    await context.close();
  });
});
