// SPDX-License-Identifier: EUPL-1.2
// One contract for the Store port, run against the embedded store always and against Neo4j
// when NEO4J_URI is set (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Each run uses unique ids.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systeemWijziging, verifyChain } from '../server/domain/audit.ts';
import { verifyGeschiedenisIndex, verifyStaat } from '../server/domain/audit-state.ts';
import {
  ConflictError,
  InUseError,
  NotFoundError,
  ValidationError,
} from '../server/domain/errors.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { Neo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import { creates, type Store } from '../server/store/port.ts';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  buildOverdracht,
  referentiedata,
  TEST_AUDIT_SLEUTEL,
} from './builders.ts';

const at = systeemWijziging(new Date('2026-11-22T10:00:00.000Z'));

function contract(
  name: string,
  open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>,
) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    const run = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const id = (s: string) => `${run}-${s}`;

    beforeAll(async () => {
      ({ store, cleanup } = await open());
      await store.init();
      await store.putReferentiedata(referentiedata());
    });
    afterAll(async () => cleanup());

    it('creates and loads every kind, with relations and versions', async () => {
      const org = await store.create(
        'organisatie',
        id('ggz'),
        buildOrganisatie({ naam: `GGZ ${run}` }),
        at,
      );
      expect(org).toMatchObject({ id: id('ggz'), versie: 1, naam: `GGZ ${run}` });
      const validity = {
        geldigVanaf: '2024-01-01',
        geldigTot: '2027-12-31',
        convenant: { status: 'VASTGESTELD' as const, datum: '2024-01-01', geldigTot: '2026-12-31' },
      };
      // The privacy analysis (R23–R37): codes, lists of codes, yes/no/not described, dates.
      const privacy = {
        verderGebruik: 'VERENIGBAAR_GETOETST' as const,
        verderGebruikToelichting: 'Ook voor de eigen zorgtaak',
        gegevensTriage: ['BETROKKEN_PARTIJEN' as const, 'PROBLEEMGEBIEDEN' as const],
        fgBetrokkenBijDpia: false,
        autorisatiePerCasus: true,
        informerenMoment: 'NA_TRIAGE' as const,
        informerenUitzonderingen: ['STRAFBARE_FEITEN' as const],
        convenantOnderwerpen: ['DOEL' as const],
        evaluatieGepland: '2027-02-01',
      };
      const a = await store.create(
        'knooppunt',
        id('a'),
        buildKnooppunt({ naam: `A ${run}`, belegdBijId: id('ggz'), ...validity, ...privacy }),
        at,
      );
      expect(a).toMatchObject({ ...privacy, toegangLogging: null, gegevensAanmelding: [] });
      // Exclusions as a list of signals, in the order given (issue 18).
      const uitsluitingen = [
        'HUISELIJK_GEWELD_OF_KINDERMISHANDELING' as const,
        'ACUUT_GEVAAR' as const,
      ];
      const c = await store.create(
        'knooppunt',
        id('c'),
        buildKnooppunt({ naam: `C ${run}`, uitsluitingen }),
        at,
      );
      expect(c.uitsluitingen).toEqual(uitsluitingen);
      // Two aanpalend out of id order: their order is kept (neo4j review C1 sorted by nothing).
      const b = await store.create(
        'knooppunt',
        id('b'),
        buildKnooppunt({
          naam: `B ${run}`,
          themaIds: ['thema-b', 'thema-a'],
          aanpalend: [
            { knooppuntId: id('c'), reden: 'zelfde doelgroep' },
            { knooppuntId: id('a'), reden: 'overlap' },
          ],
        }),
        at,
      );
      expect(b.themaIds).toEqual(['thema-b', 'thema-a']);
      await store.create(
        'deelname',
        id('d'),
        buildDeelname(id('ggz'), id('a'), { geheimhoudingOfVerstrekking: 'Crisismaatregel Wvggz' }),
        at,
      );
      await store.create('overdracht', id('o'), buildOverdracht(id('a'), id('b')), at);
      const registry = await store.load();
      expect(registry.knooppunten.find((k) => k.id === a.id)).toEqual(a);
      expect(a.uitsluitingen).toEqual([]);
      expect(registry.knooppunten.find((k) => k.id === c.id)?.uitsluitingen).toEqual(uitsluitingen);
      expect(registry.knooppunten.find((k) => k.id === b.id)?.aanpalend).toEqual([
        { knooppuntId: id('c'), reden: 'zelfde doelgroep' },
        { knooppuntId: id('a'), reden: 'overlap' },
      ]);
      expect(registry.deelnames.find((d) => d.id === id('d'))).toMatchObject({
        organisatieId: id('ggz'),
        knooppuntId: id('a'),
        wetten: [{ wetId: 'wet-a', artikel: 'art. 2' }],
        geheimhoudingOfVerstrekking: 'Crisismaatregel Wvggz',
      });
      expect(registry.overdrachten.find((o) => o.id === id('o'))).toMatchObject({
        vanId: id('a'),
        naarId: id('b'),
        warm: true,
      });
      expect(registry.gemeenten.find((g) => g.id === 'GM0001')?.regioIds).toEqual(['regio-a']);
    });

    it('bumps the revision on every write', async () => {
      const before = await store.revision();
      await store.create('organisatie', id('rev'), buildOrganisatie({ naam: `Rev ${run}` }), at);
      expect(await store.revision()).toBeGreaterThan(before);
    });

    it('updates with the expected version and refuses a stale one without writing', async () => {
      const updated = await store.update(
        'knooppunt',
        id('a'),
        1,
        buildKnooppunt({ naam: `A2 ${run}` }),
        at,
      );
      expect(updated.versie).toBe(2);
      await expect(
        store.update('knooppunt', id('a'), 1, buildKnooppunt({ naam: `Stale ${run}` }), at),
      ).rejects.toBeInstanceOf(ConflictError);
      const k = (await store.load()).knooppunten.find((x) => x.id === id('a'));
      expect(k?.naam).toBe(`A2 ${run}`);
    });

    it('keeps a verification record as written: for whom, with whom, what (H §2.6 stap 3)', async () => {
      const verificatie = {
        namensId: 'ggd',
        geraadpleegd: [
          { organisatieId: 'politie', rol: 'wijkagent' },
          { organisatieId: 'ggz', rol: null },
        ],
        bevestigd: ['ROUTES' as const, 'DOEL_EN_DOELGROEP' as const],
        toelichting: null,
      };
      const gegevens = buildKnooppunt({
        naam: `Geverifieerd ${run}`,
        geverifieerdDoor: 'Rita (GGD)',
        geverifieerdOp: '2026-11-22',
        verificatie,
      });
      await store.create('knooppunt', id('verificatie'), gegevens, at);
      const k = (await store.load()).knooppunten.find((x) => x.id === id('verificatie'));
      expect(k?.verificatie).toEqual(verificatie);
      const [record] = await store.auditRecords({ knooppuntId: id('verificatie'), limiet: 1 });
      expect(record?.wijzigingen[0]?.na).toEqual(k);
    });

    it('detects one of two concurrent edits of the same version', async () => {
      const results = await Promise.allSettled([
        store.update('knooppunt', id('a'), 2, buildKnooppunt({ naam: `Left ${run}` }), at),
        store.update('knooppunt', id('a'), 2, buildKnooppunt({ naam: `Right ${run}` }), at),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(
        results.filter((r) => r.status === 'rejected' && r.reason instanceof ConflictError),
      ).toHaveLength(1);
    });

    it('edits a route in place, detects a concurrent edit of it, and moves it to other knooppunten', async () => {
      const o = (await store.load()).overdrachten.find((x) => x.id === id('o'))!;
      const results = await Promise.allSettled(
        ['eerst', 'tegelijk'].map((criteria) =>
          store.update(
            'overdracht',
            id('o'),
            o.versie,
            buildOverdracht(id('a'), id('b'), { criteria }),
            at,
          ),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected');
      expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(ConflictError);
      const moved = await store.update(
        'overdracht',
        id('o'),
        o.versie + 1,
        buildOverdracht(id('a'), id('c')),
        at,
      );
      expect([moved.naarId, moved.versie]).toEqual([id('c'), o.versie + 2]);
      const back = await store.update(
        'overdracht',
        id('o'),
        moved.versie,
        buildOverdracht(id('a'), id('b')),
        at,
      );
      const stored = (await store.load()).overdrachten.filter((x) => x.id === id('o'));
      expect(stored.map((x) => [x.naarId, x.versie])).toEqual([[id('b'), back.versie]]);
    });

    it('lets one of two concurrent creates of the same id win and refuses the other', async () => {
      const results = await Promise.allSettled(
        ['Links', 'Rechts'].map((kant) =>
          store.create('organisatie', id('twee'), buildOrganisatie({ naam: `${kant} ${run}` }), at),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected');
      expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(ValidationError);
      const stored = (await store.load()).organisaties.filter((o) => o.id === id('twee'));
      expect(stored.map((o) => o.versie)).toEqual([1]);
    });

    it('changes nothing and keeps the revision when the same reference data is put again', async () => {
      const before = await store.revision();
      await store.putReferentiedata(referentiedata());
      expect(await store.revision()).toBe(before);
    });

    it('refuses unknown references and duplicates atomically, naming the fields', async () => {
      const before = await store.revision();
      const error = await store
        .create(
          'knooppunt',
          id('bad'),
          buildKnooppunt({
            naam: `A2 ${run}`,
            themaIds: ['thema-a', 'nope'],
            belegdBijId: 'ghost',
          }),
          at,
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.field).sort()).toEqual([
        'input.belegdBijId',
        'input.themaIds[1]',
      ]);
      const dup = await store
        .create('knooppunt', id('dup'), buildKnooppunt({ naam: ` b  ${run} `.toUpperCase() }), at)
        .catch((e: unknown) => e);
      expect((dup as ValidationError).issues.map((i) => i.field)).toEqual(['input.naam']);
      expect((await store.load()).knooppunten.some((k) => k.id === id('bad'))).toBe(false);
      expect(await store.revision()).toBe(before);
      await expect(
        store.create('deelname', id('d2'), buildDeelname(id('ggz'), id('a')), at),
      ).rejects.toBeInstanceOf(ValidationError);
    });

    it('answers NotFound for a missing object', async () => {
      await expect(
        store.update('organisatie', id('ghost'), 1, buildOrganisatie({ naam: `Ghost ${run}` }), at),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.remove('overdracht', id('ghost'), 1, at)).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('refuses to delete an organisatie still in use, and deletes a knooppunt with what hangs on it', async () => {
      await expect(store.remove('organisatie', id('ggz'), 1, at)).rejects.toBeInstanceOf(
        InUseError,
      );
      const a = (await store.load()).knooppunten.find((k) => k.id === id('a'))!;
      const bBefore = (await store.load()).knooppunten.find((k) => k.id === id('b'))!;
      await store.remove('knooppunt', id('a'), a.versie, at);
      const registry = await store.load();
      expect(registry.knooppunten.some((k) => k.id === id('a'))).toBe(false);
      expect(registry.deelnames.some((d) => d.id === id('d'))).toBe(false);
      expect(registry.overdrachten.some((o) => o.id === id('o'))).toBe(false);
      const b = registry.knooppunten.find((k) => k.id === id('b'))!;
      expect(b.aanpalend).toEqual([{ knooppuntId: id('c'), reden: 'zelfde doelgroep' }]);
      expect(b.versie).toBe(bBefore.versie + 1);
      await store.remove('organisatie', id('ggz'), 1, at);
      expect((await store.load()).organisaties.some((o) => o.id === id('ggz'))).toBe(false);
    });

    it('creates many objects in one transaction, or none of them', async () => {
      const before = await store.load();
      const bad = [
        {
          kind: 'organisatie' as const,
          id: id('bulk-org'),
          gegevens: buildOrganisatie({ naam: `Bulk ${run}` }),
        },
        {
          kind: 'knooppunt' as const,
          id: id('bulk-k'),
          gegevens: buildKnooppunt({ naam: `Bulk ${run}`, belegdBijId: id('bulk-org') }),
        },
        {
          kind: 'deelname' as const,
          id: id('bulk-d'),
          gegevens: buildDeelname(id('bulk-org'), id('bestaat-niet')),
        },
      ];
      const error = await store.applyAll(creates(bad), at).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        {
          field: 'changes[2].knooppuntId',
          message: expect.stringContaining('bestaat-niet') as string,
        },
      ]);
      const after = await store.load();
      expect(after.organisaties.length).toBe(before.organisaties.length);
      expect(after.knooppunten.length).toBe(before.knooppunten.length);

      await store.applyAll(
        creates([
          ...bad.slice(0, 2),
          {
            kind: 'deelname',
            id: id('bulk-d'),
            gegevens: buildDeelname(id('bulk-org'), id('bulk-k')),
          },
        ]),
        at,
      );
      const loaded = await store.load();
      expect(loaded.deelnames.find((d) => d.id === id('bulk-d'))).toMatchObject({
        versie: 1,
        organisatieId: id('bulk-org'),
        knooppuntId: id('bulk-k'),
      });
    });

    it('records every write with the states before and after, in one intact chain', async () => {
      const start = (await store.auditRecords({ limiet: 100_000 })).at(-1)?.volgnummer ?? 0;
      await store.create(
        'organisatie',
        id('audit-org'),
        buildOrganisatie({ naam: `Audit ${run}` }),
        at,
      );
      const k = await store.create(
        'knooppunt',
        id('audit-k'),
        buildKnooppunt({ naam: `Audit ${run}`, belegdBijId: id('audit-org') }),
        at,
      );
      await store.create(
        'deelname',
        id('audit-d'),
        buildDeelname(id('audit-org'), id('audit-k')),
        at,
      );
      await store.update(
        'knooppunt',
        id('audit-k'),
        k.versie,
        buildKnooppunt({ naam: `Audit 2 ${run}`, belegdBijId: id('audit-org') }),
        { ...at, actie: 'VERIFIEREN' },
      );
      await store.remove('knooppunt', id('audit-k'), k.versie + 1, at);

      const history = await store.auditRecords({
        knooppuntId: id('audit-k'),
        na: start,
        limiet: 100,
      });
      expect(history.map((r) => r.actie)).toEqual(['MAKEN', 'MAKEN', 'VERIFIEREN', 'VERWIJDEREN']);
      const update = history[2]!;
      expect(update.wijzigingen[0]).toMatchObject({
        kind: 'knooppunt',
        voor: { naam: `Audit ${run}`, versie: 1 },
        na: { naam: `Audit 2 ${run}`, versie: 2 },
      });
      const removal = history[3]!;
      expect(removal.object).toEqual({ kind: 'knooppunt', id: id('audit-k') });
      expect(removal.wijzigingen.map((w) => [w.kind, w.id, w.na])).toEqual([
        ['knooppunt', id('audit-k'), null],
        ['deelname', id('audit-d'), null],
      ]);
      expect(removal.actorId).toBe('systeem');

      await store.appendAudit(
        {
          ...removal,
          actie: 'AANMELDEN',
          resultaat: 'GEWEIGERD',
          melding: 'test',
          wijzigingen: [],
          knooppuntIds: [],
        },
        new Date(),
      );
      const all = await store.auditRecords({ limiet: 100_000 });
      expect(all.at(-1)).toMatchObject({ actie: 'AANMELDEN', resultaat: 'GEWEIGERD' });
      expect(verifyChain(all, TEST_AUDIT_SLEUTEL)).toMatchObject({ intact: true });
      // The committed head went to the keten (the app's memory and anchor log).
      expect(store.keten.hoogste).toEqual({
        volgnummer: all.at(-1)!.volgnummer,
        hash: all.at(-1)!.hash,
      });
      // Replaying the trail gives what the store holds, and its history index agrees with the chain.
      expect(verifyStaat(all, await store.load())).toBeNull();
      expect(verifyGeschiedenisIndex(all, await store.auditHistoryIndex())).toBeNull();
    });

    it('keeps accounts with unique names and versions, and audits their changes without the password hash', async () => {
      const account = {
        id: id('acc'),
        gebruikersnaam: `${run}@example.org`,
        naam: 'Anna',
        rol: 'REDACTEUR' as const,
        organisatieIds: ['x'],
        actief: true,
        wachtwoordHash: 'geheim-hash',
        oidcSubject: null,
      };
      const saved = await store.saveAccount(account, null, at);
      expect(saved.versie).toBe(1);
      await expect(
        store.saveAccount(
          { ...account, id: id('acc2'), gebruikersnaam: `${run}@EXAMPLE.org ` },
          null,
          at,
        ),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(store.saveAccount({ ...account, naam: 'Oud' }, 5, at)).rejects.toBeInstanceOf(
        ConflictError,
      );
      await store.saveAccount({ ...account, rol: 'LEZER' }, 1, at);
      expect((await store.accounts()).find((a) => a.id === id('acc'))).toMatchObject({
        rol: 'LEZER',
        versie: 2,
        wachtwoordHash: 'geheim-hash',
      });
      const records = await store.auditRecords({ limiet: 100_000 });
      expect(JSON.stringify(records)).not.toContain('geheim-hash');
      expect(records.at(-1)).toMatchObject({
        actie: 'ACCOUNT_WIJZIGEN',
        wijzigingen: [{ kind: 'account', voor: { rol: 'REDACTEUR' }, na: { rol: 'LEZER' } }],
      });
    });

    it('refuses to delete an organisatie that an account still carries rights for', async () => {
      const org = await store.create(
        'organisatie',
        id('rechten'),
        buildOrganisatie({ naam: `Rechten ${run}` }),
        at,
      );
      await store.saveAccount(
        {
          id: id('acc-rechten'),
          gebruikersnaam: `rechten-${run}@example.org`,
          naam: 'Bea',
          rol: 'REDACTEUR',
          organisatieIds: [org.id],
          actief: true,
          wachtwoordHash: 'h',
          oidcSubject: null,
        },
        null,
        at,
      );
      const error = await store.remove('organisatie', org.id, 1, at).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InUseError);
      expect((error as Error).message).toContain('1 account');
      expect((await store.load()).organisaties.some((o) => o.id === org.id)).toBe(true);
    });

    it('keeps sessions by token hash, sweeps the expired, and ends the sessions of an account with every change of it', async () => {
      const t = 1_700_000_000_000;
      const sessie = (hash: string, accountId: string, idleUntil: number) => ({
        hash: id(hash),
        accountId: id(accountId),
        idleUntil,
        absoluteUntil: t + 8 * 3600_000,
      });
      await store.startSession(sessie('s1', 'acc-s', t + 1000), t);
      await store.startSession(sessie('s2', 'acc-s', t + 1000), t);
      await store.startSession(sessie('s3', 'acc-t', t + 1000), t);
      expect(await store.getSession(id('s1'))).toEqual(sessie('s1', 'acc-s', t + 1000));
      expect(await store.getSession(id('onbekend'))).toBeUndefined();
      // The idle deadline only moves forward.
      await store.touchSession(id('s1'), t + 5000);
      await store.touchSession(id('s1'), t + 2000);
      await store.touchSession(id('onbekend'), t + 5000);
      expect((await store.getSession(id('s1')))?.idleUntil).toBe(t + 5000);
      // A start sweeps what expired before its `now`, and keeps what is alive at it.
      await store.startSession(sessie('s4', 'acc-t', t + 9000), t + 1001);
      expect(await store.getSession(id('s2'))).toBeUndefined();
      expect(await store.getSession(id('s3'))).toBeUndefined();
      expect(await store.getSession(id('s1'))).toBeDefined();
      await store.endSession(id('s4'));
      await store.endSession(id('s4'));
      expect(await store.getSession(id('s4'))).toBeUndefined();

      // Saving an account ends its sessions and moves the accounts revision, in one transaction.
      const account = {
        id: id('acc-s'),
        gebruikersnaam: `${run}-s@example.org`,
        naam: 'Sessie',
        rol: 'BEHEERDER' as const,
        organisatieIds: [],
        actief: true,
        wachtwoordHash: null,
        oidcSubject: null,
      };
      const before = await store.accountsRevision();
      await store.saveAccount(account, null, at);
      const created = await store.accountsRevision();
      expect(created).toBeGreaterThan(before);
      await store.startSession(sessie('s5', 'acc-s', t + 9000), t + 1001);
      await store.startSession(sessie('s6', 'acc-t', t + 9000), t + 1001);
      // A refused save changes nothing: the sessions stay, the revision stays.
      await expect(store.saveAccount({ ...account, actief: false }, 7, at)).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect(await store.getSession(id('s5'))).toBeDefined();
      expect(await store.accountsRevision()).toBe(created);
      await store.saveAccount({ ...account, actief: false }, 1, at);
      expect(await store.accountsRevision()).toBeGreaterThan(created);
      expect(await store.getSession(id('s1'))).toBeUndefined();
      expect(await store.getSession(id('s5'))).toBeUndefined();
      expect(await store.getSession(id('s6'))).toBeDefined();
      await store.endSessionsOf(id('acc-t'));
      expect(await store.getSession(id('s6'))).toBeUndefined();
    });

    it('reports its health', async () => {
      expect((await store.health()).ok).toBe(true);
    });
  });
}

contract('embedded', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpr-contract-'));
  const store = new EmbeddedStore(dir, { auditSleutel: TEST_AUDIT_SLEUTEL });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

const neo4jUri = process.env['NEO4J_URI'];
if (neo4jUri) {
  contract('neo4j', async () => {
    const store = new Neo4jStore({
      uri: neo4jUri,
      user: process.env['NEO4J_USER'] ?? 'neo4j',
      password: process.env['NEO4J_PASSWORD'] ?? '',
      database: process.env['NEO4J_DATABASE'] ?? 'neo4j',
      auditSleutel: TEST_AUDIT_SLEUTEL,
    });
    return { store, cleanup: () => store.close() };
  });
} else {
  describe.skip('Store contract: neo4j (skipped: NEO4J_URI is not set)', () => {
    it('runs when NEO4J_URI points at a Neo4j 5.23+ server', () => {});
  });
}
