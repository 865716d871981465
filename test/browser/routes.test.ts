// SPDX-License-Identifier: EUPL-1.2
// Doorverwijzing routes in the browser: route mode from the panel (direct routes first, chains
// of 2 or 3 steps on request), a highlighted route, the list view as text, the reverse
// direction, and the printable route card (direct routes, chains as an appendix when asked);
// axe-core on each screen.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { label, OVERDRACHT_SOORT } from '../../client/shared/labels.ts';
import { findRoutes } from '../../server/domain/routes.ts';
import {
  afdrukken,
  axeViolations,
  breedteOverschot,
  openPage,
  screenshot,
  SCREENS,
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

const params = (url: string) => new URL(url).searchParams;
const MELDPUNT = 'meldpunt-zorg-overlast';

describe('doorverwijzing routes', () => {
  it('shows a meldpunt’s direct routes first, chains on request, highlights one, and lists them as text', async () => {
    const index = await harness.registry.index();
    const direct = findRoutes(index, MELDPUNT, { maxStappen: 1 }).routes;
    const expected = findRoutes(index, MELDPUNT, { maxStappen: 3 }).routes;
    expect(direct.length).toBeLessThan(expected.length);
    const { page, problems } = await openPage(harness, `/?regio=ZVH-NHN&selectie=${MELDPUNT}`);
    await page.getByRole('button', { name: 'Waarheen kan dit knooppunt doorverwijzen?' }).click();
    await expect.poll(() => params(page.url()).get('routes')).toBe('UIT');
    await page.waitForSelector('body[data-kaart=gereed]');
    const routes = page.locator('#paneel .routelijst > li');
    // By default only the direct routes, each named by its kind and where it leads.
    await expect.poll(() => routes.count()).toBe(direct.length);
    const eerste = direct[0]!.stappen[0]!;
    expect(await routes.first().locator('summary').textContent()).toContain(
      `${label(OVERDRACHT_SOORT, eerste.overdracht.soort)} naar ${eerste.naar.naam}`,
    );
    const paneel = page.locator('#paneel');
    expect(
      await paneel.getByRole('heading', { name: `Directe routes (${direct.length})` }).isVisible(),
    ).toBe(true);
    expect(await paneel.getByRole('heading', { name: /Ketens/ }).count()).toBe(0);
    await screenshot(page, '07-routes-direct');

    // 2 steps, then 3: the chains follow the direct routes under their own heading.
    const twee = findRoutes(index, MELDPUNT, { maxStappen: 2 }).routes;
    await page.getByRole('radio', { name: '2 stappen' }).click();
    await expect.poll(() => params(page.url()).get('stappen')).toBe('2');
    await expect.poll(() => routes.count()).toBe(twee.length);
    await page.getByRole('radio', { name: '3 stappen' }).click();
    await expect.poll(() => params(page.url()).get('stappen')).toBe('3');
    await expect.poll(() => routes.count()).toBe(expected.length);
    // Every knooppunt on a routes map is a step of a route: none is dimmed to pale grey until
    // one route is marked.
    await page.waitForSelector('body[data-kaart=gereed]');
    expect(
      await page.evaluate(
        () =>
          (
            document.querySelector('#kaart') as unknown as {
              _cyreg: { cy: import('cytoscape').Core };
            }
          )._cyreg.cy.nodes('.gedimd').length,
      ),
    ).toBe(0);
    const ketens = expected.length - direct.length;
    expect(
      await paneel
        .getByRole('heading', { name: `Ketens via tussenstappen (${ketens})` })
        .isVisible(),
    ).toBe(true);
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
    const k = expected.findIndex((r) => r.stappen.length > 1);
    const chain = expected[k]!;
    const keten = [chain.stappen[0]!.van.naam, ...chain.stappen.map((s) => s.naar.naam)].join(
      ' → ',
    );
    expect(await tekst.nth(k).locator('summary').textContent()).toContain(keten);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Terug naar de regiokaart' }).click();
    await expect.poll(() => params(page.url()).has('routes')).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  // A meldpunt's 7 direct targets, and the 8 knooppunten a tafel's casussen come from directly.
  it('labels every direct target at 2 and 3 steps, clear of the other labels, on a canvas it fills; the further steps on a screen, and after a drag on a phone', async () => {
    const index = await harness.registry.index();
    for (const [knooppunt, richting] of [
      [MELDPUNT, 'UIT'],
      ['zvh-casusoverleg', 'IN'],
    ] as const) {
      const doelen = findRoutes(index, knooppunt, { richting, maxStappen: 1 }).routes.map(
        ({ stappen: [stap] }) => `k:${richting === 'UIT' ? stap!.naar.id : stap!.van.id}`,
      );
      expect(doelen.length).toBeGreaterThan(5);
      for (const [naam, viewport] of [
        ['1440', VIEWPORT],
        ['390', TELEFOON],
      ] as const)
        for (const stappen of [2, 3]) {
          const page = await harness.browser.newPage({ viewport });
          await page.goto(
            `${harness.base}/?regio=ZVH-NHN&selectie=${knooppunt}&routes=${richting}&stappen=${stappen}`,
          );
          await page.waitForSelector('body[data-kaart=gereed]');
          await page.locator('#kaart').scrollIntoViewIfNeeded();
          const meet = () =>
            page.evaluate((doelen) => {
              const cy = (
                document.querySelector('#kaart') as unknown as {
                  _cyreg: { cy: import('cytoscape').Core };
                }
              )._cyreg.cy;
              const alleenLabel = {
                includeNodes: false,
                includeEdges: false,
                includeOverlays: false,
              };
              const labels = cy
                .nodes('.knooppunt')
                .not('.zonder-label')
                .map((n) => ({ id: n.id(), box: n.renderedBoundingBox(alleenLabel) }));
              const raakt = (a: (typeof labels)[0], b: (typeof labels)[0]) =>
                a.id !== b.id &&
                a.box.x1 < b.box.x2 &&
                b.box.x1 < a.box.x2 &&
                a.box.y1 < b.box.y2 &&
                b.box.y1 < a.box.y2;
              const tekening = cy.elements().renderedBoundingBox();
              return {
                zonderLabel: doelen.filter((id) => !labels.some((l) => l.id === id)),
                botsend: labels
                  .filter((l) => doelen.includes(l.id) && labels.some((m) => raakt(l, m)))
                  .map((l) => l.id),
                hoogte: tekening.h / cy.height(),
              };
            }, doelen);
          await expect
            .poll(async () => (await meet()).zonderLabel, {
              message: `${richting} ${naam} ${stappen}`,
            })
            .toEqual([]);
          const { botsend, hoogte } = await meet();
          await screenshot(page, `07-routes-${richting}-${stappen}-stappen-${naam}`);
          expect(botsend, `${richting} ${naam} ${stappen}`).toEqual([]);
          expect(hoogte, `${richting} ${naam} ${stappen}`).toBeGreaterThan(0.75);
          const zonderNaam = () =>
            page.evaluate(() =>
              (
                document.querySelector('#kaart') as unknown as {
                  _cyreg: { cy: import('cytoscape').Core };
                }
              )._cyreg.cy
                .nodes('.knooppunt.zonder-label')
                .map((n) => n.data('naam') as string),
            );
          if (naam === '1440') {
            // Each step a column of its own: every knooppunt of the chains is named too.
            expect(await zonderNaam(), `${richting} ${stappen}`).toEqual([]);
          } else {
            // A phone shows the knooppunt and its direct targets; a drag brings the further steps,
            // whose names then show.
            const voor = await zonderNaam();
            expect(voor.length).toBeGreaterThan(0);
            const vak = (await page.locator('#kaart').boundingBox())!;
            const [x, y] = [vak.x + vak.width / 2, vak.y + vak.height / 2];
            const opzij = (vak.width / 2) * (richting === 'UIT' ? -1 : 1);
            await page.mouse.move(x, y);
            await page.mouse.down();
            await page.mouse.move(x + opzij, y, { steps: 8 });
            await page.mouse.up();
            await expect
              .poll(async () => {
                const na = await zonderNaam();
                return voor.filter((n) => !na.includes(n));
              })
              .not.toEqual([]);
            await screenshot(page, `07-routes-${richting}-${stappen}-stappen-${naam}-verder`);
          }
          await page.close();
        }
    }
  });

  it('shows where a tafel’s casussen come from, narrowed by thema', async () => {
    const index = await harness.registry.index();
    const all = findRoutes(index, 'zvh-casusoverleg', { richting: 'IN', maxStappen: 3 }).routes;
    const verslaving = findRoutes(index, 'zvh-casusoverleg', {
      richting: 'IN',
      maxStappen: 3,
      filter: { themaIds: ['verslaving'] },
    }).routes;
    expect(verslaving.length).toBeLessThan(all.length);
    const { page, problems } = await openPage(
      harness,
      '/?regio=ZVH-NHN&selectie=zvh-casusoverleg&routes=IN&stappen=3',
    );
    await expect.poll(() => page.locator('#paneel .routelijst > li').count()).toBe(all.length);
    await page.locator('details.themas summary').click();
    await page.getByRole('checkbox', { name: /^Verslaving \(\d+\)$/ }).check();
    await expect
      .poll(() => page.locator('#paneel .routelijst > li').count())
      .toBe(verslaving.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  /** The pages of a printed PDF as PNG files, to look at (pdftoppm), and how many there are. */
  const paginabeelden = (naam: string): number => {
    const pagina = new RegExp(`^${naam}-\\d+\\.png$`);
    const beelden = () => readdirSync(SCREENS).filter((f) => pagina.test(f));
    for (const oud of beelden()) rmSync(join(SCREENS, oud));
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '50',
      join(SCREENS, `${naam}.pdf`),
      join(SCREENS, naam),
    ]);
    return beelden().length;
  };

  it('prints a route card for a meldpunt: title block first, its direct routes on one or two A4 pages', async () => {
    const expected = findRoutes(await harness.registry.index(), MELDPUNT, { maxStappen: 1 }).routes;
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
    expect(paginas).toBeGreaterThanOrEqual(1);
    expect(paginas).toBeLessThanOrEqual(2);
    expect(paginabeelden('09-routekaart')).toBe(paginas);

    // Chains only when asked, as an appendix that starts on a page of its own.
    const alle = findRoutes(await harness.registry.index(), MELDPUNT, { maxStappen: 3 }).routes;
    await page.getByRole('link', { name: 'Ketens tot 3 stappen als bijlage toevoegen' }).click();
    await page.waitForURL(/stappen=3/);
    await page.waitForSelector('body[data-kaart=gereed]');
    expect(await page.locator('.routelijst > li').count()).toBe(alle.length);
    const bijlage = page.getByRole('heading', { name: /^Bijlage: ketens via tussenstappen/ });
    expect(await bijlage.isVisible()).toBe(true);
    const metBijlage = await afdrukken(page, '09-routekaart-bijlage');
    expect(metBijlage.paginas).toBeGreaterThan(paginas);
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
    const kaart = `/?regio=ZVH-NHN&indeling=STROOM&thema=verslaving&selectie=${MELDPUNT}&routes=UIT&stappen=2`;
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
    for (const sleutel of ['regio', 'indeling', 'thema', 'selectie', 'routes', 'stappen'])
      expect(na.getAll(sleutel), sleutel).toEqual(voor.getAll(sleutel));
    await expect
      .poll(() => page.textContent('#paneel-titel'))
      .toBe('Meldpunt Zorg en Overlast Noord-Holland Noord');
    expect(problems).toEqual([]);
    await page.close();
  });
});
