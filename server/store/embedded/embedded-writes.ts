// SPDX-License-Identifier: EUPL-1.2
// The write protocol's primitives over SQLite (server/store/write-protocol.ts). Each answers at
// once, inside the IMMEDIATE transaction the store opened. References to editable objects are
// kept as rows of `ref`, so the referrers of an object are one indexed look-up.
import type { StoredAccount } from '../../domain/accounts.ts';
import type { AuditRecord } from '../../domain/audit.ts';
import type { EditableKind } from '../../domain/model.ts';
import { referencesOf, type RefTarget } from '../../domain/references.ts';
import type { AuditKeten } from '../audit-keten.ts';
import type { Entity, Referrer, Row, WriteTransaction } from '../write-protocol.ts';
import type { Sql } from './statements.ts';

export const REFERENCE_KINDS = ['thema', 'gemeente', 'regio', 'wet'] as const;

export interface EntityRow {
  kind: string;
  id: string;
  versie: number;
  gewijzigd_op: string;
  doc: string;
}

export function toEntity(row: EntityRow): Entity {
  const gegevens = JSON.parse(row.doc) as object;
  return { ...gegevens, id: row.id, versie: row.versie, gewijzigdOp: row.gewijzigd_op } as Entity;
}

export const storedAccounts = (sql: Sql): StoredAccount[] =>
  (sql('SELECT doc FROM account ORDER BY sleutel').all() as { doc: string }[]).map(
    (r) => JSON.parse(r.doc) as StoredAccount,
  );

export class EmbeddedWrites implements WriteTransaction {
  /** The record appended in the open transaction: the store hands it to the keten once committed. */
  appended: AuditRecord | undefined;

  readonly keten: AuditKeten;
  private readonly sql: Sql;

  constructor(sql: Sql, keten: AuditKeten) {
    this.sql = sql;
    this.keten = keten;
  }

  versions(kind: EditableKind, ids: readonly string[]): Map<string, number> {
    const get = this.sql('SELECT versie FROM entity WHERE kind = ? AND id = ?');
    return new Map(
      ids.flatMap((id) => {
        const row = get.get(kind, id) as { versie: number } | undefined;
        return row ? [[id, row.versie]] : [];
      }),
    );
  }

  read(kind: EditableKind, ids: readonly string[]): Map<string, Entity> {
    const get = this.sql('SELECT * FROM entity WHERE kind = ? AND id = ?');
    return new Map(
      ids.flatMap((id) => {
        const row = get.get(kind, id) as EntityRow | undefined;
        return row ? [[id, toEntity(row)]] : [];
      }),
    );
  }

  missing(target: RefTarget, ids: readonly string[]): string[] {
    const exists = this.sql(
      (REFERENCE_KINDS as readonly string[]).includes(target)
        ? 'SELECT 1 FROM reference WHERE kind = ? AND id = ?'
        : 'SELECT 1 FROM entity WHERE kind = ? AND id = ?',
    );
    return ids.filter((id) => exists.get(target, id) === undefined);
  }

  holders(kind: EditableKind, keys: readonly string[]): { key: string; id: string }[] {
    const get = this.sql('SELECT id FROM entity WHERE kind = ? AND uniek = ?');
    return keys.flatMap((key) =>
      (get.all(kind, key) as { id: string }[]).map(({ id }) => ({ key, id })),
    );
  }

  put(kind: EditableKind, rows: readonly Row[], at: Date): void {
    const insert = this.sql(
      'INSERT INTO entity (kind, id, versie, gewijzigd_op, uniek, doc) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const update = this.sql(
      'UPDATE entity SET versie = ?, gewijzigd_op = ?, uniek = ?, doc = ? WHERE kind = ? AND id = ?',
    );
    const dropRefs = this.sql('DELETE FROM ref WHERE from_kind = ? AND from_id = ?');
    const insertRef = this.sql(
      'INSERT INTO ref (from_kind, from_id, field, to_kind, to_id) VALUES (?, ?, ?, ?, ?)',
    );
    for (const { id, versie, gegevens, uniek, nieuw } of rows) {
      const doc = JSON.stringify(gegevens);
      if (nieuw) insert.run(kind, id, versie, at.toISOString(), uniek, doc);
      else {
        update.run(versie, at.toISOString(), uniek, doc, kind, id);
        dropRefs.run(kind, id);
      }
      for (const ref of referencesOf(kind, gegevens)) {
        if (ref.target === 'knooppunt' || ref.target === 'organisatie')
          insertRef.run(kind, id, ref.field, ref.target, ref.id);
      }
    }
  }

  delete(kind: EditableKind, ids: readonly string[]): void {
    const remove = this.sql('DELETE FROM entity WHERE kind = ? AND id = ?');
    for (const id of ids) remove.run(kind, id);
  }

  referrers(kind: EditableKind, id: string): Referrer[] {
    return this.sql(
      `SELECT DISTINCT from_kind AS kind, from_id AS id FROM ref
        WHERE to_kind = ? AND to_id = ? AND NOT (from_kind = ? AND from_id = ?) ORDER BY from_kind, from_id`,
    ).all(kind, id, kind, id) as unknown as Referrer[];
  }

  accounts(): StoredAccount[] {
    return storedAccounts(this.sql);
  }

  account(id: string): StoredAccount | undefined {
    const row = this.sql('SELECT doc FROM account WHERE id = ?').get(id) as
      { doc: string } | undefined;
    return row && (JSON.parse(row.doc) as StoredAccount);
  }

  accountHolder(sleutel: string, id: string): boolean {
    return (
      this.sql('SELECT 1 FROM account WHERE sleutel = ? AND id <> ?').get(sleutel, id) !== undefined
    );
  }

  putAccount(account: StoredAccount, sleutel: string): void {
    this.sql(
      'INSERT INTO account (id, sleutel, versie, doc) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET sleutel = excluded.sleutel, versie = excluded.versie, doc = excluded.doc',
    ).run(account.id, sleutel, account.versie, JSON.stringify(account));
  }

  endSessionsOf(accountId: string): void {
    this.sql('DELETE FROM sessie WHERE account_id = ?').run(accountId);
  }

  bumpAccountsRevision(): void {
    this.sql("UPDATE meta SET value = value + 1 WHERE key = 'accounts'").run();
  }

  bumpRevision(): void {
    this.sql("UPDATE meta SET value = value + 1 WHERE key = 'revision'").run();
  }

  auditHead() {
    // The head's number and hash only: the last record may be a whole import.
    const last = this.sql(
      'SELECT volgnummer, hash FROM audit ORDER BY volgnummer DESC LIMIT 1',
    ).get() as { volgnummer: number; hash: string } | undefined;
    return { vorige: last ?? null, tijd: null };
  }

  appendAudit(record: AuditRecord): void {
    this.sql('INSERT INTO audit (volgnummer, hash, doc) VALUES (?, ?, ?)').run(
      record.volgnummer,
      record.hash,
      JSON.stringify(record),
    );
    const link = this.sql('INSERT INTO audit_knooppunt (knooppunt_id, volgnummer) VALUES (?, ?)');
    for (const knooppuntId of record.knooppuntIds) link.run(knooppuntId, record.volgnummer);
    this.appended = record;
  }
}
