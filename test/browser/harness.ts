// SPDX-License-Identifier: EUPL-1.2
// Browser-test harness: builds the client, starts the app on the shared HTTP harness
// (test/http-harness.ts: a fresh embedded store with the example region), and drives Debian's Chromium with playwright-core. Screenshots go to
// test-results/screens/ (look at them).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import type { Security } from '../../server/app.ts';
import { AccountService } from '../../server/auth/account-service.ts';
import { EditService } from '../../server/edit-service.ts';
import { RegistryService } from '../../server/registry-service.ts';
import type { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { BEHEERDER, startHttp } from '../http-harness.ts';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Flags for this machine's closed network (see DESIGN.md). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
export const VIEWPORT = { width: 1440, height: 900 };
/** A phone: every page must fit it without scrolling sideways. */
export const TELEFOON = { width: 390, height: 844 };
export const SCREENS = join(import.meta.dirname, '..', '..', 'test-results', 'screens');
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface Harness {
  base: string;
  browser: Browser;
  registry: RegistryService;
  close(): Promise<void>;
}

/** Builds the client and starts the app on the shared HTTP harness; `extra` may add data after the example region. */
export async function startHarness(
  extra?: (store: EmbeddedStore) => Promise<void>,
  app?: { port: number; security: Partial<Security> },
): Promise<Harness> {
  const clientDir = mkdtempSync(join(tmpdir(), 'kpr-client-'));
  await build({
    configFile: join(import.meta.dirname, '..', '..', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: clientDir, emptyOutDir: true },
  });
  const http = await startHttp({
    clientDir,
    ...(extra ? { voorbereiden: extra } : {}),
    ...(app ? { port: app.port, security: app.security } : {}),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  mkdirSync(SCREENS, { recursive: true });
  return {
    base: http.base,
    browser,
    registry: http.registry,
    close: async () => {
      await browser.close();
      await http.close();
      rmSync(clientDir, { recursive: true, force: true });
    },
  };
}

/** The accounts the upkeep tests sign in with: the harness's beheerder, and Rita, redacteur for GGD. */
export { BEHEERDER };
export const REDACTEUR = {
  gebruikersnaam: 'rita@ggd.example',
  naam: 'Rita Redacteur',
  wachtwoord: 'lang-genoeg-wachtwoord',
};

export async function addAccounts(store: EmbeddedStore): Promise<void> {
  const accounts = new AccountService(store, new EditService(new RegistryService(store)));
  await accounts.bootstrap(BEHEERDER.gebruikersnaam, BEHEERDER.naam, BEHEERDER.wachtwoord);
  const beheerder = (await store.accounts())[0]!;
  await accounts.create(
    { ...REDACTEUR, rol: 'REDACTEUR', organisatieIds: ['ggd'], actief: true },
    {
      actor: {
        accountId: beheerder.id,
        naam: beheerder.naam,
        rol: 'BEHEERDER',
        organisatieIds: [],
      },
      herkomst: 'test',
    },
  );
}

/** Signs in on the sign-in page and lands on `terug`. */
export async function signIn(
  harness: Harness,
  page: Page,
  account: { gebruikersnaam: string; wachtwoord: string },
  terug: string,
): Promise<void> {
  await page.goto(`${harness.base}/aanmelden.html?terug=${encodeURIComponent(terug)}`);
  await page.getByLabel('Gebruikersnaam').fill(account.gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(account.wachtwoord);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

/** A port nobody listens on now, for servers that must know each other's address before starting. */
export async function freePort(): Promise<number> {
  const probe = createServer().listen(0);
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A page that fails the test on any script error or failed request. */
export async function openPage(
  harness: Harness,
  path: string,
): Promise<{ page: Page; problems: string[] }> {
  const page = await harness.browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.goto(`${harness.base}${path}`);
  await page.waitForSelector('body[data-kaart=gereed]');
  return { page, problems };
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** WCAG 2.1 A and AA violations axe-core finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than added as a <script>: the pages' CSP allows no inline scripts, rightly.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target })),
  }));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS, `${name}.png`) });
}

/** How many CSS pixels the page is wider than its viewport (0 when nothing scrolls sideways). */
export async function breedteOverschot(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Prints the page to an A4 PDF in test-results/screens/ (open it and look) and counts its pages. */
export async function afdrukken(
  page: Page,
  name: string,
  liggend = false,
): Promise<{ paginas: number }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({
    path: join(SCREENS, `${name}.pdf`),
    format: 'A4',
    landscape: liggend,
    printBackground: true,
    preferCSSPageSize: true,
  });
  await page.emulateMedia({ media: 'screen' });
  return { paginas: pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0 };
}
