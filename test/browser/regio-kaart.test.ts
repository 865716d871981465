// SPDX-License-Identifier: EUPL-1.2
// The national view as a map of regions (issue 17): click or tap a region where it is drawn, or Tab
// to it and press Enter, and its map opens; hovering shows its name and count. And the map page on
// a phone: the canvas starts within the first screen, nothing wider than the screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIK_PX } from '../../client/pages/kaart/map/label-detail.ts';
import {
  axeViolations,
  breedteOverschot,
  openPage,
  screenshot,
  startHarness,
  TELEFOON,
  type Harness,
} from './harness.ts';

const REGIO = 'ZVH-NHN';
/** The overview, opened from another region's map: choosing a region must change it. */
const LANDELIJK = '/?landelijk=ja&regio=ZVH-GR';
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

const params = (url: string) => new URL(url).searchParams;
type Cy = { _cyreg: { cy: import('cytoscape').Core } };

/** How many knooppunten a region's map holds, as the server counts them. */
async function telling(regio: string): Promise<number> {
  return harness.registry.regionMap(await harness.registry.index(), regio).knooppunten.length;
}

/** A point inside a region as drawn (its number sits on it), checked to hit that region. */
async function puntIn(page: Page, regio: string): Promise<{ x: number; y: number }> {
  const doos = (await page.locator(`a.regio[data-regio="${regio}"] text`).boundingBox())!;
  const punt = { x: doos.x + doos.width / 2, y: doos.y + doos.height / 2 };
  const geraakt = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.dataset['regio'],
    punt,
  );
  expect(geraakt).toBe(regio);
  return punt;
}

describe('the national map of regions', () => {
  it('leads into a region by a click where it is drawn, shows name and count on hover', async () => {
    const { page, problems } = await openPage(harness, LANDELIJK);
    const index = await harness.registry.index();
    const zvh = [...index.regios.values()].filter((r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS');
    await expect.poll(() => page.locator('svg.regiokaart a.regio').count()).toBe(zvh.length);
    const aantal = await telling(REGIO);
    const naam = index.regios.get(REGIO)!.naam;
    const regio = page.getByRole('link', { name: `${naam}: ${aantal} knooppunten` });
    expect(await regio.count()).toBe(1);
    expect(await breedteOverschot(page)).toBe(0);

    const punt = await puntIn(page, REGIO);
    await page.mouse.move(punt.x, punt.y);
    const tip = page.locator('.regio-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toBe(`${naam}\n${aantal} knooppunten`);
    await screenshot(page, 'regiokaart-breed');
    expect(await axeViolations(page)).toEqual([]);
    // The overview is about no region: the header names none, though the link keeps one.
    await page.locator('body[data-layout=gereed]').waitFor();
    expect(await page.locator('.paginakop__regio').count()).toBe(0);

    await page.mouse.click(punt.x, punt.y);
    await expect.poll(() => params(page.url()).has('landelijk')).toBe(false);
    expect(params(page.url()).get('regio')).toBe(REGIO);
    await page.locator('#werkruimte').waitFor();
    await expect
      .poll(() => page.textContent('#aantal'))
      .toBe(`${aantal} van ${aantal} knooppunten`);
    await expect.poll(() => page.locator('.paginakop__regio').textContent()).toBe(naam);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a region with Tab and Enter, and switches to the veiligheidsregio’s', async () => {
    const { page, problems } = await openPage(harness, LANDELIJK);
    const index = await harness.registry.index();
    await page.locator('svg.regiokaart a.regio').first().waitFor();
    // The kind of region above the map: every veiligheidsregio is drawn, those with knooppunten open.
    await page.getByRole('radio', { name: 'Veiligheidsregio’s' }).check();
    const vr = [...index.regios.values()].filter((r) => r.soort === 'VEILIGHEIDSREGIO');
    await expect.poll(() => page.locator('.regiokaart-vak .regio').count()).toBe(vr.length);
    const metKnooppunten = [];
    for (const r of vr) if ((await telling(r.id)) > 0) metKnooppunten.push(r.id);
    expect(await page.locator('svg.regiokaart a.regio').count()).toBe(metKnooppunten.length);
    await screenshot(page, 'regiokaart-veiligheidsregios');
    expect(
      await page
        .getByRole('table', { name: /Veiligheidsregio’s/ })
        .getByRole('link')
        .count(),
    ).toBe(metKnooppunten.length);

    await page.getByRole('radio', { name: 'Zorg- en veiligheidshuisregio’s' }).check();
    await page.getByRole('radio', { name: 'Zorg- en veiligheidshuisregio’s' }).focus();
    // Tab from the choice of kind reaches the regions on the map, in the order they are drawn.
    let gevonden = false;
    for (let i = 0; i < 40 && !gevonden; i++) {
      await page.keyboard.press('Tab');
      gevonden = await page.evaluate(
        (regio) => (document.activeElement as HTMLElement | null)?.dataset['regio'] === regio,
        REGIO,
      );
    }
    expect(gevonden).toBe(true);
    // Focus shows the same as hover, and Escape dismisses it.
    const tip = page.locator('.regio-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page.url()).has('landelijk')).toBe(false);
    expect(params(page.url()).get('regio')).toBe(REGIO);
    await page.locator('#werkruimte').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a phone: a tap opens a region; on the map page the canvas starts in the first screen', async () => {
    const context = await harness.browser.newContext({ viewport: TELEFOON, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${harness.base}${LANDELIJK}`);
    await page.locator('svg.regiokaart a.regio').first().waitFor();
    expect(await breedteOverschot(page)).toBe(0);
    await page.locator(`a.regio[data-regio="${REGIO}"]`).scrollIntoViewIfNeeded();
    await screenshot(page, 'regiokaart-telefoon');
    expect(await axeViolations(page)).toEqual([]);
    const punt = await puntIn(page, REGIO);
    await page.touchscreen.tap(punt.x, punt.y);
    await expect.poll(() => params(page.url()).has('landelijk')).toBe(false);
    expect(params(page.url()).get('regio')).toBe(REGIO);
    // The map as its user sees it: drawn, with every element (a photo of it half-drawn misleads).
    await page.waitForSelector('body[data-kaart=gereed]');
    // Drawn for this canvas: the canvas was hidden behind the overview, and a fit for no size gave
    // the smallest zoom's touch size (giant, overlapping nodes) until the labels were redone.
    const groot = await page.evaluate((tik) => {
      const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
      const maat = (n: import('cytoscape').NodeSingular) =>
        n.renderedWidth() / Math.max(tik, Number(n.data('grootte')) * cy.zoom());
      return Math.max(...cy.nodes('.knooppunt').map(maat));
    }, TIK_PX);
    // At most one step of the touch size (label-detail.ts, tikMaat) above what is needed.
    expect(groot).toBeLessThanOrEqual(1.25);

    await page.evaluate(() => window.scrollTo(0, 0));
    const kaart = (await page.locator('#kaart').boundingBox())!;
    // Under the shared page header (about 220 px), the title and one band of search and buttons.
    expect(kaart.y).toBeLessThanOrEqual(430);
    expect(kaart.y + kaart.height / 2).toBeLessThan(TELEFOON.height);
    expect(await breedteOverschot(page)).toBe(0);
    await screenshot(page, 'telefoon-kaart-bovenaan');
    expect(await axeViolations(page)).toEqual([]);

    // The region choice waits in the drawer, and leads back to all regions.
    await page.getByRole('button', { name: 'Filters', exact: true }).tap();
    const lade = page.getByRole('dialog', { name: 'Filters en kaartinstellingen' });
    await expect.poll(() => lade.getByLabel('Regio').isVisible()).toBe(true);
    await lade.getByRole('link', { name: 'Alle regio’s' }).tap();
    await expect.poll(() => params(page.url()).get('landelijk')).toBe('ja');
    expect(await lade.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('landelijk-kop');
    await expect.poll(() => page.locator('.paginakop__regio').count()).toBe(0);

    // A region tapped far down the overview opens at the top of its map, not at the footer.
    const naam = (await harness.registry.index()).regios.get(REGIO)!.naam;
    const rij = page.getByRole('link', { name: new RegExp(`^${naam}`) }).last();
    await rij.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await rij.tap();
    await expect.poll(() => params(page.url()).get('regio')).toBe(REGIO);
    await page.waitForSelector('body[data-kaart=gereed]');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kaart');
    await context.close();
  });
});
