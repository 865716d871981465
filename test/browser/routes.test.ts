// SPDX-License-Identifier: EUPL-1.2
// Doorverwijzing routes in the browser: route mode from the panel, a highlighted route, the list
// view as text, the reverse direction, and the printable route card; axe-core on each screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRoutes } from '../../server/domain/routes.ts';
import { axeViolations, openPage, screenshot, startHarness, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => harness?.close());

const params = (url: string) => new URL(url).searchParams;
const MELDPUNT = 'meldpunt-zorg-overlast';

describe('doorverwijzing routes', () => {
  it('shows where a meldpunt can refer to, highlights one route, and lists the same routes as text', async () => {
    const expected = findRoutes(await harness.registry.index(), MELDPUNT).routes;
    const { page, problems } = await openPage(harness, `/?regio=ZVH-NHN&selectie=${MELDPUNT}`);
    await page.getByRole('button', { name: 'Waarheen kan dit knooppunt doorverwijzen?' }).click();
    await expect.poll(() => params(page.url()).get('routes')).toBe('UIT');
    await page.waitForSelector('body[data-kaart=gereed]');
    const routes = page.locator('#paneel .routelijst > li');
    await expect.poll(() => routes.count()).toBe(expected.length);
    await expect
      .poll(() => page.locator('#paneel .problemen').first().textContent())
      .toMatch(/R1[023]/);
    await screenshot(page, '07-routes-uit');
    expect(await axeViolations(page)).toEqual([]);

    await routes.nth(2).getByRole('button', { name: 'Markeer op de kaart' }).click();
    await expect.poll(() => params(page.url()).get('route')).toBe('2');
    await expect.poll(() => routes.nth(2).getAttribute('aria-current')).toBe('true');
    await screenshot(page, '08-route-gemarkeerd');

    await page.getByRole('radio', { name: 'Lijst' }).check();
    const tekst = page.locator('#lijst .routelijst > li');
    await expect.poll(() => tekst.count()).toBe(expected.length);
    const eerste = expected[0]!;
    const keten = [eerste.stappen[0]!.van.naam, ...eerste.stappen.map((s) => s.naar.naam)].join(
      ' → ',
    );
    expect(await tekst.first().locator('summary').textContent()).toContain(keten);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Terug naar de regiokaart' }).click();
    await expect.poll(() => params(page.url()).has('routes')).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows where a tafel’s casussen come from, narrowed by thema', async () => {
    const index = await harness.registry.index();
    const all = findRoutes(index, 'zvh-casusoverleg', { richting: 'IN' }).routes;
    const verslaving = findRoutes(index, 'zvh-casusoverleg', {
      richting: 'IN',
      filter: { themaIds: ['verslaving'] },
    }).routes;
    expect(verslaving.length).toBeLessThan(all.length);
    const { page, problems } = await openPage(
      harness,
      '/?regio=ZVH-NHN&selectie=zvh-casusoverleg&routes=IN',
    );
    await expect.poll(() => page.locator('#paneel .routelijst > li').count()).toBe(all.length);
    await page.locator('details.themas summary').click();
    await page.getByRole('checkbox', { name: 'Verslaving' }).check();
    await expect
      .poll(() => page.locator('#paneel .routelijst > li').count())
      .toBe(verslaving.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints a route card for a meldpunt', async () => {
    const expected = findRoutes(await harness.registry.index(), MELDPUNT).routes;
    const page = await harness.browser.newPage();
    await page.goto(`${harness.base}/routekaart.html?knooppunt=${MELDPUNT}`);
    await page.waitForSelector('body[data-kaart=gereed]');
    expect(await page.locator('h1').textContent()).toBe(
      'Routekaart: Meldpunt Zorg en Overlast Noord-Holland Noord',
    );
    expect(await page.locator('.routelijst > li').count()).toBe(expected.length);
    expect(await page.locator('.routelijst details[open]').count()).toBe(expected.length);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isHidden('#afdrukken')).toBe(true);
    await screenshot(page, '09-routekaart-print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
