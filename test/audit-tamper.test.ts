// SPDX-License-Identifier: EUPL-1.2
// The audit trail against someone who can write the SQLite file (security review M1): each
// change is made with node:sqlite directly, triggers dropped where needed, on a copy of one
// store, and the integrity check must report it with the right reason.
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEELNAMES } from '../seed/example-region.ts';
import { loadExampleRegion } from '../seed/load.ts';
import { AccountService } from '../server/auth/account-service.ts';
import { loadConfig } from '../server/config.ts';
import {
  chainRecord,
  type AuditAnker,
  type AuditRecord,
  type GetekendAnker,
} from '../server/domain/audit.ts';
import { gegevensVan } from '../server/domain/model.ts';
import { EditService, type Verzoeker } from '../server/edit-service.ts';
import { RegistryService } from '../server/registry-service.ts';
import { auditSleutel, createStore } from '../server/store/create-store.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { TEST_AUDIT_SLEUTEL } from './builders.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpr-audit-'));
  dirs.push(dir);
  return dir;
};
const FILE = 'knooppuntenregister.sqlite';

const beheerder: Verzoeker = {
  actor: { accountId: 'b1', naam: 'Beheerder', rol: 'BEHEERDER', organisatieIds: [] },
  herkomst: '192.0.2.10',
};
const redacteur: Verzoeker = {
  actor: { accountId: 'r1', naam: 'Rita Redacteur', rol: 'REDACTEUR', organisatieIds: ['ggz'] },
  herkomst: '192.0.2.11',
};
const anoniem: Verzoeker = { actor: null, herkomst: '192.0.2.12' };

/** The base store, built once: the example region, a few writes and refusals, then closed. */
const base = tempDir();
const heads: AuditAnker[] = [];
let anker: GetekendAnker & { tijd: string };
let gewijzigd: string;
let records: AuditRecord[];

const open = async (dir: string) => {
  const store = new EmbeddedStore(dir, { auditSleutel: TEST_AUDIT_SLEUTEL });
  await store.init();
  return { store, edits: new EditService(new RegistryService(store)) };
};

/** A copy of the base store, changed with node:sqlite directly as an intruder would. */
function tampered(change: (db: DatabaseSync) => void): string {
  const dir = tempDir();
  cpSync(base, dir, { recursive: true });
  const db = new DatabaseSync(join(dir, FILE));
  change(db);
  db.close();
  return dir;
}

async function check(dir: string, given?: GetekendAnker) {
  const { store, edits } = await open(dir);
  try {
    return await edits.integriteit(beheerder, given);
  } finally {
    await store.close();
  }
}

/** The last record up to `tot` that changed this knooppunt. */
const lastChangeOf = (id: string, tot: number): number =>
  records.findLast(
    (r) => r.volgnummer <= tot && r.wijzigingen.some((w) => w.kind === 'knooppunt' && w.id === id),
  )!.volgnummer;

function deleteLast(db: DatabaseSync, n: number): void {
  db.exec('DROP TRIGGER audit_no_delete');
  const last = (db.prepare('SELECT max(volgnummer) AS n FROM audit').get() as { n: number }).n;
  db.prepare('DELETE FROM audit WHERE volgnummer > ?').run(last - n);
  db.prepare('DELETE FROM audit_knooppunt WHERE volgnummer > ?').run(last - n);
}

beforeAll(async () => {
  const store = new EmbeddedStore(base, {
    auditSleutel: TEST_AUDIT_SLEUTEL,
    onAppend: (head) => heads.push(head),
  });
  await store.init();
  await loadExampleRegion(store);
  const registry = new RegistryService(store);
  const edits = new EditService(registry);
  const view = await registry.index();
  const [a, b] = [...view.knooppunten.values()];
  gewijzigd = a!.id;
  const vreemd = [...view.knooppunten.values()].find(
    (k) =>
      k.belegdBijId !== 'ggz' &&
      !DEELNAMES.some((d) => d.knooppuntId === k.id && d.organisatieId === 'ggz'),
  )!;
  await edits.update(
    'knooppunt',
    a!.id,
    a!.versie,
    { ...gegevensVan(a!), doel: 'Doel na de eerste wijziging' },
    beheerder,
  );
  await expect(
    edits.update(
      'knooppunt',
      vreemd.id,
      vreemd.versie,
      { ...gegevensVan(vreemd), doel: 'Niet van Rita' },
      redacteur,
    ),
  ).rejects.toThrow(/U mag dit niet/);
  await edits.create(
    'organisatie',
    { naam: 'Nieuwe organisatie', type: 'OVERIG', privacykader: 'AVG', beroepsgeheim: null },
    beheerder,
    'nieuwe-organisatie',
  );
  await edits.update(
    'knooppunt',
    b!.id,
    b!.versie,
    { ...gegevensVan(b!), doel: 'Ander doel' },
    beheerder,
  );
  for (let i = 0; i < 3; i++)
    await expect(edits.remove('knooppunt', b!.id, 1, anoniem)).rejects.toThrow(/aangemeld/);
  // M5: a refused account change is audited like any other refusal.
  const accounts = new AccountService(store, edits);
  await expect(
    accounts.create(
      {
        gebruikersnaam: 'stiekem@ggz.example',
        naam: 'Stiekem',
        rol: 'BEHEERDER',
        organisatieIds: [],
        actief: true,
        wachtwoord: 'lang-genoeg-wachtwoord',
      },
      redacteur,
    ),
  ).rejects.toThrow(/U mag dit niet/);
  anker = (await edits.auditAnker(beheerder))!;
  records = await store.auditRecords({ limiet: 100_000 });
  await store.close();
}, 60_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the audit trail of the embedded store', () => {
  it('audits a refused createAccount by a redacteur', () => {
    expect(records.at(-1)).toMatchObject({
      actie: 'ACCOUNT_MAKEN',
      resultaat: 'GEWEIGERD',
      actorNaam: 'Rita Redacteur',
      herkomst: '192.0.2.11',
      melding: expect.stringContaining('voorbehouden aan de beheerder') as string,
      wijzigingen: [],
    });
  });

  it('hands every committed head to the app, and signs the head of an intact trail', () => {
    expect(heads).toHaveLength(records.length);
    expect(heads.at(-1)).toEqual({ volgnummer: records.length, hash: records.at(-1)!.hash });
    expect(anker).toMatchObject({
      volgnummer: records.length,
      hash: records.at(-1)!.hash,
      tijd: records.at(-1)!.tijd,
      handtekening: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });
  });

  it('is intact as written, with and without the anchor, after a restart too', async () => {
    expect(await check(tampered(() => {}))).toEqual({ intact: true, aantal: records.length });
    expect(
      await check(
        tampered(() => {}),
        anker,
      ),
    ).toEqual({ intact: true, aantal: records.length });
  });

  it('notices the tail of the trail cut off: against the anchor, against what this server saw, and in the objects', async () => {
    const head = records.length;
    // Everything after the example region's import (one record): the review cut 10 of ~250.
    const weg = head - 1;
    const cut = tampered((db) => deleteLast(db, weg));
    expect(await check(cut, anker)).toEqual({
      intact: false,
      aantal: head - weg,
      volgnummer: head,
      reden: `auditrecord ${head} ontbreekt: de keten is ingekort (het anker reikt tot ${head}, de keten tot ${head - weg})`,
    });
    // Without an anchor, after a restart: the objects no longer match the trail's last state.
    const remaining = lastChangeOf(gewijzigd, head - weg);
    expect(await check(cut)).toEqual({
      intact: false,
      aantal: head - weg,
      volgnummer: remaining,
      reden: `knooppunt ${gewijzigd} wijkt af van het laatste auditrecord (${remaining})`,
    });

    // A running server remembers the head it verified; cut off only refusals, which change no object.
    const dir = tampered(() => {});
    const { store, edits } = await open(dir);
    try {
      expect((await edits.integriteit(beheerder)).intact).toBe(true);
      const db = new DatabaseSync(join(dir, FILE));
      deleteLast(db, 4);
      db.close();
      expect(await edits.integriteit(beheerder)).toMatchObject({
        intact: false,
        volgnummer: head,
        reden: `auditrecord ${head} ontbreekt: de keten is ingekort (wat deze server zag reikt tot ${head}, de keten tot ${head - 4})`,
      });
      await expect(edits.auditAnker(beheerder)).rejects.toThrow(
        /niet intact.*er wordt geen anker afgegeven/,
      );
    } finally {
      await store.close();
    }
  });

  it('notices a record changed and the chain recomputed to the end with the right code but a wrong key', async () => {
    const target = records.length - 5;
    const dir = tampered((db) => {
      db.exec('DROP TRIGGER audit_no_update');
      const update = db.prepare('UPDATE audit SET hash = ?, doc = ? WHERE volgnummer = ?');
      let previous: AuditRecord | null = records[target - 2]!;
      for (const record of records.slice(target - 1)) {
        const entry =
          record.volgnummer === target ? { ...record, actorNaam: 'Iemand anders' } : record;
        previous = chainRecord(
          previous,
          new Date(record.tijd),
          entry,
          'de-verkeerde-sleutel-0123456789abcdef',
        );
        update.run(previous.hash, JSON.stringify(previous), record.volgnummer);
      }
    });
    expect(await check(dir)).toEqual({
      intact: false,
      aantal: records.length,
      volgnummer: target,
      reden: 'de inhoud is gewijzigd na vastleggen',
    });
  });

  it('notices a knooppunt changed in the entity table without an audit record', async () => {
    const dir = tampered((db) =>
      db
        .prepare(
          "UPDATE entity SET doc = json_set(doc, '$.doel', 'Stilletjes gewijzigd') WHERE kind = 'knooppunt' AND id = ?",
        )
        .run(gewijzigd),
    );
    const last = lastChangeOf(gewijzigd, records.length);
    expect(await check(dir)).toEqual({
      intact: false,
      aantal: records.length,
      volgnummer: last,
      reden: `knooppunt ${gewijzigd} wijkt af van het laatste auditrecord (${last})`,
    });
  });

  it('notices deleted audit_knooppunt rows (a history emptied)', async () => {
    const dir = tampered((db) =>
      db.prepare('DELETE FROM audit_knooppunt WHERE knooppunt_id = ?').run(gewijzigd),
    );
    const first = records.find((r) => r.knooppuntIds.includes(gewijzigd))!;
    expect(await check(dir)).toEqual({
      intact: false,
      aantal: records.length,
      volgnummer: first.volgnummer,
      reden: `de geschiedenis van knooppunt ${gewijzigd} mist auditrecord ${first.volgnummer}`,
    });
  });

  it('refuses an anchor that is not signed with the key', async () => {
    const result = await check(
      tampered(() => {}),
      { ...anker, volgnummer: anker.volgnummer - 1 },
    );
    expect(result).toMatchObject({
      intact: false,
      reden: expect.stringContaining('de handtekening van het anker klopt niet') as string,
    });
  });
});

describe('the key and the anchor log at start-up', () => {
  it('makes a key once in DATA_DIR with mode 0600 when AUDIT_SLEUTEL is unset, warns, and logs each new head as an anchor', async () => {
    const dir = tempDir();
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const config = loadConfig({ DATA_DIR: dir });
    const store = await createStore(config, logger);
    try {
      await store.create(
        'organisatie',
        'o1',
        { naam: 'Org', type: 'OVERIG', privacykader: 'AVG', beroepsgeheim: null },
        { at: new Date(), context: { actorId: 'a', actorNaam: 'Anna', herkomst: '192.0.2.1' } },
      );
    } finally {
      await store.close();
    }
    const file = join(dir, 'audit-sleutel');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(lines.find((l) => l['level'] === 40)?.['msg']).toMatch(/AUDIT_SLEUTEL is niet gezet/);
    // Only the head's number and hash: nothing of the record (who, from where) goes to the log.
    const ankers = lines.filter((l) => l['msg'] === 'auditanker');
    expect(ankers).toHaveLength(1);
    const { level, time: _time, pid: _pid, hostname: _hostname, msg: _msg, ...rest } = ankers[0]!;
    expect(level).toBe(30);
    expect(rest).toEqual({
      volgnummer: 1,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });

    // The same key the next time; AUDIT_SLEUTEL, when set, wins and nothing is written.
    const warn = () => {};
    expect(auditSleutel(config, { warn })).toBe(auditSleutel(config, { warn }));
    const other = tempDir();
    expect(
      auditSleutel(loadConfig({ DATA_DIR: other, AUDIT_SLEUTEL: TEST_AUDIT_SLEUTEL }), { warn }),
    ).toBe(TEST_AUDIT_SLEUTEL);
    expect(() => statSync(join(other, 'audit-sleutel'))).toThrow();
    expect(() => loadConfig({ AUDIT_SLEUTEL: 'te-kort' })).toThrow(
      /AUDIT_SLEUTEL: moet minstens 32 tekens lang zijn/,
    );
  });
});
