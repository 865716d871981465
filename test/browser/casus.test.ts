// SPDX-License-Identifier: EUPL-1.2
// The casus wizard in Chromium: four steps, the best fit first with reasons, linked to the map;
// nothing of the casus in the URL, in storage, or in any request but the matching query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchCasus } from '../../server/domain/casus-matching.ts';
import { axeViolations, screenshot, startHarness, VIEWPORT, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => harness?.close());

describe('the casus wizard', () => {
  it('finds the best fitting tafel for the overlast case of §2.1, and keeps the casus out of URL and storage', async () => {
    const expected = matchCasus(await harness.registry.index(), {
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
    });
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    const requests: { method: string; url: string; body: string | null }[] = [];
    page.on('request', (r) =>
      requests.push({ method: r.method(), url: r.url(), body: r.postData() }),
    );
    await page.goto(`${harness.base}/casus.html`);
    await page.waitForSelector('body[data-wizard=gereed]');
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

  it('says so when a casus fits nowhere', async () => {
    const page = await harness.browser.newPage({ viewport: VIEWPORT });
    await page.goto(`${harness.base}/casus.html`);
    await page.waitForSelector('body[data-wizard=gereed]');
    await page.getByRole('checkbox', { name: 'Jeugdbescherming', exact: true }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('radio', { name: 'Ouderen (65+)' }).check();
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Zoek passende tafels' }).click();
    await page.waitForSelector('body[data-resultaat=gereed]');
    expect(await page.locator('.lacune').textContent()).toContain('past bij geen enkel knooppunt');
    await page.close();
  });
});
