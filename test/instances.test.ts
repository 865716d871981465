// SPDX-License-Identifier: EUPL-1.2
// Any instance serves any request (DESIGN.md, issue 19): two apps, each with its own
// EmbeddedStore object on the same data folder, as two processes behind a load balancer would
// have. Sign-in state lives behind the Store port, so what one instance does to a session or an
// account holds on the other at its very next request.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryService } from '../server/registry-service.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { TEST_AUDIT_SLEUTEL } from './builders.ts';
import {
  BEHEERDER,
  codeOf,
  startHttp,
  TEST_TOKEN,
  type HttpHarness,
  type Wie,
} from './http-harness.ts';

let h: HttpHarness;
/** The second instance's own store object on the harness's data folder. */
let storeB: EmbeddedStore;
let registryB: RegistryService;
let A: string;
let B: string;

beforeAll(async () => {
  h = await startHttp({ beheerder: true });
  A = h.base;
  storeB = new EmbeddedStore(h.dir, { auditSleutel: TEST_AUDIT_SLEUTEL });
  await storeB.init();
  registryB = new RegistryService(storeB);
  B = await h.listen({ registry: registryB });
});
afterAll(async () => {
  await registryB?.close();
  await h?.close();
});

interface Ik {
  ik: { id: string; gebruikersnaam: string; rol: string; actief: boolean; versie: number } | null;
}
const ik = async (wie: Wie, url: string) =>
  (await h.gql<Ik>('{ ik { id gebruikersnaam rol actief versie } }', {}, wie, url)).data?.ik ??
  null;

let volgnummer = 0;
/** A new account made through instance `url` by the API token (a beheerder); its id and versie. */
async function maakAccount(url: string, rol = 'BEHEERDER') {
  const gebruikersnaam = `persoon-${++volgnummer}@regio.example`;
  const input = {
    gebruikersnaam,
    naam: `Persoon ${volgnummer}`,
    rol,
    organisatieIds: rol === 'REDACTEUR' ? ['ggd'] : [],
    wachtwoord: 'paarse-olifant-fietst-snel',
  };
  const r = await h.gql<{ createAccount: { id: string; versie: number } }>(
    'mutation($i: AccountInput!) { createAccount(input: $i) { id versie } }',
    { i: input },
    { token: TEST_TOKEN },
    url,
  );
  expect(r.errors).toBeUndefined();
  return { ...r.data!.createAccount, input };
}

async function wijzigAccount(
  url: string,
  account: { id: string; versie: number; input: Record<string, unknown> },
  wijziging: Record<string, unknown>,
  wie: Wie = { token: TEST_TOKEN },
) {
  const { wachtwoord: _, ...zonderWachtwoord } = account.input;
  const r = await h.gql<{ updateAccount: { versie: number } }>(
    'mutation($id: ID!, $v: Int!, $i: AccountInput!) { updateAccount(id: $id, versie: $v, input: $i) { versie } }',
    { id: account.id, v: account.versie, i: { ...zonderWachtwoord, ...wijziging } },
    wie,
    url,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.updateAccount.versie;
}

const AUDIT = '{ auditLog(eerste: 1) { records { volgnummer } } }';

describe('two instances on one store', () => {
  it('a session made on A works on B, and a new account made on A signs in on B', async () => {
    // B has read the accounts (and kept them) before A makes a new one.
    const beheerder = await h.signIn(BEHEERDER.gebruikersnaam, BEHEERDER.wachtwoord, B);
    expect((await ik({ cookie: beheerder.cookie }, B))?.gebruikersnaam).toBe(
      BEHEERDER.gebruikersnaam,
    );
    const account = await maakAccount(A);
    const opA = await h.signIn(account.input.gebruikersnaam, account.input.wachtwoord, A);
    expect(opA.status).toBe(200);
    expect(await ik({ cookie: opA.cookie }, B)).toMatchObject({
      id: account.id,
      rol: 'BEHEERDER',
    });
    expect(codeOf(await h.gql(AUDIT, {}, { cookie: opA.cookie }, B))).toBeUndefined();
    const opB = await h.signIn(account.input.gebruikersnaam, account.input.wachtwoord, B);
    expect(opB.status).toBe(200);
    expect((await ik({ cookie: opB.cookie }, A))?.id).toBe(account.id);
  });

  it('signing out on B ends the session on A', async () => {
    const account = await maakAccount(B);
    const { cookie } = await h.signIn(account.input.gebruikersnaam, account.input.wachtwoord, A);
    expect((await ik({ cookie }, A))?.id).toBe(account.id);
    expect((await ik({ cookie }, B))?.id).toBe(account.id);
    const uit = await h.post('/auth/afmelden', {}, { cookie }, B);
    expect(uit.status).toBe(204);
    expect(await ik({ cookie }, A)).toBeNull();
    expect(codeOf(await h.gql(AUDIT, {}, { cookie }, A))).toBe('UNAUTHENTICATED');
    expect(await ik({ cookie }, B)).toBeNull();
  });

  it('deactivating an account on A ends its sessions on B at once, and it cannot sign in on B', async () => {
    const account = await maakAccount(A);
    const { cookie } = await h.signIn(account.input.gebruikersnaam, account.input.wachtwoord, B);
    // Signed in on B as a beheerder, with B's account cache filled.
    expect(codeOf(await h.gql(AUDIT, {}, { cookie }, B))).toBeUndefined();
    const beheerder = await h.signIn(BEHEERDER.gebruikersnaam, BEHEERDER.wachtwoord, A);
    await wijzigAccount(A, account, { actief: false }, { cookie: beheerder.cookie });
    // The very next request on B is anonymous.
    expect(codeOf(await h.gql(AUDIT, {}, { cookie }, B))).toBe('UNAUTHENTICATED');
    expect(await ik({ cookie }, B)).toBeNull();
    const opnieuw = await h.signIn(account.input.gebruikersnaam, account.input.wachtwoord, B);
    expect(opnieuw.status).toBe(401);
    expect(opnieuw.cookie).toBeUndefined();
  });

  it('demoting an account on A ends its sessions on B; signing in again on B gives the new rights', async () => {
    const account = await maakAccount(A);
    const { cookie } = await h.signIn(account.input.gebruikersnaam, account.input.wachtwoord, B);
    expect(await ik({ cookie }, B)).toMatchObject({ rol: 'BEHEERDER' });
    account.versie = await wijzigAccount(A, account, { rol: 'LEZER' });
    expect(await ik({ cookie }, B)).toBeNull();
    expect(codeOf(await h.gql(AUDIT, {}, { cookie }, B))).toBe('UNAUTHENTICATED');
    const lezer = await h.signIn(account.input.gebruikersnaam, account.input.wachtwoord, B);
    expect(await ik({ cookie: lezer.cookie }, B)).toMatchObject({ rol: 'LEZER' });
    expect(codeOf(await h.gql(AUDIT, {}, { cookie: lezer.cookie }, B))).toBe('FORBIDDEN');
    expect(codeOf(await h.gql(AUDIT, {}, { cookie: lezer.cookie }, A))).toBe('FORBIDDEN');
  });

  it('a new password set on B ends the sessions on A; only the new password signs in on A', async () => {
    const account = await maakAccount(B, 'REDACTEUR');
    const { cookie } = await h.signIn(account.input.gebruikersnaam, account.input.wachtwoord, A);
    expect((await ik({ cookie }, A))?.id).toBe(account.id);
    await wijzigAccount(B, account, { wachtwoord: 'groene-giraffe-zwemt-traag' });
    expect(await ik({ cookie }, A)).toBeNull();
    expect((await h.signIn(account.input.gebruikersnaam, account.input.wachtwoord, A)).status).toBe(
      401,
    );
    const nieuw = await h.signIn(account.input.gebruikersnaam, 'groene-giraffe-zwemt-traag', A);
    expect(nieuw.status).toBe(200);
    expect((await ik({ cookie: nieuw.cookie }, B))?.id).toBe(account.id);
  });

  it('an expired session is refused on both instances, and is gone from the store', async () => {
    // Long enough for a sign-in and one request on a busy machine, short enough to wait for.
    const sessie = { idleMs: 2500, absoluteMs: 8 * 3600_000 };
    const kortA = await h.listen({ security: { sessie } });
    const kortB = await h.listen({ security: { sessie }, registry: registryB });
    const account = await maakAccount(kortA);
    const { cookie } = await h.signIn(
      account.input.gebruikersnaam,
      account.input.wachtwoord,
      kortA,
    );
    const token = decodeURIComponent(cookie!.split('=')[1]!);
    const hash = createHash('sha256').update(token).digest('base64url');
    const bewaard = await storeB.getSession(hash);
    expect(bewaard?.accountId).toBe(account.id);
    expect((await ik({ cookie }, kortB))?.id).toBe(account.id);
    await new Promise((resolve) => setTimeout(resolve, bewaard!.idleUntil - Date.now() + 50));
    expect(await ik({ cookie }, kortB)).toBeNull();
    expect(await ik({ cookie }, kortA)).toBeNull();
    expect(await h.store.getSession(hash)).toBeUndefined();
  });
});

describe('signing in with OpenID Connect across instances', () => {
  let provider: Server;
  let issuer: string;
  /** The registry's public way back; the load balancer may hand it to either instance. */
  const redirectUri = 'https://register.test/auth/oidc/terug';

  beforeAll(async () => {
    // The provider's server listens first, so its issuer can name the port.
    provider = createServer();
    provider.listen(0);
    await new Promise((resolve) => provider.once('listening', resolve));
    issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    const oidc = new Provider(issuer, {
      clients: [
        {
          client_id: 'register',
          client_secret: 'een-test-geheim-0123456789',
          redirect_uris: [redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, email: id }) }),
      claims: { openid: ['sub'], email: ['email'] },
      cookies: { keys: ['test-sleutel-voor-cookies'] },
    });
    const handle = oidc.callback();
    provider.on('request', (req, res) => void handle(req, res));
  });
  afterAll(() => provider?.close());

  it('an attempt started on A finishes on B, and the session works on A', async () => {
    const settings = {
      issuer,
      clientId: 'register',
      clientSecret: 'een-test-geheim-0123456789',
      redirectUri,
      claim: 'email',
      allowInsecure: true,
    };
    const oidcA = await h.listen({ security: { oidc: settings } });
    const oidcB = await h.listen({ security: { oidc: settings }, registry: registryB });

    const start = await fetch(`${oidcA}/auth/oidc?terug=${encodeURIComponent('/beheer.html')}`, {
      redirect: 'manual',
    });
    expect(start.status).toBe(302);
    const poging = start.headers
      .getSetCookie()
      .find((c) => c.startsWith('kpr_oidc='))!
      .split(';')[0]!;
    // What the browser does at the provider: sign in, consent, and come back with a code.
    const terug = await bijDeProvider(start.headers.get('location')!, BEHEERDER.gebruikersnaam);
    expect(terug.startsWith(redirectUri)).toBe(true);

    // The way back lands on B, which never saw the attempt start.
    const klaar = await fetch(`${oidcB}/auth/oidc/terug${new URL(terug).search}`, {
      redirect: 'manual',
      headers: { cookie: poging },
    });
    expect(klaar.headers.get('location')).toBe('/beheer.html');
    const sessie = klaar.headers
      .getSetCookie()
      .find((c) => c.startsWith('kpr_sessie='))
      ?.split(';')[0];
    expect(sessie).toBeDefined();
    expect((await ik({ cookie: sessie }, oidcA))?.gebruikersnaam).toBe(BEHEERDER.gebruikersnaam);

    // The attempt's cookie, changed by one character, is refused on either instance.
    const vals = poging.slice(0, -2) + (poging.at(-2) === 'A' ? 'B' : 'A') + poging.at(-1)!;
    const geweigerd = await fetch(`${oidcA}/auth/oidc/terug${new URL(terug).search}`, {
      redirect: 'manual',
      headers: { cookie: vals },
    });
    expect(geweigerd.headers.get('location')).toBe('/aanmelden.html?melding=verlopen');
  });

  /** Follows the provider's redirects and dev forms as a browser would; the URL it sends back to. */
  async function bijDeProvider(url: string, login: string): Promise<string> {
    const jar = new Map<string, string>();
    const cookies = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const bewaar = (res: Response) => {
      for (const c of res.headers.getSetCookie()) {
        const [paar] = c.split(';');
        const i = paar!.indexOf('=');
        jar.set(paar!.slice(0, i), paar!.slice(i + 1));
      }
    };
    let volgende = url;
    for (let stap = 0; stap < 12; stap++) {
      if (volgende.startsWith(redirectUri)) return volgende;
      const res = await fetch(volgende, { redirect: 'manual', headers: { cookie: cookies() } });
      bewaar(res);
      if (res.status >= 300 && res.status < 400) {
        volgende = new URL(res.headers.get('location')!, volgende).href;
        continue;
      }
      // An interaction page: the login form first, then the consent.
      const html = await res.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      const body = new URLSearchParams(
        prompt === 'login' ? { prompt, login, password: 'wat-dan-ook' } : { prompt: 'consent' },
      );
      const post = await fetch(volgende, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: cookies(), 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      bewaar(post);
      volgende = new URL(post.headers.get('location')!, volgende).href;
    }
    throw new Error('de provider stuurde niet terug');
  }
});
