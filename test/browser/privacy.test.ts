// SPDX-License-Identifier: EUPL-1.2
// Privacy per knooppunt (issue 21): from the footer to the region's list, to a knooppunt's public
// page in plain Dutch with the version it was made from, the DPIA pre-scan and a document download
// for readers of the registry; axe-clean and without sideways scrolling at 1440 and 390.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

describe('privacy per knooppunt', () => {
  it('leads a reader from the footer to a knooppunt’s privacy page and its documents', async () => {
    const { page, problems } = await openPage(harness, '/over.html');
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Privacy per knooppunt' })
      .click();
    await page.waitForSelector('body[data-kaart=gereed]');
    await page.getByRole('heading', { level: 1, name: 'Privacy per knooppunt' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-overzicht-1440');

    const link = page.getByRole('main').getByRole('link', { name: 'Bemoeizorgoverleg Den Helder' });
    await link.click();
    await page.waitForSelector('body[data-kaart=gereed]');
    const main = page.getByRole('main');
    await main
      .getByRole('heading', { level: 1, name: 'Privacy bij Bemoeizorgoverleg Den Helder' })
      .waitFor();
    for (const kop of [
      'Wat doet deze tafel?',
      'Welke organisaties doen mee, en waarom?',
      'Uw rechten',
    ])
      await main.getByRole('heading', { level: 2, name: kop }).waitFor();
    expect(await main.textContent()).toMatch(/Gemaakt uit versie \d+ van de beschrijving/);
    await screenshot(page, 'privacy-knooppunt-1440');
    // Anonymous reading is on: the pre-scan and the downloads for privacy officers follow.
    await main.getByRole('heading', { name: 'Is een DPIA verplicht?' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main.getByRole('link', { name: 'Concept convenant en privacyprotocol (Word)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Bemoeizorgoverleg Den Helder - convenant.docx');
    expect(await breedteOverschot(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-downloads-1440');

    await page.setViewportSize(TELEFOON);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await breedteOverschot(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-knooppunt-390');
    expect(problems).toEqual([]);
    await page.close();
  });
});
