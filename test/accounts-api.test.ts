// SPDX-License-Identifier: EUPL-1.2
// Signing in, sessions, rights, verification, history and restore over HTTP (issue 8).
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEELNAMES, KNOOPPUNTEN } from '../seed/example-region.ts';
import { loadExampleRegion } from '../seed/load.ts';
import { buildApp } from '../server/app.ts';
import { AccountService } from '../server/auth/account-service.ts';
import { RegistryService } from '../server/registry-service.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'kpr-accounts-'));
const store = new EmbeddedStore(dir);
const servers: Server[] = [];
let base: string;
let closed: string;

async function listen(anoniemLezen: boolean): Promise<string> {
  const server = buildApp({ registry: new RegistryService(store), editToken: undefined, logger: pino({ level: 'silent' }), security: { anoniemLezen } }).listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Answer {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: { code?: string } }[];
}
async function gql(query: string, variables: Record<string, unknown> = {}, cookie?: string, url = base): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as Answer;
}
async function signIn(gebruikersnaam: string, wachtwoord: string, url = base): Promise<{ status: number; cookie: string | undefined; setCookie: string }> {
  const res = await fetch(`${url}/auth/aanmelden`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ gebruikersnaam, wachtwoord }) });
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { status: res.status, cookie: setCookie.split(';')[0] || undefined, setCookie };
}
const code = (a: Answer) => a.errors?.[0]?.extensions?.code;

const ggzTafel = DEELNAMES.find((d) => d.organisatieId === 'ggz')!.knooppuntId;
const vreemd = Object.keys(KNOOPPUNTEN).find((k) => KNOOPPUNTEN[k]!.belegdBijId !== 'ggz' && !DEELNAMES.some((d) => d.knooppuntId === k && d.organisatieId === 'ggz'))!;

beforeAll(async () => {
  await store.init();
  await loadExampleRegion(store);
  await new AccountService(store).bootstrap('beheer@regio.example', 'Regionale beheerder', 'correct-paard-batterij');
  base = await listen(true);
  closed = await listen(false);
});
afterAll(async () => {
  for (const s of servers) s.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('accounts and sessions', () => {
  it('signs in with a secure session cookie, refuses a wrong password, and signs out', async () => {
    // An anonymous answer is kept, but never given to a signed-in account (or the other way round).
    expect((await gql('{ ik { naam rol } }')).data).toEqual({ ik: null });
    expect((await signIn('beheer@regio.example', 'fout-wachtwoord-123')).status).toBe(401);
    const ok = await signIn('BEHEER@regio.example', 'correct-paard-batterij');
    expect(ok.status).toBe(200);
    expect(ok.setCookie).toMatch(/HttpOnly/);
    expect(ok.setCookie).toMatch(/Secure/);
    expect(ok.setCookie).toMatch(/SameSite=Lax/);
    expect((await gql('{ ik { naam rol } }', {}, ok.cookie)).data).toEqual({ ik: { naam: 'Regionale beheerder', rol: 'BEHEERDER' } });
    await fetch(`${base}/auth/afmelden`, { method: 'POST', headers: { cookie: ok.cookie! } });
    expect((await gql('{ ik { naam } }', {}, ok.cookie)).data).toEqual({ ik: null });
  });

  it('lets a beheerder create a redacteur, who edits and verifies only where its organisatie is involved', async () => {
    const beheerder = (await signIn('beheer@regio.example', 'correct-paard-batterij')).cookie;
    const created = await gql(
      'mutation($i: AccountInput!) { createAccount(input: $i) { naam rol organisaties { id } } }',
      { i: { gebruikersnaam: 'redacteur@ggz.example', naam: 'Rita Redacteur', rol: 'REDACTEUR', organisatieIds: ['ggz'], wachtwoord: 'lang-genoeg-wachtwoord' } },
      beheerder,
    );
    expect(created.data).toEqual({ createAccount: { naam: 'Rita Redacteur', rol: 'REDACTEUR', organisaties: [{ id: 'ggz' }] } });
    const rita = (await signIn('redacteur@ggz.example', 'lang-genoeg-wachtwoord')).cookie;
    expect(code(await gql('{ accounts { id } }', {}, rita))).toBe('FORBIDDEN');

    const rechten = 'query($id: ID!) { knooppunt(id: $id) { versie rechten { wijzigen verifieren geschiedenisLezen } } }';
    const eigen = (await gql(rechten, { id: ggzTafel }, rita)).data as { knooppunt: { versie: number; rechten: Record<string, boolean> } };
    expect(eigen.knooppunt.rechten).toEqual({ wijzigen: true, verifieren: true, geschiedenisLezen: true });
    const ander = (await gql(rechten, { id: vreemd }, rita)).data as { knooppunt: { versie: number; rechten: Record<string, boolean> } };
    expect(ander.knooppunt.rechten).toMatchObject({ wijzigen: false, verifieren: false });

    const verify = 'mutation($id: ID!, $v: Int!) { verifieerKnooppunt(id: $id, versie: $v) { versie geverifieerdDoor geverifieerdOp verificatieStatus } }';
    const verified = (await gql(verify, { id: ggzTafel, v: eigen.knooppunt.versie }, rita)).data as { verifieerKnooppunt: Record<string, unknown> };
    expect(verified.verifieerKnooppunt).toMatchObject({ versie: eigen.knooppunt.versie + 1, verificatieStatus: 'GEVERIFIEERD' });
    expect(verified.verifieerKnooppunt['geverifieerdDoor']).toMatch(/^Rita Redacteur \(.*GGZ/);
    expect(code(await gql(verify, { id: vreemd, v: ander.knooppunt.versie }, rita))).toBe('FORBIDDEN');
    expect(code(await gql(verify, { id: ggzTafel, v: eigen.knooppunt.versie }, rita))).toBe('CONFLICT');
    expect(code(await gql(verify, { id: ggzTafel, v: 1 }))).toBe('UNAUTHENTICATED');
  });

  it('shows the history with who changed which fields, and restores an earlier version as a new one', async () => {
    const rita = (await signIn('redacteur@ggz.example', 'lang-genoeg-wachtwoord')).cookie;
    const history = 'query($id: ID!) { knooppunt(id: $id) { versie geverifieerdOp geschiedenis { volgnummer actie door herkomst resultaat wijzigingen { soort versieNa velden { veld voor na } } } } }';
    expect(code(await gql(history, { id: ggzTafel }))).toBe('UNAUTHENTICATED');
    const k = ((await gql(history, { id: ggzTafel }, rita)).data as { knooppunt: { versie: number; geverifieerdOp: string; geschiedenis: { volgnummer: number; actie: string; door: string; herkomst: string | null; wijzigingen: { versieNa: number; velden: { veld: string }[] }[] }[] } }).knooppunt;
    const [eerste] = k.geschiedenis;
    const laatste = k.geschiedenis.at(-1)!;
    expect(eerste).toMatchObject({ actie: 'MAKEN', door: 'Systeem' });
    expect(laatste).toMatchObject({ actie: 'VERIFIEREN', door: 'Rita Redacteur', herkomst: null });
    expect(laatste.wijzigingen[0]!.velden.map((v) => v.veld)).toEqual(expect.arrayContaining(['geverifieerdDoor', 'geverifieerdOp']));

    const restore = 'mutation($id: ID!, $v: Int!, $n: Int!) { herstelKnooppunt(id: $id, versie: $v, volgnummer: $n) { versie geverifieerdOp } }';
    const restored = (await gql(restore, { id: ggzTafel, v: k.versie, n: eerste!.volgnummer }, rita)).data as { herstelKnooppunt: { versie: number; geverifieerdOp: string | null } };
    expect(restored.herstelKnooppunt).toEqual({ versie: k.versie + 1, geverifieerdOp: KNOOPPUNTEN[ggzTafel]!.geverifieerdOp });
    expect(code(await gql(restore, { id: ggzTafel, v: k.versie + 1, n: 999_999 }, rita))).toBe('NOT_FOUND');
  });

  it('lets only the beheerder read the audit trail and check that it is intact', async () => {
    const beheerder = (await signIn('beheer@regio.example', 'correct-paard-batterij')).cookie;
    const rita = (await signIn('redacteur@ggz.example', 'lang-genoeg-wachtwoord')).cookie;
    expect(code(await gql('{ auditIntegriteit { intact } }', {}, rita))).toBe('FORBIDDEN');
    const check = (await gql('{ auditIntegriteit { intact aantal } auditLog(eerste: 1000) { records { actie resultaat herkomst } } }', {}, beheerder)).data as {
      auditIntegriteit: { intact: boolean; aantal: number };
      auditLog: { records: { actie: string; resultaat: string; herkomst: string }[] };
    };
    expect(check.auditIntegriteit.intact).toBe(true);
    expect(check.auditLog.records).toContainEqual({ actie: 'AANMELDEN', resultaat: 'GEWEIGERD', herkomst: expect.stringContaining('127.0.0.1') as string });
    expect(check.auditLog.records.some((r) => r.actie === 'VERIFIEREN' && r.resultaat === 'GEWEIGERD')).toBe(true);
  });

  it('answers the accounts list and the audit trail fresh after changes that leave the registry alone', async () => {
    const beheerder = (await signIn('beheer@regio.example', 'correct-paard-batterij')).cookie;
    const namen = async () => ((await gql('{ accounts { naam } }', {}, beheerder)).data as { accounts: { naam: string }[] }).accounts.map((a) => a.naam);
    const aantalAudit = async () => ((await gql('{ auditLog(eerste: 1000) { records { volgnummer } } }', {}, beheerder)).data as { auditLog: { records: unknown[] } }).auditLog.records.length;
    const voor = await namen();
    const auditVoor = await aantalAudit();
    await gql('mutation($i: AccountInput!) { createAccount(input: $i) { id } }', { i: { gebruikersnaam: 'nieuw@regio.example', naam: 'Nieuwe Lezer', rol: 'LEZER', wachtwoord: 'lang-genoeg-wachtwoord' } }, beheerder);
    expect((await namen()).sort()).toEqual([...voor, 'Nieuwe Lezer'].sort());
    expect(await aantalAudit()).toBeGreaterThan(auditVoor);
  });

  it('can require signing in for reading', async () => {
    expect(code(await gql('{ regios { id } }', {}, undefined, closed))).toBe('UNAUTHENTICATED');
    const lezer = (await signIn('redacteur@ggz.example', 'lang-genoeg-wachtwoord', closed)).cookie;
    expect((await gql('{ regios { id } }', {}, lezer, closed)).data?.['regios']).toEqual(expect.arrayContaining([{ id: 'ZVH-NHN' }]));
  });
});
