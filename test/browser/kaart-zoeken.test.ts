// SPDX-License-Identifier: EUPL-1.2
// Finding things on the map as a person does: typing in the search field and clicking a result,
// filtering with counts and removing a filter by its chip, the phone's filter drawer opened by a
// tap, the national overview of the regions, and the map on a date. axe-core on each screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { knooppuntFacetten } from '../../server/domain/knooppunt-facetten.ts';
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

const params = (url: string) => new URL(url).searchParams;

/**
 * How much of the canvas the shown knooppunten span (the larger of width and height), or 0 when
 * one lies outside it. Read from Cytoscape's rendered positions, as a person sees them.
 */
function deelVanDeKaart(page: Page): Promise<number> {
  return page.evaluate(() => {
    const kaart = document.querySelector('#kaart') as unknown as {
      _cyreg: { cy: import('cytoscape').Core };
    };
    const { cy } = kaart._cyreg;
    const punten = cy
      .nodes('.knooppunt')
      .not('.verborgen')
      .map((n) => (n as import('cytoscape').NodeSingular).renderedPosition());
    const xs = punten.map((p) => p.x);
    const ys = punten.map((p) => p.y);
    const binnen = punten.every((p) => p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height());
    const deel = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / cy.width(),
      (Math.max(...ys) - Math.min(...ys)) / cy.height(),
    );
    return binnen ? deel : 0;
  });
}

describe('searching and filtering the map', () => {
  it('lists results while typing, tolerant of spelling; a click selects; no result is said visibly', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}`);
    const veld = page.getByRole('combobox', { name: 'Zoek een knooppunt' });
    await veld.fill('bemoei zorg');
    const lijst = page.getByRole('listbox', { name: 'Zoekresultaten' });
    const eerste = lijst.getByRole('option').first();
    await expect.poll(() => eerste.textContent()).toContain('Bemoeizorgoverleg Den Helder');
    expect(await veld.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'zoeken-resultaten');
    expect(await axeViolations(page)).toEqual([]);
    await eerste.click();
    await expect.poll(() => params(page.url()).get('selectie')).toBe('bemoeizorg-den-helder');
    await expect.poll(() => page.textContent('#paneel-titel')).toBe('Bemoeizorgoverleg Den Helder');
    expect(await lijst.isHidden()).toBe(true);

    // Keyboard: a compound typed as one word, the arrow key, Enter.
    await veld.fill('veiligthuis');
    await expect.poll(() => lijst.getByRole('option').count()).toBeGreaterThan(0);
    await veld.press('ArrowDown');
    expect(await veld.getAttribute('aria-activedescendant')).toBe('zoekoptie-0');
    await veld.press('Enter');
    await expect.poll(() => params(page.url()).get('selectie')).toBe('veilig-thuis');
    // As a person does: the panel shows the choice before the next search is typed.
    await expect
      .poll(() => page.textContent('#paneel-titel'))
      .toBe('Veilig Thuis Noord-Holland Noord');

    // Nothing found: said under the field for everyone; the selection stays as it was.
    await veld.fill('xyzzy');
    const melding = page.getByText('Geen resultaat voor ‘xyzzy’');
    await expect.poll(() => melding.isVisible()).toBe(true);
    expect(params(page.url()).get('selectie')).toBe('veilig-thuis');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('clears the filters that would hide the chosen result, and says so', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}&functie=MELDPUNT`);
    const veld = page.getByRole('combobox', { name: 'Zoek een knooppunt' });
    await veld.fill('bemoei zorg');
    const eerste = page
      .getByRole('listbox', { name: 'Zoekresultaten' })
      .getByRole('option')
      .first();
    await expect.poll(() => eerste.textContent()).toContain('Bemoeizorgoverleg Den Helder');
    // Visibly, before and after the choice: the list says the filters hide it, the field that
    // they made way.
    expect(await eerste.textContent()).toContain('valt buiten uw filters');
    await eerste.click();
    await expect.poll(() => params(page.url()).get('selectie')).toBe('bemoeizorg-den-helder');
    expect(params(page.url()).has('functie')).toBe(false);
    const melding = page.locator('#zoek-melding');
    await expect.poll(() => melding.textContent()).toContain('De filters zijn gewist');
    expect(await melding.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows per option how many it would leave, lists active filters as chips, and removes one by its ×', async () => {
    const index = await harness.registry.index();
    const thema = { themaIds: ['verward-gedrag'], regioIds: [REGIO] };
    const facetten = knooppuntFacetten(index, thema);
    const meldpunten = facetten.functie.find((f) => f.waarde === 'MELDPUNT')!.aantal;
    const metThema = filterKnooppunten(index, thema).length;
    const totaal = filterKnooppunten(index, { regioIds: [REGIO] }).length;

    const { page, problems } = await openPage(harness, `/?regio=${REGIO}&thema=verward-gedrag`);
    // The chosen thema is not folded away, and every option carries its count.
    const vinkje = page.getByRole('checkbox', { name: /^Verward gedrag \(\d+\)$/ });
    expect(await vinkje.isVisible()).toBe(true);
    expect(await vinkje.isChecked()).toBe(true);
    const meldpunt = page
      .getByRole('group', { name: 'Functie' })
      .getByRole('checkbox', { name: `Meldpunt (${meldpunten})`, exact: true });
    expect(await meldpunt.isVisible()).toBe(true);
    expect(await page.textContent('#aantal')).toBe(`${metThema} van ${totaal} knooppunten`);

    await meldpunt.check();
    await expect.poll(() => params(page.url()).getAll('functie')).toEqual(['MELDPUNT']);
    await expect
      .poll(() => page.textContent('#aantal'))
      .toBe(`${meldpunten} van ${totaal} knooppunten`);
    // The map fits what remains: every shown knooppunt within the canvas, and filling it.
    await expect.poll(() => deelVanDeKaart(page), { timeout: 5_000 }).toBeGreaterThan(0.5);
    const chip = page.getByRole('button', { name: 'Thema: Verward gedrag (filter weghalen)' });
    expect(await chip.textContent()).toMatch(/×\s+Thema: Verward gedrag/);
    expect(await page.getByRole('button', { name: /^Functie: Meldpunt/ }).isVisible()).toBe(true);
    await screenshot(page, 'filters-chips');
    expect(await axeViolations(page)).toEqual([]);

    await chip.click();
    await expect.poll(() => params(page.url()).has('thema')).toBe(false);
    expect(params(page.url()).getAll('functie')).toEqual(['MELDPUNT']);
    const alleenMeldpunten = filterKnooppunten(index, {
      regioIds: [REGIO],
      functie: ['MELDPUNT'],
    }).length;
    await expect
      .poll(() => page.textContent('#aantal'))
      .toBe(`${alleenMeldpunten} van ${totaal} knooppunten`);
    expect(await chip.count()).toBe(0);
    // Focus goes on to the next chip, and to the filters once the last is gone.
    const focus = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await expect.poll(focus).toMatch(/Functie: Meldpunt/);
    await page.getByRole('button', { name: /^Functie: Meldpunt/ }).click();
    await expect.poll(focus).toBe('Filters');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('puts the map first on a phone, with filters and settings in a drawer opened by a tap', async () => {
    const context = await harness.browser.newContext({ viewport: TELEFOON, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${harness.base}/?regio=${REGIO}`);
    await page.waitForSelector('body[data-kaart=gereed]');
    expect(await breedteOverschot(page)).toBe(0);
    expect(await page.locator('#filter-formulier').isVisible()).toBe(false);
    // The toolbar ends within the first screen, the canvas right after the map's own buttons.
    const werkbalk = (await page.locator('#werkbalk').boundingBox())!;
    expect(werkbalk.y + werkbalk.height).toBeLessThan(TELEFOON.height);
    const kaart = (await page.locator('#kaart').boundingBox())!;
    expect(kaart.y).toBeLessThan(TELEFOON.height * 1.25);
    await screenshot(page, 'telefoon-kaart-eerst');

    await page.getByRole('button', { name: 'Filters', exact: true }).tap();
    const lade = page.getByRole('dialog', { name: 'Filters en kaartinstellingen' });
    await expect.poll(() => lade.isVisible()).toBe(true);
    await lade
      .getByRole('group', { name: 'Functie' })
      .getByRole('checkbox', { name: /^Meldpunt \(\d+\)$/ })
      .tap();
    await expect.poll(() => params(page.url()).getAll('functie')).toEqual(['MELDPUNT']);
    expect(await lade.getByLabel('Stand op datum').isVisible()).toBe(true);
    expect(await breedteOverschot(page)).toBe(0);
    await screenshot(page, 'telefoon-filterlade');
    expect(await axeViolations(page)).toEqual([]);
    await lade.getByRole('button', { name: 'Toon de kaart' }).tap();
    await expect.poll(() => lade.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Filters (1)' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Functie: Meldpunt/ }).isVisible()).toBe(true);
    await context.close();
  });

  it('groups the regions by kind and offers a national overview that leads into a region', async () => {
    const { page, problems } = await openPage(harness, `/?regio=${REGIO}`);
    const groepen = await page
      .locator('#regio optgroup')
      .evaluateAll((els) => els.map((el) => el.getAttribute('label')));
    expect(groepen).toEqual(['Zorg- en veiligheidshuisregio’s', 'Veiligheidsregio’s']);
    await page.getByRole('link', { name: 'Alle regio’s' }).click();
    await expect.poll(() => params(page.url()).get('landelijk')).toBe('ja');
    const tabel = page.getByRole('table', { name: /Zorg- en veiligheidshuisregio’s/ });
    await expect.poll(() => tabel.isVisible()).toBe(true);
    expect(await page.locator('#werkruimte').isHidden()).toBe(true);
    expect(await breedteOverschot(page)).toBe(0);
    await screenshot(page, 'landelijk-overzicht');
    expect(await axeViolations(page)).toEqual([]);
    await tabel.getByRole('link', { name: 'Zorg- en Veiligheidshuis Noord-Holland Noord' }).click();
    await expect.poll(() => params(page.url()).get('regio')).toBe(REGIO);
    expect(params(page.url()).has('landelijk')).toBe(false);
    await expect.poll(() => page.locator('#werkruimte').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says when knooppunten have no start date on a past date, and refuses an impossible date in the link', async () => {
    const { page, problems } = await openPage(
      harness,
      `/?regio=${REGIO}&peildatum=1990-01-01&weergave=lijst`,
    );
    await expect
      .poll(() => page.locator('.sinds-onbekend').textContent())
      .toMatch(/zonder begindatum/);
    expect(
      await page.getByRole('cell', { name: /^Geldig sinds onbekend/ }).count(),
    ).toBeGreaterThan(0);
    await page.close();

    const fout = await openPage(harness, `/?regio=${REGIO}&peildatum=2026-02-31`);
    await expect
      .poll(() =>
        fout.page.getByText('De datum in de link (31 februari 2026) bestaat niet').isVisible(),
      )
      .toBe(true);
    const vandaag = filterKnooppunten(await harness.registry.index(), { regioIds: [REGIO] });
    await expect
      .poll(() => fout.page.textContent('#aantal'))
      .toBe(`${vandaag.length} van ${vandaag.length} knooppunten`);
    expect(await fout.page.getByLabel('Stand op datum').inputValue()).toBe('');
    expect([...problems, ...fout.problems]).toEqual([]);
    await fout.page.close();
  });
});
