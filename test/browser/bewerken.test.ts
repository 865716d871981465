// SPDX-License-Identifier: EUPL-1.2
// Editing in Chromium (issue 8): a redacteur changes a knooppunt with live validation and the
// server's field errors, adds a deelname and a route, and meets a concurrent change as a
// conflict with both versions, keeping both edits. On the shared layout, at 1440 and on a phone
// (issue 16): axe-clean, never wider than the screen, messages in Dutch naming the field.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOOPPUNTEN } from '../../seed/example-region.ts';
import { EditService } from '../../server/edit-service.ts';
import { RegistryService } from '../../server/registry-service.ts';
import type { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import {
  addAccounts,
  axeViolations,
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
/** Belegd bij ggd, the redacteur's organisatie (taking part is not enough to edit); ggz takes part. */
const ggdTafel = 'meldpunt-wvggz';
const naam = KNOOPPUNTEN[ggdTafel]!.naam;

const aanmelden = (page: Page, terug: string) => signIn(harness, page, REDACTEUR, terug);

/** Developer text that must never reach a person: keys, paths, Zod's English. */
const ONLEESBAAR = /input\.|Invalid|expected|received|Required|Too (small|big)|must|leeftijdM/;

/** Generous: these tests share the machine with builds and other browsers. */
const WACHTEN = 20_000;
const TEST_DUUR = 180_000;

/** Dates in inputs as a Dutch browser shows them (dd-mm-jjjj). */
const NL = { locale: 'nl-NL' } as const;

const SCHERMEN = [
  { breedte: 1440, viewport: VIEWPORT },
  { breedte: 390, viewport: TELEFOON },
] as const;

/** How Rita verified the GGD's tafel before the tests (H §2.6 stap 3): an edit must keep it. */
const VERIFICATIE = {
  namensId: 'ggd',
  geraadpleegd: [{ organisatieId: 'ggz', rol: 'wijkagent' }],
  bevestigd: ['DOEL_EN_DOELGROEP', 'AANMELDCRITERIA'],
  toelichting: null,
};

async function accountsEnVerificatie(store: EmbeddedStore): Promise<void> {
  await addAccounts(store);
  const rita = (await store.accounts()).find((a) => a.gebruikersnaam === REDACTEUR.gebruikersnaam)!;
  const registry = new RegistryService(store);
  const { versie } = (await registry.index()).knooppunten.get(ggdTafel)!;
  await new EditService(registry).verifieer(
    ggdTafel,
    versie,
    VERIFICATIE,
    new Date().toISOString().slice(0, 10),
    {
      actor: { accountId: rita.id, naam: rita.naam, rol: 'REDACTEUR', organisatieIds: ['ggd'] },
      herkomst: 'test',
    },
  );
}

beforeAll(async () => {
  harness = await startHarness(accountsEnVerificatie);
}, 60_000);
afterAll(async () => harness?.close());

describe('editing in the UI', () => {
  it(
    'opens the form from the map, validates while typing, saves, and adds a deelname',
    async () => {
      const page = await harness.browser.newPage({ viewport: VIEWPORT, ...NL });
      page.setDefaultTimeout(WACHTEN);
      await aanmelden(page, `/?regio=ZVH-NHN&selectie=${ggdTafel}`);
      await page.locator('#paneel-titel').waitFor();
      await page.getByRole('link', { name: 'Bewerken' }).click();
      await page.getByRole('heading', { name: `${naam} bewerken` }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Naam', exact: true }).inputValue()).toBe(
        naam,
      );
      // The verification in words, to read: only verifying sets it.
      const verificatie = page.getByRole('textbox', { name: 'Verificatie', exact: true });
      expect(await verificatie.getAttribute('readonly')).not.toBeNull();
      expect(await verificatie.inputValue()).toMatch(
        /^Namens GGD.*; geraadpleegd: GGZ.* \(wijkagent\); bevestigd: doel en doelgroep en aanmeldcriteria$/,
      );

      // Live validation with the server's rules: an upside-down age range is named at once, by the
      // labels of both fields.
      await page.getByLabel('Minimumleeftijd').fill('30');
      await page.getByLabel('Maximumleeftijd').fill('12');
      const leeftijdFout = page.locator('#knooppunt-leeftijdMax-fout');
      await leeftijdFout.filter({ hasText: 'Minimumleeftijd' }).waitFor();
      expect(await leeftijdFout.textContent()).toContain('Maximumleeftijd');
      expect(await leeftijdFout.textContent()).not.toMatch(ONLEESBAAR);
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
      // Version 2 was the verification; the edit keeps its record.
      await page.getByRole('status').filter({ hasText: 'Opgeslagen (versie 3)' }).waitFor();
      expect((await harness.registry.index()).knooppunten.get(ggdTafel)!.verificatie).toEqual(
        VERIFICATIE,
      );
      expect(await verificatie.inputValue()).toMatch(/^Namens GGD/);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, '17-bewerken');

      const deelnames = page.locator('#deelnames');
      const voor = await deelnames.locator('tbody tr').count();
      await deelnames.getByRole('button', { name: 'Deelname toevoegen' }).click();
      await page
        .locator('#deelname-formulier')
        .getByRole('button', { name: 'Deelname opslaan' })
        .click();
      await page
        .locator('#deelname-organisatieId-fout')
        .filter({ hasText: 'Organisatie' })
        .waitFor();
      await page.locator('#deelname-organisatieId').selectOption('ggz');
      await page.locator('#deelname-rol').selectOption('ADVISEUR');
      await page.getByLabel('Taak', { exact: true }).fill('Advies over psychiatrische zorg');
      await page
        .locator('#deelname-formulier')
        .getByRole('button', { name: 'Deelname opslaan' })
        .click();
      // GGZ already takes part: the store refuses a second deelname, named at the field.
      await page
        .locator('#deelname-formulier .utrecht-form-field-error-message')
        .filter({ hasText: /al/ })
        .first()
        .waitFor();
      expect(await deelnames.locator('tbody tr').count()).toBe(voor);
      expect(await axeViolations(page)).toEqual([]);

      const routes = page.locator('#overdrachten');
      const routesVoor = await routes.locator('tbody tr').count();
      await routes.getByRole('button', { name: 'Route toevoegen' }).click();
      const naar = await page.locator('#overdracht-naarId option').nth(2).getAttribute('value');
      await page.locator('#overdracht-naarId').selectOption(naar);
      await page.locator('#overdracht-soort').selectOption('DOORVERWIJZING');
      await page.locator('#overdracht-aanmeldingDoor').selectOption('PARTNER');
      await page.locator('#overdracht-aanmelderId').selectOption('ggz');
      await page.getByRole('button', { name: 'Route opslaan' }).click();
      await routes.locator('tbody tr').nth(routesVoor).waitFor();
      expect(await routes.locator('tbody tr').count()).toBe(routesVoor + 1);
      await page.close();
    },
    TEST_DUUR,
  );

  it(
    'shows a concurrent change as a conflict with both versions and keeps both edits',
    async () => {
      const context = await harness.browser.newContext({ viewport: VIEWPORT, ...NL });
      const page = await context.newPage();
      page.setDefaultTimeout(WACHTEN);
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
      expect(await rijen.allInnerTexts()).toEqual(['Doelgroep', 'Aanmeldcriteria']);
      await screenshot(page, '18-conflict');
      expect(await axeViolations(page)).toEqual([]);
      // The conflict view on a phone: the comparison scrolls within itself, not the page.
      await page.setViewportSize(TELEFOON);
      await page.locator('#knooppunt-conflict-kop').scrollIntoViewIfNeeded();
      expect(await breedteOverschot(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, '18-conflict-390');
      await page.setViewportSize(VIEWPORT);
      await conflict.getByRole('button', { name: 'Opslaan met deze keuzes' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Opgeslagen \(versie \d+\)/ })
        .waitFor();
      expect(await page.getByLabel('Doelgroep', { exact: true }).inputValue()).toContain(
        'mijn wijziging',
      );
      expect(await page.getByLabel('Aanmeldcriteria').inputValue()).toContain(
        'andermans wijziging',
      );
      await context.close();
    },
    TEST_DUUR,
  );

  for (const { breedte, viewport } of SCHERMEN) {
    it(
      `names an empty Naam in Dutch at the field and in the summary (${breedte} px)`,
      async () => {
        const page = await harness.browser.newPage({ viewport, ...NL });
        page.setDefaultTimeout(WACHTEN);
        await aanmelden(page, '/bewerken.html?regio=ZVH-NHN');
        await page.getByRole('heading', { name: 'Nieuw knooppunt' }).waitFor();
        await page.locator('body[data-kaart=gereed]').waitFor({ state: 'attached' });
        // The shared layout, and a form of one column that fits the screen.
        await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
        expect(await breedteOverschot(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `17-bewerken-nieuw-${breedte}`);

        await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
        const veldfout = page.locator('#knooppunt-naam-fout');
        await veldfout.filter({ hasText: 'Naam' }).waitFor();
        const naamVeld = page.getByRole('textbox', { name: 'Naam', exact: true });
        expect(await naamVeld.getAttribute('aria-invalid')).toBe('true');
        expect(await naamVeld.getAttribute('aria-describedby')).toContain('knooppunt-naam-fout');

        // The summary at the top has focus and names the field by its label, as a link to it.
        const samenvatting = page.locator('#knooppunt-samenvatting');
        expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);
        const link = samenvatting.getByRole('link', { name: /^Naam\b/ });
        expect(await link.textContent()).toBe(await veldfout.textContent());
        for (const tekst of [await veldfout.textContent(), await samenvatting.textContent()])
          expect(tekst).not.toMatch(ONLEESBAAR);
        expect(await breedteOverschot(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `17-bewerken-nieuw-fouten-${breedte}`);

        await link.click();
        expect(await naamVeld.evaluate((el) => el === document.activeElement)).toBe(true);
        // Typing a name clears its message at once.
        await naamVeld.fill('Proeftafel');
        expect(await veldfout.textContent()).toBe('');
        expect(await samenvatting.getByRole('link', { name: /^Naam\b/ }).count()).toBe(0);
        await page.close();
      },
      TEST_DUUR,
    );

    it(
      `keeps a filled form with errors and its sub-forms within the screen (${breedte} px)`,
      async () => {
        const page = await harness.browser.newPage({ viewport, ...NL });
        page.setDefaultTimeout(WACHTEN);
        await aanmelden(page, `/bewerken.html?knooppunt=${ggdTafel}`);
        await page.getByRole('heading', { name: `${naam} bewerken` }).waitFor();
        // Enum choices show their own labels: no code, and a document status as a status.
        const status = page.getByLabel('Convenant: status');
        const statussen = await status.locator('option').allTextContents();
        expect(statussen).toContain('Onbekend');
        expect(statussen).toContain('Vastgesteld');
        expect(statussen.join(' ')).not.toMatch(/[A-Z]{2,}_|ONBEKEND/);

        // Two consistency checks of the server's rules at once: ages and dates upside down.
        await page.getByLabel('Minimumleeftijd').fill('30');
        await page.getByLabel('Maximumleeftijd').fill('12');
        await page.getByLabel('Bestaat vanaf').fill('2026-06-01');
        await page.getByLabel('Bestaat tot en met').fill('2026-01-01');
        await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
        const samenvatting = page.locator('#knooppunt-samenvatting');
        await samenvatting.getByRole('link', { name: /Maximumleeftijd/ }).waitFor();
        await samenvatting.getByRole('link', { name: /Bestaat tot en met/ }).waitFor();
        expect(await samenvatting.textContent()).not.toMatch(ONLEESBAAR);
        expect(await breedteOverschot(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `17-bewerken-fouten-${breedte}`);

        // A sub-form with a row of long law names still fits.
        await page.getByRole('button', { name: 'Deelname toevoegen' }).click();
        const deelname = page.locator('#deelname-formulier');
        await deelname.getByRole('button', { name: 'Wet toevoegen' }).click();
        await deelname.getByLabel('Wet', { exact: true }).waitFor();
        expect(await breedteOverschot(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `17-bewerken-deelname-${breedte}`);
        await page.close();
      },
      TEST_DUUR,
    );
  }
});
