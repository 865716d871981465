// SPDX-License-Identifier: EUPL-1.2
// Signing in, sessions, rights, verification, history and restore over HTTP (issue 8).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEELNAMES, KNOOPPUNTEN } from '../seed/example-region.ts';
import { codeOf, startHttp, type HttpHarness } from './http-harness.ts';

let h: HttpHarness;
let closed: string;
/** Requests as the holder of a session cookie (or anonymously). */
const gql = (
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
  url?: string,
) => h.gql(query, variables, cookie ? { cookie } : {}, url);
const signIn = (gebruikersnaam: string, wachtwoord: string, url?: string) =>
  h.signIn(gebruikersnaam, wachtwoord, url);
const code = codeOf;

/** Belegd bij ggd (Rita's own), one ggd only takes part in, and one ggd has nothing to do with. */
const ggdTafel = Object.keys(KNOOPPUNTEN).find((k) => KNOOPPUNTEN[k]!.belegdBijId === 'ggd')!;
const deelTafel = DEELNAMES.find(
  (d) => d.organisatieId === 'ggd' && KNOOPPUNTEN[d.knooppuntId]!.belegdBijId !== 'ggd',
)!.knooppuntId;
const vreemd = Object.keys(KNOOPPUNTEN).find(
  (k) =>
    KNOOPPUNTEN[k]!.belegdBijId !== 'ggd' &&
    !DEELNAMES.some((d) => d.knooppuntId === k && d.organisatieId === 'ggd'),
)!;

beforeAll(async () => {
  // Secure cookies, as in production; the tests send the cookie themselves.
  h = await startHttp({ beheerder: true, security: { cookieSecure: true } });
  closed = await h.listen({ security: { anoniemLezen: false } });
});
afterAll(() => h.close());

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
    expect((await gql('{ ik { naam rol } }', {}, ok.cookie)).data).toEqual({
      ik: { naam: 'Regionale beheerder', rol: 'BEHEERDER' },
    });
    await h.post('/auth/afmelden', {}, { cookie: ok.cookie! });
    expect((await gql('{ ik { naam } }', {}, ok.cookie)).data).toEqual({ ik: null });
  });

  it('lets a beheerder create a redacteur, who edits and verifies only where its organisatie is involved', async () => {
    const beheerder = (await signIn('beheer@regio.example', 'correct-paard-batterij')).cookie;
    const created = await gql(
      'mutation($i: AccountInput!) { createAccount(input: $i) { naam rol organisaties { id } } }',
      {
        i: {
          gebruikersnaam: 'redacteur@ggd.example',
          naam: 'Rita Redacteur',
          rol: 'REDACTEUR',
          organisatieIds: ['ggd'],
          wachtwoord: 'lang-genoeg-wachtwoord',
        },
      },
      beheerder,
    );
    expect(created.data).toEqual({
      createAccount: { naam: 'Rita Redacteur', rol: 'REDACTEUR', organisaties: [{ id: 'ggd' }] },
    });
    const rita = (await signIn('redacteur@ggd.example', 'lang-genoeg-wachtwoord')).cookie;
    expect(code(await gql('{ accounts { id } }', {}, rita))).toBe('FORBIDDEN');

    const rechten =
      'query($id: ID!) { knooppunt(id: $id) { versie rechten { wijzigen verifieren geschiedenisLezen } } }';
    const eigen = (await gql(rechten, { id: ggdTafel }, rita)).data as {
      knooppunt: { versie: number; rechten: Record<string, boolean> };
    };
    expect(eigen.knooppunt.rechten).toEqual({
      wijzigen: true,
      verifieren: true,
      geschiedenisLezen: true,
    });
    // Rita verifies for her organisation; the beheerder for the region unless they choose one.
    const alsBeheer = 'query($id: ID!) { knooppunt(id: $id) { verifierenAlsBeheer } }';
    expect((await gql(alsBeheer, { id: ggdTafel }, rita)).data).toEqual({
      knooppunt: { verifierenAlsBeheer: false },
    });
    expect((await gql(alsBeheer, { id: ggdTafel }, beheerder)).data).toEqual({
      knooppunt: { verifierenAlsBeheer: true },
    });
    const ander = (await gql(rechten, { id: vreemd }, rita)).data as {
      knooppunt: { versie: number; rechten: Record<string, boolean> };
    };
    expect(ander.knooppunt.rechten).toMatchObject({ wijzigen: false, verifieren: false });
    // Taking part is enough to verify (§2.6 stap 3), not to edit another organisation's description.
    const deel = (await gql(rechten, { id: deelTafel }, rita)).data as {
      knooppunt: { versie: number; rechten: Record<string, boolean> };
    };
    expect(deel.knooppunt.rechten).toMatchObject({ wijzigen: false, verifieren: true });

    const verify =
      'mutation($id: ID!, $v: Int!, $ver: VerificatieInput!) { verifieerKnooppunt(id: $id, versie: $v, verificatie: $ver) { versie geverifieerdDoor geverifieerdOp verificatieStatus verificatie { inWoorden } } }';
    // §2.6 stap 3: for GGD, checked with the police's wijkagent; what they confirmed.
    const ver = {
      namensId: 'ggd',
      geraadpleegd: [{ organisatieId: 'politie-alkmaar', rol: 'wijkagent' }],
      bevestigd: ['DOEL_EN_DOELGROEP', 'ROUTES'],
    };
    const verified = (await gql(verify, { id: ggdTafel, v: eigen.knooppunt.versie, ver }, rita))
      .data as { verifieerKnooppunt: Record<string, unknown> };
    expect(verified.verifieerKnooppunt).toMatchObject({
      versie: eigen.knooppunt.versie + 1,
      verificatieStatus: 'GEVERIFIEERD',
    });
    expect(verified.verifieerKnooppunt['geverifieerdDoor']).toMatch(/^Rita Redacteur \(.*GGD/);
    expect((verified.verifieerKnooppunt['verificatie'] as { inWoorden: string }).inWoorden).toMatch(
      /^namens .*GGD.*; geraadpleegd: Politie.* \(wijkagent\); bevestigd: doel en doelgroep en routes naar en van andere knooppunten$/,
    );
    expect(code(await gql(verify, { id: vreemd, v: ander.knooppunt.versie, ver }, rita))).toBe(
      'FORBIDDEN',
    );
    expect(code(await gql(verify, { id: ggdTafel, v: eigen.knooppunt.versie, ver }, rita))).toBe(
      'CONFLICT',
    );
    expect(code(await gql(verify, { id: ggdTafel, v: 1, ver }))).toBe('UNAUTHENTICATED');
  });

  it('shows the history with who changed which fields, and restores an earlier version as a new one', async () => {
    const rita = (await signIn('redacteur@ggd.example', 'lang-genoeg-wachtwoord')).cookie;
    const history =
      'query($id: ID!) { knooppunt(id: $id) { versie geverifieerdOp geschiedenis { volgnummer actie door herkomst resultaat wijzigingen { soort versieNa velden { veld voor na } } } } }';
    expect(code(await gql(history, { id: ggdTafel }))).toBe('UNAUTHENTICATED');
    const k = (
      (await gql(history, { id: ggdTafel }, rita)).data as {
        knooppunt: {
          versie: number;
          geverifieerdOp: string;
          geschiedenis: {
            volgnummer: number;
            actie: string;
            door: string;
            herkomst: string | null;
            wijzigingen: { versieNa: number; velden: { veld: string }[] }[];
          }[];
        };
      }
    ).knooppunt;
    const [eerste] = k.geschiedenis;
    const laatste = k.geschiedenis.at(-1)!;
    expect(eerste).toMatchObject({ actie: 'IMPORTEREN', door: 'Systeem' });
    expect(laatste).toMatchObject({ actie: 'VERIFIEREN', door: 'Rita Redacteur', herkomst: null });
    expect(laatste.wijzigingen[0]!.velden.map((v) => v.veld)).toEqual(
      expect.arrayContaining(['geverifieerdDoor', 'geverifieerdOp']),
    );

    const restore =
      'mutation($id: ID!, $v: Int!, $n: Int!) { herstelKnooppunt(id: $id, versie: $v, volgnummer: $n) { versie geverifieerdOp } }';
    const restored = (
      await gql(restore, { id: ggdTafel, v: k.versie, n: eerste!.volgnummer }, rita)
    ).data as { herstelKnooppunt: { versie: number; geverifieerdOp: string | null } };
    // The description comes back; the verification stays what verifying last recorded.
    expect(restored.herstelKnooppunt).toEqual({
      versie: k.versie + 1,
      geverifieerdOp: k.geverifieerdOp,
    });
    expect(code(await gql(restore, { id: ggdTafel, v: k.versie + 1, n: 999_999 }, rita))).toBe(
      'NOT_FOUND',
    );
  });

  it('lets only the beheerder read the audit trail and check that it is intact', async () => {
    const beheerder = (await signIn('beheer@regio.example', 'correct-paard-batterij')).cookie;
    const rita = (await signIn('redacteur@ggd.example', 'lang-genoeg-wachtwoord')).cookie;
    expect(code(await gql('{ auditIntegriteit { intact } }', {}, rita))).toBe('FORBIDDEN');
    const check = (
      await gql(
        '{ auditIntegriteit { intact aantal } auditLog(eerste: 1000) { records { actie resultaat herkomst } } }',
        {},
        beheerder,
      )
    ).data as {
      auditIntegriteit: { intact: boolean; aantal: number };
      auditLog: { records: { actie: string; resultaat: string; herkomst: string }[] };
    };
    expect(check.auditIntegriteit.intact).toBe(true);
    expect(check.auditLog.records).toContainEqual({
      actie: 'AANMELDEN',
      resultaat: 'GEWEIGERD',
      herkomst: expect.stringContaining('127.0.0.1') as string,
    });
    expect(
      check.auditLog.records.some((r) => r.actie === 'VERIFIEREN' && r.resultaat === 'GEWEIGERD'),
    ).toBe(true);
  });

  it('audits refused account changes, and signs the head as an anchor that the check takes', async () => {
    const beheerder = (await signIn('beheer@regio.example', 'correct-paard-batterij')).cookie;
    const rita = (await signIn('redacteur@ggd.example', 'lang-genoeg-wachtwoord')).cookie;
    const ik = (
      (await gql('{ ik { id versie } }', {}, rita)).data as { ik: { id: string; versie: number } }
    ).ik;
    const input = {
      gebruikersnaam: 'stiekem@ggz.example',
      naam: 'Stiekem',
      rol: 'BEHEERDER',
      wachtwoord: 'lang-genoeg-wachtwoord',
    };
    expect(
      code(
        await gql(
          'mutation($i: AccountInput!) { createAccount(input: $i) { id } }',
          { i: input },
          rita,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await gql(
          'mutation($id: ID!, $v: Int!, $i: AccountInput!) { updateAccount(id: $id, versie: $v, input: $i) { id } }',
          { id: ik.id, v: ik.versie, i: { ...input, gebruikersnaam: 'redacteur@ggd.example' } },
          rita,
        ),
      ),
    ).toBe('FORBIDDEN');
    const log = (
      await gql(
        '{ auditLog(eerste: 1000) { records { actie resultaat door objectId } } }',
        {},
        beheerder,
      )
    ).data as { auditLog: { records: Record<string, unknown>[] } };
    expect(log.auditLog.records).toContainEqual({
      actie: 'ACCOUNT_MAKEN',
      resultaat: 'GEWEIGERD',
      door: 'Rita Redacteur',
      objectId: null,
    });
    expect(log.auditLog.records).toContainEqual({
      actie: 'ACCOUNT_WIJZIGEN',
      resultaat: 'GEWEIGERD',
      door: 'Rita Redacteur',
      objectId: ik.id,
    });

    expect(code(await gql('{ auditAnker { hash } }', {}, rita))).toBe('FORBIDDEN');
    const { auditAnker } = (
      await gql('{ auditAnker { volgnummer hash tijd handtekening } }', {}, beheerder)
    ).data as {
      auditAnker: { volgnummer: number; hash: string; tijd: string; handtekening: string };
    };
    expect(auditAnker).toMatchObject({
      hash: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      handtekening: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });
    const integriteit =
      'query($a: AuditAnkerInput) { auditIntegriteit(anker: $a) { intact volgnummer reden } }';
    const { tijd: _tijd, ...anker } = auditAnker;
    expect((await gql(integriteit, { a: anker }, beheerder)).data).toEqual({
      auditIntegriteit: { intact: true, volgnummer: null, reden: null },
    });
    const vals = (await gql(integriteit, { a: { ...anker, hash: '0'.repeat(64) } }, beheerder))
      .data as { auditIntegriteit: { intact: boolean; reden: string } };
    expect(vals.auditIntegriteit).toMatchObject({
      intact: false,
      reden: expect.stringContaining('handtekening van het anker klopt niet') as string,
    });
  });

  it('answers the accounts list and the audit trail fresh after changes that leave the registry alone', async () => {
    const beheerder = (await signIn('beheer@regio.example', 'correct-paard-batterij')).cookie;
    const namen = async () =>
      (
        (await gql('{ accounts { naam } }', {}, beheerder)).data as { accounts: { naam: string }[] }
      ).accounts.map((a) => a.naam);
    const aantalAudit = async () =>
      (
        (await gql('{ auditLog(eerste: 1000) { records { volgnummer } } }', {}, beheerder))
          .data as { auditLog: { records: unknown[] } }
      ).auditLog.records.length;
    const voor = await namen();
    const auditVoor = await aantalAudit();
    await gql(
      'mutation($i: AccountInput!) { createAccount(input: $i) { id } }',
      {
        i: {
          gebruikersnaam: 'nieuw@regio.example',
          naam: 'Nieuwe Lezer',
          rol: 'LEZER',
          wachtwoord: 'lang-genoeg-wachtwoord',
        },
      },
      beheerder,
    );
    expect((await namen()).sort()).toEqual([...voor, 'Nieuwe Lezer'].sort());
    expect(await aantalAudit()).toBeGreaterThan(auditVoor);
  });

  it('can require signing in for reading', async () => {
    expect(code(await gql('{ regios { id } }', {}, undefined, closed))).toBe('UNAUTHENTICATED');
    const lezer = (await signIn('redacteur@ggd.example', 'lang-genoeg-wachtwoord', closed)).cookie;
    expect((await gql('{ regios { id } }', {}, lezer, closed)).data?.['regios']).toEqual(
      expect.arrayContaining([{ id: 'ZVH-NHN' }]),
    );
  });

  it('never answers with the rights of an earlier role from the kept answers (security review L3)', async () => {
    const beheerder = (await signIn('beheer@regio.example', 'correct-paard-batterij')).cookie;
    const invoer = {
      gebruikersnaam: 'roos@ggd.example',
      naam: 'Roos Redacteur',
      rol: 'REDACTEUR',
      organisatieIds: ['ggd'],
      actief: true,
      wachtwoord: 'lang-genoeg-wachtwoord',
    };
    const roos = (
      (
        await gql(
          'mutation($i: AccountInput!) { createAccount(input: $i) { id versie } }',
          { i: invoer },
          beheerder,
        )
      ).data as { createAccount: { id: string; versie: number } }
    ).createAccount;
    const rechten = async () => {
      const cookie = (await signIn('roos@ggd.example', 'lang-genoeg-wachtwoord')).cookie;
      return (
        (
          await gql(
            'query($id: ID!) { knooppunt(id: $id) { rechten { wijzigen } } }',
            { id: ggdTafel },
            cookie,
          )
        ).data as { knooppunt: { rechten: { wijzigen: boolean } } }
      ).knooppunt.rechten;
    };
    expect(await rechten()).toEqual({ wijzigen: true });
    await gql(
      'mutation($id: ID!, $v: Int!, $i: AccountInput!) { updateAccount(id: $id, versie: $v, input: $i) { id } }',
      {
        id: roos.id,
        v: roos.versie,
        i: { ...invoer, rol: 'LEZER', organisatieIds: [], wachtwoord: null },
      },
      beheerder,
    );
    expect(await rechten()).toEqual({ wijzigen: false });
  });
});

describe('accounts that sign in with the organisation account (issue 22)', () => {
  const MAKEN = 'mutation($i: AccountInput!) { createAccount(input: $i) { id versie aanmelding } }';
  const WIJZIGEN =
    'mutation($id: ID!, $v: Int!, $i: AccountInput!) { updateAccount(id: $id, versie: $v, input: $i) { versie aanmelding } }';
  const olga = {
    gebruikersnaam: 'olga',
    naam: 'Olga Organisatie',
    rol: 'LEZER',
    aanmelding: 'ORGANISATIE_ACCOUNT',
  };
  const veldFout = (a: {
    errors?: { extensions?: { fields?: { field: string; message: string }[] } }[];
  }) => a.errors?.[0]?.extensions?.fields?.[0];

  it('asks no password, wants the e-mail address the provider matches on, and refuses a password sign-in', async () => {
    // The provider is not reached for any of this: only signing in through it would.
    const metOidc = await h.listen({
      security: {
        oidc: {
          issuer: 'http://127.0.0.1:9/',
          clientId: 'register',
          clientSecret: undefined,
          redirectUri: 'http://127.0.0.1:9/auth/oidc/terug',
          claim: 'email',
        },
      },
    });
    const beheerder = (await signIn('beheer@regio.example', 'correct-paard-batterij')).cookie;
    expect(
      (
        await gql(
          '{ accountRegels { organisatieAccount gebruikersnaamIsEmail } }',
          {},
          beheerder,
          metOidc,
        )
      ).data,
    ).toEqual({ accountRegels: { organisatieAccount: true, gebruikersnaamIsEmail: true } });

    const geenEmail = await gql(MAKEN, { i: olga }, beheerder, metOidc);
    expect(veldFout(geenEmail)).toEqual({
      field: 'input.gebruikersnaam',
      message: expect.stringContaining('moet een e-mailadres zijn') as unknown,
    });
    const metWachtwoord = await gql(
      MAKEN,
      { i: { ...olga, gebruikersnaam: 'olga@ggd.example', wachtwoord: 'een-lang-wachtwoord-1' } },
      beheerder,
      metOidc,
    );
    expect(veldFout(metWachtwoord)?.field).toBe('input.wachtwoord');

    const gemaakt = await gql(
      MAKEN,
      { i: { ...olga, gebruikersnaam: 'olga@ggd.example' } },
      beheerder,
      metOidc,
    );
    const account = gemaakt.data?.['createAccount'] as {
      id: string;
      versie: number;
      aanmelding: string;
    };
    expect(account.aanmelding).toBe('ORGANISATIE_ACCOUNT');
    expect((await signIn('olga@ggd.example', '')).status).toBe(401);

    // To a password: one must be chosen, then it signs in with it.
    const { id, versie } = account;
    const alsWachtwoord = { ...olga, gebruikersnaam: 'olga@ggd.example', aanmelding: 'WACHTWOORD' };
    expect(
      veldFout(await gql(WIJZIGEN, { id, v: versie, i: alsWachtwoord }, beheerder, metOidc))?.field,
    ).toBe('input.wachtwoord');
    const gewijzigd = await gql(
      WIJZIGEN,
      { id, v: versie, i: { ...alsWachtwoord, wachtwoord: 'olga-haar-eigen-wachtwoord' } },
      beheerder,
      metOidc,
    );
    expect(gewijzigd.errors).toBeUndefined();
    expect((await signIn('olga@ggd.example', 'olga-haar-eigen-wachtwoord')).status).toBe(200);
  });

  it('refuses the organisation account where it is not set up', async () => {
    const beheerder = (await signIn('beheer@regio.example', 'correct-paard-batterij')).cookie;
    const zonder = await gql(
      MAKEN,
      { i: { ...olga, gebruikersnaam: 'otto@ggd.example' } },
      beheerder,
    );
    expect(veldFout(zonder)).toEqual({
      field: 'input.aanmelding',
      message: expect.stringContaining('niet ingesteld') as unknown,
    });
  });
});
