// SPDX-License-Identifier: EUPL-1.2
// The write protocol's primitives over one Neo4j write transaction (server/store/write-protocol.ts).
// Lists go as $ids or $rows to one UNWIND statement per kind, in chunks, so a bulk import is a
// few hundred statements instead of one or more per object (neo4j review C8).
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { StoredAccount } from '../../domain/accounts.ts';
import type { AuditRecord } from '../../domain/audit.ts';
import type { EditableKind, EditableKinds } from '../../domain/model.ts';
import type { RefTarget } from '../../domain/references.ts';
import type { AuditKeten } from '../audit-keten.ts';
import type { Entity, Referrer, Row, WriteTransaction } from '../write-protocol.ts';
import {
  deelnameProps,
  fromNeo4j,
  knooppuntProps,
  knooppuntRelationParams,
  organisatieProps,
  overdrachtProps,
  toDeelname,
  toKnooppunt,
  toOrganisatie,
  toOverdracht,
  type KnooppuntRecord,
} from './mapping.ts';
import { STATEMENTS, type StatementName } from './statements.ts';

/** Objects per statement: small enough for one request, large enough for few round trips. */
const STUK = 1000;

export async function run(
  tx: ManagedTransaction,
  name: StatementName,
  params: Record<string, unknown> = {},
) {
  return (await tx.run(STATEMENTS[name].cypher, params)).records;
}

const MISSING: Record<RefTarget, StatementName> = {
  knooppunt: 'missingKnooppunten',
  organisatie: 'missingOrganisaties',
  thema: 'missingThemas',
  gemeente: 'missingGemeenten',
  regio: 'missingRegios',
  wet: 'missingWetten',
};

/** The statements of each editable kind. */
const PER_KIND: Record<
  EditableKind,
  Record<'lock' | 'get' | 'holders' | 'create' | 'update' | 'delete', StatementName>
> = {
  knooppunt: {
    lock: 'lockKnooppunten',
    get: 'getKnooppunten',
    holders: 'holdersKnooppunt',
    create: 'createKnooppunten',
    update: 'updateKnooppunten',
    delete: 'deleteKnooppunten',
  },
  organisatie: {
    lock: 'lockOrganisaties',
    get: 'getOrganisaties',
    holders: 'holdersOrganisatie',
    create: 'createOrganisaties',
    update: 'updateOrganisaties',
    delete: 'deleteOrganisaties',
  },
  deelname: {
    lock: 'lockDeelnames',
    get: 'getDeelnames',
    holders: 'holdersDeelname',
    create: 'createDeelnames',
    update: 'updateDeelnames',
    delete: 'deleteDeelnames',
  },
  overdracht: {
    lock: 'lockOverdrachten',
    get: 'getOverdrachten',
    holders: 'holdersOverdracht',
    create: 'createOverdrachten',
    update: 'updateOverdrachten',
    delete: 'deleteOverdrachten',
  },
};

const CONVERT: Record<EditableKind, (record: never) => Entity> = {
  knooppunt: (r: KnooppuntRecord) => toKnooppunt(r),
  organisatie: (r: { props: Record<string, unknown> }) => toOrganisatie(r.props),
  deelname: toDeelname,
  overdracht: toOverdracht,
};

/** Runs `work` on consecutive chunks of `items`, in order, and joins the answers. */
async function perStuk<T, R>(
  items: readonly T[],
  work: (stuk: T[]) => Promise<readonly R[]>,
): Promise<R[]> {
  const result: R[] = [];
  for (let i = 0; i < items.length; i += STUK)
    result.push(...(await work(items.slice(i, i + STUK))));
  return result;
}

/** A row as the write statements take it: node or relationship properties, and relations by id. */
function rowParams(kind: EditableKind, row: Row, at: Date): Record<string, unknown> {
  const { id, versie, uniek } = row;
  switch (kind) {
    case 'knooppunt': {
      const k = row.gegevens as EditableKinds['knooppunt']['gegevens'];
      return { id, props: knooppuntProps(id, versie, k, uniek, at), ...knooppuntRelationParams(k) };
    }
    case 'organisatie': {
      const o = row.gegevens as EditableKinds['organisatie']['gegevens'];
      return { id, props: organisatieProps(id, versie, o, uniek, at) };
    }
    case 'deelname': {
      const d = row.gegevens as EditableKinds['deelname']['gegevens'];
      return {
        id,
        props: deelnameProps(id, versie, d, uniek, at),
        organisatieId: d.organisatieId,
        knooppuntId: d.knooppuntId,
        wetten: d.wetten.map((w, positie) => ({ ...w, positie: neo4j.int(positie) })),
      };
    }
    case 'overdracht': {
      const o = row.gegevens as EditableKinds['overdracht']['gegevens'];
      return {
        id,
        vanId: o.vanId,
        naarId: o.naarId,
        props: overdrachtProps(id, versie, o, uniek, at),
      };
    }
  }
}

/** Consecutive rows that are all creates or all updates, in their order. */
function runsOf(rows: readonly Row[]): Row[][] {
  const runs: Row[][] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && last[0]!.nieuw === row.nieuw) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

export class Neo4jWrites implements WriteTransaction {
  readonly keten: AuditKeten;
  /** The record this transaction appended: the store hands it to the keten once committed. */
  appended: AuditRecord | undefined;
  private readonly tx: ManagedTransaction;
  /** The write's idempotency key, stored with its audit record (neo4j review C6). */
  private readonly verzoekId: string;

  constructor(tx: ManagedTransaction, keten: AuditKeten, verzoekId: string) {
    this.tx = tx;
    this.keten = keten;
    this.verzoekId = verzoekId;
  }

  async versions(kind: EditableKind, ids: readonly string[]): Promise<Map<string, number>> {
    const records = await perStuk(ids, (stuk) => run(this.tx, PER_KIND[kind].lock, { ids: stuk }));
    return new Map(
      records.map((r) => [r.get('id') as string, fromNeo4j(r.get('versie')) as number]),
    );
  }

  async read(kind: EditableKind, ids: readonly string[]): Promise<Map<string, Entity>> {
    const records = await perStuk(ids, (stuk) => run(this.tx, PER_KIND[kind].get, { ids: stuk }));
    const convert = CONVERT[kind] as (record: unknown) => Entity;
    return new Map(records.map((r) => convert(r.toObject())).map((e) => [e.id, e]));
  }

  async missing(target: RefTarget, ids: readonly string[]): Promise<string[]> {
    return perStuk(
      ids,
      async (stuk) =>
        fromNeo4j(
          (await run(this.tx, MISSING[target], { ids: stuk }))[0]?.get('missing'),
        ) as string[],
    );
  }

  async holders(kind: EditableKind, keys: readonly string[]) {
    const records = await perStuk(keys, (stuk) =>
      run(this.tx, PER_KIND[kind].holders, { keys: stuk }),
    );
    return records.map((r) => ({ key: r.get('key') as string, id: r.get('id') as string }));
  }

  async put(kind: EditableKind, rows: readonly Row[], at: Date): Promise<void> {
    for (const same of runsOf(rows)) {
      const statement = same[0]!.nieuw ? PER_KIND[kind].create : PER_KIND[kind].update;
      await perStuk(same, async (stuk) => {
        const params = stuk.map((row) => rowParams(kind, row, at));
        const written = await run(this.tx, statement, { rows: params });
        if (kind === 'overdracht' && !same[0]!.nieuw) {
          const inPlace = new Set(written.map((r) => r.get('id') as string));
          const moved = params.filter((p) => !inPlace.has(p['id'] as string));
          if (moved.length > 0) await run(this.tx, 'moveOverdrachten', { rows: moved });
        }
        return [];
      });
    }
  }

  async delete(kind: EditableKind, ids: readonly string[]): Promise<void> {
    await perStuk(ids, (stuk) => run(this.tx, PER_KIND[kind].delete, { ids: stuk }));
  }

  async referrers(kind: EditableKind, id: string): Promise<Referrer[]> {
    if (kind !== 'knooppunt' && kind !== 'organisatie') return [];
    const statement = kind === 'knooppunt' ? 'referrersKnooppunt' : 'referrersOrganisatie';
    const record = (await run(this.tx, statement, { id }))[0];
    if (!record) return [];
    // Ordered by kind, as the protocol expects: deelname, knooppunt, overdracht.
    return (['deelname', 'knooppunt', 'overdracht'] as const).flatMap((soort) =>
      (fromNeo4j(record.get(soort)) as string[]).map((ref) => ({ kind: soort, id: ref })),
    );
  }

  async accounts(): Promise<StoredAccount[]> {
    return (await run(this.tx, 'loadAccounts')).map(
      (r) => JSON.parse(r.get('doc') as string) as StoredAccount,
    );
  }

  async account(id: string): Promise<StoredAccount | undefined> {
    const record = (await run(this.tx, 'lockAccount', { id }))[0];
    return record && (JSON.parse(record.get('doc') as string) as StoredAccount);
  }

  async accountHolder(sleutel: string, id: string): Promise<boolean> {
    return (await run(this.tx, 'holderAccount', { key: sleutel, id })).length > 0;
  }

  async putAccount(account: StoredAccount, sleutel: string, nieuw: boolean): Promise<void> {
    await run(this.tx, nieuw ? 'createAccount' : 'updateAccount', {
      id: account.id,
      sleutel,
      versie: neo4j.int(account.versie),
      doc: JSON.stringify(account),
    });
  }

  async endSessionsOf(accountId: string): Promise<void> {
    await run(this.tx, 'endSessiesOf', { accountId });
  }

  async bumpAccountsRevision(): Promise<void> {
    await run(this.tx, 'bumpAccountsRevision');
  }

  async bumpRevision(): Promise<void> {
    await run(this.tx, 'bumpRevision');
  }

  /** The record's time is the database's, so it rises with the volgnummer whichever instance wrote (C17). */
  async auditHead() {
    const head = (await run(this.tx, 'lockAuditHead'))[0];
    const volgnummer = fromNeo4j(head?.get('volgnummer')) as number | null;
    const tijdMs = fromNeo4j(head?.get('tijdMs')) as number | null;
    return {
      vorige: volgnummer ? { volgnummer, hash: head?.get('hash') as string } : null,
      tijd: tijdMs === null ? null : new Date(tijdMs),
    };
  }

  async appendAudit(record: AuditRecord): Promise<void> {
    const result = await this.tx.run(STATEMENTS.appendAudit.cypher, {
      volgnummer: neo4j.int(record.volgnummer),
      hash: record.hash,
      knooppuntIds: record.knooppuntIds,
      doc: JSON.stringify(record),
      verzoekId: this.verzoekId,
    });
    // The record and one subject node per knooppunt. Without the Registry node the MATCH finds
    // nothing and the write would commit unaudited (C15).
    if (result.summary.counters.updates().nodesCreated !== 1 + record.knooppuntIds.length)
      throw new Error('Het auditspoor kon niet worden bijgewerkt: de registerknoop ontbreekt.');
    this.appended = record;
  }
}
