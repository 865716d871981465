// SPDX-License-Identifier: EUPL-1.2
// The bestuurder's overview in Chromium: matrix and gaps, overlap, accountability, exports; axe.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dekking, overlap } from '../../server/domain/coverage.ts';
import { axeViolations, screenshot, startHarness, VIEWPORT, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => harness?.close());

describe('the bestuurder overview', () => {
  it('shows the coverage matrix with its gaps, overlap pairs and the findings, and exports the gaps', async () => {
    const index = await harness.registry.index();
    const d = dekking(index, 'ZVH-NHN');
    const page = await harness.browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
    await page.goto(`${harness.base}/bestuurder.html?regio=ZVH-NHN`);
    await page.waitForSelector('body[data-overzicht=gereed]');
    expect(await page.locator('#matrix tbody tr').count()).toBe(d.themas.length);
    expect(await page.locator('#matrix td.lacune').count()).toBe(d.lacunes.length);
    expect(await page.locator('#overlap li').count()).toBe(
      Math.min(50, overlap(index, 'ZVH-NHN').length),
    );
    expect(await page.locator('#verantwoording table').first().locator('tbody tr').count()).toBe(
      22,
    );
    // A thema opens the matching knooppunten in the map.
    expect(await page.locator('#matrix tbody th a').first().getAttribute('href')).toMatch(
      /^\/\?regio=ZVH-NHN&thema=/,
    );
    // The gemeenten map: one shape per gemeente, each with its number; the thema with most gaps first.
    await expect.poll(() => page.locator('#gemeentekaart path').count()).toBe(d.gemeenten.length);
    const thema = await page.locator('#kaart-thema').inputValue();
    const gaten = d.lacunes.filter((l) => l.themaId === thema).length;
    expect(await page.locator('#gemeentekaart text').filter({ hasText: /^0$/ }).count()).toBe(
      gaten,
    );
    await screenshot(page, '14-bestuurder');
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lacunes als CSV' }).click(),
    ]);
    expect(
      readFileSync(await download.path(), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(d.lacunes.length + 1);

    // Narrowing on doelgroep reflects in the gaps.
    await page.getByLabel('Doelgroep (leeftijd)').selectOption('ouderen');
    const ouderen = dekking(index, 'ZVH-NHN', { van: 65, tot: null });
    await expect.poll(() => page.locator('#matrix td.lacune').count()).toBe(ouderen.lacunes.length);
    // A new problem: which existing tables come closest, and what they would need.
    await page.locator('#nieuw-thema').selectOption('jeugdgroepen');
    await page.locator('#nieuw-gemeente').selectOption('GM0532');
    await page.getByRole('button', { name: 'Zoek bestaande tafels' }).click();
    // Five candidates (the most it shows), led by jeugdgroepoverleg-hoorn.
    await expect.poll(() => page.locator('#nieuw-resultaat li').count()).toBe(5);
    expect(await page.locator('#nieuw-resultaat li a').first().getAttribute('href')).toContain(
      'selectie=jeugdgroepoverleg-hoorn',
    );
    expect(await page.locator('#nieuw-resultaat li').first().textContent()).toContain('Nodig:');
    expect(await axeViolations(page)).toEqual([]);

    // An overlapping pair opens side by side in the map.
    const [eerste] = overlap(index, 'ZVH-NHN');
    await page.getByRole('link', { name: 'Samen op de kaart' }).first().click();
    await page.waitForSelector('body[data-kaart=gereed]');
    const url = new URL(page.url());
    expect([url.searchParams.get('selectie'), url.searchParams.get('naast')]).toEqual([
      eerste!.a.id,
      eerste!.b.id,
    ]);
    await expect.poll(() => page.textContent('#paneel-titel')).toBe(eerste!.a.naam);
    await screenshot(page, '15-overlap-samen');
    await page.close();
  });
});
