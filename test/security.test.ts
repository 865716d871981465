// SPDX-License-Identifier: EUPL-1.2
// The security review's fast figures as tests (issue 14): CORS, headers, introspection, errors
// and logs without what was typed, request limits, refused-attempt and API rate limits, and
// spreadsheet uploads bounded before they are parsed. Slow figures are in `npm run soak`.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import JSZip from 'jszip';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Security } from '../server/app.ts';
import { IMPORT_GRENZEN } from '../server/spreadsheet/limits.ts';
import { startHttp, TEST_TOKEN, type HttpHarness, type Wie } from './http-harness.ts';

const MARKER = 'MARKER-7f3a';
const logLines: string[] = [];
const logger = pino(
  { level: 'debug' },
  new Writable({ write: (chunk: Buffer, _e, done) => (logLines.push(chunk.toString()), done()) }),
);
const bearer: Wie = { token: TEST_TOKEN };
let h: HttpHarness;
let base: string;
const listen = (security: Partial<Security> = {}) => h.listen({ security, logger });
const gql: HttpHarness['gql'] = (...args) => h.gql(...args);

beforeAll(async () => {
  h = await startHttp({ logger });
  base = h.base;
});
afterAll(() => h.close());

describe('cross-origin calls and headers', () => {
  it('grants no other origin credentialed access, unless it is on the allow-list', async () => {
    const preflight = (url: string, origin: string) =>
      fetch(`${url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-graphql-yoga-csrf',
        },
      });
    const vreemd = await preflight(base, 'http://127.0.0.1:4190');
    expect(vreemd.headers.get('access-control-allow-origin')).toBeNull();
    expect(vreemd.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: '{"query":"{ __typename }"}',
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();

    const toegestaan = await listen({ corsOrigins: ['https://portaal.regio.example'] });
    const ok = await preflight(toegestaan, 'https://portaal.regio.example');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://portaal.regio.example');
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(
      (await preflight(toegestaan, 'https://evil.example')).headers.get(
        'access-control-allow-origin',
      ),
    ).toBeNull();
  });

  it('allows no inline scripts outside GraphiQL, serves GraphiQL only where configured, and keeps answers out of caches', async () => {
    const pagina = await fetch(`${base}/`);
    expect(pagina.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    const zonder = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(zonder.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await zonder.text()).toContain('De verkenner (GraphiQL) staat op deze installatie uit');
    const metGraphiql = await listen({ graphiql: true });
    const graphiql = await fetch(`${metGraphiql}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toMatch(/graphiql/i);
    expect(graphiql.headers.get('content-security-policy')).toMatch(
      /script-src 'self' 'unsafe-inline'/,
    );
    expect((await fetch(`${metGraphiql}/`)).headers.get('content-security-policy')).not.toMatch(
      /unsafe-inline'?;? ?[^;]*script/,
    );
    expect((await gql('{ __typename }')).status).toBe(200);
    const api = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(api.headers.get('cache-control')).toBe('no-store');
  });

  it('reports health without paths, and keeps the database file to its owner', async () => {
    const health = (await (await fetch(`${base}/healthz`)).json()) as { detail: string };
    expect(health.detail).not.toContain(h.dir);
    expect(statSync(join(h.dir, 'knooppuntenregister.sqlite')).mode & 0o077).toBe(0);
  });
});

describe('what a caller typed stays with the caller', () => {
  it('describes the schema to signed-in callers only', async () => {
    expect((await gql('{ __schema { queryType { name } } }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await gql('{ __type(name: "Knooppunt") { name } }')).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await gql('{ __schema { queryType { name } } }', {}, bearer)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it('names the variable or field of a wrongly typed value, never the value', async () => {
    const variabele = await gql('query($n: Int) { knooppunten(eerste: $n) { totaal } }', {
      n: MARKER,
    });
    expect(variabele.errors?.[0]?.message).toMatch(/\$n/);
    const literal = await gql(
      `{ knooppunten(filter: { functie: [${MARKER.replace('-', '_')}] }) { totaal } }`,
    );
    const tekst = await gql(`{ knooppunten(eerste: "${MARKER}") { totaal } }`);
    for (const answer of [variabele, literal, tekst]) {
      expect(answer.errors?.length).toBeGreaterThan(0);
      expect(answer.text).not.toContain(MARKER);
      expect(answer.text).not.toContain(MARKER.replace('-', '_'));
    }
  });

  it('logs no casus and no request text, even next to a failing field and at debug level', async () => {
    logLines.length = 0;
    await gql(
      `{ casusMatch(casus: { themaIds: ["woonoverlast"], gemeenteId: "GM0361" }) { lacune } k: kaart(regioId: "${MARKER}") { regio { id } } }`,
    );
    await gql(`mutation { deleteKnooppunt(id: "${MARKER}", versie: 1) }`);
    expect(logLines.join('')).not.toMatch(new RegExp(`${MARKER}|woonoverlast|GM0361`));
  });
});

describe('request limits', () => {
  it('refuses other content types, non-JSON GET parameters and deep nesting with a 4xx, never a 5xx', async () => {
    for (const type of ['text/plain', 'application/graphql', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, 'x-graphql-yoga-csrf': '1' },
        body: '{ __typename }',
      });
      expect(res.status).toBe(415);
    }
    const get = (params: string) =>
      fetch(`${base}/graphql?${params}`, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(
      (await get(`query=${encodeURIComponent('{ __typename }')}&variables=geen-json`)).status,
    ).toBe(400);
    expect((await get(`query=${encodeURIComponent('{ __typename }')}&extensions=%7B`)).status).toBe(
      400,
    );
    const diep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(
      (
        await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: `{"query":"query($v: [Int]) { __typename }","variables":{"v":${diep}}}`,
        })
      ).status,
    ).toBe(400);
    expect((await gql(`{ ${'knooppunten { items { '.repeat(80)} }`)).status).toBe(400);
    expect((await gql('{ __typename }')).status).toBe(200);
  });

  it('stops auditing an anonymous origin after repeated refusals, and refuses it before any work', async () => {
    const app = await listen();
    const audit = async () => (await h.store.auditRecords({ na: 0, limiet: 1_000_000 })).length;
    const voor = await audit();
    const codes: string[] = [];
    for (let i = 0; i < 40; i++)
      codes.push(
        (await gql('mutation { deleteKnooppunt(id: "x", versie: 1) }', {}, {}, app)).errors?.[0]
          ?.extensions?.code ?? '',
      );
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(30);
    expect(codes.slice(30).every((c) => c === 'TOO_MANY_REQUESTS')).toBe(true);
    expect((await audit()) - voor).toBe(30);
  });

  it('limits API requests per address per minute, signed-in callers five times as many', async () => {
    const app = await listen({ apiPerMinuut: 10 });
    const statussen: number[] = [];
    for (let i = 0; i < 12; i++) statussen.push((await gql('{ __typename }', {}, {}, app)).status);
    expect(statussen.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statussen.slice(10)).toEqual([429, 429]);
    expect((await gql('{ __typename }', {}, bearer, app)).status).toBe(200);
  });
});

describe('spreadsheet uploads', () => {
  const post = (pad: string, body: string, wie: Wie = bearer) => h.post(pad, body, wie);
  const bestanden = (naam: string, inhoud: Buffer) =>
    JSON.stringify({ sleutel: 'x', bestanden: [{ naam, inhoud: inhoud.toString('base64') }] });

  it('checks rights before reading the body, and audits a refused confirmation', async () => {
    const groot = `{"sleutel":"x","bestanden":[{"naam":"x.csv","inhoud":"${'A'.repeat(12 * 1024 * 1024)}"}]}`;
    const voor = (await h.store.auditRecords({ na: 0, limiet: 1_000_000 })).length;
    const res = await post('/import/bevestig', groot, {});
    expect(res.status).toBe(401);
    expect((await post('/import/voorbeeld', groot, {})).status).toBe(401);
    // A small upload is drained unread, so the page's fetch sees the answer, not a reset.
    const klein = await post('/import/voorbeeld', bestanden('x.csv', Buffer.from('naam\nA')), {});
    expect(klein.status).toBe(401);
    expect(((await klein.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /aangemeld/,
    );
    const records = await h.store.auditRecords({ na: voor, limiet: 10 });
    expect(records).toEqual([
      expect.objectContaining({ actie: 'IMPORTEREN', resultaat: 'GEWEIGERD' }),
    ]);
  });

  it('refuses a body, a zip bomb and too many rows with 413 naming the limit', async () => {
    const teGroot = await post(
      '/import/voorbeeld',
      `{"bestanden":[{"naam":"x.csv","inhoud":"${'A'.repeat(IMPORT_GRENZEN.verzoekBytes)}"}]}`,
    );
    expect(teGroot.status).toBe(413);
    expect(await teGroot.text()).toContain('16 MB');

    const zip = new JSZip();
    zip.file('xl/sharedStrings.xml', 'a'.repeat(IMPORT_GRENZEN.uitgepaktBytes + 1));
    const bom = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bom.length).toBeLessThan(1024 * 1024);
    const uitgepakt = await post('/import/voorbeeld', bestanden('bom.xlsx', bom));
    expect(uitgepakt.status).toBe(413);
    expect(await uitgepakt.text()).toContain('wordt uitgepakt groter dan 40 MB');

    const rijen = `id;naam;type;privacykader\n${'x;Naam;OVERIG;AVG\n'.repeat(IMPORT_GRENZEN.rijen + 1)}`;
    const veel = await post('/import/voorbeeld', bestanden('organisaties.csv', Buffer.from(rijen)));
    expect(veel.status).toBe(413);
    expect(await veel.text()).toContain('meer dan 10.000 rijen');
  });

  it('shows the first row errors of a preview and counts them all', async () => {
    const rijen = `naam;type;privacykader\n${Array.from({ length: 500 }, (_, i) => `Organisatie ${i};GEEN_TYPE;AVG`).join('\n')}`;
    const res = await post('/import/voorbeeld', bestanden('organisaties.csv', Buffer.from(rijen)));
    const body = (await res.json()) as { fouten: unknown[]; aantalFouten: number };
    expect(body.fouten).toHaveLength(IMPORT_GRENZEN.getoondeFouten);
    expect(body.aantalFouten).toBe(500);
  });
});
