// SPDX-License-Identifier: EUPL-1.2
// The write protocol over an in-memory transaction: the rules without a database. The adapters'
// own primitives are covered by the store contract (test/store-contract.test.ts).
import { describe, expect, it } from 'vitest';
import {
  buildDeelname,
  buildKnooppunt,
  buildOrganisatie,
  buildOverdracht,
  referentiedata,
  TEST_AUDIT_SLEUTEL,
} from '../../test/builders.ts';
import type { StoredAccount } from '../domain/accounts.ts';
import { systeemWijziging, verifyChain, type AuditRecord } from '../domain/audit.ts';
import { ConflictError, InUseError, NotFoundError, ValidationError } from '../domain/errors.ts';
import type { EditableKind, Knooppunt } from '../domain/model.ts';
import { referencesOf, type RefTarget } from '../domain/references.ts';
import { AuditKeten } from './audit-keten.ts';
import { creates, type Change } from './port.ts';
import {
  append,
  applyAll,
  remove,
  runAsync,
  runSync,
  saveAccount,
  writeOne,
  type Entity,
  type Referrer,
  type Row,
  type WriteTransaction,
} from './write-protocol.ts';

const at = systeemWijziging(new Date('2026-11-22T10:00:00.000Z'));

/** A store in maps: each primitive does only what it says, and every call is counted. */
class InMemory implements WriteTransaction {
  readonly keten = new AuditKeten({ auditSleutel: TEST_AUDIT_SLEUTEL });
  readonly objects = new Map<string, { kind: EditableKind; uniek: string; entity: Entity }>();
  readonly reference = new Set(
    Object.entries({
      thema: referentiedata().themas,
      wet: referentiedata().wetten,
      regio: referentiedata().regios,
      gemeente: referentiedata().gemeenten,
    }).flatMap(([target, items]) => items.map((item) => `${target}:${item.id}`)),
  );
  readonly accountsById = new Map<string, { account: StoredAccount; sleutel: string }>();
  sessions = [{ accountId: 'acc' }, { accountId: 'ander' }];
  revision = 0;
  accountsRevision = 0;
  readonly records: AuditRecord[] = [];
  readonly calls: string[] = [];

  private ofKind = (kind: EditableKind) =>
    [...this.objects.values()].filter((o) => o.kind === kind);
  find = (kind: EditableKind, id: string) => this.objects.get(`${kind}:${id}`);

  versions(kind: EditableKind, ids: readonly string[]) {
    this.calls.push(`versions ${kind} ${ids.length}`);
    return new Map(
      ids.flatMap((id) => {
        const o = this.find(kind, id);
        return o ? [[id, o.entity.versie] as const] : [];
      }),
    );
  }
  read(kind: EditableKind, ids: readonly string[]) {
    return new Map(
      ids.flatMap((id) => {
        const o = this.find(kind, id);
        return o ? [[id, structuredClone(o.entity)] as const] : [];
      }),
    );
  }
  missing(target: RefTarget, ids: readonly string[]) {
    this.calls.push(`missing ${target} ${ids.length}`);
    return ids.filter(
      (id) =>
        !this.reference.has(`${target}:${id}`) &&
        !(
          target !== 'thema' &&
          target !== 'wet' &&
          target !== 'regio' &&
          target !== 'gemeente' &&
          this.find(target, id)
        ),
    );
  }
  holders(kind: EditableKind, keys: readonly string[]) {
    return this.ofKind(kind)
      .filter((o) => keys.includes(o.uniek))
      .map((o) => ({ key: o.uniek, id: o.entity.id }));
  }
  put(kind: EditableKind, rows: readonly Row[], when: Date) {
    this.calls.push(`put ${kind} ${rows.length}`);
    for (const row of rows) {
      if (row.nieuw === Boolean(this.find(kind, row.id))) throw new Error('put: wrong mode');
      const entity = {
        ...row.gegevens,
        id: row.id,
        versie: row.versie,
        gewijzigdOp: when.toISOString(),
      };
      this.objects.set(`${kind}:${row.id}`, { kind, uniek: row.uniek, entity: entity });
    }
  }
  delete(kind: EditableKind, ids: readonly string[]) {
    for (const id of ids) this.objects.delete(`${kind}:${id}`);
  }
  referrers(kind: EditableKind, id: string): Referrer[] {
    return [...this.objects.values()]
      .filter((o) => !(o.kind === kind && o.entity.id === id))
      .filter((o) => referencesOf(o.kind, o.entity).some((r) => r.target === kind && r.id === id))
      .map((o) => ({ kind: o.kind, id: o.entity.id }))
      .sort((a, b) => `${a.kind} ${a.id}`.localeCompare(`${b.kind} ${b.id}`));
  }
  accounts() {
    return [...this.accountsById.values()].map((a) => a.account);
  }
  account(id: string) {
    return this.accountsById.get(id)?.account;
  }
  accountHolder(sleutel: string, id: string) {
    return [...this.accountsById.values()].some(
      (a) => a.sleutel === sleutel && a.account.id !== id,
    );
  }
  putAccount(account: StoredAccount, sleutel: string) {
    this.accountsById.set(account.id, { account, sleutel });
  }
  endSessionsOf(accountId: string) {
    this.sessions = this.sessions.filter((s) => s.accountId !== accountId);
  }
  bumpAccountsRevision() {
    this.accountsRevision++;
  }
  bumpRevision() {
    this.revision++;
  }
  auditHead() {
    const last = this.records.at(-1);
    return { vorige: last ? { volgnummer: last.volgnummer, hash: last.hash } : null, tijd: null };
  }
  appendAudit(record: AuditRecord) {
    this.records.push(record);
  }
}

/** Runs a protocol as an adapter does: rolled back (the maps restored) when it throws. */
function transaction<T>(tx: InMemory, protocol: Parameters<typeof runSync<T>>[0]): T {
  const before = new Map(tx.objects);
  const { revision, records } = { revision: tx.revision, records: tx.records.length };
  try {
    return runSync(protocol);
  } catch (error) {
    tx.objects.clear();
    for (const [k, v] of before) tx.objects.set(k, v);
    tx.revision = revision;
    tx.records.length = records;
    throw error;
  }
}

const change = (c: Change) => c;

function seeded(): InMemory {
  const tx = new InMemory();
  transaction(
    tx,
    applyAll(
      tx,
      creates([
        { kind: 'organisatie', id: 'ggz', gegevens: buildOrganisatie({ naam: 'GGZ' }) },
        { kind: 'knooppunt', id: 'a', gegevens: buildKnooppunt({ naam: 'A', belegdBijId: 'ggz' }) },
        {
          kind: 'knooppunt',
          id: 'b',
          gegevens: buildKnooppunt({
            naam: 'B',
            aanpalend: [{ knooppuntId: 'a', reden: 'overlap' }],
          }),
        },
        { kind: 'deelname', id: 'd', gegevens: buildDeelname('ggz', 'a') },
        { kind: 'overdracht', id: 'o', gegevens: buildOverdracht('a', 'b') },
      ]),
      at,
    ),
  );
  return tx;
}

describe('the write protocol', () => {
  it('writes a bulk import per run of one kind, as lists, with one record and one bump', () => {
    const tx = seeded();
    expect(tx.calls.filter((c) => c.startsWith('put'))).toEqual([
      'put organisatie 1',
      'put knooppunt 2',
      'put deelname 1',
      'put overdracht 1',
    ]);
    expect([tx.revision, tx.records.length]).toEqual([1, 1]);
    expect(tx.records[0]).toMatchObject({ actie: 'IMPORTEREN', object: { kind: 'register' } });
    expect(tx.records[0]!.wijzigingen.map((w) => [w.id, w.voor, (w.na as Entity).versie])).toEqual([
      ['ggz', null, 1],
      ['a', null, 1],
      ['b', null, 1],
      ['d', null, 1],
      ['o', null, 1],
    ]);
  });

  it('refuses a stale or missing version, writing nothing', () => {
    const tx = seeded();
    const stale = change({
      kind: 'organisatie',
      id: 'ggz',
      versie: 3,
      gegevens: buildOrganisatie(),
    });
    expect(() => transaction(tx, writeOne(tx, stale, at))).toThrow(ConflictError);
    const ghost = change({
      kind: 'organisatie',
      id: 'nee',
      versie: 1,
      gegevens: buildOrganisatie(),
    });
    expect(() => transaction(tx, writeOne(tx, ghost, at))).toThrow(NotFoundError);
    expect(tx.calls.filter((c) => c.startsWith('put'))).toHaveLength(4);
    expect([tx.revision, tx.records.length]).toEqual([1, 1]);
    const ok = transaction(tx, writeOne(tx, { ...stale, versie: 1 }, at));
    expect(ok.versie).toBe(2);
    expect(tx.records.at(-1)).toMatchObject({
      actie: 'WIJZIGEN',
      wijzigingen: [{ voor: { versie: 1 }, na: { versie: 2 } }],
    });
    expect(tx.revision).toBe(2);
  });

  it('names missing references and taken keys by field, under the item in a bulk write', () => {
    const tx = seeded();
    const bad = change({
      kind: 'knooppunt',
      id: 'c',
      versie: null,
      gegevens: buildKnooppunt({
        naam: ' a ',
        themaIds: ['thema-a', 'nope'],
        belegdBijId: 'ghost',
      }),
    });
    const error = (() => {
      try {
        return transaction(tx, writeOne(tx, bad, at));
      } catch (e) {
        return e;
      }
    })() as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.field)).toEqual([
      'input.themaIds[1]',
      'input.belegdBijId',
      'input.naam',
    ]);
    const bulk = creates([
      { kind: 'organisatie', id: 'x', gegevens: buildOrganisatie({ naam: 'X' }) },
      {
        kind: 'knooppunt',
        id: 'later',
        gegevens: buildKnooppunt({ naam: 'L', aanpalend: [{ knooppuntId: 'na', reden: 'r' }] }),
      },
      { kind: 'knooppunt', id: 'na', gegevens: buildKnooppunt({ naam: 'N' }) },
    ]);
    // A reference to an object created after it in the list is missing, as one by one.
    expect(() => transaction(tx, applyAll(tx, bulk, at))).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ field: 'changes[1].aanpalend[0].knooppuntId' })],
      }),
    );
    expect(tx.find('organisatie', 'x')).toBeUndefined();
    // Before it, even in the same run, it is there.
    transaction(tx, applyAll(tx, [bulk[0]!, bulk[2]!, bulk[1]!], at));
    expect((tx.find('knooppunt', 'later')!.entity as Knooppunt).aanpalend).toHaveLength(1);
  });

  it('frees a unique key that an earlier change in the same run let go of', () => {
    const tx = seeded();
    transaction(
      tx,
      applyAll(
        tx,
        [
          {
            kind: 'knooppunt',
            id: 'a',
            versie: 1,
            gegevens: buildKnooppunt({ naam: 'A-oud', belegdBijId: 'ggz' }),
          },
          { kind: 'knooppunt', id: 'n', versie: null, gegevens: buildKnooppunt({ naam: 'A' }) },
        ],
        at,
      ),
    );
    expect(tx.find('knooppunt', 'n')?.entity.versie).toBe(1);
    expect(() =>
      transaction(
        tx,
        applyAll(
          tx,
          creates([{ kind: 'knooppunt', id: 'm', gegevens: buildKnooppunt({ naam: 'a-OUD' }) }]),
          at,
        ),
      ),
    ).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'changes[0].naam' })] }),
    );
  });

  it('removes a knooppunt with its deelnames and routes, and takes it out of aanpalend', () => {
    const tx = seeded();
    transaction(tx, remove(tx, 'knooppunt', 'a', 1, at));
    expect([...tx.objects.keys()].sort()).toEqual(['knooppunt:b', 'organisatie:ggz']);
    const b = tx.find('knooppunt', 'b')!.entity as Knooppunt;
    expect([b.versie, b.aanpalend]).toEqual([2, []]);
    const record = tx.records.at(-1)!;
    expect(record.actie).toBe('VERWIJDEREN');
    expect(record.wijzigingen.map((w) => [w.kind, w.id, w.na === null])).toEqual([
      ['knooppunt', 'a', true],
      ['deelname', 'd', true],
      ['knooppunt', 'b', false],
      ['overdracht', 'o', true],
    ]);
    expect(tx.revision).toBe(2);
  });

  it('refuses to remove an organisatie still in use, counting accounts too', () => {
    const tx = seeded();
    expect(() => transaction(tx, remove(tx, 'organisatie', 'ggz', 1, at))).toThrow(
      /1 knooppunt en 1 deelname/,
    );
    transaction(tx, remove(tx, 'knooppunt', 'a', 1, at));
    tx.putAccount({ id: 'acc', organisatieIds: ['ggz'] } as StoredAccount, 'acc');
    expect(() => transaction(tx, remove(tx, 'organisatie', 'ggz', 1, at))).toThrow(InUseError);
    expect(() => transaction(tx, remove(tx, 'organisatie', 'ggz', 1, at))).toThrow(/1 account/);
  });

  it('chains one audit record to the next, and saves accounts with their revocation', () => {
    const tx = seeded();
    const account = {
      id: 'acc',
      gebruikersnaam: 'Anna@example.org',
      naam: 'Anna',
      rol: 'LEZER' as const,
      organisatieIds: [],
      actief: true,
      wachtwoordHash: 'hash-van-anna',
      oidcSubject: null,
    };
    expect(transaction(tx, saveAccount(tx, account, null, at)).versie).toBe(1);
    expect(() =>
      transaction(
        tx,
        saveAccount(tx, { ...account, id: 'acc2', gebruikersnaam: ' anna@EXAMPLE.org' }, null, at),
      ),
    ).toThrow(ValidationError);
    expect(() => transaction(tx, saveAccount(tx, account, 4, at))).toThrow(ConflictError);
    expect([tx.sessions, tx.accountsRevision]).toEqual([[{ accountId: 'ander' }], 1]);
    transaction(
      tx,
      append(
        tx,
        { ...tx.records[0]!, actie: 'AANMELDEN', wijzigingen: [], knooppuntIds: [] },
        at.at,
      ),
    );
    expect(tx.records.map((r) => r.volgnummer)).toEqual([1, 2, 3]);
    expect(JSON.stringify(tx.records)).not.toContain('hash-van-anna');
    expect(verifyChain(tx.records, TEST_AUDIT_SLEUTEL)).toMatchObject({ intact: true });
    expect(tx.revision).toBe(1);
  });

  it('runs the same over primitives that answer later, and lets their failure through', async () => {
    const tx = seeded();
    const later = new Proxy(tx, {
      get: (target, name, receiver) => {
        const value = Reflect.get(target, name, receiver) as unknown;
        return typeof value === 'function'
          ? (...args: unknown[]) =>
              Promise.resolve().then(() =>
                (value as (...a: unknown[]) => unknown).apply(target, args),
              )
          : value;
      },
    });
    await runAsync(remove(later, 'knooppunt', 'a', 1, at));
    expect((tx.find('knooppunt', 'b')!.entity as Knooppunt).aanpalend).toEqual([]);
    await expect(runAsync(remove(later, 'knooppunt', 'b', 1, at))).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(() => runSync(remove(later, 'knooppunt', 'b', 2, at))).toThrow(/answered later/);
  });
});
