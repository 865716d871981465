// SPDX-License-Identifier: EUPL-1.2
// A region's inventory as spreadsheet rows (issue 8, H §2.6 stap 2): one sheet per kind, a
// column per field (fields.ts) after the id. exportSheet writes a kind; planImport reads
// rows back into the changes they mean, with every row error in plain Dutch, before anything is
// written. Rows of an export come back unchanged, so a round trip changes nothing. An import
// never deletes: what a sheet leaves out stays as it is.
import { canonicalJson } from './audit.ts';
import { ValidationError } from './errors.ts';
import { keuzeLabel } from './enum-labels.ts';
import {
  celItems,
  cellOf,
  inputOf,
  lijstCel,
  veldVanPad,
  VELDEN,
  waardeInWoorden,
  waardeOp,
  type Namen,
  type Veld,
} from './fields.ts';
import { ImportNamen, nieuwKnooppuntId, nieuwOrganisatieId, slug } from './import-namen.ts';
import { tekstSleutel } from './knooppunt-filter.ts';
import {
  gegevensVan,
  type EditableKind,
  type EditableKinds,
  type Knooppunt,
  type KnooppuntGegevens,
  type NewEntity,
  type Versioned,
} from './model.ts';
import {
  referencesOf,
  uniqueKeyOf,
  unknownReferenceMessage,
  type RefTarget,
} from './references.ts';
import { objectenVan, type RegistryIndex } from './registry-index.ts';
import { parseGegevens } from './validation.ts';
import { verificatieBehouden } from './verification.ts';

/** The sheets in the order an import applies them: what others point at comes first. */
export const BLADEN: readonly { kind: EditableKind; naam: string }[] = [
  { kind: 'organisatie', naam: 'Organisaties' },
  { kind: 'knooppunt', naam: 'Knooppunten' },
  { kind: 'deelname', naam: 'Deelnames' },
  { kind: 'overdracht', naam: 'Overdrachten' },
];

/** The columns of a sheet by key: the field's path, as earlier files and the seed data name them. */
export const kolommen = (kind: EditableKind): string[] => ['id', ...VELDEN[kind].map((v) => v.pad)];

/** The id column's title; every other column is titled by its field's label. */
export const ID_TITEL = 'Id';

/** A column's title as the sheets show it: the field's label. */
export const kolomTitel = (kind: EditableKind, pad: string): string =>
  pad === 'id' ? ID_TITEL : (VELDEN[kind].find((v) => v.pad === pad)?.label ?? pad);

/** The key of a column headed by its title or its key, in any case; undefined when unknown. */
export function kolomVanKop(kind: EditableKind, kop: string): string | undefined {
  const sleutel = tekstSleutel(kop);
  return kolommen(kind).find(
    (pad) => tekstSleutel(pad) === sleutel || tekstSleutel(kolomTitel(kind, pad)) === sleutel,
  );
}

export interface Blad {
  kind: EditableKind;
  naam: string;
  rijen: Record<string, string>[];
}

/**
 * A choice written as its label, the way the sheet's dropdown offers it; import reads both. The
 * verification record is written in words: it is for reading, an import never reads it.
 */
function exportCel(veld: Veld, gegevens: object, view: RegistryIndex): string {
  const cel = cellOf(veld, gegevens);
  const label = (code: string) => keuzeLabel(veld.waarden ?? [], code);
  if (veld.soort === 'keuze' && cel !== '') return label(cel);
  if (veld.soort === 'keuzes') return lijstCel(celItems(cel).map(label));
  if (veld.soort === 'verificatie')
    return waardeInWoorden(veld, waardeOp(gegevens, veld.pad), naamIn(view)) ?? '';
  return cel;
}

/** One sheet of everything stored of a kind, ended knooppunten included, in id order. */
export function exportSheet(view: RegistryIndex, blad: (typeof BLADEN)[number]): Blad {
  const objecten: Versioned[] = [...objectenVan(view, blad.kind).values()].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  return {
    ...blad,
    rijen: objecten.map((o) => ({
      id: o.id,
      ...Object.fromEntries(
        VELDEN[blad.kind].map((v) => [v.pad, exportCel(v, gegevensVan(o), view)]),
      ),
    })),
  };
}

/** A row as read: its sheet, its row number as the spreadsheet shows it, and its cells by column. */
export interface ImportRij {
  kind: EditableKind;
  blad: string;
  rij: number;
  cellen: Record<string, string>;
}

export interface RijFout {
  blad: string;
  rij: number;
  /** The column by its title (the field's label). */
  kolom: string | null;
  melding: string;
}

/** One field an import changes, as people read it: "Doelgroep: 18–99 → 12–99". */
export interface VeldWijziging {
  veld: string;
  oud: string;
  nieuw: string;
}

export interface GeplandeWijziging {
  kind: EditableKind;
  id: string;
  naam: string;
  blad: string;
  rij: number;
  /** Null: created; else the version it updates. */
  versie: number | null;
  gegevens: EditableKinds[EditableKind]['gegevens'];
  /** For a changed object, every field that changes; empty for a new one. */
  velden: VeldWijziging[];
}

export interface ImportPlan {
  /** Created and changed objects, in the order to write them. */
  wijzigingen: GeplandeWijziging[];
  ongewijzigd: number;
  fouten: RijFout[];
}

/** An id for a new row without one, readable and the same on every run over the same row. */
function nieuwId(kind: EditableKind, gegevens: EditableKinds[EditableKind]['gegevens']): string {
  const g = gegevens as unknown as Record<string, string>;
  switch (kind) {
    case 'knooppunt':
      return nieuwKnooppuntId(g['regioId']!, g['naam']!);
    case 'organisatie':
      return nieuwOrganisatieId(g['naam']!);
    case 'deelname':
      return `${g['organisatieId']}--${g['knooppuntId']}`;
    case 'overdracht':
      return `${g['vanId']}--${g['naarId']}--${slug(g['soort']!)}`;
  }
}

function naamVan(kind: EditableKind, gegevens: object, namen: ImportNamen): string {
  const g = gegevens as Record<string, string>;
  if (kind === 'deelname')
    return `${namen.naam('organisatie', g['organisatieId']!)} in ${namen.naam('knooppunt', g['knooppuntId']!)}`;
  if (kind === 'overdracht')
    return `${namen.naam('knooppunt', g['vanId']!)} → ${namen.naam('knooppunt', g['naarId']!)}`;
  return g['naam'] ?? '?';
}

const LIJSTEN = new Set<Veld['soort']>(['keuzes', 'refs', 'wetten', 'aanpalend']);

/** Two cells mean the same; a list in another order is no change. */
const zelfde = (veld: Veld, a: string, b: string) =>
  a === b ||
  (LIJSTEN.has(veld.soort) && celItems(a).sort().join('\n') === celItems(b).sort().join('\n'));

/** The fields that differ between a stored description and the imported one, in words. */
function veldVerschillen(
  kind: EditableKind,
  oud: object,
  nieuw: object,
  naam: (doel: RefTarget, id: string) => string,
): VeldWijziging[] {
  return VELDEN[kind].flatMap((veld) => {
    const [a, b] = [cellOf(veld, oud), cellOf(veld, nieuw)];
    if (zelfde(veld, a, b)) return [];
    const inWoorden = (gegevens: object) =>
      waardeInWoorden(veld, waardeOp(gegevens, veld.pad), naam) ?? '';
    return [{ veld: veld.label, oud: inWoorden(oud), nieuw: inWoorden(nieuw) }];
  });
}

const REFERENCE_LISTS: Record<RefTarget, (view: RegistryIndex) => ReadonlyMap<string, unknown>> = {
  knooppunt: (v) => v.knooppunten,
  organisatie: (v) => v.organisaties,
  thema: (v) => v.themas,
  gemeente: (v) => v.gemeenten,
  regio: (v) => v.regios,
  wet: (v) => v.wetten,
};

/** The name of what an id points at in the registry; undefined when there is none. */
const naamIn =
  (view: RegistryIndex): Namen =>
  (doel, id) =>
    (REFERENCE_LISTS[doel](view).get(id) as { naam?: string } | undefined)?.naam;

export interface PlanOpties {
  /**
   * Take the verification columns as they are: only for start data an operator loads on the
   * server (`npm run seed`), never for an upload, where only verifying may set them.
   */
  verificatieOvernemen?: boolean;
}

/**
 * What the rows would change in the registry: created, changed and unchanged objects, and every
 * problem per row and column. References may name objects by id or name (import-namen.ts), also
 * objects the same import creates.
 */
export function planImport(
  view: RegistryIndex,
  rijen: readonly ImportRij[],
  { verificatieOvernemen = false }: PlanOpties = {},
): ImportPlan {
  const plan: ImportPlan = { wijzigingen: [], ongewijzigd: 0, fouten: [] };
  const geldig: {
    rij: ImportRij;
    id: string;
    gegevens: EditableKinds[EditableKind]['gegevens'];
  }[] = [];
  const fout = (rij: ImportRij, pad: string | null, melding: string) =>
    plan.fouten.push({
      blad: rij.blad,
      rij: rij.rij,
      kolom: pad === null ? null : kolomTitel(rij.kind, pad),
      melding,
    });

  const geordend = [...rijen].sort(
    (a, b) =>
      BLADEN.findIndex((x) => x.kind === a.kind) - BLADEN.findIndex((x) => x.kind === b.kind) ||
      a.rij - b.rij,
  );
  const namen = new ImportNamen(view, geordend);
  for (const rij of geordend) {
    // Every problem of a row at once: unknown references as well as cells that mean nothing.
    const { cellen, fouten: verwijzingen } = namen.los(rij);
    verwijzingen.forEach((f) => fout(rij, f.pad, f.melding));
    const { input, fouten } = inputOf(rij.kind, cellen);
    fouten.forEach((f) => fout(rij, f.pad, f.melding));
    if (fouten.length > 0) continue;
    try {
      const gegevens = parseGegevens(rij.kind, input);
      const id = cellen['id']?.trim() || nieuwId(rij.kind, gegevens);
      if (verwijzingen.length === 0) geldig.push({ rij, id, gegevens });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      error.issues.forEach((i) => fout(rij, veldVanPad(rij.kind, i.field)?.pad ?? null, i.message));
    }
  }

  // Ids and unique keys: once per import, and not taken by another stored object.
  const herschreven = new Set(geldig.map(({ rij, id }) => `${rij.kind}|${id}`));
  const sleutels = new Map<string, string>();
  for (const { kind } of BLADEN) {
    for (const entity of objectenVan(view, kind).values()) {
      if (!herschreven.has(`${kind}|${entity.id}`))
        sleutels.set(`${kind}|${uniqueKeyOf(kind, gegevensVan(entity) as never).key}`, entity.id);
    }
  }
  const ids = new Map<string, ImportRij>();
  const goed = geldig.filter(({ rij, id, gegevens }) => {
    const eerder = ids.get(`${rij.kind}|${id}`);
    if (eerder)
      return (fout(rij, 'id', `Id ‘${id}’ staat ook in ${eerder.blad} rij ${eerder.rij}`), false);
    ids.set(`${rij.kind}|${id}`, rij);
    const uniek = uniqueKeyOf(rij.kind, gegevens);
    const key = `${rij.kind}|${uniek.key}`;
    const bezet = sleutels.get(key);
    if (bezet !== undefined && bezet !== id) return (fout(rij, uniek.field, uniek.message), false);
    sleutels.set(key, id);
    return true;
  });

  // References: to a stored object, or to one this import creates without errors.
  const nieuw = new Set(goed.map(({ rij, id }) => `${rij.kind}|${id}`));
  for (const { rij, id, gegevens: gelezen } of goed) {
    const onbekend = referencesOf(rij.kind, gelezen).filter(
      (ref) =>
        !REFERENCE_LISTS[ref.target](view).has(ref.id) && !nieuw.has(`${ref.target}|${ref.id}`),
    );
    if (onbekend.length > 0) {
      onbekend.forEach((ref) =>
        fout(
          rij,
          veldVanPad(rij.kind, `input.${ref.field}`)?.pad ?? null,
          unknownReferenceMessage(ref),
        ),
      );
      continue;
    }
    const bestaand: Versioned | undefined = objectenVan(view, rij.kind).get(id);
    // The verification columns are for reading: only verifying sets them (security review L2).
    const gegevens =
      rij.kind === 'knooppunt' && !verificatieOvernemen
        ? verificatieBehouden(gelezen as KnooppuntGegevens, bestaand as Knooppunt | undefined)
        : gelezen;
    const velden = bestaand
      ? veldVerschillen(rij.kind, gegevensVan(bestaand), gegevens, (d, i) => namen.naam(d, i))
      : [];
    // Unchanged also when it differs only where a sheet has no say: a list's order, or what
    // only verifying records.
    if (bestaand && velden.length === 0) plan.ongewijzigd++;
    else
      plan.wijzigingen.push({
        kind: rij.kind,
        id,
        naam: naamVan(rij.kind, gegevens, namen),
        blad: rij.blad,
        rij: rij.rij,
        versie: bestaand?.versie ?? null,
        gegevens,
        velden,
      });
  }
  plan.fouten.sort(
    (a, b) =>
      BLADEN.findIndex((x) => x.naam === a.blad) - BLADEN.findIndex((x) => x.naam === b.blad) ||
      a.rij - b.rij,
  );
  return plan;
}

/** The answer of the preview, and of the confirmation (with the number of objects written). */
export interface ImportAntwoord {
  wijzigingen: {
    soort: EditableKind;
    id: string;
    naam: string;
    blad: string;
    rij: number;
    nieuw: boolean;
    velden: VeldWijziging[];
  }[];
  ongewijzigd: number;
  /** The first IMPORT_GRENZEN.getoondeFouten row errors; aantalFouten counts them all. */
  fouten: RijFout[];
  aantalFouten: number;
  sleutel: string;
  geschreven?: number;
}

/** What a plan would write, as canonical text: equal plans, equal text. */
export function planInhoud(plan: ImportPlan): string {
  return canonicalJson(
    plan.wijzigingen.map(({ kind, id, versie, gegevens }) => [kind, id, versie, gegevens]),
  );
}

/**
 * The writes of a plan, in order. A new knooppunt that names another new one as aanpalend is
 * first created without those mentions and completed at the end, so pairs that name each other
 * can arrive in one import (the store checks every reference as it writes).
 */
export function writesOf(plan: ImportPlan): (NewEntity & { versie: number | null })[] {
  const nieuw = new Set(
    plan.wijzigingen.filter((w) => w.versie === null && w.kind === 'knooppunt').map((w) => w.id),
  );
  const writes: (NewEntity & { versie: number | null })[] = [];
  const later: (NewEntity & { versie: number | null })[] = [];
  for (const { kind, id, versie, gegevens } of plan.wijzigingen) {
    const k = gegevens as KnooppuntGegevens;
    if (
      kind === 'knooppunt' &&
      versie === null &&
      k.aanpalend.some((a) => nieuw.has(a.knooppuntId))
    ) {
      writes.push({
        kind,
        id,
        versie: null,
        gegevens: { ...k, aanpalend: k.aanpalend.filter((a) => !nieuw.has(a.knooppuntId)) },
      });
      later.push({ kind, id, versie: 1, gegevens: k });
    } else {
      writes.push({ kind, id, versie, gegevens } as NewEntity & { versie: number | null });
    }
  }
  return [...writes, ...later];
}
