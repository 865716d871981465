// SPDX-License-Identifier: EUPL-1.2
// The organisation view in Chromium: GGZ's tables with secrecy, tables that may ask, findings;
// filtering, comparing two tables, opening them in the map, CSV export; a type (woningcorporaties);
// the summary first; on a phone and on paper.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisatieOverzicht } from '../../server/domain/organisation-view.ts';
import {
  afdrukken,
  axeViolations,
  breedteOverschot,
  openPage,
  screenshot,
  startHarness,
  TELEFOON,
  VIEWPORT,
  type Harness,
} from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => harness?.close());

const open = async (query: string) => {
  const { page, problems } = await openPage(harness, `/organisatie.html?${query}`);
  page.setDefaultTimeout(5000);
  return { page, problems };
};

/** Every CSV line, with the byte-order mark and either separator. */
async function csvRegels(page: Page, knop: string): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: knop }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/);
}

describe('the organisation view', () => {
  it('shows GGZ its tables with what its secrecy means there, the tables that may ask it, and its findings', async () => {
    const expected = organisatieOverzicht(
      await harness.registry.index(),
      ['ggz'],
      'ZVH-NHN',
      new Date().toISOString().slice(0, 10),
    );
    const { page, problems } = await open('regio=ZVH-NHN&organisatie=ggz');
    const betrokken = page.locator('#betrokken tbody tr');
    expect(await betrokken.count()).toBe(expected.betrokken.length);
    expect(await betrokken.first().textContent()).toMatch(
      /Eerst toestemming:|Conflict van plichten:|Wettelijk meldrecht of spreekplicht:|Noodsituatie of vitaal belang:|niet vastgelegd/,
    );
    expect(await page.locator('#mogelijk tbody tr').count()).toBe(expected.mogelijk.length);
    expect(await page.locator('#bevindingen li').count()).toBe(expected.bevindingen.length);
    // The summary comes first: how many tables, on which basis, what is still open.
    const samenvatting = page.locator('.samenvatting');
    const tafels = new Set(expected.betrokken.map((b) => b.knooppunt.id)).size;
    expect(await samenvatting.textContent()).toContain(
      `${tafels} ${tafels === 1 ? 'tafel' : 'tafels'}:`,
    );
    expect(await samenvatting.getByText('Op grond van').count()).toBe(1);
    expect(await samenvatting.getByText('Open punten').count()).toBe(1);
    expect(
      await page.evaluate(() => {
        const s = document.querySelector('.samenvatting')!;
        const t = document.querySelector('#betrokken')!;
        return !!(s.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    await screenshot(page, '12-organisatie-ggz');
    expect(await axeViolations(page)).toEqual([]);

    // Filter on functie: only meldpunten.
    await page.getByLabel('Functie', { exact: true }).selectOption('MELDPUNT');
    const meldpunten = expected.betrokken.filter((b) => b.knooppunt.functie === 'MELDPUNT').length;
    expect(await betrokken.count()).toBe(meldpunten);
    await page.getByLabel('Functie', { exact: true }).selectOption('');

    // Compare two tables side by side.
    await page
      .getByRole('checkbox', { name: `Vergelijk ${expected.betrokken[0]!.knooppunt.naam}` })
      .check();
    await page
      .getByRole('checkbox', { name: `Vergelijk ${expected.mogelijk[0]!.knooppunt.naam}` })
      .check();
    await expect.poll(() => page.isVisible('#vergelijk-sectie')).toBe(true);
    const kop = await page.locator('#vergelijk thead th').allTextContents();
    expect(kop.map((k) => k.trim())).toEqual([
      expected.betrokken[0]!.knooppunt.naam,
      expected.mogelijk[0]!.knooppunt.naam,
    ]);
    // Statuses in words, not codes.
    expect(await page.locator('#vergelijk').textContent()).not.toMatch(/VASTGESTELD|ONTBREEKT/);
    await screenshot(page, '13-organisatie-vergelijking');
    expect(await axeViolations(page)).toEqual([]);

    expect(
      await page.getByRole('link', { name: 'Open onze tafels in de kaart' }).getAttribute('href'),
    ).toBe('/?regio=ZVH-NHN&organisatie=ggz');
    const lines = await csvRegels(page, 'Overzicht als CSV');
    expect(lines).toHaveLength(1 + expected.betrokken.length + expected.mogelijk.length);
    expect(lines[0]).toMatch(/^Soort[;,]Tafel/);

    // On paper: the title block, then the one-page summary, then the details in landscape.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.titelblok')).toBe(true);
    const volgorde = await page.evaluate(() =>
      [...document.querySelectorAll('#overzicht > *')]
        .filter((e) => getComputedStyle(e).display !== 'none' && e.id !== 'status')
        .map((e) => e.className),
    );
    expect(volgorde.slice(0, 2)).toEqual(['alleen-print', 'samenvatting']);
    expect(await page.locator('.titelblok').textContent()).toContain('GGZ');
    expect(await page.isVisible('#keuze')).toBe(false);
    // No column cut off: on A4 landscape less 15 mm margins (about 1009 CSS pixels) the table of
    // participations stays within the page.
    await page.setViewportSize({ width: 1009, height: 700 });
    const past = await page.locator('#betrokken table').evaluate((t) => {
      const tabel = t.getBoundingClientRect();
      return tabel.right <= t.parentElement!.getBoundingClientRect().right + 1;
    });
    expect(past).toBe(true);
    await page.setViewportSize(VIEWPORT);
    await page.emulateMedia({ media: 'screen' });
    const { paginas } = await afdrukken(page, '12-organisatie-ggz-print');
    // The summary page, then GGZ's tables in landscape: 3 pages here.
    expect(paginas).toBeGreaterThanOrEqual(2);
    expect(paginas).toBeLessThanOrEqual(6);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows all woningcorporaties together, with the findings about their participations', async () => {
    const { page } = await open('regio=ZVH-NHN&type=WONINGCORPORATIE');
    expect(await page.locator('#titel').textContent()).toBe(
      'Alle organisaties van de soort Woningcorporatie',
    );
    // Six findings about the two corporaties' deelnames: R03 three times, R11 three times (none at
    // Vroegsignalering schulden, where the Wgs obligation is the provision, H §3.3).
    expect(await page.locator('#bevindingen li').count()).toBe(6);
    expect(await page.locator('#bevindingen li').filter({ hasText: 'R11' }).count()).toBe(3);
    const koppen = await page.locator('#betrokken thead th').allTextContents();
    expect(koppen.map((k) => k.trim())).toContain('Organisatie');
    await page.close();
  });

  it('fits a phone and asks for a choice first', async () => {
    const { page, problems } = await open('regio=ZVH-NHN&organisatie=ggz');
    await page.setViewportSize(TELEFOON);
    expect(await breedteOverschot(page)).toBe(0);
    await screenshot(page, '12-organisatie-telefoon');
    expect(await axeViolations(page)).toEqual([]);

    // Choosing as a person does: the organisation chooser, then its overview.
    await page.getByLabel('Organisatie', { exact: true }).selectOption('');
    await expect.poll(() => page.getByText('Kies een organisatie of een soort').count()).toBe(1);
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ index: 1 });
    await page.waitForSelector('body[data-kaart=gereed] #titel');
    expect(await breedteOverschot(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
