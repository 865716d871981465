// SPDX-License-Identifier: EUPL-1.2
// Doorverwijzing routes in the browser: route mode from the panel, a highlighted route, the list
// view as text, the reverse direction, and the printable route card; axe-core on each screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRoutes } from '../../server/domain/routes.ts';
import {
  afdrukken,
  axeViolations,
  breedteOverschot,
  openPage,
  screenshot,
  startHarness,
  TELEFOON,
  type Harness,
} from './harness.ts';

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
  }, 120_000);

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

  // Each step is described once, at the first route that takes it, so the card of 49 routes
  // prints on 13 A4 pages (measured; it was 38); the bound leaves room for longer texts.
  const MAX_PAGINAS = 16;

  it('prints a route card for a meldpunt: title block first, on a bounded number of A4 pages', async () => {
    const expected = findRoutes(await harness.registry.index(), MELDPUNT).routes;
    const { page, problems } = await openPage(harness, `/routekaart.html?knooppunt=${MELDPUNT}`);
    expect(await page.locator('h1').textContent()).toBe(
      'Routekaart: Meldpunt Zorg en Overlast Noord-Holland Noord',
    );
    expect(await page.locator('.routelijst > li').count()).toBe(expected.length);
    expect(await page.locator('.routelijst details[open]').count()).toBe(expected.length);
    expect(await breedteOverschot(page)).toBe(0);
    await screenshot(page, '09-routekaart');
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.isHidden('#afdrukken')).toBe(true);
    expect(await page.isVisible('.titelblok')).toBe(true);
    // The title block opens the page: nothing printed comes before it.
    expect(
      await page.evaluate(() => {
        const blok = document.querySelector('.titelblok')!.getBoundingClientRect();
        return [...document.querySelectorAll('main *')]
          .filter((el) => el.getBoundingClientRect().height > 0 && !el.closest('.titelblok'))
          .every((el) => el.getBoundingClientRect().top >= blok.top);
      }),
    ).toBe(true);
    expect(await page.locator('.titelblok').textContent()).toContain(
      'Zorg- en Veiligheidshuis Noord-Holland Noord',
    );
    await screenshot(page, '09-routekaart-print');
    const { paginas } = await afdrukken(page, '09-routekaart');
    expect(paginas).toBeGreaterThan(1);
    expect(paginas).toBeLessThanOrEqual(MAX_PAGINAS);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits the route card on a phone', async () => {
    const page = await harness.browser.newPage({ viewport: TELEFOON });
    await page.goto(`${harness.base}/routekaart.html?knooppunt=${MELDPUNT}`);
    await page.waitForSelector('body[data-kaart=gereed]');
    expect(await breedteOverschot(page)).toBe(0);
    await screenshot(page, '13-routekaart-telefoon');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('goes from the map to the route card and back to the same map view', async () => {
    const kaart = `/?regio=ZVH-NHN&indeling=STROOM&thema=verslaving&selectie=${MELDPUNT}&routes=UIT`;
    const { page, problems } = await openPage(harness, kaart);
    const voor = params(page.url());
    await page.getByRole('link', { name: 'Routekaart (afdrukbaar)' }).click();
    await page.waitForURL(/routekaart\.html/);
    await page.waitForSelector('body[data-kaart=gereed]');
    expect(params(page.url()).get('knooppunt')).toBe(MELDPUNT);
    await page.getByRole('link', { name: '← Terug naar de kaart' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.waitForSelector('body[data-kaart=gereed]');
    const na = params(page.url());
    for (const sleutel of ['regio', 'indeling', 'thema', 'selectie', 'routes'])
      expect(na.getAll(sleutel), sleutel).toEqual(voor.getAll(sleutel));
    await expect
      .poll(() => page.textContent('#paneel-titel'))
      .toBe('Meldpunt Zorg en Overlast Noord-Holland Noord');
    expect(problems).toEqual([]);
    await page.close();
  });
});
