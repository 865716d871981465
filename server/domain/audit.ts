// SPDX-License-Identifier: EUPL-1.2
// The audit trail (H §3.2 (7) verantwoordingsplicht, §3.5 informatiebeveiliging): every change and
// every refused attempt leaves a record of actor, action, object, result, time and origin. Records
// form a chain of HMACs under a key from configuration (never in the store), so altering, removing
// or reordering one is noticed by verifyChain, even by someone who can rewrite the store and knows
// this code. Cutting off the tail is noticed against a head kept elsewhere (an anchor, verifyAnker).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { VELDEN } from './fields.ts';
import type { EditableKind } from './model.ts';

export const AUDIT_ACTIES = [
  'MAKEN',
  'WIJZIGEN',
  'VERWIJDEREN',
  'VERIFIEREN',
  'HERSTELLEN',
  'IMPORTEREN',
  'AANMELDEN',
  'ACCOUNT_MAKEN',
  'ACCOUNT_WIJZIGEN',
] as const;
export type AuditActie = (typeof AUDIT_ACTIES)[number];

export const AUDIT_RESULTATEN = [
  'GELUKT',
  'GEWEIGERD',
  'ONGELDIG',
  'CONFLICT',
  'NIET_GEVONDEN',
  'MISLUKT',
] as const;
export type AuditResultaat = (typeof AUDIT_RESULTATEN)[number];

/** One object's state before and after; null where it did not (or no longer) exist. */
export interface AuditWijziging {
  kind: EditableKind | 'account';
  id: string;
  voor: object | null;
  na: object | null;
}

/** What happened, as the application describes it; the store adds sequence number, time and hashes. */
export interface AuditEntry {
  actie: AuditActie;
  /** Account id and name; "systeem" for start-up work, null for an unknown person signing in. */
  actorId: string | null;
  actorNaam: string | null;
  /** Where the request came from (client address), for security investigations (§3.5). */
  herkomst: string;
  object: { kind: EditableKind | 'account' | 'register'; id: string } | null;
  resultaat: AuditResultaat;
  /** Why it was refused or failed, in words; null when it succeeded. */
  melding: string | null;
  wijzigingen: AuditWijziging[];
  /** The knooppunten whose history this belongs in (a deelname or overdracht belongs to its knooppunten). */
  knooppuntIds: string[];
}

export interface AuditRecord extends AuditEntry {
  volgnummer: number;
  /** ISO timestamp. */
  tijd: string;
  vorigeHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level: one byte sequence per value, whatever the store did to key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined,
    );
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const hashOf = (record: Omit<AuditRecord, 'hash'>, sleutel: string): string =>
  createHmac('sha256', sleutel).update(canonicalJson(record)).digest('hex');

/** The next record of the chain, keyed: without the key nobody can make a record that verifies. */
export function chainRecord(
  previous: AuditAnker | null,
  tijd: Date,
  entry: AuditEntry,
  sleutel: string,
): AuditRecord {
  // Only the entry's own fields: whatever else a caller's object carries is not part of the record.
  const {
    actie,
    actorId,
    actorNaam,
    herkomst,
    object,
    resultaat,
    melding,
    wijzigingen,
    knooppuntIds,
  } = entry;
  const body = {
    actie,
    actorId,
    actorNaam,
    herkomst,
    object,
    resultaat,
    melding,
    wijzigingen,
    knooppuntIds,
    volgnummer: (previous?.volgnummer ?? 0) + 1,
    tijd: tijd.toISOString(),
    vorigeHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...body, hash: hashOf(body, sleutel) };
}

/** Where a check found the trail broken (null: no single record, e.g. an object without one), and why. */
export interface Breuk {
  volgnummer: number | null;
  reden: string;
}

export type ChainCheck =
  { intact: true; aantal: number } | ({ intact: false; aantal: number } & Breuk);

/** Checks records in order from the first: each links to the one before and its HMAC matches its content. */
export function verifyChain(records: readonly AuditRecord[], sleutel: string): ChainCheck {
  let previous: AuditRecord | null = null;
  for (const record of records) {
    const expected = (previous?.volgnummer ?? 0) + 1;
    const broken = (reden: string): ChainCheck => ({
      intact: false,
      aantal: records.length,
      volgnummer: record.volgnummer,
      reden,
    });
    if (record.volgnummer !== expected) return broken(`volgnummer ${expected} ontbreekt`);
    if (record.vorigeHash !== (previous?.hash ?? GENESIS_HASH))
      return broken('de koppeling met het vorige record klopt niet');
    const { hash, ...body } = record;
    if (hashOf(body, sleutel) !== hash) return broken('de inhoud is gewijzigd na vastleggen');
    previous = record;
  }
  return { intact: true, aantal: records.length };
}

/** The head of the chain as kept outside the store: by an auditor (signed), or in the app's memory. */
export interface AuditAnker {
  volgnummer: number;
  hash: string;
}

export interface GetekendAnker extends AuditAnker {
  handtekening: string;
}

/** The registry's signature on a head: an auditor can show later that this head was the registry's own. */
export const ankerHandtekening = (anker: AuditAnker, sleutel: string): string =>
  createHmac('sha256', sleutel).update(`${anker.volgnummer}:${anker.hash}`).digest('hex');

export function ankerOndertekend(anker: GetekendAnker, sleutel: string): boolean {
  const expected = Buffer.from(ankerHandtekening(anker, sleutel));
  const given = Buffer.from(anker.handtekening);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Checks a verified chain against a head known from elsewhere (`bron` names it in the reason):
 * the record must still be there, with the same hash. This is what notices a cut-off tail, and a
 * chain recomputed with a stolen key.
 */
export function verifyAnker(
  records: readonly AuditRecord[],
  anker: AuditAnker,
  bron: string,
): Breuk | null {
  const record = records[anker.volgnummer - 1];
  if (record?.volgnummer !== anker.volgnummer) {
    return {
      volgnummer: anker.volgnummer,
      reden: `auditrecord ${anker.volgnummer} ontbreekt: de keten is ingekort (${bron} reikt tot ${anker.volgnummer}, de keten tot ${records.at(-1)?.volgnummer ?? 0})`,
    };
  }
  if (record.hash !== anker.hash)
    return {
      volgnummer: anker.volgnummer,
      reden: `auditrecord ${anker.volgnummer} wijkt af van ${bron}: de keten is herschreven`,
    };
  return null;
}

/** Who acts, and from where: what a write carries to its audit record. */
export interface AuditContext {
  actorId: string | null;
  actorNaam: string | null;
  herkomst: string;
}

/** A write as the store receives it: when, by whom, and (for verifying or restoring) which action it is. */
export interface Wijziging {
  at: Date;
  context: AuditContext;
  actie?: AuditActie;
}

/** The knooppunten whose history a change of this object belongs in. */
export function knooppuntIdsOf(
  kind: AuditWijziging['kind'],
  state: object | null,
  id: string,
): string[] {
  if (kind === 'knooppunt') return [id];
  if (state === null) return [];
  const fields = state as Record<string, unknown>;
  const ids =
    kind === 'deelname'
      ? [fields['knooppuntId']]
      : kind === 'overdracht'
        ? [fields['vanId'], fields['naarId']]
        : [];
  return ids.filter((x): x is string => typeof x === 'string');
}

/**
 * A record as a knooppunt's history shows it: only the changes that belong to that knooppunt (an
 * import or the seed changes hundreds of objects in one record).
 */
export function alleenVanKnooppunt(record: AuditRecord, knooppuntId: string): AuditRecord {
  const hoortErbij = (w: AuditWijziging) =>
    [...knooppuntIdsOf(w.kind, w.voor, w.id), ...knooppuntIdsOf(w.kind, w.na, w.id)].includes(
      knooppuntId,
    );
  return { ...record, wijzigingen: record.wijzigingen.filter(hoortErbij) };
}

/**
 * The audit entry of a successful write, from the states the store saw inside its transaction.
 * The object is the first change's (a removed knooppunt, before what went with it), or the register.
 */
export function writeEntry(
  wijziging: Wijziging,
  actie: AuditActie,
  wijzigingen: AuditWijziging[],
  object: AuditEntry['object'] = null,
): AuditEntry {
  const [first] = wijzigingen;
  return {
    actie: wijziging.actie ?? actie,
    actorId: wijziging.context.actorId,
    actorNaam: wijziging.context.actorNaam,
    herkomst: wijziging.context.herkomst,
    object: object ?? (first ? { kind: first.kind, id: first.id } : null),
    resultaat: 'GELUKT',
    melding: null,
    wijzigingen,
    knooppuntIds: [
      ...new Set(
        wijzigingen.flatMap((w) => [
          ...knooppuntIdsOf(w.kind, w.voor, w.id),
          ...knooppuntIdsOf(w.kind, w.na, w.id),
        ]),
      ),
    ],
  };
}

/** The system's own writes (seeding, migrations). */
export const SYSTEEM_CONTEXT: AuditContext = {
  actorId: 'systeem',
  actorNaam: 'Systeem',
  herkomst: 'intern',
};
export const systeemWijziging = (at: Date = new Date()): Wijziging => ({
  at,
  context: SYSTEEM_CONTEXT,
});

const META = new Set(['id', 'versie', 'gewijzigdOp']);

/**
 * The lists of a kind whose order carries no meaning (signalen, thema's, gemeenten, wetten,
 * aanpalend, an account's organisaties): putting them in another order is no change (ux review
 * row 28), in the history nor for "gewijzigd na verificatie".
 */
const SETS: Record<AuditWijziging['kind'], ReadonlySet<string>> = {
  ...(Object.fromEntries(
    Object.entries(VELDEN).map(([kind, velden]) => [
      kind,
      new Set(
        velden
          .filter((v) => ['keuzes', 'refs', 'wetten', 'aanpalend'].includes(v.soort))
          .map((v) => v.pad),
      ),
    ]),
  ) as unknown as Record<EditableKind, ReadonlySet<string>>),
  account: new Set(['organisatieIds']),
};

/** Whether this field of the kind is a list whose order carries no meaning. */
export const isVerzameling = (kind: AuditWijziging['kind'], veld: string): boolean =>
  SETS[kind].has(veld);

/** A field's value as text to compare: a set's items sorted, so their order does not count. */
function vergelijkbaar(kind: AuditWijziging['kind'], veld: string, waarde: unknown): string {
  if (!Array.isArray(waarde) || !isVerzameling(kind, veld)) return canonicalJson(waarde);
  return `[${waarde.map(canonicalJson).sort().join(',')}]`;
}

/** The fields that differ between two states, as JSON text, in the order of the fields. */
export function veldWijzigingen(
  voor: object | null,
  na: object | null,
  kind: AuditWijziging['kind'],
): { veld: string; voor: string | null; na: string | null }[] {
  const a = (voor ?? {}) as Record<string, unknown>;
  const b = (na ?? {}) as Record<string, unknown>;
  const velden = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((v) => !META.has(v));
  return velden
    .filter(
      (veld) =>
        !(veld in a && veld in b) ||
        vergelijkbaar(kind, veld, a[veld]) !== vergelijkbaar(kind, veld, b[veld]),
    )
    .map((veld) => ({
      veld,
      voor: veld in a ? canonicalJson(a[veld]) : null,
      na: veld in b ? canonicalJson(b[veld]) : null,
    }));
}

/**
 * The new description with the stored order kept for every set that did not change as a set:
 * a form that sends the same thema's in another order writes nothing new there.
 */
export function volgordeBehouden<T extends object>(kind: EditableKind, nieuw: T, oud: object): T {
  const huidig = oud as Record<string, unknown>;
  const kopie = { ...nieuw } as Record<string, unknown>;
  for (const veld of SETS[kind])
    if (
      veld in huidig &&
      vergelijkbaar(kind, veld, kopie[veld]) === vergelijkbaar(kind, veld, huidig[veld])
    )
      kopie[veld] = huidig[veld];
  return kopie as T;
}
