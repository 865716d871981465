// SPDX-License-Identifier: EUPL-1.2
// The rules of writing, once for both adapters (code review 7.4): the version check, references
// and unique keys, the cascade of a removal, accounts, the revision bump and the audit record.
// An adapter only implements the primitives of WriteTransaction inside its own transaction
// (BEGIN IMMEDIATE for SQLite, executeWrite for Neo4j) and runs a protocol with runSync or
// runAsync. The protocols are generators that yield each primitive's answer: SQLite answers at
// once, so nothing else of the process runs inside its transaction; Neo4j answers with promises.
import { gebruikersnaamSleutel, zonderGeheimen, type StoredAccount } from '../domain/accounts.ts';
import {
  writeEntry,
  type AuditAnker,
  type AuditEntry,
  type AuditRecord,
  type AuditWijziging,
  type Wijziging,
} from '../domain/audit.ts';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldIssue,
} from '../domain/errors.ts';
import {
  gegevensVan,
  KIND_LABELS,
  type EditableKind,
  type EditableKinds,
  type Knooppunt,
} from '../domain/model.ts';
import { accountsVan, weigerAlsInGebruik, type Verwijzer } from '../domain/organisatie-gebruik.ts';
import {
  referencesOf,
  uniqueKeyOf,
  unknownReferenceMessage,
  type RefTarget,
} from '../domain/references.ts';
import type { AuditKeten } from './audit-keten.ts';
import type { Change } from './port.ts';

export type Gegevens = EditableKinds[EditableKind]['gegevens'];
export type Entity = EditableKinds[EditableKind]['entity'];

/** An answer now (SQLite) or later (Neo4j). */
export type Answer<T> = T | Promise<T>;

/** One object to store, checked by the protocol: its new version and unique key. */
export interface Row {
  id: string;
  versie: number;
  gegevens: Gegevens;
  uniek: string;
  /** Created (no object with this id yet) rather than updated. */
  nieuw: boolean;
}

/** An object that refers to another one. */
export interface Referrer {
  kind: EditableKind;
  id: string;
}

/**
 * What the protocol asks of an adapter's open write transaction. Lists, so that an adapter can
 * answer many objects with one statement (neo4j review C8); the protocol never asks twice about
 * one id in one list.
 */
export interface WriteTransaction {
  /** The chain the transaction's audit record joins. */
  readonly keten: AuditKeten;
  /** The current version of each object that exists, locked so that it cannot go stale. */
  versions(kind: EditableKind, ids: readonly string[]): Answer<Map<string, number>>;
  /** The objects that exist, as stored. */
  read(kind: EditableKind, ids: readonly string[]): Answer<Map<string, Entity>>;
  /** The ids of the target's kind that no object has; the editable ones found are locked. */
  missing(target: RefTarget, ids: readonly string[]): Answer<string[]>;
  /** Which objects of the kind hold each of the unique keys. */
  holders(kind: EditableKind, keys: readonly string[]): Answer<{ key: string; id: string }[]>;
  /** Creates or updates the rows in their order, with the relations their references name. */
  put(kind: EditableKind, rows: readonly Row[], at: Date): Answer<void>;
  delete(kind: EditableKind, ids: readonly string[]): Answer<void>;
  /** Every other object that refers to this one, once each, ordered by kind and id. */
  referrers(kind: EditableKind, id: string): Answer<Referrer[]>;
  accounts(): Answer<StoredAccount[]>;
  /** The account, locked; undefined when there is none. */
  account(id: string): Answer<StoredAccount | undefined>;
  /** Whether another account than `id` has this gebruikersnaam key. */
  accountHolder(sleutel: string, id: string): Answer<boolean>;
  putAccount(account: StoredAccount, sleutel: string, nieuw: boolean): Answer<void>;
  endSessionsOf(accountId: string): Answer<void>;
  bumpAccountsRevision(): Answer<void>;
  bumpRevision(): Answer<void>;
  /** The chain's head, locked; and the database's own time for the record, when it has one. */
  auditHead(): Answer<{ vorige: AuditAnker | null; tijd: Date | null }>;
  appendAudit(record: AuditRecord): Answer<void>;
}

/** A protocol: a generator that yields what it asks of the transaction and is given the answers. */
export type Protocol<T> = Generator<unknown, T, unknown>;

function* ask<T>(answer: Answer<T>): Generator<Answer<T>, T, unknown> {
  return (yield answer) as T;
}

/** Runs a protocol over primitives that answer at once. */
export function runSync<T>(protocol: Protocol<T>): T {
  let step = protocol.next();
  while (!step.done) {
    if (step.value instanceof Promise) throw new Error('runSync: a primitive answered later');
    step = protocol.next(step.value);
  }
  return step.value;
}

/** Runs a protocol over primitives that answer with promises; a failure is thrown into it. */
export async function runAsync<T>(protocol: Protocol<T>): Promise<T> {
  let step = protocol.next();
  while (!step.done) {
    let answer: unknown;
    try {
      answer = await step.value;
    } catch (error) {
      step = protocol.throw(error);
      continue;
    }
    step = protocol.next(answer);
  }
  return step.value;
}

/** Creates (versie null) or updates one object, with its audit record; returns it as stored. */
export function* writeOne(
  tx: WriteTransaction,
  change: Change,
  wijziging: Wijziging,
): Protocol<Entity> {
  const [written] = yield* applySegment(tx, change.kind, [change], wijziging.at);
  const actie = change.versie === null ? 'MAKEN' : 'WIJZIGEN';
  yield* commit(tx, writeEntry(wijziging, actie, [written!]), wijziging.at);
  return written!.na as Entity;
}

/**
 * Creates and updates in the given order with one audit record. Each run of one kind (with no id
 * twice) is checked and written as a whole, with the state the earlier runs left: the outcome,
 * the error and the audit record are those of writing one object after the other. Errors name
 * the item: "changes[3].naam".
 */
export function* applyAll(
  tx: WriteTransaction,
  changes: readonly Change[],
  wijziging: Wijziging,
): Protocol<AuditWijziging[]> {
  const wijzigingen: AuditWijziging[] = [];
  for (const { kind, start, items } of segments(changes)) {
    const root = (i: number) => `changes[${start + i}]`;
    wijzigingen.push(...(yield* applySegment(tx, kind, items, wijziging.at, root)));
  }
  const register = { kind: 'register', id: 'register' } as const;
  yield* commit(tx, writeEntry(wijziging, 'IMPORTEREN', wijzigingen, register), wijziging.at);
  return wijzigingen;
}

/**
 * Removes an object that has the expected version. A knooppunt takes its deelnames and routes
 * along, and the knooppunten that name it as aanpalend lose that mention (a new version of
 * each); an organisatie that anything still refers to is refused.
 */
export function* remove(
  tx: WriteTransaction,
  kind: EditableKind,
  id: string,
  expectedVersie: number,
  wijziging: Wijziging,
): Protocol<void> {
  checkVersion(kind, id, expectedVersie, (yield* ask(tx.versions(kind, [id]))).get(id));
  const voor = (yield* ask(tx.read(kind, [id]))).get(id)!;
  const referrers = yield* ask(tx.referrers(kind, id));
  if (kind === 'organisatie') {
    const gebruik: Partial<Record<Verwijzer, number>> = {
      account: accountsVan(yield* ask(tx.accounts()), id),
    };
    for (const r of referrers) gebruik[r.kind] = (gebruik[r.kind] ?? 0) + 1;
    weigerAlsInGebruik(id, gebruik);
  }
  const wijzigingen: AuditWijziging[] = [{ kind, id, voor, na: null }];
  for (const soort of new Set(referrers.map((r) => r.kind))) {
    const ids = referrers.filter((r) => r.kind === soort).map((r) => r.id);
    if (soort === 'knooppunt') {
      // Only knooppunten name a knooppunt (aanpalend): locked before they are read, then
      // written as any update, each with a new version.
      yield* ask(tx.versions(soort, ids));
      const others = (yield* ask(tx.read(soort, ids))) as Map<string, Knooppunt>;
      const zonder = [...others.values()].map((other) => {
        const rest = gegevensVan(other);
        const aanpalend = rest.aanpalend.filter((a) => a.knooppuntId !== id);
        return {
          kind: soort,
          id: other.id,
          versie: other.versie,
          gegevens: { ...rest, aanpalend },
        };
      });
      wijzigingen.push(...(yield* applySegment(tx, soort, zonder, wijziging.at)));
    } else {
      const gaan = yield* ask(tx.read(soort, ids));
      for (const [gaatId, gaat] of gaan)
        wijzigingen.push({ kind: soort, id: gaatId, voor: gaat, na: null });
      yield* ask(tx.delete(soort, ids));
    }
  }
  yield* ask(tx.delete(kind, [id]));
  yield* commit(tx, writeEntry(wijziging, 'VERWIJDEREN', wijzigingen), wijziging.at);
}

/**
 * Creates (expectedVersie null) or updates an account with a unique gebruikersnaam. In the same
 * transaction the account's sessions end and accountsRevision moves, so the change holds on every
 * instance at once. The audit record holds no password hash.
 */
export function* saveAccount(
  tx: WriteTransaction,
  account: Omit<StoredAccount, 'versie'>,
  expectedVersie: number | null,
  wijziging: Wijziging,
): Protocol<StoredAccount> {
  const current = yield* ask(tx.account(account.id));
  if (expectedVersie === null && current)
    throw ValidationError.field('id', `er bestaat al een account met id "${account.id}"`);
  if (expectedVersie !== null && !current) throw new NotFoundError('Account', account.id);
  if (current && current.versie !== expectedVersie)
    throw new ConflictError('Account', account.id, expectedVersie ?? 0, current.versie);
  const sleutel = gebruikersnaamSleutel(account.gebruikersnaam);
  if (yield* ask(tx.accountHolder(sleutel, account.id)))
    throw ValidationError.field('input.gebruikersnaam', 'deze gebruikersnaam is al in gebruik');
  const saved: StoredAccount = { ...account, versie: (current?.versie ?? 0) + 1 };
  yield* ask(tx.putAccount(saved, sleutel, !current));
  yield* ask(tx.endSessionsOf(account.id));
  yield* ask(tx.bumpAccountsRevision());
  const wijzigingen: AuditWijziging[] = [
    {
      kind: 'account',
      id: account.id,
      voor: current ? zonderGeheimen(current) : null,
      na: zonderGeheimen(saved),
    },
  ];
  const actie = current ? 'ACCOUNT_WIJZIGEN' : 'ACCOUNT_MAKEN';
  yield* append(tx, writeEntry(wijziging, actie, wijzigingen), wijziging.at);
  return saved;
}

/** The next record of the chain, after the head as locked in this transaction. */
export function* append(tx: WriteTransaction, entry: AuditEntry, at: Date): Protocol<AuditRecord> {
  const head = yield* ask(tx.auditHead());
  const record = tx.keten.volgende(head.vorige, head.tijd ?? at, entry);
  yield* ask(tx.appendAudit(record));
  return record;
}

/**
 * The end of every change to the registry: one revision bump and the audit record, both last, so
 * every write locks the objects first and the registry's own state once at the end (neo4j
 * review C11), and each audited write moves the revision exactly once.
 */
function* commit(tx: WriteTransaction, entry: AuditEntry, at: Date): Protocol<AuditRecord> {
  yield* ask(tx.bumpRevision());
  return yield* append(tx, entry, at);
}

/** Consecutive changes of one kind without an id twice, each with where it starts in the list. */
function segments(changes: readonly Change[]) {
  const result: { kind: EditableKind; start: number; items: Change[]; ids: Set<string> }[] = [];
  changes.forEach((change, i) => {
    const last = result.at(-1);
    if (last?.kind === change.kind && !last.ids.has(change.id)) {
      last.items.push(change);
      last.ids.add(change.id);
    } else result.push({ kind: change.kind, start: i, items: [change], ids: new Set([change.id]) });
  });
  return result;
}

function checkVersion(
  kind: EditableKind,
  id: string,
  expected: number,
  current: number | undefined,
): void {
  if (current === undefined) throw new NotFoundError(KIND_LABELS[kind], id);
  if (current !== expected) throw new ConflictError(KIND_LABELS[kind], id, expected, current);
}

/**
 * Checks and writes changes of one kind, distinct ids, as if one after the other: a change may
 * refer to an object created before it in the segment, and a unique key is free once an earlier
 * change let go of it. The first change that fails throws; with `root`, its field errors are
 * named under the root of its place in the list.
 */
function* applySegment(
  tx: WriteTransaction,
  kind: EditableKind,
  items: readonly Change[],
  at: Date,
  root?: (i: number) => string,
): Protocol<AuditWijziging[]> {
  const ids = items.map((c) => c.id);
  const versions = yield* ask(tx.versions(kind, ids));
  const updated = items.filter((c) => c.versie !== null).map((c) => c.id);
  const voor = updated.length > 0 ? yield* ask(tx.read(kind, updated)) : new Map<string, Entity>();

  const references = items.map((c) => referencesOf(kind, c.gegevens));
  const missing = new Map<RefTarget, Set<string>>();
  for (const target of new Set(references.flat().map((r) => r.target))) {
    const asked = new Set(references.flat().flatMap((r) => (r.target === target ? [r.id] : [])));
    missing.set(target, new Set(yield* ask(tx.missing(target, [...asked]))));
  }
  const keys = items.map((c) => uniqueKeyOf(kind, c.gegevens));
  const holders = new Map<string, Set<string>>();
  for (const { key, id } of yield* ask(tx.holders(kind, [...new Set(keys.map((k) => k.key))])))
    holders.set(key, (holders.get(key) ?? new Set()).add(id));

  const created = new Set<string>();
  const rows = items.map((change, i): Row => {
    const { id, versie } = change;
    const unique = keys[i]!;
    try {
      if (versie === null) {
        if (versions.has(id))
          throw ValidationError.field('id', `er bestaat al een ${kind} met id "${id}"`);
      } else checkVersion(kind, id, versie, versions.get(id));
      const issues: FieldIssue[] = references[i]!.filter(
        (ref) =>
          missing.get(ref.target)!.has(ref.id) && !(ref.target === kind && created.has(ref.id)),
      ).map((ref) => ({ field: `input.${ref.field}`, message: unknownReferenceMessage(ref) }));
      if ([...(holders.get(unique.key) ?? [])].some((holder) => holder !== id))
        issues.push({ field: `input.${unique.field}`, message: unique.message });
      if (issues.length > 0) throw new ValidationError(issues);
    } catch (error) {
      throw root && error instanceof ValidationError ? error.withRoot(root(i)) : error;
    }
    const before = voor.get(id);
    if (before) holders.get(uniqueKeyOf(kind, before).key)?.delete(id);
    holders.set(unique.key, (holders.get(unique.key) ?? new Set()).add(id));
    if (versie === null) created.add(id);
    return {
      id,
      versie: (versie ?? 0) + 1,
      gegevens: change.gegevens,
      uniek: unique.key,
      nieuw: versie === null,
    };
  });
  yield* ask(tx.put(kind, rows, at));
  const na = yield* ask(tx.read(kind, ids));
  return items.map((c) => ({ kind, id: c.id, voor: voor.get(c.id) ?? null, na: na.get(c.id)! }));
}
