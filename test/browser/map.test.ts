// SPDX-License-Identifier: EUPL-1.2
// The regional map in headless Chromium: load, filter, select, layout switch, URL round trip,
// export, list view; axe-core finds no WCAG 2.1 AA violation on any of these screens.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE } from '../../client/pages/kaart/map/encoding.ts';
import { KNOOPPUNTEN } from '../../seed/example-region.ts';
import { loadReferentiedata } from '../../seed/reference-data.ts';
import { generateSyntheticDataset } from '../../seed/synthetic-dataset.ts';
import { systeemWijziging } from '../../server/domain/audit.ts';
import { filterKnooppunten } from '../../server/domain/knooppunt-filter.ts';
import { creates } from '../../server/store/port.ts';
import {
  axeViolations,
  breedteOverschot,
  openPage,
  SCREENS,
  screenshot,
  startHarness,
  TELEFOON,
  VIEWPORT,
  type Harness,
} from './harness.ts';

let harness: Harness;
const REGIO = 'ZVH-NHN';

beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => harness?.close());

const count = async (filter: Parameters<typeof filterKnooppunten>[1]) =>
  filterKnooppunten(await harness.registry.index(), { regioIds: [REGIO], ...filter }).length;
const params = (url: string) => new URL(url).searchParams;

/** The page's Cytoscape instance, as Cytoscape registers it on its container (read-only use). */
type Cy = { _cyreg: { cy: import('cytoscape').Core } };

/** Where an element is drawn on the page: Cytoscape's rendered position plus the canvas's place. */
function waar(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const kaart = document.querySelector('#kaart') as unknown as Cy & HTMLElement;
    const el = kaart._cyreg.cy.getElementById(id);
    const p = el.isEdge()
      ? el.renderedMidpoint()
      : (el as import('cytoscape').NodeSingular).renderedPosition();
    const vak = kaart.getBoundingClientRect();
    return { x: vak.x + kaart.clientLeft + p.x, y: vak.y + kaart.clientTop + p.y };
  }, id);
}

/** The knooppunten whose name is drawn but cut off at the canvas's edge. */
function afgesnedenNamen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
    return cy
      .nodes('.knooppunt')
      .not('.zonder-label')
      .filter((n) => {
        const b = n.renderedBoundingBox({ includeOverlays: false });
        return b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > cy.height();
      })
      .map((n) => n.data('naam') as string);
  });
}

/**
 * Where the map's labels are unreadable at the zoom it opens with: two labels over each other, or
 * a label under another knooppunt (Cytoscape's label and node boxes, in map units).
 */
function labelBotsingen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
    const knopen = cy.nodes('.knooppunt').filter((n) => n.visible());
    const labels = knopen.filter((n) => !n.hasClass('zonder-label'));
    const box = (n: import('cytoscape').NodeSingular, label: boolean) =>
      n.boundingBox({ includeLabels: label, includeNodes: !label, includeOverlays: false });
    const over = (a: import('cytoscape').BoundingBox12, b: import('cytoscape').BoundingBox12) =>
      a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const botsingen: string[] = [];
    labels.forEach((a) => {
      labels.forEach((b) => {
        if (a.id() < b.id() && over(box(a, true), box(b, true)))
          botsingen.push(`${a.id()} × ${b.id()}`);
      });
      knopen.forEach((b) => {
        if (a !== b && over(box(a, true), box(b, false)))
          botsingen.push(`${a.id()} onder ${b.id()}`);
      });
    });
    return botsingen;
  });
}

/** A page loaded on a phone from the start: what is folded away depends on the screen it opens on. */
/**
 * Presses "Inzoomen" as a person does, by mouse or finger; each press waits for the last zoom
 * animation to end (a press during it would start from partway).
 */
async function zoomIn(page: Page, keer: number, hoe: 'click' | 'tap'): Promise<void> {
  for (let druk = 0; druk < keer; druk++) {
    await page.getByRole('button', { name: 'Inzoomen' })[hoe]();
    await expect
      .poll(() =>
        page.evaluate(
          () => !(document.querySelector('#kaart') as unknown as Cy)._cyreg.cy.animated(),
        ),
      )
      .toBe(true);
  }
}

async function openTelefoon(path: string) {
  const page = await harness.browser.newPage({ viewport: TELEFOON });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(`${harness.base}${path}`);
  await page.waitForSelector('body[data-kaart=gereed]');
  return { page, problems };
}

/** A page on a touch phone (390×844, a finger, no mouse) of this app. */
async function openAanraak(app: Harness, path: string) {
  const context = await app.browser.newContext({
    viewport: TELEFOON,
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(`${app.base}${path}`);
  await page.waitForSelector('body[data-kaart=gereed]');
  return { context, page };
}

describe('the regional map', () => {
  it('opens on the busiest region with every knooppunt, a legend, and no accessibility violations', async () => {
    const { page, problems } = await openPage(harness, '/');
    const totaal = await count({});
    expect(params(page.url()).get('regio')).toBe(REGIO);
    await expect
      .poll(() => page.textContent('#aantal'))
      .toBe(`${totaal} van ${totaal} knooppunten`);
    expect(await page.locator('#kaart canvas').count()).toBeGreaterThan(0);
    for (const text of [
      'Meldpunt',
      'Overlegtafel',
      'Wettelijk geregeld',
      'Taak van één partij',
      'Vaste deelnemers (gevuld)',
      'Groepsaanpak',
      'Opschaling',
    ]) {
      await expect
        .poll(() => page.locator('#legenda-inhoud').getByText(text, { exact: true }).count())
        .toBeGreaterThan(0);
    }
    await screenshot(page, '01-kaart-overzicht');
    // Most of the canvas is in the first screen: one toolbar row, its settings folded, the map's
    // controls in one row (it started at y 591 of 900, a third of it in view; UX check).
    const kaart = (await page.locator('#kaart').boundingBox())!;
    expect((VIEWPORT.height - kaart.y) / kaart.height).toBeGreaterThan(0.75);
    // Every label shown at the opening zoom can be read: none over another, none under a node.
    await expect.poll(() => labelBotsingen(page)).toEqual([]);
    expect(await breedteOverschot(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters on the server, shows the count, keeps the filter in the URL, and clears', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}`);
    const totaal = await count({});
    const meldpunten = await count({ functie: ['MELDPUNT'] });
    const meldpuntenWettelijk = await count({
      functie: ['MELDPUNT'],
      wettelijkeBasis: ['WETTELIJK_GEREGELD'],
    });
    expect(meldpuntenWettelijk).toBeLessThan(meldpunten);
    // Each filter option says how many knooppunten it leaves, e.g. "Meldpunt (8)".
    await page
      .getByRole('checkbox', { name: /^Meldpunt \(\d+\)$/ })
      .first()
      .check();
    await expect
      .poll(() => page.textContent('#aantal'))
      .toBe(`${meldpunten} van ${totaal} knooppunten`);
    await page.getByRole('checkbox', { name: /^Wettelijk geregeld \(\d+\)$/ }).check();
    await expect
      .poll(() => page.textContent('#aantal'))
      .toBe(`${meldpuntenWettelijk} van ${totaal} knooppunten`);
    expect(params(page.url()).getAll('functie')).toEqual(['MELDPUNT']);
    expect(params(page.url()).getAll('wettelijkeBasis')).toEqual(['WETTELIJK_GEREGELD']);
    await screenshot(page, '02-kaart-gefilterd');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Wis filters' }).click();
    await expect
      .poll(() => page.textContent('#aantal'))
      .toBe(`${totaal} van ${totaal} knooppunten`);
    expect(params(page.url()).has('functie')).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters on doelgroep and werkgebied', async () => {
    const { page } = await openPage(harness, `/?regio=${REGIO}`);
    const totaal = await count({});
    const jeugd = await count({ leeftijd: { van: 0, tot: 17 } });
    await page.getByLabel('Doelgroep (leeftijd)').selectOption('jeugd');
    await expect.poll(() => page.textContent('#aantal')).toBe(`${jeugd} van ${totaal} knooppunten`);
    const hoorn = await count({ leeftijd: { van: 0, tot: 17 }, gemeenteIds: ['GM0405'] });
    await page.getByLabel('Werkgebied (gemeente)').selectOption('GM0405');
    await expect.poll(() => page.textContent('#aantal')).toBe(`${hoorn} van ${totaal} knooppunten`);
    expect(params(page.url()).get('leeftijd')).toBe('jeugd');
    await page.close();
  });

  it('shows the toolbar while the map loads, so the canvas does not move once it is drawn', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    // The map's answer is held back, as on a slow line or for a large region.
    let laat!: () => void;
    const vrij = new Promise<void>((resolve) => (laat = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query KaartRegio')) await vrij;
      await route.continue();
    });
    await page.goto(`${harness.base}/?regio=${REGIO}`);
    await page.getByText('Kaart laden…').waitFor();
    await page.getByLabel('Regio', { exact: true }).waitFor();
    expect(await page.getByLabel('Zoek een knooppunt').isVisible()).toBe(true);
    await screenshot(page, '24-kaart-laden');
    const tijdensLaden = (await page.locator('#kaart').boundingBox())!.y;
    laat();
    await page.waitForSelector('body[data-kaart=gereed]');
    expect((await page.locator('#kaart').boundingBox())!.y).toBe(tijdensLaden);
    await page.close();
  });

  it('draws the map when Cytoscape, a chunk of its own, arrives after the data; buttons pressed before do no harm', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    const fouten: string[] = [];
    page.on('pageerror', (fout) => fouten.push(fout.message));
    let laat!: () => void;
    const vrij = new Promise<void>((resolve) => (laat = resolve));
    let opgehouden = 0;
    await page.route(/\/assets\/cytoscape[^/]*\.js$/, async (route) => {
      opgehouden++;
      await vrij;
      await route.continue();
    });
    const kaartData = page.waitForResponse(
      (r) => !!r.request().postData()?.includes('query KaartRegio'),
    );
    await page.goto(`${harness.base}/?regio=${REGIO}`);
    await kaartData;
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.getByRole('button', { name: 'Passend maken' }).click();
    expect(opgehouden).toBe(1);
    laat();
    await page.waitForSelector('body[data-kaart=gereed]');
    const punt = await waar(page, 'k:veilig-thuis');
    await page.mouse.click(punt.x, punt.y);
    await expect.poll(() => params(page.url()).get('selectie')).toBe('veilig-thuis');
    expect(fouten).toEqual([]);
    await page.close();
  });

  it('selects the knooppunt under the pointer after the page above the map moved it down', async () => {
    // A message in the toolbar ("geen resultaat") moves the canvas down without a scroll; a click
    // must still land on what is drawn under the pointer (it hit 193 px lower before).
    const page = await harness.browser.newPage({ viewport: { width: 1440, height: 1500 } });
    await page.goto(`${harness.base}/?regio=${REGIO}`);
    await page.waitForSelector('body[data-kaart=gereed]');
    const voor = await waar(page, 'k:veilig-thuis');
    await page.mouse.move(voor.x, voor.y);
    await page.getByLabel('Zoek een knooppunt').fill('qqqq');
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await page
      .getByText(/geen knooppunt gevonden|geen resultaat/i)
      .first()
      .waitFor();
    await screenshot(page, '23-kaart-zoek-geen-resultaat');
    const na = await waar(page, 'k:veilig-thuis');
    expect(na.y).toBeGreaterThan(voor.y);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.mouse.click(na.x, na.y);
    await expect.poll(() => params(page.url()).get('selectie')).toBe('veilig-thuis');
    await page.close();
  });

  it('clicks a knooppunt where it is drawn, hovers for tooltips, clicks and keys to an organisation', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}&organisaties=ja`);
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    const kaart = (await page.locator('#kaart').boundingBox())!;
    // Hover: a tooltip with the name and the typology, beside the pointer.
    const tip = page.locator('.kaart-tip');
    // A map still settling after loading moves the node, and hides the tip: point at it again.
    await expect
      .poll(async () => {
        const vt = await waar(page, 'k:veilig-thuis');
        await page.mouse.move(vt.x + 1, vt.y);
        await page.mouse.move(vt.x, vt.y);
        return tip.isVisible();
      })
      .toBe(true);
    expect(await tip.textContent()).toContain('Veilig Thuis Noord-Holland Noord');
    expect(await tip.textContent()).toContain('Meldpunt');
    await screenshot(page, '13-kaart-tooltip');
    await page.mouse.move(kaart.x + 3, kaart.y + 3);
    await expect.poll(() => tip.isVisible()).toBe(false);

    // Click: selected by its own id, the panel opens, the node stays in view beside it.
    const vt = await waar(page, 'k:veilig-thuis');
    await page.mouse.click(vt.x, vt.y);
    await expect.poll(() => params(page.url()).get('selectie')).toBe('veilig-thuis');
    await expect
      .poll(() => page.textContent('#paneel-titel'))
      .toBe('Veilig Thuis Noord-Holland Noord');
    await expect
      .poll(async () => {
        const na = await waar(page, 'k:veilig-thuis');
        const vak = (await page.locator('#kaart').boundingBox())!;
        return (
          na.x > vak.x && na.x < vak.x + vak.width && na.y > vak.y && na.y < vak.y + vak.height
        );
      })
      .toBe(true);
    // The names around the selection come first: what it fades shows none.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
          return {
            gedimdMetNaam: cy.nodes('.gedimd').not('.zonder-label').length,
            gekozenMetNaam: cy.nodes(':selected').not('.zonder-label').length,
          };
        }),
      )
      .toEqual({ gedimdMetNaam: 0, gekozenMetNaam: 1 });
    await screenshot(page, '14-kaart-klik-selectie');

    // A route: its kind, who registers the casus, and what information goes along.
    const route = await page.evaluate(() => {
      const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
      const edge = cy.edges('.overdracht').filter((e) => e.visible())[0]!;
      return edge.id();
    });
    const midden = await waar(page, route);
    await page.mouse.move(midden.x, midden.y);
    await expect.poll(() => tip.textContent()).toContain('Aanmelding door');
    expect(await tip.textContent()).toContain('Informatie die meegaat');
    // The line itself stands out under the tooltip.
    expect(
      await page.evaluate(
        (id) =>
          Number(
            (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy
              .getElementById(id)
              .style('underlay-opacity'),
          ),
        route,
      ),
    ).toBeGreaterThan(0);

    // An organisation: its tables on this map and a link to its own view.
    // The selection's centring has ended before positions are read.
    await page.waitForTimeout(400);
    const org = await page.evaluate(() => {
      const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
      // One that no other node covers, so the click lands on it.
      const n = cy.nodes('.organisatie').filter((o) => {
        const p = o.renderedPosition();
        return cy.nodes().every((m) => {
          const b = m.renderedBoundingBox({ includeLabels: false });
          return m.same(o) || p.x < b.x1 || p.x > b.x2 || p.y < b.y1 || p.y > b.y2;
        });
      })[0]!;
      return { key: n.id(), id: n.data('organisatieId') as string, naam: n.data('naam') as string };
    });
    const o = await waar(page, org.key);
    await page.mouse.click(o.x, o.y);
    await expect.poll(() => page.textContent('#paneel-titel')).toContain(org.naam);
    expect(params(page.url()).get('orgkeuze')).toBe(org.id);
    expect(params(page.url()).has('selectie')).toBe(false);
    expect(
      await page
        .getByRole('link', { name: /Alle knooppunten en het beroepsgeheim/ })
        .getAttribute('href'),
    ).toBe(`/organisatie.html?organisatie=${encodeURIComponent(org.id)}&regio=${REGIO}`);
    expect(await page.locator('#paneel li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // By keyboard: the arrow keys reach organisations too, Enter opens them in the panel.
    await page.getByRole('button', { name: 'Details sluiten' }).click();
    await page.focus('#kaart');
    for (let i = 0; i < 80 && !(await page.textContent('#melding'))?.startsWith('Organisatie'); i++)
      await page.keyboard.press('ArrowRight');
    const gekozen = (await page.textContent('#melding'))!;
    expect(gekozen).toMatch(/^Organisatie /);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 })
      .toBe('paneel-titel');
    expect(gekozen).toContain((await page.textContent('#paneel-titel'))!.trim());
    expect(problems).toEqual([]);
    await page.close();
  });

  it('zooms with the buttons, the wheel and a drag; fits; zooms to the selection', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}&selectie=veilig-thuis`);
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    const zoom = () =>
      page.evaluate(() => (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy.zoom());
    const pan = () =>
      page.evaluate(() => (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy.pan());
    const begin = await zoom();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await expect.poll(zoom).toBeGreaterThan(begin * 1.3);
    await page.getByRole('button', { name: 'Passend maken' }).click();
    // Everything shown fits the canvas again.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
          const box = cy
            .elements()
            .filter((e) => e.visible())
            .renderedBoundingBox();
          return (
            box.x1 >= -2 && box.y1 >= -2 && box.x2 <= cy.width() + 2 && box.y2 <= cy.height() + 2
          );
        }),
      )
      .toBe(true);
    // Let the fit's animation end before the wheel turns.
    await page.waitForTimeout(400);
    const passend = await zoom();
    const kaart = (await page.locator('#kaart').boundingBox())!;
    await page.mouse.move(kaart.x + kaart.width / 2, kaart.y + kaart.height / 2);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await expect.poll(zoom).toBeGreaterThan(passend * 1.1);
    // Drag the empty corner of the canvas: the map pans.
    const voor = await pan();
    await page.mouse.move(kaart.x + 12, kaart.y + kaart.height - 12);
    await page.mouse.down();
    await page.mouse.move(kaart.x + 120, kaart.y + kaart.height - 80, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await pan()).x).toBeGreaterThan(voor.x + 50);
    await page.getByRole('button', { name: 'Uitzoomen' }).click();
    await page.getByRole('button', { name: 'Zoom naar selectie' }).click();
    await expect
      .poll(async () => {
        const p = await waar(page, 'k:veilig-thuis');
        return Math.abs(p.x - (kaart.x + kaart.width / 2)) < kaart.width / 4;
      })
      .toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('groups the region into groups that close and open, and focuses on a selection', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}&selectie=veilig-thuis`);
    await page.getByLabel('Groeperen').selectOption('functie');
    await expect.poll(() => params(page.url()).get('groepering')).toBe('functie');
    await page.waitForSelector('body[data-kaart=gereed]');
    await screenshot(page, '15-kaart-gegroepeerd');
    expect(await axeViolations(page)).toEqual([]);
    // Click the group's frame (its left edge, away from any member): it closes into one node.
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    // The group list above the map moved it down; the canvas refits after that resize.
    await page.waitForTimeout(400);
    const rand = await page.evaluate(() => {
      const kaart = document.querySelector('#kaart') as unknown as Cy & HTMLElement;
      const box = kaart._cyreg.cy.getElementById('g:OVERLEGTAFEL').renderedBoundingBox({
        includeLabels: false,
      });
      const vak = kaart.getBoundingClientRect();
      return {
        x: vak.x + kaart.clientLeft + box.x1 + 6,
        y: vak.y + kaart.clientTop + (box.y1 + box.y2) / 2,
      };
    });
    await page.mouse.click(rand.x, rand.y);
    await expect.poll(() => params(page.url()).getAll('dicht')).toEqual(['OVERLEGTAFEL']);
    await page.waitForSelector('body[data-kaart=gereed]');
    await page.waitForTimeout(400);
    const dicht = await waar(page, 'gd:OVERLEGTAFEL');
    await screenshot(page, '16-kaart-groep-dicht');
    await page.mouse.click(dicht.x, dicht.y);
    await expect.poll(() => params(page.url()).getAll('dicht')).toEqual([]);

    // Focus: only Veilig Thuis and its direct neighbours stay.
    await page.getByLabel('Groeperen').selectOption('');
    await page.getByLabel('Focus op selectie').selectOption('1');
    await expect.poll(() => params(page.url()).get('focus')).toBe('1');
    // The URL changes first; the map is drawn again without groups, then focused.
    const focus = () =>
      page.evaluate(() => {
        const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
        return {
          zichtbaar: cy
            .nodes('.knooppunt')
            .filter((n) => n.visible())
            .map((n) => n.id())
            .sort(),
          buren: cy
            .getElementById('k:veilig-thuis')
            .closedNeighborhood('node')
            .map((n) => n.id())
            .sort(),
        };
      });
    await expect
      .poll(async () => {
        const { zichtbaar, buren } = await focus();
        return zichtbaar.join() === buren.join();
      })
      .toBe(true);
    const { zichtbaar } = await focus();
    expect(zichtbaar.length).toBeLessThan(Object.keys(KNOOPPUNTEN).length);
    // The focus fits what it shows, animated.
    await page.waitForTimeout(500);
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    await screenshot(page, '17-kaart-focus');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('taps a knooppunt on a phone: no tooltip, the panel opens', async () => {
    const { context, page } = await openAanraak(harness, `/?regio=${REGIO}`);
    // At the zoom the map opens with, every knooppunt is a target of at least 24 px (WCAG 2.5.8).
    const kleinste = await page.evaluate(() => {
      const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
      return Math.min(
        ...cy.nodes('.knooppunt').map((n) => Math.min(n.renderedWidth(), n.renderedHeight())),
      );
    });
    expect(kleinste).toBeGreaterThanOrEqual(24);
    // Spread out enough to tell apart: no knooppunt drawn over another (fitted into the phone's
    // canvas, the region was a blob of touch-size nodes; UX check), and no label unreadable.
    const overElkaar = await page.evaluate(() => {
      const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
      const knopen = cy.nodes('.knooppunt');
      return knopen.filter((a) =>
        knopen.some((b) => {
          if (a === b) return false;
          const p = a.boundingBox({ includeLabels: false });
          const q = b.boundingBox({ includeLabels: false });
          return p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
        }),
      ).length;
    });
    expect(overElkaar).toBe(0);
    await expect.poll(() => labelBotsingen(page)).toEqual([]);
    // The rest of the region is a pan away, as the hint under the map says; no name is cut off at
    // the canvas's edge.
    expect(await page.locator('#kaart-sectie .hint').textContent()).toContain(
      'Veeg over de kaart om haar te verschuiven',
    );
    expect(await afgesnedenNamen(page)).toEqual([]);
    // Tapped where it is in the first screen, without scrolling first (which would make Cytoscape
    // measure its place again and hide a stale one).
    const vt = await waar(page, 'k:veilig-thuis');
    expect(vt.y).toBeLessThan(TELEFOON.height);
    await page.touchscreen.tap(vt.x, vt.y);
    await expect.poll(() => params(page.url()).get('selectie')).toBe('veilig-thuis');
    expect(await page.locator('.kaart-tip').isVisible()).toBe(false);
    expect(await breedteOverschot(page)).toBe(0);
    for (const naam of ['Inzoomen', 'Uitzoomen', 'Passend maken', 'Zoom naar selectie']) {
      const knop = (await page.getByRole('button', { name: naam }).boundingBox())!;
      expect(Math.min(knop.width, knop.height), naam).toBeGreaterThanOrEqual(44);
    }
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    await screenshot(page, '18-kaart-telefoon-tik');
    // The panel opens out of sight below the map: right under the canvas and its legend a link
    // names the choice and leads there.
    const naarDetails = page.getByRole('link', { name: /^Details van Veilig Thuis/ });
    const link = (await naarDetails.boundingBox())!;
    const kaart = (await page.locator('#kaart').boundingBox())!;
    expect(link.y - (kaart.y + kaart.height)).toBeLessThan(100);
    await naarDetails.tap();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('paneel-titel');
    const titel = (await page.locator('#paneel-titel').boundingBox())!;
    expect(titel.y).toBeGreaterThanOrEqual(0);
    expect(titel.y + titel.height).toBeLessThanOrEqual(TELEFOON.height);
    await screenshot(page, '18-kaart-telefoon-details');
    await context.close();
  });

  it('selects with the keyboard, shows the whole description, and returns focus', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}`);
    // From the top of the page: the second skip link goes past the toolbar and filters.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Naar de kaart',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kaart');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => params(page.url()).get('selectie')).not.toBeNull();
    await page.keyboard.press('Enter');
    // The description loads first; on a busy machine that takes longer than a poll's second.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 })
      .toBe('paneel-titel');
    const paneel = page.locator('#paneel');
    for (const kop of [
      'Doel en opgave',
      'Wie hoort hier',
      'Routes uit',
      'Routes in',
      'Afspraken en documenten',
    ]) {
      await expect.poll(() => paneel.getByRole('heading', { name: kop }).count()).toBe(1);
    }
    await expect.poll(() => paneel.getByText(/Deelnemende partijen \(\d+\)/).count()).toBe(1);
    await screenshot(page, '03-kaart-selectie');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => paneel.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kaart');
    expect(params(page.url()).has('selectie')).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('jumps to a knooppunt by free-text search', async () => {
    const { page } = await openPage(harness, `/?regio=${REGIO}`);
    await page.getByLabel('Zoek een knooppunt').fill('veilig thuis');
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await expect.poll(() => params(page.url()).get('selectie')).toBe('veilig-thuis');
    await expect
      .poll(() => page.textContent('#paneel-titel'))
      .toBe('Veilig Thuis Noord-Holland Noord');
    await page.close();
  });

  it('switches layout and keeps the selection; the back button restores the previous view', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}&selectie=veilig-thuis`);
    await expect
      .poll(() => page.textContent('#paneel-titel'))
      .toBe('Veilig Thuis Noord-Holland Noord');
    // The settings are folded behind one button in the toolbar, which counts those changed.
    expect(await page.getByLabel('Stroom (meldpunt → tafel)').isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Kaartinstellingen' }).click();
    await page.getByLabel('Stroom (meldpunt → tafel)').check();
    await expect.poll(() => params(page.url()).get('indeling')).toBe('STROOM');
    await expect
      .poll(() => page.locator('.instellingen__knop').textContent())
      .toContain('Kaartinstellingen (1 aangepast)');
    expect(params(page.url()).get('selectie')).toBe('veilig-thuis');
    await expect.poll(() => page.isVisible('#paneel')).toBe(true);
    await screenshot(page, '04-kaart-stroom');
    await page.getByLabel('Organisaties tonen').check();
    await expect.poll(() => params(page.url()).get('organisaties')).toBe('ja');
    await page.waitForSelector('body[data-kaart=gereed]');
    await screenshot(page, '05-kaart-stroom-organisaties');
    expect(await axeViolations(page)).toEqual([]);

    await page.goBack();
    await expect.poll(() => params(page.url()).has('organisaties')).toBe(false);
    await expect.poll(() => page.isChecked('#laag-organisaties')).toBe(false);
    await page.goBack();
    await expect.poll(() => params(page.url()).has('indeling')).toBe(false);
    await expect.poll(() => page.getByRole('radio', { name: 'Overzicht' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('restores a shared link: region, filters, layout, view and selection', async () => {
    const url = `/?regio=${REGIO}&indeling=STROOM&weergave=lijst&functie=OVERLEGTAFEL&thema=huiselijk-geweld&selectie=jeugdbeschermingstafel`;
    const { page, problems } = await openPage(harness, url);
    const totaal = await count({});
    const matches = await count({ functie: ['OVERLEGTAFEL'], themaIds: ['huiselijk-geweld'] });
    await expect
      .poll(() => page.textContent('#aantal'))
      .toBe(`${matches} van ${totaal} knooppunten`);
    expect(await page.getByLabel('Stroom (meldpunt → tafel)').isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Lijst' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Overlegtafel' }).isChecked()).toBe(true);
    expect(await page.isVisible('#lijst-sectie')).toBe(true);
    expect(await page.isHidden('#kaart-sectie')).toBe(true);
    const rows = page.locator('#lijst table').first().locator('tbody tr');
    expect(await rows.count()).toBe(matches);
    expect(await page.locator('#lijst tr[aria-current=true]').textContent()).toContain(
      'Jeugdbeschermingstafel',
    );
    await screenshot(page, '06-lijst');
    expect(await axeViolations(page)).toEqual([]);

    // From the list, a knooppunt opens in the panel, and closing returns focus to its link.
    const link = rows.first().getByRole('link');
    const naam = await link.textContent();
    await link.click();
    await expect.poll(() => page.textContent('#paneel-titel')).toBe(naam);
    await page.getByRole('button', { name: 'Details sluiten' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(naam);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('exports the map as PNG and SVG as drawn, with title and legend, and the list as CSV', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}`);
    page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
    const save = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      return { name: download.suggestedFilename(), content: readFileSync(await download.path()) };
    };
    const png = await save('Kaart als PNG');
    expect(png.name).toBe(`kaart-${REGIO}.png`);
    expect(png.content.subarray(1, 4).toString()).toBe('PNG');
    // Twice the drawing's size, title and legend included: taller than the canvas alone.
    expect(png.content.readUInt32BE(20)).toBeGreaterThan(1000);
    // Kept with the screenshots, to look at.
    writeFileSync(join(SCREENS, '19-kaart-export.png'), png.content);

    const svg = (await save('Kaart als SVG')).content.toString();
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>$/);
    for (const tekst of [
      'Kaart van de knooppunten',
      'Regio: Zorg- en Veiligheidshuis Noord-Holland Noord',
      'Filters: geen',
      'Wettelijke basis (rand)',
      'Route (lijn en pijl)',
    ])
      expect(svg).toContain(tekst);
    // Every route in its own line: solid ones without a dash, the others with the canvas's pattern.
    const routes = [
      ...svg.matchAll(
        /<g [^>]*data-soort="(\w+)"><path [^>]*?(?:stroke-dasharray="([\d ]+)")?\/>/g,
      ),
    ];
    const opKaart = await page.evaluate(
      () =>
        (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy.edges('.overdracht').length,
    );
    expect(routes).toHaveLength(opKaart);
    for (const [, soort, streep] of routes)
      expect(streep ?? '', soort).toBe(ROUTE[soort!]!.dash.join(' '));
    expect(new Set(routes.map(([, soort]) => soort)).size).toBeGreaterThan(2);
    // The legal-basis borders: a double ring for wettelijk geregeld, a dash for niet expliciet.
    const wettelijk = [...svg.matchAll(/<g [^>]*data-basis="WETTELIJK_GEREGELD">(.*?)<\/g>/g)];
    expect(wettelijk).toHaveLength(await count({ wettelijkeBasis: ['WETTELIJK_GEREGELD'] }));
    for (const [, inhoud] of wettelijk)
      expect(inhoud!.match(/stroke="#1a1a1a"/g)!.length).toBeGreaterThanOrEqual(2);
    for (const [, inhoud] of svg.matchAll(/<g [^>]*data-basis="NIET_EXPLICIET">(.*?)<\/g>/g))
      expect(inhoud).toContain('stroke-dasharray="6 4"');

    await page.goto(`${harness.base}/?regio=${REGIO}&functie=MELDPUNT`);
    await page.waitForSelector('body[data-kaart=gereed]');
    const meldpunten = await count({ functie: ['MELDPUNT'] });
    await expect.poll(() => page.textContent('#aantal')).toContain(`${meldpunten} van`);
    expect((await save('Kaart als SVG')).content.toString()).toContain(
      'Filters: Functie: Meldpunt',
    );
    const csv = await save('Lijst als CSV');
    const lines = csv.content.toString('utf8').replace('\ufeff', '').trim().split('\n');
    expect(lines[0]).toContain('Naam;Functie;Werkproces');
    expect(lines).toHaveLength(meldpunten + 1);
    expect(lines.slice(1).every((l) => l.includes(';Meldpunt;'))).toBe(true);

    // Grouped by gemeente with every group closed: the bundles' counts, as on screen, only where
    // they cover no box.
    await page.goto(`${harness.base}/?regio=${REGIO}&groepering=gemeente`);
    await page.waitForSelector('body[data-kaart=gereed]');
    const groepen = await page.evaluate(() =>
      (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy
        .nodes('.groep')
        .map((g) => g.data('sleutel') as string),
    );
    expect(groepen.length).toBeGreaterThan(3);
    await page.goto(
      `${harness.base}/?regio=${REGIO}&groepering=gemeente&${groepen.map((g) => `dicht=${encodeURIComponent(g)}`).join('&')}`,
    );
    await page.waitForSelector('body[data-kaart=gereed]');
    const gegroepeerd = (await save('Kaart als SVG')).content.toString();
    writeFileSync(join(SCREENS, '19-kaart-export-gegroepeerd.svg'), gegroepeerd);
    expect(gegroepeerd).toContain('Gegroepeerd op: Gemeente');
    // A focus says around which knooppunt, and how far: what the map leaves out is explained.
    await page.goto(`${harness.base}/?regio=${REGIO}&selectie=veilig-thuis&focus=2`);
    await page.waitForSelector('body[data-kaart=gereed]');
    expect((await save('Kaart als SVG')).content.toString()).toContain(
      'Focus: Veilig Thuis Noord-Holland Noord en wat tot 2 stappen verder ligt',
    );
    const dozen = [
      ...gegroepeerd.matchAll(
        /<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)" rx="4"/g,
      ),
    ].map(([, x, y, w, h]) => ({ x1: +x!, y1: +y!, x2: +x! + +w!, y2: +y! + +h! }));
    const tellingen = [
      ...gegroepeerd.matchAll(
        /<text x="([\d.-]+)" y="([\d.-]+)" font-size="([\d.]+)" text-anchor="middle" stroke="#fff" stroke-width="3" paint-order="stroke">(\d+)<\/text>/g,
      ),
    ].map(([, x, y, font, tekst]) => {
      const [half, f] = [(tekst!.length * 0.6 * +font!) / 2, +font!];
      return { tekst, x1: +x! - half, x2: +x! + half, y1: +y! - f * 0.8, y2: +y! + f * 0.2 };
    });
    expect(dozen.length).toBe(groepen.length);
    expect(tellingen.length).toBeGreaterThan(0);
    const over = tellingen.filter((t) =>
      dozen.some((d) => t.x1 < d.x2 && d.x1 < t.x2 && t.y1 < d.y2 && d.y1 < t.y2),
    );
    expect(over).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps each group title clear of the other groups and of the labels inside them', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}&groepering=gemeente`);
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    // After the canvas settled (the group list above it moves it), no title is covered.
    await page.waitForTimeout(400);
    const botsingen = await page.evaluate(() => {
      const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
      type Vak = { x1: number; y1: number; x2: number; y2: number };
      const over = (a: Vak, b: Vak) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const alleenLabel = { includeNodes: false, includeEdges: false, includeOverlays: false };
      const groepen = cy.nodes('.groep');
      const uit: string[] = [];
      groepen.forEach((g) => {
        const titel = g.boundingBox(alleenLabel);
        groepen.forEach((h) => {
          if (
            !h.same(g) &&
            over(titel, h.boundingBox({ includeLabels: false, includeOverlays: false }))
          )
            uit.push(`${g.data('label') as string} onder ${h.data('label') as string}`);
        });
        cy.nodes('.knooppunt')
          .not('.zonder-label')
          .forEach((n) => {
            if (over(titel, n.boundingBox(alleenLabel)))
              uit.push(`${g.data('label') as string} onder ${n.data('naam') as string}`);
          });
      });
      return { uit, aantal: groepen.length };
    });
    expect(botsingen.aantal).toBeGreaterThan(2);
    expect(botsingen.uit).toEqual([]);
    await screenshot(page, '15-kaart-gegroepeerd-gemeente');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the labels of a 2-step route inside the canvas, on a screen and on a phone', async () => {
    const pad = `/?regio=${REGIO}&selectie=meldpunt-zorg-overlast&routes=UIT&stappen=2`;
    for (const [naam, open] of [
      ['1440', () => openPage(harness, pad)],
      ['390', () => openTelefoon(pad)],
    ] as const) {
      const { page, problems } = await open();
      await page.locator('#kaart').scrollIntoViewIfNeeded();
      await expect.poll(() => afgesnedenNamen(page)).toEqual([]);
      // The route's start and its ends are labelled, not left out to fit.
      expect(
        await page.evaluate(
          () =>
            (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy.nodes(
              '.knooppunt:selected.zonder-label',
            ).length,
        ),
      ).toBe(0);
      await screenshot(page, `07-routes-2-stappen-${naam}`);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('fits a phone: the filters fold away before the canvas, the list scrolls in its own region', async () => {
    const totaal = await count({});
    const meldpunten = await count({ functie: ['MELDPUNT'] });
    const { page, problems } = await openTelefoon(`/?regio=${REGIO}&selectie=veilig-thuis`);
    expect(await breedteOverschot(page)).toBe(0);
    // The long filter list is folded: right after the toolbar and the count comes the canvas.
    expect(await page.locator('#filter-formulier').isVisible()).toBe(false);
    const kaart = (await page.locator('#kaart').boundingBox())!;
    expect(kaart.y).toBeLessThan(TELEFOON.height * 1.25);
    expect(kaart.width).toBeLessThanOrEqual(TELEFOON.width);
    await screenshot(page, '10-kaart-telefoon');
    expect(await axeViolations(page)).toEqual([]);
    // On a phone the filters are in a drawer, opened from the toolbar.
    await page.locator('#filterknop').click();
    await page
      .getByRole('checkbox', { name: /^Meldpunt \(\d+\)$/ })
      .first()
      .check();
    await expect
      .poll(() => page.textContent('#aantal'))
      .toBe(`${meldpunten} van ${totaal} knooppunten`);
    await page.getByRole('button', { name: 'Toon de kaart' }).click();
    expect(await breedteOverschot(page)).toBe(0);

    // The list view: 8 columns do not fit, so the table scrolls sideways within itself.
    await page.getByRole('radio', { name: 'Lijst' }).check();
    await expect.poll(() => page.isVisible('#lijst-sectie')).toBe(true);
    const vak = page.getByRole('region', { name: 'Tabel van de knooppunten' });
    expect(await vak.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await breedteOverschot(page)).toBe(0);
    await vak.scrollIntoViewIfNeeded();
    await screenshot(page, '11-lijst-telefoon');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the map controls in two rows beside the details panel at 1440', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}&groepering=functie`);
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    const vt = await waar(page, 'k:veilig-thuis');
    await page.mouse.click(vt.x, vt.y);
    await expect
      .poll(() => page.textContent('#paneel-titel'))
      .toBe('Veilig Thuis Noord-Holland Noord');
    // Rows: the controls' vertical centres, 16 px apart at least (one row aligns their bottoms).
    const { rijen, breedte } = await page.evaluate(() => {
      const bediening = document.querySelector('.kaart-bediening')!;
      const midden = [...bediening.querySelectorAll('button, select, summary')]
        .filter((el) => el.checkVisibility())
        .map((el) => el.getBoundingClientRect())
        .map((r) => (r.top + r.bottom) / 2)
        .sort((a, b) => a - b);
      return {
        rijen: midden.filter((y, i) => i === 0 || y - midden[i - 1]! > 16).length,
        breedte: bediening.getBoundingClientRect().width,
      };
    });
    await screenshot(page, '25-kaart-bediening-paneel');
    // Beside the panel the canvas's column is narrow: this is the case that took three rows.
    expect(breedte).toBeLessThan(700);
    expect(rijen).toBeLessThanOrEqual(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads the date as dd-mm-jjjj and says in Dutch which date is wrong', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}`);
    await page.getByText('Kaartinstellingen').click();
    const veld = page.getByLabel('Stand op datum');
    await veld.fill('31-02-2026');
    await veld.press('Enter');
    const fout = page.getByText('Stand op datum: 31 februari 2026 bestaat niet.');
    await expect.poll(() => fout.isVisible()).toBe(true);
    expect(await veld.getAttribute('aria-invalid')).toBe('true');
    expect(params(page.url()).has('peildatum')).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await veld.fill('januari');
    await veld.press('Enter');
    await expect
      .poll(() => page.getByText('Stand op datum: vul een datum in als dd-mm-jjjj').isVisible())
      .toBe(true);
    await veld.fill('1-1-2024');
    await veld.press('Enter');
    await expect.poll(() => params(page.url()).get('peildatum')).toBe('2024-01-01');
    await page.waitForSelector('body[data-kaart=gereed]');
    await expect.poll(() => page.textContent('#aantal')).toMatch(/ op 1 januari 2024$/);
    await expect.poll(() => veld.inputValue()).toBe('01-01-2024');
    expect(await page.locator('#peildatum-fout').count()).toBe(0);
    await screenshot(page, '26-kaart-peildatum');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the list and the details panel at 1440 without sideways scroll', async () => {
    const { page, problems } = await openPage(
      harness,
      `/?regio=${REGIO}&weergave=lijst&selectie=veilig-thuis`,
    );
    await expect
      .poll(() => page.textContent('#paneel-titel'))
      .toBe('Veilig Thuis Noord-Holland Noord');
    expect(await breedteOverschot(page)).toBe(0);
    await screenshot(page, '12-lijst-paneel');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a knooppunt that has ended', () => {
  const ID = 'jeugdgroepoverleg-hoorn';
  let eigen: Harness;
  beforeAll(async () => {
    // Ended at the end of 2024, as a beheerder would record it.
    eigen = await startHarness(async (store) => {
      const { versie } = (await store.load()).knooppunten.find((k) => k.id === ID)!;
      await store.update(
        'knooppunt',
        ID,
        versie,
        { ...KNOOPPUNTEN[ID]!, geldigTot: '2024-12-31' },
        systeemWijziging(),
      );
    });
  }, 60_000);
  afterAll(async () => eigen?.close());

  it('is drawn faded where it is drawn, and the panel and the list say it ended', async () => {
    const { page, problems } = await openPage(eigen, `/?regio=${REGIO}&beeindigd=ja`);
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    const plek = await waar(page, `k:${ID}`);
    // What Cytoscape draws at that point of the canvas, and how.
    const getekend = await page.evaluate(({ x, y }) => {
      const kaart = document.querySelector('#kaart') as unknown as Cy & HTMLElement;
      const cy = kaart._cyreg.cy;
      const vak = kaart.getBoundingClientRect();
      const { zoom, pan } = { zoom: cy.zoom(), pan: cy.pan() };
      const renderer = (
        cy as unknown as {
          renderer(): {
            findNearestElement(x: number, y: number, interactief: boolean, touch: boolean): unknown;
          };
        }
      ).renderer();
      const el = renderer.findNearestElement(
        (x - vak.x - kaart.clientLeft - pan.x) / zoom,
        (y - vak.y - kaart.clientTop - pan.y) / zoom,
        true,
        false,
      ) as import('cytoscape').NodeSingular | undefined;
      const ander = cy.getElementById('k:veilig-thuis');
      return {
        id: el?.id(),
        opacity: Number(el?.style('opacity')),
        label: el?.data('label') as string,
        ander: Number(ander.style('opacity')),
      };
    }, plek);
    expect(getekend.id).toBe(`k:${ID}`);
    expect(getekend.opacity).toBeLessThan(0.5);
    expect(getekend.ander).toBe(1);
    expect(getekend.label).toContain('beëindigd op 31 december 2024');
    // The count says what it counts: the region select counts today's knooppunten, one fewer.
    const alle = await page.evaluate(
      () =>
        (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy.nodes('.knooppunt').length,
    );
    expect(await page.textContent('#aantal')).toBe(
      `${alle} van ${alle} knooppunten, waarvan 1 beëindigd`,
    );
    expect(await page.locator('#regio option:checked').textContent()).toContain(
      `(${alle - 1} knooppunten)`,
    );
    await screenshot(page, '22-kaart-beeindigd');

    // A person clicks it: the panel says it ended.
    await page.mouse.click(plek.x, plek.y);
    await expect.poll(() => params(page.url()).get('selectie')).toBe(ID);
    await expect.poll(() => page.textContent('#paneel')).toContain('Beëindigd op 31 december 2024');
    // And so does its row in the list.
    await page.getByRole('radio', { name: 'Lijst' }).check();
    const rij = page.locator('#lijst-sectie tr', { hasText: 'Jeugdgroepoverleg Hoorn' });
    await expect.poll(() => rij.first().textContent()).toContain('Beëindigd op 31 december 2024');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a large region (760 knooppunten, the size of ZVH-UT in the synthetic set)', () => {
  let groot: Harness;
  const GROOT = 'ZVH-UT';
  beforeAll(async () => {
    const synthetisch = generateSyntheticDataset(loadReferentiedata(), {
      regioIds: [GROOT],
      knooppunten: 760,
      seed: 3,
    });
    groot = await startHarness((store) => store.applyAll(creates(synthetisch), systeemWijziging()));
  }, 120_000);
  afterAll(async () => groot?.close());

  /** Per group: what its frame and its title cover on another group, and whether its title is cut. */
  const groepBotsingen = (page: Page) =>
    page.evaluate(() => {
      const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
      type Vak = { x1: number; y1: number; x2: number; y2: number };
      const over = (a: Vak, b: Vak) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const meter = document.createElement('canvas').getContext('2d')!;
      const familie = getComputedStyle(cy.container()!).fontFamily;
      const groepen = cy.nodes('.groep, .groep-dicht');
      const uit: string[] = [];
      groepen.forEach((g) => {
        const naam = g.data('label') as string;
        const heel = g.boundingBox({ includeOverlays: false });
        groepen.forEach((h) => {
          if (
            !h.same(g) &&
            over(heel, h.boundingBox({ includeLabels: false, includeOverlays: false }))
          )
            uit.push(`${naam} over ${h.data('label') as string}`);
        });
        if (g.hasClass('groep')) {
          // Cytoscape ends a title wider than text-max-width in an ellipsis.
          meter.font = `bold ${g.style('font-size')} ${familie}`;
          if (meter.measureText(naam).width > parseFloat(g.style('text-max-width') as string))
            uit.push(`${naam} afgekapt`);
        }
      });
      return { uit, aantal: groepen.length };
    });

  it('draws each group as a box of its own with its whole title, by gemeente and by functie', async () => {
    for (const [groepering, minimaal] of [
      ['gemeente', 10],
      ['functie', 2],
    ] as const) {
      const { page, problems } = await openPage(groot, `/?regio=${GROOT}&groepering=${groepering}`);
      await page.locator('#kaart').scrollIntoViewIfNeeded();
      await page.waitForTimeout(400);
      const { uit, aantal } = await groepBotsingen(page);
      expect(aantal).toBeGreaterThanOrEqual(minimaal);
      expect(uit).toEqual([]);
      // The legend's button, over the canvas's corner, covers no group's title.
      const onderLegenda = await page.evaluate(() => {
        const kaart = document.querySelector('#kaart') as unknown as Cy & HTMLElement;
        const vak = kaart.getBoundingClientRect();
        const knop = document.querySelector('.kaart-legenda')!.getBoundingClientRect();
        return kaart._cyreg.cy
          .nodes('.groep')
          .filter((g) => {
            const t = g.renderedBoundingBox({
              includeNodes: false,
              includeEdges: false,
              includeOverlays: false,
            });
            const [x1, y1] = [vak.x + kaart.clientLeft + t.x1, vak.y + kaart.clientTop + t.y1];
            const [x2, y2] = [x1 + t.w, y1 + t.h];
            return x1 < knop.right && knop.left < x2 && y1 < knop.bottom && knop.top < y2;
          })
          .map((g) => g.data('label') as string);
      });
      expect(onderLegenda).toEqual([]);
      await screenshot(page, `23-groot-gegroepeerd-${groepering}`);
      // Zoomed in, the titles get a smaller font (a step of the label size) and stay whole.
      await page.getByRole('button', { name: 'Inzoomen' }).click();
      await page.waitForTimeout(800);
      expect((await groepBotsingen(page)).uit).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('closes a group with a click on its title, and draws it clear of the others', async () => {
    const { page, problems } = await openPage(groot, `/?regio=${GROOT}&groepering=functie`);
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    const titel = await page.evaluate(() => {
      const kaart = document.querySelector('#kaart') as unknown as Cy & HTMLElement;
      const cy = kaart._cyreg.cy;
      const box = cy.getElementById('g:MELDPUNT').boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeOverlays: false,
      });
      const vak = kaart.getBoundingClientRect();
      const [zoom, pan] = [cy.zoom(), cy.pan()];
      return {
        x: vak.x + kaart.clientLeft + pan.x + zoom * (box.x1 + box.x2) * 0.5,
        y: vak.y + kaart.clientTop + pan.y + zoom * (box.y1 + box.y2) * 0.5,
      };
    });
    await page.mouse.click(titel.x, titel.y);
    await expect.poll(() => params(page.url()).getAll('dicht')).toEqual(['MELDPUNT']);
    await page.waitForSelector('body[data-kaart=gereed]');
    await page.waitForTimeout(400);
    const { uit } = await groepBotsingen(page);
    expect(uit).toEqual([]);
    // Its lines to the members of the open group carry no count scattered over that group.
    const tellingen = await page.evaluate(() =>
      (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy
        .edges('.bundel')
        .map((e) => String(e.style('label') ?? ''))
        .filter((tekst) => tekst !== ''),
    );
    expect(tellingen).toEqual([]);
    await screenshot(page, '23-groot-groep-dicht');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the labels at a readable size at each zoom step', async () => {
    const { page, problems } = await openPage(groot, `/?regio=${GROOT}`);
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    // On screen, each label drawn is 12 px (LABEL_PX) up to a step of the font (1.25) larger.
    const maten = () =>
      page.evaluate(() => {
        const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
        const px = cy
          .nodes('.knooppunt')
          .not('.zonder-label')
          .map((n) => Math.round(parseFloat(n.style('font-size') as string) * cy.zoom() * 10) / 10);
        return { zoom: cy.zoom(), min: Math.min(...px), max: Math.max(...px), aantal: px.length };
      });
    const gezien: number[] = [];
    for (let stap = 0; stap < 3; stap++) {
      const { zoom, min, max, aantal } = await maten();
      gezien.push(zoom);
      expect(aantal).toBeGreaterThan(0);
      expect(min).toBeGreaterThanOrEqual(11.9);
      expect(max).toBeLessThanOrEqual(15.1);
      // Each press animates the zoom (200 ms); a press during it would start from partway, as it
      // does for a person pressing quickly, so each waits for the last to end (on a busy machine
      // that takes longer). Then the labels follow.
      await zoomIn(page, 2, 'click');
      await page.waitForTimeout(800);
    }
    expect(gezien[2]! / gezien[0]!).toBeGreaterThan(4);
    await screenshot(page, '23-groot-ingezoomd');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('counts in each group title what a filter leaves of the group, open or closed', async () => {
    const { page, problems } = await openPage(
      harness,
      `/?regio=${REGIO}&groepering=functie&dicht=OVERLEGTAFEL&werkproces=CASUSOVERLEG`,
    );
    const titels = () =>
      page.evaluate(() =>
        (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy
          .nodes('.groep, .groep-dicht')
          .filter((n) => !n.hasClass('verborgen'))
          .map((n) => n.data('label') as string)
          .sort(),
      );
    const overlegtafels = await count({ functie: ['OVERLEGTAFEL'] });
    const casusoverleg = await count({ functie: ['OVERLEGTAFEL'], werkproces: ['CASUSOVERLEG'] });
    expect(casusoverleg).toBeLessThan(overlegtafels);
    // Meldpunten have no casusoverleg: that group is gone; the closed one counts what is left.
    await expect.poll(titels).toEqual([`Overlegtafel (${casusoverleg} van ${overlegtafels})`]);
    await page.getByRole('button', { name: /Werkproces: Casusoverleg/ }).click();
    await expect
      .poll(titels)
      .toEqual([
        `Meldpunt (${await count({ functie: ['MELDPUNT'] })})`,
        `Overlegtafel (${overlegtafels})`,
      ]);
    // The same for an open group, whose members are on the map.
    await page.goto(`${harness.base}/?regio=${REGIO}&groepering=functie&werkproces=CASUSOVERLEG`);
    await page.waitForSelector('body[data-kaart=gereed]');
    await expect.poll(titels).toEqual([`Overlegtafel (${casusoverleg} van ${overlegtafels})`]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps a knooppunt clicked in a grouped focus in view beside the panel it opens', async () => {
    const { page, problems } = await openPage(
      harness,
      `/?regio=${REGIO}&groepering=gemeente&focus=2`,
    );
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    const plek = await waar(page, 'k:bemoeizorg-den-helder');
    await page.mouse.click(plek.x, plek.y);
    await expect.poll(() => params(page.url()).get('selectie')).toBe('bemoeizorg-den-helder');
    await expect.poll(() => page.locator('#paneel h2').first().isVisible()).toBe(true);
    // The canvas narrowed for the panel while the focus was being fitted: the fit is for the
    // canvas as it is now, with the knooppunt and its surroundings in it.
    await page.waitForTimeout(800);
    const { binnen, zichtbaar } = await page.evaluate(() => {
      const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
      const p = cy.getElementById('k:bemoeizorg-den-helder').renderedPosition();
      const box = cy
        .nodes('.knooppunt')
        .filter((n) => !n.hasClass('buiten-focus'))
        .renderedBoundingBox({ includeLabels: false });
      return {
        binnen: p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height(),
        zichtbaar: box.x1 >= -1 && box.x2 <= cy.width() + 1,
      };
    });
    await screenshot(page, '14-kaart-klik-focus-gegroepeerd');
    expect(binnen).toBe(true);
    expect(zichtbaar).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits the map to what a focus of 3 steps shows, on a screen and on a phone', async () => {
    for (const [naam, viewport] of [
      ['1440', VIEWPORT],
      ['390', TELEFOON],
    ] as const) {
      const page = await groot.browser.newPage({ viewport });
      await page.goto(`${groot.base}/?regio=${GROOT}&selectie=syn-zvh-ut-k17`);
      await page.waitForSelector('body[data-kaart=gereed]');
      // A phone folds grouping and focus away under one button.
      const focus = page.getByLabel(/^Focus/);
      if (!(await focus.isVisible())) await page.getByText('Groeperen en focus').click();
      await focus.selectOption('3');
      await expect.poll(() => params(page.url()).get('focus')).toBe('3');
      await page.locator('#kaart').scrollIntoViewIfNeeded();
      await page.waitForTimeout(600);
      const { binnen, midden, deel, aantal, gedimd } = await page.evaluate(() => {
        const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
        const getoond = cy.nodes('.knooppunt').filter((n) => !n.hasClass('buiten-focus'));
        const box = getoond.renderedBoundingBox({ includeLabels: false });
        return {
          aantal: getoond.length,
          gedimd: getoond.filter((n) => n.hasClass('gedimd')).length,
          midden:
            Math.abs((box.x1 + box.x2) / 2 - cy.width() / 2) < cy.width() / 4 &&
            Math.abs((box.y1 + box.y2) / 2 - cy.height() / 2) < cy.height() / 4,
          binnen: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height(),
          // How much of the canvas's width or height the focused part takes.
          deel: Math.max(box.w / cy.width(), box.h / cy.height()),
        };
      });
      expect(aantal).toBeGreaterThan(5);
      expect(aantal).toBeLessThan(760);
      // What the focus shows is drawn in full, not faded.
      expect(gedimd).toBe(0);
      // The whole focused part, on a phone too (its fit has no finger-size floor; a pinch
      // brings its knooppunten closer).
      expect(binnen).toBe(true);
      expect(midden).toBe(true);
      expect(deel).toBeGreaterThan(0.5);
      await screenshot(page, `23-groot-focus-3-${naam}`);
      await page.close();
    }
  });

  /** The counts drawn on bundled lines, and those that cover a closed group or another count. */
  const tellingBotsingen = (page: Page) =>
    page.evaluate(() => {
      const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
      type Vak = { x1: number; y1: number; x2: number; y2: number };
      const over = (a: Vak, b: Vak) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const alleenLabel = {
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      };
      const tellingen = cy
        .edges('.geteld')
        .filter((e) => e.visible() && e.style('label') !== '')
        .map((e) => ({ naam: e.id(), vak: e.boundingBox(alleenLabel) }));
      const dozen = cy
        .nodes('.groep-dicht')
        .filter((n) => n.visible())
        .map((n) => ({
          naam: n.id(),
          vak: n.boundingBox({ includeLabels: false, includeOverlays: false }),
        }));
      const uit: string[] = [];
      tellingen.forEach((t, i) => {
        for (const ander of [...dozen, ...tellingen.slice(i + 1)])
          if (over(t.vak, ander.vak)) uit.push(`${t.naam} over ${ander.naam}`);
      });
      return { aantal: tellingen.length, uit };
    });

  it('groups on a phone as closed boxes, all in view, that a tap opens', async () => {
    const { context, page } = await openAanraak(groot, `/?regio=${GROOT}`);
    await page.getByText('Groeperen en focus').tap();
    // Every grouping: the boxes all in view, a finger's size, named readably. Gemeente last,
    // for the rest of the test.
    let dozen: { id: string; binnen: boolean; maat: number; naam: string; px: number }[] = [];
    for (const groepering of ['thema', 'functie', 'gemeente'] as const) {
      await page.getByLabel('Groeperen').selectOption(groepering);
      await expect
        .poll(() => params(page.url()).getAll('dicht').length)
        .toBeGreaterThan(groepering === 'gemeente' ? 10 : 1);
      await page.waitForSelector('body[data-kaart=gereed]');
      await page.locator('#kaart').scrollIntoViewIfNeeded();
      await page.waitForTimeout(600);
      dozen = await page.evaluate(() => {
        const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
        return cy.nodes('.groep-dicht').map((n) => {
          const b = n.renderedBoundingBox({ includeOverlays: false });
          return {
            id: n.id(),
            binnen: b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height(),
            maat: Math.min(b.w, b.h),
            naam: n.style('label') as string,
            // The name's size on screen, CSS pixels.
            px: parseFloat(n.style('font-size') as string) * cy.zoom(),
          };
        });
      });
      expect(dozen.length, groepering).toBe(params(page.url()).getAll('dicht').length);
      expect(
        dozen.filter((d) => !d.binnen),
        groepering,
      ).toEqual([]);
      expect(Math.min(...dozen.map((d) => d.maat)), groepering).toBeGreaterThanOrEqual(24);
      // Every closed group says which it is, however many share the small screen, readably
      // (LABEL_PX) without zooming: 28 gemeenten were 7 px high.
      expect(
        dozen.filter((d) => d.naam === ''),
        groepering,
      ).toEqual([]);
      expect(
        dozen.filter((d) => d.px < 12),
        groepering,
      ).toEqual([]);
      // The counts on the lines between them cover no box and no other count.
      expect((await tellingBotsingen(page)).uit, groepering).toEqual([]);
      await screenshot(
        page,
        groepering === 'gemeente'
          ? '23-groot-gegroepeerd-telefoon'
          : `23-groot-gegroepeerd-${groepering}-telefoon`,
      );
    }
    // Zoomed in, the boxes are further apart and some counts have room: still clear.
    await zoomIn(page, 2, 'tap');
    await page.waitForTimeout(600);
    const ingezoomd = await tellingBotsingen(page);
    expect(ingezoomd.aantal).toBeGreaterThan(0);
    expect(ingezoomd.uit).toEqual([]);
    await screenshot(page, '23-groot-gegroepeerd-telefoon-ingezoomd');
    await page.getByRole('button', { name: 'Passend maken' }).tap();
    await page.waitForTimeout(600);
    const eerste = dozen[0]!.id;
    const plek = await waar(page, eerste);
    await page.touchscreen.tap(plek.x, plek.y);
    await expect
      .poll(() => params(page.url()).getAll('dicht'))
      .not.toContain(eerste.slice('gd:'.length));
    await page.waitForSelector('body[data-kaart=gereed]');
    await page.waitForTimeout(600);
    // The group opened is fitted, its members a finger's size and named where there is room;
    // the other groups are a pan away.
    const leden = await page.evaluate(
      (groep) => {
        const cy = (document.querySelector('#kaart') as unknown as Cy)._cyreg.cy;
        const knopen = cy.getElementById(groep).children();
        return {
          aantal: knopen.length,
          kleinste: Math.min(...knopen.map((n) => Math.min(n.renderedWidth(), n.renderedHeight()))),
          metNaam: knopen.not('.zonder-label').length,
        };
      },
      `g:${eerste.slice('gd:'.length)}`,
    );
    expect(leden.aantal).toBeGreaterThan(1);
    expect(leden.kleinste).toBeGreaterThanOrEqual(20);
    expect(leden.metNaam).toBeGreaterThan(0);
    // Names show once wholly in view: none is cut off at the canvas's edge.
    expect(await afgesnedenNamen(page)).toEqual([]);
    await screenshot(page, '23-groot-gegroepeerd-telefoon-geopend');
    expect(await breedteOverschot(page)).toBe(0);
    await context.close();
  });
});
