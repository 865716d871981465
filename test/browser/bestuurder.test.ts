// SPDX-License-Identifier: EUPL-1.2
// The bestuurder overview in Chromium: the summary first, matrix and gaps, overlap,
// accountability, exports, axe; on a phone; and the printed report with its title block.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../server/domain/compliance.ts';
import { dekking } from '../../server/domain/coverage.ts';
import { overlap, overlapPerSoort } from '../../server/domain/overlap.ts';
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

describe('the bestuurder overview', () => {
  it('shows the coverage matrix with its gaps, overlap pairs and the findings, and exports the gaps', async () => {
    const index = await harness.registry.index();
    const d = dekking(index, 'ZVH-NHN');
    const { page, problems } = await openPage(harness, '/bestuurder.html?regio=ZVH-NHN');
    expect(await page.locator('#matrix tbody tr').count()).toBe(d.themas.length);
    expect(await page.locator('#matrix td.lacune').count()).toBe(d.lacunes.length);
    // Overlap grouped by what to do with it: merge candidates first, the rest behind "Toon".
    const groepen = overlapPerSoort(overlap(index, 'ZVH-NHN'));
    expect(await page.locator('#overlap tbody tr').count()).toBe(
      groepen.reduce((n, g) => n + Math.min(50, g.paren.length), 0),
    );
    expect(await page.locator('#overlap tbody tr:visible').count()).toBe(
      groepen.reduce((n, g) => n + Math.min(5, g.paren.length), 0),
    );
    const koppen = await page.locator('#overlap h3').allTextContents();
    expect(koppen.map((k) => Number(k.replace(/\D/g, '')))).toEqual(
      groepen.map((g) => g.paren.length),
    );
    const keten = page.locator('section[data-soort=KETENPARTNERS]');
    expect(await keten.locator('h3').textContent()).toContain('Ketenpartners');
    expect(
      await keten.locator('tbody tr', { hasText: 'Veilig Thuis' }).first().textContent(),
    ).toMatch(/Niet samenvoegen: .* schakels in één keten.*wettelijk geregeld meldpunt/);
    expect(await page.locator('#verantwoording table').first().locator('tbody tr').count()).toBe(
      RULES.length,
    );
    // The summary comes first, with the key figures in words.
    const samenvatting = page.locator('.samenvatting');
    expect(await page.locator('#rapport section').first().getAttribute('class')).toContain(
      'samenvatting',
    );
    const gedekt = d.gemeenten.length - new Set(d.lacunes.map((l) => l.gemeenteId)).size;
    expect(await samenvatting.textContent()).toContain(
      `${d.gemeenten.length} gemeenten; in ${gedekt} daarvan is elk thema gedekt`,
    );
    expect(await samenvatting.textContent()).toContain(`${d.lacunes.length} lacunes`);
    expect(await samenvatting.textContent()).toMatch(/\d+ fouten/);
    // A thema opens the matching knooppunten in the map.
    expect(await page.locator('#matrix tbody th a').first().getAttribute('href')).toMatch(
      /^\/\?regio=ZVH-NHN&thema=/,
    );
    // The gemeenten map: one shape per gemeente, each with its number; the thema with most gaps first.
    await expect.poll(() => page.locator('#gemeentekaart path').count()).toBe(d.gemeenten.length);
    const thema = await page.getByLabel('Thema op de kaart').inputValue();
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
        .replace(/^\ufeff/, '')
        .trim()
        .split(/\r?\n/),
    ).toHaveLength(d.lacunes.length + 1);

    // Only the errors in the list of all findings.
    await page.getByLabel('Ernst').selectOption('FOUT');
    const fouten = await page.locator('table.bevindingen tbody tr:has(td)').allTextContents();
    expect(fouten.length).toBeGreaterThan(0);
    expect(fouten.every((r) => r.includes('Fout'))).toBe(true);
    await page.getByLabel('Ernst').selectOption('');

    // Narrowing on doelgroep reflects in the gaps.
    await page.getByLabel('Doelgroep (leeftijd)').selectOption('ouderen');
    const ouderen = dekking(index, 'ZVH-NHN', { van: 65, tot: null });
    await expect.poll(() => page.locator('#matrix td.lacune').count()).toBe(ouderen.lacunes.length);
    // A new problem: which existing tables come closest, and what they would need.
    await page.locator('#nieuw-thema').selectOption('jeugdgroepen');
    await page.locator('#nieuw-gemeente').selectOption('GM0532');
    await page.getByRole('button', { name: 'Zoek bestaande tafels' }).click();
    // A group problem: only the groepsaanpak, never individual casework tables (Bijlage 1.3).
    await expect.poll(() => page.locator('#nieuw-resultaat li').count()).toBe(1);
    expect(await page.locator('#nieuw-resultaat li').first().textContent()).toContain(
      'werkt met groepen (groepsaanpak)',
    );
    expect(await page.locator('#nieuw-resultaat li a').first().getAttribute('href')).toContain(
      'selectie=jeugdgroepoverleg-hoorn',
    );
    expect(await page.locator('#nieuw-resultaat li').first().textContent()).toContain('Nodig:');
    // A problem without a thema yet: a name is asked for, then signals and werkgebied decide.
    await page.locator('#nieuw-thema').selectOption('');
    await page.getByRole('button', { name: 'Zoek bestaande tafels' }).click();
    await expect.poll(() => page.locator('#nieuw-naam').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#nieuw-naam-fout').textContent()).toContain(
      'geef het probleem een naam',
    );
    await page.getByLabel('Naam van het probleem').fill('uitbuiting van minderjarigen');
    await page.getByLabel('Er zijn signalen van huiselijk geweld of kindermishandeling').check();
    await page.getByRole('button', { name: 'Zoek bestaande tafels' }).click();
    await expect
      .poll(() => page.locator('#nieuw-resultaat li').first().textContent())
      .toContain('uitbuiting van minderjarigen opnemen in doel en aanmeldcriteria');
    await screenshot(page, '14-bestuurder-nieuw-probleem');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);

    // An overlapping pair opens side by side in the map.
    const [eerste] = groepen[0]!.paren;
    await Promise.all([
      page.waitForURL(/naast=/),
      page.getByRole('link', { name: 'Samen op de kaart' }).first().click(),
    ]);
    await page.waitForSelector('body[data-kaart=gereed]');
    const url = new URL(page.url());
    expect([url.searchParams.get('selectie'), url.searchParams.get('naast')]).toEqual([
      eerste!.a.id,
      eerste!.b.id,
    ]);
    await expect.poll(() => page.textContent('#paneel-titel')).toBe(eerste!.a.naam);
    await screenshot(page, '15-overlap-samen');
    await page.close();
  }, 180_000);

  it('fits a phone: the matrix scrolls in its own region', async () => {
    const { page, problems } = await openPage(harness, '/bestuurder.html?regio=ZVH-NHN');
    await page.setViewportSize(TELEFOON);
    await expect.poll(() => page.locator('#gemeentekaart path').count()).toBeGreaterThan(0);
    expect(await breedteOverschot(page)).toBe(0);
    const matrix = await page.locator('#matrix').evaluate((m) => ({
      zichtbaar: m.clientWidth,
      breed: m.scrollWidth,
    }));
    expect(matrix.zichtbaar).toBeLessThanOrEqual(TELEFOON.width);
    expect(matrix.breed).toBeGreaterThan(matrix.zichtbaar);
    await screenshot(page, '14-bestuurder-telefoon');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('prints a report that opens with its title block and a one-page summary, and keeps every gemeente', async () => {
    const index = await harness.registry.index();
    const d = dekking(index, 'ZVH-NHN', { van: 0, tot: 17 });
    const { page } = await openPage(harness, '/bestuurder.html?regio=ZVH-NHN&leeftijd=jeugd');
    await expect.poll(() => page.locator('#gemeentekaart path').count()).toBe(d.gemeenten.length);
    await page.emulateMedia({ media: 'print' });
    const blok = page.locator('.titelblok');
    expect(await blok.isVisible()).toBe(true);
    const tekst = (await blok.textContent()) ?? '';
    expect(tekst).toContain('Noord-Holland Noord');
    expect(tekst).toContain('Jeugd (0–17)');
    expect(tekst).toMatch(/Thema op de kaart: /);
    // The summary is the first thing after the title block; the controls are gone.
    const volgorde = await page.evaluate(() =>
      [...document.querySelectorAll('#rapport > *')]
        .filter((e) => getComputedStyle(e).display !== 'none' && e.id !== 'status')
        .map((e) => e.className),
    );
    expect(volgorde.slice(0, 2)).toEqual(['alleen-print', 'samenvatting']);
    expect(await page.isVisible('#keuze')).toBe(false);
    expect(await page.isVisible('#kop-nieuw')).toBe(false);
    // Every gemeente column is in the print, Alkmaar to Texel, within the landscape page: A4
    // landscape less 15 mm margins is 267 mm, about 1009 CSS pixels wide.
    await page.setViewportSize({ width: 1009, height: 700 });
    const kolommen = await page.locator('#matrix thead th').allTextContents();
    expect(kolommen.map((k) => k.trim())).toEqual(d.gemeenten.map((g) => g.naam));
    const past = await page.locator('#matrix table').evaluate((t) => {
      const tabel = t.getBoundingClientRect();
      const vak = t.parentElement!.getBoundingClientRect();
      return tabel.right <= vak.right + 1;
    });
    expect(past).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const { paginas } = await afdrukken(page, '14-bestuurder-rapport');
    // Summary (1), map (1), matrix with its gaps on landscape (1), overlap per soort (4), the
    // counts (1) and all findings (about 26 for ~700 findings with the rules R23–R37).
    expect(paginas).toBeGreaterThanOrEqual(4);
    expect(paginas).toBeLessThanOrEqual(36);
    await page.close();
  }, 120_000);
});
