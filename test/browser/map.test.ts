// SPDX-License-Identifier: EUPL-1.2
// The regional map in headless Chromium: load, filter, select, layout switch, URL round trip,
// export, list view; axe-core finds no WCAG 2.1 AA violation on any of these screens.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOOPPUNTEN } from '../../seed/example-region.ts';
import { filterKnooppunten } from '../../server/domain/knooppunt-filter.ts';
import {
  axeViolations,
  breedteOverschot,
  openPage,
  screenshot,
  startHarness,
  TELEFOON,
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

/** A page loaded on a phone from the start: what is folded away depends on the screen it opens on. */
async function openTelefoon(path: string) {
  const page = await harness.browser.newPage({ viewport: TELEFOON });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(`${harness.base}${path}`);
  await page.waitForSelector('body[data-kaart=gereed]');
  return { page, problems };
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
    await page.getByRole('checkbox', { name: 'Meldpunt', exact: true }).first().check();
    await expect
      .poll(() => page.textContent('#aantal'))
      .toBe(`${meldpunten} van ${totaal} knooppunten`);
    await page.getByRole('checkbox', { name: 'Wettelijk geregeld' }).check();
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

  it('selects a knooppunt clicked with the mouse where it is drawn, by its own id', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}`);
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    const kaart = (await page.locator('#kaart canvas').last().boundingBox())!;
    // Click as a person would: on the drawing, from the middle outwards, until a node is hit.
    for (let stap = 0; stap < 60 && params(page.url()).get('selectie') === null; stap++) {
      const hoek = stap * 0.9;
      const straal = stap * 6;
      await page.mouse.click(
        kaart.x + kaart.width / 2 + Math.cos(hoek) * straal,
        kaart.y + kaart.height / 2 + Math.sin(hoek) * straal,
      );
    }
    const id = params(page.url()).get('selectie');
    expect(Object.keys(KNOOPPUNTEN)).toContain(id);
    await expect.poll(() => page.textContent('#paneel-titel')).toBe(KNOOPPUNTEN[id!]!.naam);
    expect(await page.locator('#paneel').textContent()).not.toContain('bestaat niet');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('selects with the keyboard, shows the whole description, and returns focus', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}`);
    await page.focus('#kaart');
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
      'Governance',
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
    await page.getByLabel('Stroom (meldpunt → tafel)').check();
    await expect.poll(() => params(page.url()).get('indeling')).toBe('STROOM');
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

  it('exports the map as PNG and SVG and the listed knooppunten as CSV', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}&functie=MELDPUNT`);
    const meldpunten = await count({ functie: ['MELDPUNT'] });
    await expect.poll(() => page.textContent('#aantal')).toContain(`${meldpunten} van`);
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
    const svg = await save('Kaart als SVG');
    expect(svg.content.toString()).toMatch(/<svg[\s\S]*<\/svg>/);
    const csv = await save('Lijst als CSV');
    const lines = csv.content.toString('utf8').replace('\ufeff', '').trim().split('\n');
    expect(lines[0]).toContain('Naam;Functie;Werkproces');
    expect(lines).toHaveLength(meldpunten + 1);
    expect(lines.slice(1).every((l) => l.includes(';Meldpunt;'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
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
    await page.getByText('Filters kiezen').click();
    await page.getByRole('checkbox', { name: 'Meldpunt', exact: true }).first().check();
    await expect
      .poll(() => page.textContent('#aantal'))
      .toBe(`${meldpunten} van ${totaal} knooppunten`);
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
