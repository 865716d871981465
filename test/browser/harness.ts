// SPDX-License-Identifier: EUPL-1.2
// Browser-test harness: builds the client (once per state of its sources, shared by every test
// file of a run), starts the app on the shared HTTP harness (test/http-harness.ts: a fresh
// embedded store with the example region), and drives Debian's Chromium with playwright-core.
// Screenshots go to test-results/screens/ (look at them).
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, defaultClientConditions } from 'vite';
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

const ROOT = join(import.meta.dirname, '..', '..');

/** Every file the client bundle is made from, hashed: equal sources give the same build. */
function bronSleutel(): string {
  const hash = createHash('sha256');
  const lees = (pad: string): void => {
    for (const naam of readdirSync(join(ROOT, pad), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const deel = join(pad, naam.name);
      if (naam.isDirectory()) lees(deel);
      else hash.update(deel).update(readFileSync(join(ROOT, deel)));
    }
  };
  for (const pad of ['client', 'server/domain']) lees(pad);
  // The build settings below are part of what is built.
  for (const bestand of ['vite.config.ts', 'package-lock.json', 'test/browser/harness.ts'])
    hash.update(readFileSync(join(ROOT, bestand)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The production build of the client. Test files run in parallel workers: the first builds into
 * a folder named after the sources (holding a lock folder meanwhile), the others wait and reuse
 * it, so a run builds once instead of once per file.
 */
async function gebouwdeClient(): Promise<string> {
  const dir = join(tmpdir(), `kpr-client-${bronSleutel()}`);
  const klaar = join(dir, '.klaar');
  const slot = `${dir}.slot`;
  const tot = Date.now() + 180_000;
  while (!existsSync(klaar)) {
    try {
      mkdirSync(slot);
    } catch {
      // A lock left by a run that was killed mid-build is stale after two minutes.
      if (Date.now() - (statSync(slot, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 120_000)
        rmSync(slot, { recursive: true, force: true });
      if (Date.now() > tot) throw new Error(`De client-build in ${dir} werd niet klaar.`);
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      await build({
        configFile: join(ROOT, 'vite.config.ts'),
        logLevel: 'warn',
        // Vitest sets NODE_ENV=test, under which Vite resolves packages to their development
        // builds (lit-html's warns and checks) whatever the mode: test what ships.
        mode: 'production',
        resolve: {
          conditions: defaultClientConditions.map((c) =>
            c === 'development|production' ? 'production' : c,
          ),
        },
        build: { outDir: dir, emptyOutDir: true },
      });
      writeFileSync(klaar, '');
      ruimOudeBuildsOp(dir);
    } finally {
      rmSync(slot, { recursive: true, force: true });
    }
  }
  return dir;
}

/** Builds of other sources older than an hour belong to runs long finished: they go. */
function ruimOudeBuildsOp(huidige: string): void {
  const uurGeleden = Date.now() - 3_600_000;
  for (const naam of readdirSync(tmpdir())) {
    const pad = join(tmpdir(), naam);
    if (!naam.startsWith('kpr-client-') || naam.endsWith('.slot') || pad === huidige) continue;
    if ((statSync(pad, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) < uurGeleden)
      rmSync(pad, { recursive: true, force: true });
  }
}

/** Builds the client and starts the app on the shared HTTP harness; `extra` may add data after the example region. */
export async function startHarness(
  extra?: (store: EmbeddedStore) => Promise<void>,
  app?: { port?: number; security?: Partial<Security>; contact?: string },
): Promise<Harness> {
  const clientDir = await gebouwdeClient();
  const http = await startHttp({
    clientDir,
    ...(extra ? { voorbereiden: extra } : {}),
    ...app,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // Every page opens as a Dutch user's browser would (dates as dd-mm-jjjj), unless a test says otherwise.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (opties = {}) => newContext({ locale: 'nl-NL', ...opties });
  const newPage = browser.newPage.bind(browser);
  browser.newPage = (opties = {}) => newPage({ locale: 'nl-NL', ...opties });
  mkdirSync(SCREENS, { recursive: true });
  return {
    base: http.base,
    browser,
    registry: http.registry,
    close: async () => {
      await browser.close();
      await http.close();
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
