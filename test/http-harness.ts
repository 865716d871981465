// SPDX-License-Identifier: EUPL-1.2
// The one HTTP test harness (issue 15): the example region in an embedded store in a temp folder,
// the app in-process on a free port, and the helpers every API test needs. Apps with other
// settings can listen on the same store (`listen`), as several instances would.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { loadExampleRegion } from '../seed/load.ts';
import { buildApp, type Security } from '../server/app.ts';
import { AccountService } from '../server/auth/account-service.ts';
import { EditService } from '../server/edit-service.ts';
import { RegistryService } from '../server/registry-service.ts';
import type { AntwoordCache } from '../server/graphql/response-cache.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { TEST_AUDIT_SLEUTEL } from './builders.ts';

/** The API token of every harness app (acts as a beheerder). */
export const TEST_TOKEN = 'test-token-0123456789abcdef';
export const BEHEERDER = {
  gebruikersnaam: 'beheer@regio.example',
  naam: 'Regionale beheerder',
  wachtwoord: 'correct-paard-batterij',
};

export interface Answer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    extensions?: {
      code?: string;
      fields?: { field: string; message: string }[];
      huidigeVersie?: number;
    };
  }[];
  /** The raw body, to check what it does not contain. */
  text: string;
}

/** Who sends a request: nobody, the API token, or a session cookie. */
export type Wie = { token?: string; cookie?: string; headers?: Record<string, string> };

export interface AppSettings {
  security?: Partial<Security>;
  /** Another registry over another store (a broken one, say); the harness's own by default. */
  registry?: RegistryService;
  logger?: Logger;
  answers?: AntwoordCache;
  /** The built client to serve (browser tests). */
  clientDir?: string;
  /** A fixed port instead of a free one (a provider that must know the address). */
  port?: number;
  /** The regional beheerder's contact address (CONTACT_EMAIL); none by default. */
  contact?: string;
}

export interface StartSettings extends AppSettings {
  /** Create the first beheerder (BEHEERDER). */
  beheerder?: boolean;
  /** More data after the example region, before the app starts. */
  voorbereiden?: (store: EmbeddedStore) => Promise<void>;
}

export interface HttpHarness {
  /** The first app's address. */
  base: string;
  /** The store's data folder. */
  dir: string;
  store: EmbeddedStore;
  registry: RegistryService;
  /** Another app on the same store; its address. */
  listen(settings?: AppSettings): Promise<string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    wie?: Wie,
    url?: string,
  ): Promise<Answer<T>>;
  /** A JSON POST to a REST route (import, sign-in). */
  post(pad: string, body: unknown, wie?: Wie, url?: string): Promise<Response>;
  /** Signs in with a local account; the session cookie, or undefined when refused. */
  signIn(
    gebruikersnaam: string,
    wachtwoord: string,
    url?: string,
  ): Promise<{ status: number; cookie: string | undefined; setCookie: string }>;
  close(): Promise<void>;
}

const headersOf = (wie: Wie = {}): Record<string, string> => ({
  'content-type': 'application/json',
  ...(wie.token ? { authorization: `Bearer ${wie.token}` } : {}),
  ...(wie.cookie ? { cookie: wie.cookie } : {}),
  ...wie.headers,
});

/** The extensions.code of an answer's first error. */
export const codeOf = (a: Answer<unknown>): string | undefined => a.errors?.[0]?.extensions?.code;

export async function startHttp(settings: StartSettings = {}): Promise<HttpHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'kpr-http-'));
  const store = new EmbeddedStore(dir, { auditSleutel: TEST_AUDIT_SLEUTEL });
  await store.init();
  await loadExampleRegion(store);
  const registry = new RegistryService(store);
  if (settings.beheerder) {
    await new AccountService(store, new EditService(registry)).bootstrap(
      BEHEERDER.gebruikersnaam,
      BEHEERDER.naam,
      BEHEERDER.wachtwoord,
    );
  }
  await settings.voorbereiden?.(store);
  const servers: Server[] = [];
  const listen = async ({
    security,
    logger,
    answers,
    clientDir,
    port,
    contact,
    ...eigen
  }: AppSettings = {}) => {
    const app = buildApp({
      registry: eigen.registry ?? registry,
      editToken: TEST_TOKEN,
      logger: logger ?? pino({ level: 'silent' }),
      security: { cookieSecure: false, ...security },
      ...(answers ? { answers } : {}),
      ...(clientDir ? { clientDir } : {}),
      ...(contact ? { contact } : {}),
    });
    const server = app.listen(port ?? 0);
    await new Promise((resolve) => server.once('listening', resolve));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const base = await listen(settings);
  const post = (pad: string, body: unknown, wie?: Wie, url = base) =>
    fetch(`${url}${pad}`, {
      method: 'POST',
      headers: headersOf(wie),
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    base,
    dir,
    store,
    registry,
    listen,
    post,
    async gql<T>(
      query: string,
      variables: Record<string, unknown> = {},
      wie?: Wie,
      url = base,
    ): Promise<Answer<T>> {
      const res = await post('/graphql', { query, variables }, wie, url);
      const text = await res.text();
      return {
        status: res.status,
        ...(JSON.parse(text) as Omit<Answer<T>, 'status' | 'text'>),
        text,
      };
    },
    async signIn(gebruikersnaam: string, wachtwoord: string, url = base) {
      const res = await post('/auth/aanmelden', { gebruikersnaam, wachtwoord }, {}, url);
      const setCookie = res.headers.get('set-cookie') ?? '';
      return { status: res.status, cookie: setCookie.split(';')[0] || undefined, setCookie };
    },
    async close() {
      for (const server of servers) server.close();
      await registry.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
