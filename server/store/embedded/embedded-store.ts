// SPDX-License-Identifier: EUPL-1.2
// The zero-setup store: SQLite (Node's built-in node:sqlite) in DATA_DIR. Every write is one
// IMMEDIATE transaction in WAL mode with synchronous=FULL, so an acknowledged write survives a
// crash of the process or the machine (docs/adr/0001-embedded-store.md). Objects are kept as
// JSON documents; references and unique keys live in indexed columns so SQLite enforces them
// inside the same transaction.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ConflictError, InUseError, NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts';
import type { EditableKind, EditableKinds, Knooppunt, NewEntity, Referentiedata, Registry } from '../../domain/model.ts';
import { referencesOf, uniqueKeyOf, unknownReferenceMessage, type RefTarget } from '../../domain/references.ts';
import type { Store, StoreHealth } from '../port.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('revision', 0);
CREATE TABLE IF NOT EXISTS reference (kind TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (kind, id));
CREATE TABLE IF NOT EXISTS entity (
  kind TEXT NOT NULL, id TEXT NOT NULL, versie INTEGER NOT NULL, gewijzigd_op TEXT NOT NULL,
  uniek TEXT NOT NULL, doc TEXT NOT NULL,
  PRIMARY KEY (kind, id), UNIQUE (kind, uniek));
CREATE TABLE IF NOT EXISTS ref (
  from_kind TEXT NOT NULL, from_id TEXT NOT NULL, field TEXT NOT NULL, to_kind TEXT NOT NULL, to_id TEXT NOT NULL,
  PRIMARY KEY (from_kind, from_id, field),
  FOREIGN KEY (from_kind, from_id) REFERENCES entity (kind, id) ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS ref_to ON ref (to_kind, to_id);
`;

const REFERENCE_KINDS = ['thema', 'gemeente', 'regio', 'wet'] as const;
const KIND_LABELS: Record<EditableKind, string> = {
  knooppunt: 'Knooppunt',
  organisatie: 'Organisatie',
  deelname: 'Deelname',
  overdracht: 'Overdracht',
};

interface EntityRow {
  kind: string;
  id: string;
  versie: number;
  gewijzigd_op: string;
  doc: string;
}

export class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;
  private readonly db: DatabaseSync;
  private readonly file: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'knooppuntenregister.sqlite');
    this.db = new DatabaseSync(this.file);
    // WAL with synchronous=FULL: a commit is on disk before it returns.
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
  }

  async init(): Promise<void> {
    this.db.exec(SCHEMA);
  }

  async health(): Promise<StoreHealth> {
    try {
      const row = this.db.prepare('PRAGMA quick_check').get() as { quick_check: string } | undefined;
      const ok = row?.quick_check === 'ok';
      return { ok, store: 'embedded', detail: ok ? `SQLite ${this.file}` : `integrity check: ${row?.quick_check ?? 'no answer'}` };
    } catch (error) {
      return { ok: false, store: 'embedded', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  async revision(): Promise<number> {
    return (this.db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as { value: number }).value;
  }

  async load(): Promise<Registry> {
    return this.transaction('DEFERRED', () => {
      const reference = (kind: string) =>
        (this.db.prepare('SELECT doc FROM reference WHERE kind = ? ORDER BY id').all(kind) as { doc: string }[]).map(
          (r) => JSON.parse(r.doc) as unknown,
        );
      return {
        themas: reference('thema') as Registry['themas'],
        gemeenten: reference('gemeente') as Registry['gemeenten'],
        regios: reference('regio') as Registry['regios'],
        wetten: reference('wet') as Registry['wetten'],
        knooppunten: this.entities('knooppunt'),
        organisaties: this.entities('organisatie'),
        deelnames: this.entities('deelname'),
        overdrachten: this.entities('overdracht'),
      };
    });
  }

  async putReferentiedata(data: Referentiedata): Promise<void> {
    this.transaction('IMMEDIATE', () => {
      const upsert = this.db.prepare(
        'INSERT INTO reference (kind, id, doc) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET doc = excluded.doc WHERE doc <> excluded.doc',
      );
      const lists: Record<(typeof REFERENCE_KINDS)[number], { id: string }[]> = {
        thema: data.themas,
        gemeente: data.gemeenten,
        regio: data.regios,
        wet: data.wetten,
      };
      let changed = 0;
      for (const kind of REFERENCE_KINDS) {
        for (const item of lists[kind]) changed += Number(upsert.run(kind, item.id, JSON.stringify(item)).changes);
      }
      if (changed > 0) this.bumpRevision();
    });
  }

  async create<K extends EditableKind>(
    kind: K,
    id: string,
    gegevens: EditableKinds[K]['gegevens'],
    at: Date,
  ): Promise<EditableKinds[K]['entity']> {
    return this.transaction('IMMEDIATE', () => {
      this.insert(kind, id, gegevens, at);
      return this.entity(kind, id);
    });
  }

  async createAll(entities: readonly NewEntity[], at: Date): Promise<void> {
    this.transaction('IMMEDIATE', () => {
      entities.forEach((e, i) => {
        try {
          this.insert(e.kind, e.id, e.gegevens, at);
        } catch (error) {
          throw error instanceof ValidationError ? error.withRoot(`entities[${i}]`) : error;
        }
      });
    });
  }

  async update<K extends EditableKind>(
    kind: K,
    id: string,
    expectedVersie: number,
    gegevens: EditableKinds[K]['gegevens'],
    at: Date,
  ): Promise<EditableKinds[K]['entity']> {
    return this.transaction('IMMEDIATE', () => {
      const versie = this.checkVersion(kind, id, expectedVersie);
      this.write(kind, id, versie + 1, gegevens, at, 'UPDATE');
      return this.entity(kind, id);
    });
  }

  async remove(kind: EditableKind, id: string, expectedVersie: number): Promise<void> {
    this.transaction('IMMEDIATE', () => {
      this.checkVersion(kind, id, expectedVersie);
      const referrers = this.db
        .prepare('SELECT from_kind, from_id, field FROM ref WHERE to_kind = ? AND to_id = ? ORDER BY from_kind, from_id')
        .all(kind, id) as { from_kind: EditableKind; from_id: string; field: string }[];
      if (kind === 'organisatie' && referrers.length > 0) {
        throw new InUseError(
          `Organisatie "${id}" wordt nog gebruikt (${referrers.length}×: ${[...new Set(referrers.map((r) => r.from_kind))].join(', ')}). Verwijder of wijzig eerst die verwijzingen.`,
        );
      }
      const now = new Date();
      for (const r of referrers) {
        if (r.from_kind === 'knooppunt') {
          if (r.from_id === id) continue;
          const other: Knooppunt = this.entity('knooppunt', r.from_id);
          const { id: _id, versie, gewijzigdOp: _at, ...rest } = other;
          this.write('knooppunt', r.from_id, versie + 1, { ...rest, aanpalend: rest.aanpalend.filter((a) => a.knooppuntId !== id) }, now, 'UPDATE');
        } else {
          this.db.prepare('DELETE FROM entity WHERE kind = ? AND id = ?').run(r.from_kind, r.from_id);
        }
      }
      this.db.prepare('DELETE FROM entity WHERE kind = ? AND id = ?').run(kind, id);
      this.bumpRevision();
    });
  }

  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close();
  }

  private transaction<T>(mode: 'DEFERRED' | 'IMMEDIATE', work: () => T): T {
    this.db.exec(`BEGIN ${mode}`);
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  private bumpRevision(): void {
    this.db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'revision'").run();
  }

  private current(kind: EditableKind, id: string): number | undefined {
    const row = this.db.prepare('SELECT versie FROM entity WHERE kind = ? AND id = ?').get(kind, id) as { versie: number } | undefined;
    return row?.versie;
  }

  private insert<K extends EditableKind>(kind: K, id: string, gegevens: EditableKinds[K]['gegevens'], at: Date): void {
    if (this.current(kind, id)) throw ValidationError.field('id', `er bestaat al een ${kind} met id "${id}"`);
    this.write(kind, id, 1, gegevens, at, 'INSERT');
  }

  private checkVersion(kind: EditableKind, id: string, expected: number): number {
    const versie = this.current(kind, id);
    if (versie === undefined) throw new NotFoundError(KIND_LABELS[kind], id);
    if (versie !== expected) throw new ConflictError(KIND_LABELS[kind], id, expected, versie);
    return versie;
  }

  private exists(target: RefTarget, id: string): boolean {
    const sql = (REFERENCE_KINDS as readonly string[]).includes(target)
      ? 'SELECT 1 FROM reference WHERE kind = ? AND id = ?'
      : 'SELECT 1 FROM entity WHERE kind = ? AND id = ?';
    return this.db.prepare(sql).get(target, id) !== undefined;
  }

  private write<K extends EditableKind>(
    kind: K,
    id: string,
    versie: number,
    gegevens: EditableKinds[K]['gegevens'],
    at: Date,
    mode: 'INSERT' | 'UPDATE',
  ): void {
    const references = referencesOf(kind, gegevens);
    const issues: FieldIssue[] = references
      .filter((ref) => !this.exists(ref.target, ref.id))
      .map((ref) => ({ field: `input.${ref.field}`, message: unknownReferenceMessage(ref) }));
    const unique = uniqueKeyOf(kind, gegevens);
    const holder = this.db.prepare('SELECT id FROM entity WHERE kind = ? AND uniek = ? AND id <> ?').get(kind, unique.key, id);
    if (holder !== undefined) issues.push({ field: `input.${unique.field}`, message: unique.message });
    if (issues.length > 0) throw new ValidationError(issues);

    const doc = JSON.stringify(gegevens);
    if (mode === 'INSERT') {
      this.db
        .prepare('INSERT INTO entity (kind, id, versie, gewijzigd_op, uniek, doc) VALUES (?, ?, ?, ?, ?, ?)')
        .run(kind, id, versie, at.toISOString(), unique.key, doc);
    } else {
      this.db
        .prepare('UPDATE entity SET versie = ?, gewijzigd_op = ?, uniek = ?, doc = ? WHERE kind = ? AND id = ?')
        .run(versie, at.toISOString(), unique.key, doc, kind, id);
      this.db.prepare('DELETE FROM ref WHERE from_kind = ? AND from_id = ?').run(kind, id);
    }
    const insertRef = this.db.prepare('INSERT INTO ref (from_kind, from_id, field, to_kind, to_id) VALUES (?, ?, ?, ?, ?)');
    for (const ref of references) {
      if (ref.target === 'knooppunt' || ref.target === 'organisatie') insertRef.run(kind, id, ref.field, ref.target, ref.id);
    }
    this.bumpRevision();
  }

  private toEntity<K extends EditableKind>(row: EntityRow): EditableKinds[K]['entity'] {
    const gegevens = JSON.parse(row.doc) as object;
    return { ...gegevens, id: row.id, versie: row.versie, gewijzigdOp: row.gewijzigd_op } as EditableKinds[K]['entity'];
  }

  private entity<K extends EditableKind>(kind: K, id: string): EditableKinds[K]['entity'] {
    const row = this.db.prepare('SELECT * FROM entity WHERE kind = ? AND id = ?').get(kind, id) as EntityRow | undefined;
    if (!row) throw new NotFoundError(KIND_LABELS[kind], id);
    return this.toEntity<K>(row);
  }

  private entities<K extends EditableKind>(kind: K): EditableKinds[K]['entity'][] {
    const rows = this.db.prepare('SELECT * FROM entity WHERE kind = ? ORDER BY id').all(kind) as unknown as EntityRow[];
    return rows.map((row) => this.toEntity<K>(row));
  }
}
