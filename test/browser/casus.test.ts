// SPDX-License-Identifier: EUPL-1.2
// The casus wizard in Chromium: four steps, the best fit first with reasons, linked to the map;
// nothing of the casus in the URL, in storage, or in any request but the matching query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchCasus } from '../../server/domain/casus-matching.ts';
import {
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

describe('the casus wizard', () => {
  it('finds the best fitting tafel for the overlast case of §2.1, and keeps the casus out of URL and storage', async () => {
    const expected = matchCasus(
      await harness.registry.index(),
      {
        themaIds: ['woonoverlast', 'verward-gedrag', 'psychische-problematiek'],
        leeftijd: null,
        gemeenteId: 'GM0405',
        signalen: [
          'MEERDERE_PROBLEMEN',
          'IMPACT_OP_OMGEVING',
          'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG',
          'SAMENWERKING_NODIG',
        ],
        betrokkenOrganisatieIds: ['woningcorporatie-wf', 'politie-hoorn', 'ggz'],
        vanKnooppuntId: 'meldpunt-zorg-overlast',
        // The page asks for ten per list.
      },
      10,
    );
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    const requests: { method: string; url: string; body: string | null }[] = [];
    page.on('request', (r) =>
      requests.push({ method: r.method(), url: r.url(), body: r.postData() }),
    );
    await page.goto(`${harness.base}/casus.html`);
    await page.waitForSelector('body[data-kaart=gereed]');
    await expect
      .poll(() => page.getByRole('note').innerText())
      .toContain('niet opgeslagen en niet gelogd');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '10-casus-stap-1');

    for (const thema of ['Woonoverlast', 'Verward gedrag', 'Psychische problematiek'])
      await page.getByRole('checkbox', { name: thema, exact: true }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Stap 2 van 4',
    );
    await page.getByLabel('Gemeente waar de casus speelt').selectOption('GM0405');
    await screenshot(page, '10-casus-stap-2');
    await page.getByRole('button', { name: 'Volgende' }).click();
    for (const signaal of [
      'meerdere problemen',
      'crimineel of overlastgevend',
      'Samenwerking tussen partijen',
      'impact op het gezin',
    ]) {
      await page.getByRole('checkbox', { name: new RegExp(signaal) }).check();
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel(/Uw eigen knooppunt/).selectOption('meldpunt-zorg-overlast');
    await page.locator('details.betrokken summary').click();
    for (const partij of [
      'Woningcorporatie West-Friesland',
      'Politie basisteam Hoorn',
      'GGZ-aanbieder Noord-Holland Noord',
    ]) {
      await page.getByRole('checkbox', { name: partij }).check();
    }
    await screenshot(page, '10-casus-stap-4');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Zoek passende tafels' }).click();
    await page.waitForSelector('body[data-resultaat=gereed]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaat-kop');

    const first = page.locator('article.match').first();
    expect(await first.locator('h3 a').textContent()).toBe(expected.passend[0]!.knooppunt.naam);
    expect(await first.locator('h3 a').getAttribute('href')).toBe(
      `/?regio=ZVH-NHN&selectie=${expected.passend[0]!.knooppunt.id}`,
    );
    expect(await first.textContent()).toContain(
      'Route vanaf uw knooppunt: Meldpunt Zorg en Overlast',
    );
    expect(await first.locator('.voldaan li').count()).toBe(expected.passend[0]!.voldaan.length);
    expect(
      await page.getByRole('heading', { name: 'Waar de casus ook al kan liggen' }).count(),
    ).toBe(expected.elders.length > 0 ? 1 : 0);
    // Where the casus may already be is a warning seen before the cards, meldpunten included.
    expect(expected.elders.some((m) => m.knooppunt.functie === 'MELDPUNT')).toBe(true);
    const elders = page.locator('.utrecht-alert--warning.elders');
    expect(await elders.locator('li').count()).toBe(expected.elders.length);
    expect(await elders.textContent()).toContain('(meldpunt)');
    expect((await elders.boundingBox())!.y).toBeLessThan((await first.boundingBox())!.y);
    await screenshot(page, '11-casus-resultaat');
    expect(await axeViolations(page)).toEqual([]);

    // Privacy: the casus only travels in the body of the matching query.
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    const carrying = requests.filter((r) =>
      `${r.url} ${r.body ?? ''}`.includes('woningcorporatie-wf'),
    );
    expect(carrying).toHaveLength(1);
    expect(carrying[0]).toMatchObject({ method: 'POST' });
    expect(carrying[0]!.url.endsWith('/graphql')).toBe(true);
    expect(carrying[0]!.body).toContain('casusMatch');
    await page.close();
  });

  it('puts what to do in acute danger before any table, and Veilig Thuis first for domestic violence', async () => {
    const { page, problems } = await openPage(harness, '/casus.html');
    await page
      .getByRole('checkbox', { name: 'Huiselijk geweld en kindermishandeling', exact: true })
      .check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Gemeente waar de casus speelt').selectOption({ label: 'Alkmaar' });
    await page.getByRole('radio', { name: 'Jeugd (0–17)' }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('checkbox', { name: 'Er is acuut gevaar' }).check();
    await page
      .getByRole('checkbox', {
        name: 'Er zijn signalen van huiselijk geweld of kindermishandeling',
      })
      .check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page
      .getByLabel(/Uw eigen knooppunt/)
      .selectOption({ label: 'Wijkzorgoverleg sociaal wijkteam Alkmaar' });
    await page.locator('details.betrokken summary').click();
    await page.getByRole('checkbox', { name: 'Sociaal wijkteam Alkmaar' }).check();
    await page.getByRole('button', { name: 'Zoek passende tafels' }).click();
    await page.waitForSelector('body[data-resultaat=gereed]');

    // The advice is read first: focused, visible, and above the first table on the page.
    const advies = page.getByRole('region', { name: 'Acuut gevaar: eerst bellen' });
    await expect.poll(() => advies.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('acuut-kop');
    const tekst = await advies.innerText();
    expect(tekst).toMatch(/112[\s\S]*Veilig Thuis: 0800-2000[\s\S]*Crisisdienst/);
    expect(await advies.getByRole('link', { name: '0800-2000' }).getAttribute('href')).toBe(
      'tel:08002000',
    );
    const eerste = page.locator('article.match').first();
    const [adviesBox, tafelBox] = [await advies.boundingBox(), await eerste.boundingBox()];
    expect(adviesBox!.y + adviesBox!.height).toBeLessThanOrEqual(tafelBox!.y);
    expect(
      await page.evaluate(() => {
        const a = document.querySelector('.acuut')!;
        const t = document.querySelector('article.match')!;
        return Boolean(a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);

    // Veilig Thuis first, and why; the involved wijkteam may report there itself.
    expect(await eerste.locator('h3 a').textContent()).toBe('Veilig Thuis Noord-Holland Noord');
    expect(await eerste.locator('.voorrang').textContent()).toContain('eigen wettelijke taak');
    expect(await eerste.textContent()).toContain('Al betrokken: Sociaal wijkteam Alkmaar');
    // Never the meldpunt Wvggz for domestic violence, never the user's own table.
    const namen = await page.locator('#resultaat').innerText();
    expect(namen).not.toContain('Meldpunt Wvggz');
    expect(namen).not.toContain('1. Wijkzorgoverleg');
    expect(await page.locator('article.match h3 a').allTextContents()).not.toContain(
      'Wijkzorgoverleg sociaal wijkteam Alkmaar',
    );
    await screenshot(page, '12-casus-acuut');
    expect(await axeViolations(page)).toEqual([]);
    // On a phone the advice is the first thing seen, too, and nothing runs off the screen.
    await page.setViewportSize(TELEFOON);
    await page.locator('#acuut-kop').scrollIntoViewIfNeeded();
    expect(await breedteOverschot(page)).toBe(0);
    const opTelefoon = await advies.boundingBox();
    expect(opTelefoon!.y + opTelefoon!.height).toBeLessThanOrEqual((await eerste.boundingBox())!.y);
    await screenshot(page, '12-casus-acuut-telefoon');
    await page.setViewportSize(VIEWPORT);

    // A new casus starts empty at step 1, and shows no advice.
    await page.getByRole('button', { name: 'Nieuwe casus' }).click();
    expect(await page.locator('.acuut').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Stap 1 van 4',
    );
    const hg = page.getByRole('checkbox', {
      name: 'Huiselijk geweld en kindermishandeling',
      exact: true,
    });
    expect(await hg.isChecked()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('in an acute psychiatric crisis the meldpunt Wvggz is not passend, and the result says why (H §2.3)', async () => {
    const { page, problems } = await openPage(harness, '/casus.html');
    await page.getByRole('checkbox', { name: 'Psychische problematiek', exact: true }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Gemeente waar de casus speelt').selectOption({ label: 'Alkmaar' });
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('checkbox', { name: 'Er is acuut gevaar' }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Zoek passende tafels' }).click();
    await page.waitForSelector('body[data-resultaat=gereed]');
    expect(await page.locator('.acuut').innerText()).toMatch(/112[\s\S]*Crisisdienst/);
    const passend = await page.locator('article.match h3 a').allTextContents();
    expect(passend.length).toBeGreaterThan(0);
    expect(passend.join()).not.toContain('Meldpunt Wvggz');
    // Listed among the related knooppunten, with the reason in words.
    const verwant = page.locator('details.verwant');
    await verwant.locator('summary').click();
    expect(await verwant.innerText()).toContain(
      'Meldpunt Wvggz regio Noord-Holland Noord: niet voor casussen waarin er acuut gevaar is',
    );
    await verwant.scrollIntoViewIfNeeded();
    await screenshot(page, '12-casus-acuut-psychisch');
    await page.setViewportSize(TELEFOON);
    expect(await breedteOverschot(page)).toBe(0);
    await verwant.scrollIntoViewIfNeeded();
    await screenshot(page, '12-casus-acuut-psychisch-telefoon');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when a casus fits nowhere', async () => {
    const { page, problems } = await openPage(harness, '/casus.html');
    await page.getByRole('checkbox', { name: 'Jeugdbescherming', exact: true }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('radio', { name: 'Ouderen (65+)' }).check();
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Zoek passende tafels' }).click();
    await page.waitForSelector('body[data-resultaat=gereed]');
    expect(await page.locator('#resultaat-kop').textContent()).toBe('Geen passend knooppunt');
    expect(await page.locator('.lacune').textContent()).toMatch(
      /past bij geen enkel knooppunt in het register\. Voor jeugdbescherming is er/,
    );
    // A gap is reported to the regional beheerder, whose address the over page gives.
    const melden = page
      .locator('.lacune')
      .getByRole('link', { name: 'meld het aan de regionale beheerder' });
    expect(await melden.getAttribute('href')).toBe('/over.html#contact');
    await screenshot(page, '12-casus-geen-passend');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the best ten with how many fit, and ten more on a click on "Meer knooppunten tonen"', async () => {
    const { page, problems } = await openPage(harness, '/casus.html');
    for (const thema of [
      'Woonoverlast',
      'Verward gedrag',
      'Psychische problematiek',
      'Verslaving',
      'Schulden',
    ])
      await page.getByRole('checkbox', { name: thema, exact: true }).check();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Zoek passende tafels' }).click();
    await page.waitForSelector('body[data-resultaat=gereed]');
    const kaartjes = page.locator('article.match');
    expect(await kaartjes.count()).toBe(10);
    expect(await page.locator('#resultaat').textContent()).toMatch(
      /11 knooppunten passen bij deze casus, het best passende eerst\.\s+Hieronder de 10 die het best passen\./,
    );
    const meer = page.getByRole('button', { name: 'Meer knooppunten tonen' });
    await meer.scrollIntoViewIfNeeded();
    await screenshot(page, '14-casus-meer-tonen');
    await meer.click();
    await expect.poll(() => kaartjes.count()).toBe(11);
    // The focus is on the first new card, and everything is shown now.
    expect(
      await page.evaluate(() => document.activeElement?.closest('article h3')?.textContent),
    ).toMatch(/^11\. /);
    expect(await meer.count()).toBe(0);
    expect(await page.locator('#resultaat').textContent()).not.toContain('Hieronder de');
    await page.setViewportSize(TELEFOON);
    expect(await breedteOverschot(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '14-casus-meer-getoond-telefoon');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a phone: no sideways scrolling, choices and buttons big enough for a thumb', async () => {
    const { page, problems } = await openPage(harness, '/casus.html');
    await page.setViewportSize(TELEFOON);
    // Everything one taps in the wizard is at least 44 px high (WCAG 2.5.5 / 2.5.8 advice).
    const teKlein = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.keuzeveld label, #wizard button, #wizard select')]
          .filter((e) => e.getBoundingClientRect().height < 44)
          .map((e) => e.textContent?.trim()),
      );
    expect(await breedteOverschot(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await teKlein()).toEqual([]);
    await screenshot(page, '13-casus-telefoon-stap-1');

    for (const thema of ['Woonoverlast', 'Verward gedrag'])
      await page.getByRole('checkbox', { name: thema, exact: true }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Gemeente waar de casus speelt').selectOption('GM0405');
    expect(await breedteOverschot(page)).toBe(0);
    expect(await teKlein()).toEqual([]);
    await screenshot(page, '13-casus-telefoon-stap-2');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('checkbox', { name: /meerdere problemen/ }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel(/Uw eigen knooppunt/).selectOption('meldpunt-zorg-overlast');
    await page.locator('details.betrokken summary').click();
    await page.getByRole('checkbox', { name: 'Politie basisteam Hoorn' }).check();
    expect(await breedteOverschot(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await teKlein()).toEqual([]);
    await screenshot(page, '13-casus-telefoon-stap-4');

    await page.getByRole('button', { name: 'Zoek passende tafels' }).click();
    await page.waitForSelector('body[data-resultaat=gereed]');
    expect(await page.locator('article.match').count()).toBeGreaterThan(0);
    expect(await breedteOverschot(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '13-casus-telefoon-resultaat');
    await page.locator('article.match').first().scrollIntoViewIfNeeded();
    await screenshot(page, '13-casus-telefoon-kaartje');
    expect(problems).toEqual([]);
    await page.close();
  });
});
