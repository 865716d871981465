// SPDX-License-Identifier: EUPL-1.2
// The shared layout (client/shared/layout.ts) on every page, on a desktop and on a phone: the
// product name, the one navigation with the current page marked, the help link, the footer, no
// sideways scrolling, and axe-core clean. Then what only the layout does: the skip link, the
// region carried along, signing out, and the over page's contact address with and without one.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import {
  addAccounts,
  axeViolations,
  BEHEERDER,
  breedteOverschot,
  screenshot,
  signIn,
  startHarness,
  TELEFOON,
  VIEWPORT,
  type Harness,
} from './harness.ts';

const CONTACT = 'beheer@zvh.example';
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(addAccounts, { contact: CONTACT });
}, 120_000);
afterAll(async () => harness?.close());

const NAVIGATIE = ['Kaart', 'Casus', 'Organisatie', 'Dekking en verantwoording', 'Beheer', 'API'];
const VOET = {
  'Over dit register': '/over.html',
  Begrippen: '/over.html#begrippen',
  Toegankelijkheid: '/toegankelijkheid.html',
  'Een lacune of fout melden': '/over.html#contact',
};

interface Geval {
  pagina: string;
  pad: string;
  /** The navigation item marked as current: the page itself ('page') or its section ('true'). */
  huidig: { naam: string; waarde: 'page' | 'true' } | null;
  /** Pages for signed-in editors are checked signed in, as they are used. */
  aangemeld?: boolean;
  hulp: boolean;
  /** The page's own browser test runs axe-core on it at 1440 and 390. */
  eigenTest?: boolean;
}

const PAGINAS: Geval[] = [
  {
    pagina: 'kaart',
    pad: '/?regio=ZVH-NHN',
    huidig: { naam: 'Kaart', waarde: 'page' },
    hulp: true,
    eigenTest: true,
  },
  {
    pagina: 'casus',
    pad: '/casus.html',
    huidig: { naam: 'Casus', waarde: 'page' },
    hulp: true,
    eigenTest: true,
  },
  {
    pagina: 'organisatie',
    pad: '/organisatie.html?regio=ZVH-NHN&organisatie=ggz',
    huidig: { naam: 'Organisatie', waarde: 'page' },
    hulp: true,
    eigenTest: true,
  },
  {
    pagina: 'bestuurder',
    pad: '/bestuurder.html?regio=ZVH-NHN',
    huidig: { naam: 'Dekking en verantwoording', waarde: 'page' },
    hulp: true,
    eigenTest: true,
  },
  {
    pagina: 'beheer',
    pad: '/beheer.html?regio=ZVH-NHN',
    huidig: { naam: 'Beheer', waarde: 'page' },
    aangemeld: true,
    hulp: true,
    eigenTest: true,
  },
  {
    pagina: 'audit',
    pad: '/audit.html',
    huidig: { naam: 'Beheer', waarde: 'true' },
    aangemeld: true,
    hulp: true,
    eigenTest: true,
  },
  {
    pagina: 'bewerken',
    pad: '/bewerken.html?knooppunt=meldpunt-wvggz',
    huidig: { naam: 'Beheer', waarde: 'true' },
    aangemeld: true,
    hulp: true,
    eigenTest: true,
  },
  {
    pagina: 'routekaart',
    pad: '/routekaart.html?knooppunt=meldpunt-zorg-overlast',
    huidig: { naam: 'Kaart', waarde: 'true' },
    hulp: true,
    eigenTest: true,
  },
  { pagina: 'aanmelden', pad: '/aanmelden.html', huidig: null, hulp: true, eigenTest: true },
  { pagina: 'over', pad: '/over.html', huidig: null, hulp: false },
  { pagina: 'toegankelijkheid', pad: '/toegankelijkheid.html', huidig: null, hulp: false },
];

const SCHERMEN = [
  { naam: 'breed', viewport: VIEWPORT },
  { naam: 'telefoon', viewport: TELEFOON },
] as const;

async function context(browser: Browser, viewport: { width: number; height: number }) {
  return browser.newContext({ viewport });
}

/** A page as a person opens it, once the layout and the page itself have loaded. */
async function open(ctx: BrowserContext, pad: string): Promise<{ page: Page; problems: string[] }> {
  const page = await ctx.newPage();
  // Generous: the map and the analyses take a while on two busy cores.
  page.setDefaultTimeout(30_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  // Lit's development build warns that it is one: the pages run as they ship.
  page.on('console', (m) => {
    if (m.type() === 'warning') problems.push(`warning: ${m.text()}`);
  });
  await page.goto(`${harness.base}${pad}`);
  await page.waitForSelector('body[data-layout=gereed]');
  await page.waitForSelector('body[data-kaart=gereed]');
  await page.waitForLoadState('networkidle');
  return { page, problems };
}

/** The main navigation's links, after opening the "Menu" disclosure where a phone shows one. */
async function navigatie(page: Page, telefoon: boolean) {
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const menu = nav.locator('summary', { hasText: 'Menu' });
  expect(await menu.isVisible()).toBe(telefoon);
  if (telefoon) await menu.click();
  return nav.getByRole('list').getByRole('link');
}

describe('the shared layout', () => {
  for (const scherm of SCHERMEN) {
    describe(`at ${scherm.viewport.width}×${scherm.viewport.height}`, () => {
      let anoniem: BrowserContext;
      let beheerder: BrowserContext;
      beforeAll(async () => {
        anoniem = await context(harness.browser, scherm.viewport);
        beheerder = await context(harness.browser, scherm.viewport);
        const page = await beheerder.newPage();
        await signIn(harness, page, BEHEERDER, '/over.html');
        await page.locator('#account').filter({ hasText: 'Aangemeld als' }).waitFor();
        await page.close();
      });
      afterAll(async () => {
        await anoniem?.close();
        await beheerder?.close();
      });

      it.each(PAGINAS.map((g) => [g.pagina, g] as const))(
        '%s',
        async (_naam, geval) => {
          const telefoon = scherm.naam === 'telefoon';
          const { page, problems } = await open(geval.aangemeld ? beheerder : anoniem, geval.pad);
          const kop = page.getByRole('banner');
          await expect
            .poll(() => kop.getByRole('link', { name: 'Knooppuntenregister' }).isVisible())
            .toBe(true);
          await screenshot(page, `layout-${geval.pagina}-${scherm.naam}`);

          const links = await navigatie(page, telefoon);
          expect(await links.allTextContents()).toEqual(NAVIGATIE);
          for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
          const gemarkeerd = page.locator('#paginakop nav a[aria-current]');
          if (geval.huidig) {
            expect(await gemarkeerd.allTextContents()).toEqual([geval.huidig.naam]);
            expect(await gemarkeerd.getAttribute('aria-current')).toBe(geval.huidig.waarde);
          } else {
            expect(await gemarkeerd.count()).toBe(0);
          }
          const hulp = kop.getByRole('link', { name: 'Help bij deze pagina' });
          if (geval.hulp)
            expect(await hulp.getAttribute('href')).toBe(`/over.html#help-${geval.pagina}`);
          else expect(await hulp.count()).toBe(0);

          const voet = page.getByRole('contentinfo');
          for (const [naam, href] of Object.entries(VOET))
            expect(await voet.getByRole('link', { name: naam }).getAttribute('href')).toBe(href);
          expect(await voet.textContent()).toContain(`versie ${pkg.version}`);

          expect(await breedteOverschot(page)).toBe(0);
          // Each page's own test runs axe at both sizes; here only the pages that have none,
          // with the phone's menu open, which only this test opens.
          if (!geval.eigenTest) expect(await axeViolations(page)).toEqual([]);
          expect(problems).toEqual([]);
          await page.close();
        },
        120_000,
      );
    });
  }

  it('starts with a skip link to the content, and shows where the focus is', async () => {
    const ctx = await context(harness.browser, VIEWPORT);
    const { page } = await open(ctx, '/over.html');
    /** The focused element's outline: the design system's focus ring (dashed, 2 px). */
    const focusrand = () =>
      page.evaluate(() => {
        const stijl = getComputedStyle(document.activeElement!);
        return `${stijl.outlineStyle} ${stijl.outlineWidth}`;
      });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    expect(await focusrand()).toBe('dashed 2px');
    await screenshot(page, 'layout-skiplink');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Knooppuntenregister',
    );
    expect(await focusrand()).toBe('dashed 2px');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#inhoud');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('inhoud');
    await ctx.close();
  });

  it("names the chosen region and carries it along every page's link", async () => {
    const ctx = await context(harness.browser, VIEWPORT);
    const { page } = await open(ctx, '/over.html?regio=ZVH-NHN');
    const kop = page.getByRole('banner');
    await kop.getByText('Zorg- en Veiligheidshuis Noord-Holland Noord').waitFor();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link', { name: 'Casus' }).getAttribute('href')).toBe(
      '/casus.html?regio=ZVH-NHN',
    );
    expect(await nav.getByRole('link', { name: 'API' }).getAttribute('href')).toBe('/graphql');
    await nav.getByRole('link', { name: 'Dekking en verantwoording' }).click();
    await page.waitForURL(/\/bestuurder\.html\?regio=ZVH-NHN$/);
    await ctx.close();
  });

  it('says in Dutch what a link asked for that cannot be shown, and shows the rest', async () => {
    const ctx = await context(harness.browser, VIEWPORT);
    const { page, problems } = await open(
      ctx,
      '/?regio=ZVH-NHN&functie=NEE&functie=MELDPUNT&peildatum=2026-02-31',
    );
    const melding = page.getByRole('banner').getByRole('status');
    await melding.getByText('Functie').waitFor();
    const tekst = await melding.innerText();
    expect(tekst).toContain('NEE');
    expect(tekst).toContain('31 februari 2026');
    expect(tekst).not.toMatch(/GraphQL|Variable|Expected|enum/i);
    // The known value still applies: only the meldpunten are on the map.
    await page.getByText(/van 27 knooppunten/).waitFor();
    expect(await page.getByRole('main').innerText()).not.toMatch(/GraphQL|Variable "\$/);
    expect(problems).toEqual([]);
    await screenshot(page, 'layout-linkmelding');
    await ctx.close();
  });

  it('shows who is signed in, signs out, and then offers signing in', async () => {
    const ctx = await context(harness.browser, TELEFOON);
    const page = await ctx.newPage();
    await signIn(harness, page, BEHEERDER, '/over.html');
    const account = page.locator('#account');
    await account.filter({ hasText: `Aangemeld als ${BEHEERDER.naam} (beheerder)` }).waitFor();
    await screenshot(page, 'layout-aangemeld-telefoon');
    expect(await breedteOverschot(page)).toBe(0);
    await account.getByRole('button', { name: 'Afmelden' }).click();
    await account.getByRole('link', { name: 'Aanmelden' }).waitFor();
    expect(await account.getByRole('link', { name: 'Aanmelden' }).getAttribute('href')).toBe(
      `/aanmelden.html?terug=${encodeURIComponent('/over.html')}`,
    );
    await ctx.close();
  });
});

describe('the over page', () => {
  it('gives the contact address as an e-mail link with a subject, and help for every page', async () => {
    const ctx = await context(harness.browser, VIEWPORT);
    const { page } = await open(ctx, '/over.html#contact');
    const contact = page.locator('#contact');
    const mail = contact.getByRole('link', { name: CONTACT });
    expect(await mail.getAttribute('href')).toBe(
      `mailto:${CONTACT}?subject=${encodeURIComponent('Knooppuntenregister: lacune of fout')}`,
    );
    expect(await contact.isVisible()).toBe(true);
    await screenshot(page, 'over-contact');
    for (const geval of PAGINAS.filter((g) => g.hulp)) {
      const sectie = page.locator(`#help-${geval.pagina}`);
      expect(await sectie.getByRole('heading').count()).toBe(1);
    }
    expect(await page.locator('#begrippen dt').count()).toBeGreaterThanOrEqual(19);
    await ctx.close();
  });

  it('says whom to ask when no contact address is configured', async () => {
    const ctx = await context(harness.browser, TELEFOON);
    const page = await ctx.newPage();
    // This installation has an address; answer as one without it would (registerInfo.contact null).
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query: string };
      if (!body.query.includes('query ContactInfo')) return route.continue();
      await route.fulfill({ json: { data: { registerInfo: { contact: null } } } });
    });
    await page.goto(`${harness.base}/toegankelijkheid.html`);
    await page.waitForSelector('body[data-kaart=gereed]');
    const contact = page.locator('#contact');
    await contact.getByText('nog geen contactadres ingesteld').waitFor();
    expect(await contact.getByRole('link').count()).toBe(0);
    expect(await breedteOverschot(page)).toBe(0);
    await ctx.close();
  });
});
