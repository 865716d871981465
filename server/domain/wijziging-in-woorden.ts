// SPDX-License-Identifier: EUPL-1.2
// The audit trail in words, as a beheerder and an auditor read it (ux review rows 27–28, defect 9):
// "Doel gewijzigd van … naar …", fields by the label the form shows, values as people read them
// (labels of codes, names of thema's, gemeenten and organisaties, dates in Dutch), and a sentence
// per record: who did what to which object, and with what result (H §3.2 (7) verantwoordingsplicht).
import { isVerzameling, type AuditRecord, type AuditWijziging } from './audit.ts';
import { ENUM_LABELS } from './enum-labels.ts';
import {
  itemsInWoorden,
  naamVan,
  VELDEN,
  waardeInWoorden,
  waardeOp,
  type Namen,
  type Veld,
} from './fields.ts';
import type { RefTarget } from './references.ts';
import type { RegistryIndex } from './registry-index.ts';
import { opsomming } from './taal.ts';

export function namenUit(index: RegistryIndex): Namen {
  const lijsten = {
    knooppunt: index.knooppunten,
    organisatie: index.organisaties,
    thema: index.themas,
    gemeente: index.gemeenten,
    regio: index.regios,
    wet: index.wetten,
  } as const;
  return (doel, id) => {
    const gevonden = lijsten[doel].get(id);
    return gevonden && ('afkorting' in gevonden ? gevonden.afkorting : gevonden.naam);
  };
}

/** One field's change in words. */
export interface VeldInWoorden {
  pad: string;
  label: string;
  /** The whole value before and after, as people read it; null when empty. */
  voor: string | null;
  na: string | null;
  /** For a list whose order means nothing: what came in and what went. */
  toegevoegd: string[];
  verwijderd: string[];
  /** "Doel gewijzigd van ‘…’ naar ‘…’". */
  zin: string;
}

/** An account's fields, as the account form names them. */
const ACCOUNT_VELDEN: readonly Veld[] = [
  { pad: 'gebruikersnaam', label: 'Gebruikersnaam', soort: 'tekst', groep: 'Account' },
  { pad: 'naam', label: 'Naam', soort: 'tekst', groep: 'Account' },
  {
    pad: 'rol',
    label: 'Rol',
    soort: 'keuze',
    waarden: Object.keys(ENUM_LABELS.AccountRol),
    groep: 'Account',
  },
  {
    pad: 'organisatieIds',
    label: 'Organisaties',
    soort: 'refs',
    doel: 'organisatie',
    groep: 'Account',
  },
  { pad: 'actief', label: 'Actief', soort: 'janee', groep: 'Account' },
  { pad: 'oidcSubject', label: 'Organisatie-account', soort: 'tekst', groep: 'Account' },
];

const veldenVan = (kind: AuditWijziging['kind']): readonly Veld[] =>
  kind === 'account' ? ACCOUNT_VELDEN : VELDEN[kind];

const aanhalen = (tekst: string) => `‘${tekst}’`;

/** The sentence of one field's change. */
function zinVan(label: string, v: Omit<VeldInWoorden, 'zin' | 'pad' | 'label'>): string {
  if (v.toegevoegd.length > 0 || v.verwijderd.length > 0)
    return [
      `${label}:`,
      [
        ...(v.toegevoegd.length ? [`${opsomming(v.toegevoegd.map(aanhalen))} toegevoegd`] : []),
        ...(v.verwijderd.length ? [`${opsomming(v.verwijderd.map(aanhalen))} verwijderd`] : []),
      ].join('; '),
    ].join(' ');
  if (v.voor === null) return `${label} ingevuld: ${aanhalen(v.na ?? '')}`;
  if (v.na === null) return `${label} leeggemaakt (was ${aanhalen(v.voor)})`;
  return `${label} gewijzigd van ${aanhalen(v.voor)} naar ${aanhalen(v.na)}`;
}

/** The fields that changed between two states of an object, in the order of the form, in words. */
export function veldenInWoorden(w: AuditWijziging, namen: Namen): VeldInWoorden[] {
  if (w.voor === null || w.na === null) return [];
  return veldenVan(w.kind).flatMap((veld) => {
    const a = waardeOp(w.voor, veld.pad);
    const b = waardeOp(w.na, veld.pad);
    if (Array.isArray(a) && Array.isArray(b) && isVerzameling(w.kind, veld.pad)) {
      const sleutel = (x: unknown) => JSON.stringify(x);
      const inA = new Set(a.map(sleutel));
      const inB = new Set(b.map(sleutel));
      const erbij = b.filter((x) => !inA.has(sleutel(x)));
      const eraf = a.filter((x) => !inB.has(sleutel(x)));
      if (erbij.length === 0 && eraf.length === 0) return [];
      const v = {
        voor: waardeInWoorden(veld, a, namen),
        na: waardeInWoorden(veld, b, namen),
        toegevoegd: itemsInWoorden(veld, erbij, namen),
        verwijderd: itemsInWoorden(veld, eraf, namen),
      };
      return [{ pad: veld.pad, label: veld.label, ...v, zin: zinVan(veld.label, v) }];
    }
    const voor = waardeInWoorden(veld, a, namen);
    const na = waardeInWoorden(veld, b, namen);
    if (JSON.stringify(a ?? null) === JSON.stringify(b ?? null)) return [];
    const v = { voor, na, toegevoegd: [], verwijderd: [] };
    return [{ pad: veld.pad, label: veld.label, ...v, zin: zinVan(veld.label, v) }];
  });
}

/** "Knooppunt ‘Veilig Thuis’", "Deelname van ‘GGZ’ aan ‘Veilig Thuis’", "Route van ‘A’ naar ‘B’". */
export function onderwerpVan(
  w: Pick<AuditWijziging, 'kind' | 'id' | 'voor' | 'na'>,
  namen: Namen,
): string {
  const staat = (w.na ?? w.voor ?? {}) as Record<string, unknown>;
  const tekst = (k: string) => (typeof staat[k] === 'string' ? staat[k] : undefined);
  const naam = (doel: RefTarget, id: string | undefined) =>
    aanhalen(id === undefined ? '?' : naamVan(namen, doel, id));
  switch (w.kind) {
    case 'knooppunt':
      return `Knooppunt ${aanhalen(tekst('naam') ?? naamVan(namen, 'knooppunt', w.id))}`;
    case 'organisatie':
      return `Organisatie ${aanhalen(tekst('naam') ?? naamVan(namen, 'organisatie', w.id))}`;
    case 'deelname':
      return `Deelname van ${naam('organisatie', tekst('organisatieId'))} aan ${naam('knooppunt', tekst('knooppuntId'))}`;
    case 'overdracht':
      return `Route van ${naam('knooppunt', tekst('vanId'))} naar ${naam('knooppunt', tekst('naarId'))}`;
    case 'account':
      return `Account ${aanhalen(tekst('naam') ?? w.id)}`;
  }
}

/** What was done, around the object: "legde … vast", "wijzigde …". */
const VOLTOOID: Record<AuditRecord['actie'], [string, string]> = {
  MAKEN: ['legde', ' vast'],
  WIJZIGEN: ['wijzigde', ''],
  VERWIJDEREN: ['verwijderde', ''],
  VERIFIEREN: ['verifieerde', ''],
  HERSTELLEN: ['zette een eerdere versie terug van', ''],
  IMPORTEREN: ['importeerde in', ''],
  AANMELDEN: ['meldde zich aan', ''],
  ACCOUNT_MAKEN: ['maakte', ' aan'],
  ACCOUNT_WIJZIGEN: ['wijzigde', ''],
};
const POGING: Record<AuditRecord['actie'], string> = {
  MAKEN: 'vast te leggen',
  WIJZIGEN: 'te wijzigen',
  VERWIJDEREN: 'te verwijderen',
  VERIFIEREN: 'te verifiëren',
  HERSTELLEN: 'terug te zetten',
  IMPORTEREN: 'te importeren',
  AANMELDEN: 'aan te melden',
  ACCOUNT_MAKEN: 'aan te maken',
  ACCOUNT_WIJZIGEN: 'te wijzigen',
};

/** The object a record is about, in words. */
function objectVan(record: AuditRecord, namen: Namen): string {
  const { object } = record;
  if (object === null || object.kind === 'register') {
    const n = record.wijzigingen.length;
    return n === 0 ? 'het register' : `het register (${n === 1 ? '1 object' : `${n} objecten`})`;
  }
  const eigen = record.wijzigingen.find((w) => w.kind === object.kind && w.id === object.id);
  return onderwerpVan(eigen ?? { kind: object.kind, id: object.id, voor: null, na: null }, namen);
}

/**
 * One record as a sentence: "Rita Redacteur wijzigde Knooppunt ‘Veilig Thuis’: Doel, Thema's." or
 * "Geweigerd: een onbekende probeerde Knooppunt ‘X’ te wijzigen (reden)."
 */
export function recordInWoorden(record: AuditRecord, namen: Namen): string {
  const wie = record.actorNaam ?? 'Iemand die niet bekend is';
  if (record.actie === 'AANMELDEN')
    return record.resultaat === 'GELUKT'
      ? `${wie} meldde zich aan.`
      : `Aanmelden mislukt voor ${record.actorNaam ?? 'een onbekende gebruikersnaam'}${record.melding ? ` (${record.melding})` : ''}.`;
  const object = objectVan(record, namen);
  if (record.resultaat !== 'GELUKT') {
    const uitkomst = ENUM_LABELS.AuditResultaat[record.resultaat].split(' — ')[0];
    return `${uitkomst}: ${wie} probeerde ${object} ${POGING[record.actie]}${record.melding ? ` (${record.melding.replace(/\.$/, '')})` : ''}.`;
  }
  const eigen = record.wijzigingen.length === 1 ? record.wijzigingen[0] : undefined;
  const velden = eigen ? veldenInWoorden(eigen, namen).map((v) => v.label) : [];
  const [voor, na] = VOLTOOID[record.actie];
  const zin = `${wie} ${voor} ${object}${na}`;
  return `${zin}${velden.length > 0 ? `: ${opsomming(velden)}` : ''}.`;
}
