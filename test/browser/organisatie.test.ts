// SPDX-License-Identifier: EUPL-1.2
// The organisation's view in Chromium: GGZ's tables with secrecy, tables that may ask, findings;
// filtering, comparing two tables, opening them in the map, CSV export; a type (woningcorporaties).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisatieOverzicht } from '../../server/domain/organisation-view.ts';
import { axeViolations, screenshot, startHarness, VIEWPORT, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => harness?.close());

const open = async (query: string) => {
  const page = await harness.browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  page.setDefaultTimeout(5000);
  await page.goto(`${harness.base}/organisatie.html?${query}`);
  await page.waitForSelector('body[data-overzicht=gereed]');
  return page;
};

describe('the organisation view', () => {
  it('shows GGZ its tables with what its secrecy means there, the tables that may ask it, and its findings', async () => {
    const expected = organisatieOverzicht(
      await harness.registry.index(),
      ['ggz'],
      'ZVH-NHN',
      new Date().toISOString().slice(0, 10),
    );
    const page = await open('regio=ZVH-NHN&organisatie=ggz');
    const betrokken = page.locator('#betrokken tbody tr');
    expect(await betrokken.count()).toBe(expected.betrokken.length);
    expect(await betrokken.first().textContent()).toMatch(
      /Toestemming:|Conflict van plichten:|Wettelijk meldrecht:|niet vastgelegd/,
    );
    expect(await page.locator('#mogelijk tbody tr').count()).toBe(expected.mogelijk.length);
    expect(await page.locator('#bevindingen li').count()).toBe(expected.bevindingen.length);
    await screenshot(page, '12-organisatie-ggz');
    expect(await axeViolations(page)).toEqual([]);

    // Filter on functie: only meldpunten.
    await page.locator('#f-functie').selectOption('MELDPUNT');
    const meldpunten = expected.betrokken.filter((b) => b.knooppunt.functie === 'MELDPUNT').length;
    expect(await betrokken.count()).toBe(meldpunten);
    await page.locator('#f-functie').selectOption('');

    // Compare two tables side by side.
    await page
      .getByRole('checkbox', { name: `Vergelijk ${expected.betrokken[0]!.knooppunt.naam}` })
      .check();
    await page
      .getByRole('checkbox', { name: `Vergelijk ${expected.mogelijk[0]!.knooppunt.naam}` })
      .check();
    await expect.poll(() => page.isVisible('#vergelijk-sectie')).toBe(true);
    const kop = await page.locator('#vergelijk thead th').allTextContents();
    expect(kop).toEqual([
      expected.betrokken[0]!.knooppunt.naam,
      expected.mogelijk[0]!.knooppunt.naam,
    ]);
    await screenshot(page, '13-organisatie-vergelijking');
    expect(await axeViolations(page)).toEqual([]);

    expect(
      await page.getByRole('link', { name: 'Open onze tafels in de kaart' }).getAttribute('href'),
    ).toBe('/?regio=ZVH-NHN&organisatie=ggz');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Overzicht als CSV' }).click(),
    ]);
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(1 + expected.betrokken.length + expected.mogelijk.length);
    await page.close();
  });

  it('shows all woningcorporaties together, with the findings about their participations', async () => {
    const page = await open('regio=ZVH-NHN&type=WONINGCORPORATIE');
    expect(await page.locator('#titel').textContent()).toBe(
      'Alle organisaties van de soort Woningcorporatie',
    );
    // Seven findings about the two corporaties' deelnames: R03 three times, R11 four times.
    expect(await page.locator('#bevindingen li').count()).toBe(7);
    expect(await page.locator('#bevindingen li').filter({ hasText: 'R11' }).count()).toBe(4);
    expect(await page.locator('#betrokken thead th').allTextContents()).toContain('Organisatie');
    await page.close();
  });
});
