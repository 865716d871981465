// SPDX-License-Identifier: EUPL-1.2
// Who may do what (issue 8): one table, read by the server for every mutation and every field
// that is not public. A redacteur edits the knooppunten its organisaties are belegd bij (with
// their routes out), and its own deelnames anywhere; taking part is enough to verify, not to edit,
// so no chain of allowed steps hands a redacteur another organisation's knooppunt (security
// review H1). A beheerder of the region does everything.
import type { Actor, AccountRol } from './accounts.ts';
import type {
  DeelnameGegevens,
  Knooppunt,
  KnooppuntGegevens,
  OverdrachtGegevens,
} from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

export const ACTIES = [
  'KNOOPPUNT_MAKEN',
  'KNOOPPUNT_WIJZIGEN',
  'KNOOPPUNT_VERWIJDEREN',
  'DEELNAME_SCHRIJVEN',
  'OVERDRACHT_SCHRIJVEN',
  'ORGANISATIE_MAKEN',
  'ORGANISATIE_WIJZIGEN',
  'ORGANISATIE_VERWIJDEREN',
  'VERIFIEREN',
  'GESCHIEDENIS_LEZEN',
  'IMPORTEREN',
  'ACCOUNTS_BEHEREN',
  'AUDIT_LEZEN',
] as const;
export type Actie = (typeof ACTIES)[number];

/**
 * How an actor's organisaties relate to an object: BEHEERT (the knooppunt is belegd bij one of
 * them), NEEMT_DEEL (one of them takes part in the knooppunt), EIGEN (the organisatie or deelname
 * is their own).
 */
export const RELATIES = ['BEHEERT', 'NEEMT_DEEL', 'EIGEN'] as const;
export type Relatie = (typeof RELATIES)[number];

type Regel = 'ALTIJD' | 'NOOIT' | readonly Relatie[];

/** The policy table. For an overdracht the relation is the actor's to the sending knooppunt (§5.3). */
export const BELEID: Record<AccountRol, Record<Actie, Regel>> = {
  LEZER: {
    KNOOPPUNT_MAKEN: 'NOOIT',
    KNOOPPUNT_WIJZIGEN: 'NOOIT',
    KNOOPPUNT_VERWIJDEREN: 'NOOIT',
    DEELNAME_SCHRIJVEN: 'NOOIT',
    OVERDRACHT_SCHRIJVEN: 'NOOIT',
    ORGANISATIE_MAKEN: 'NOOIT',
    ORGANISATIE_WIJZIGEN: 'NOOIT',
    ORGANISATIE_VERWIJDEREN: 'NOOIT',
    VERIFIEREN: 'NOOIT',
    GESCHIEDENIS_LEZEN: 'ALTIJD',
    IMPORTEREN: 'NOOIT',
    ACCOUNTS_BEHEREN: 'NOOIT',
    AUDIT_LEZEN: 'NOOIT',
  },
  REDACTEUR: {
    KNOOPPUNT_MAKEN: ['BEHEERT'],
    KNOOPPUNT_WIJZIGEN: ['BEHEERT'],
    KNOOPPUNT_VERWIJDEREN: ['BEHEERT'],
    DEELNAME_SCHRIJVEN: ['EIGEN', 'BEHEERT'],
    OVERDRACHT_SCHRIJVEN: ['BEHEERT'],
    ORGANISATIE_MAKEN: 'NOOIT',
    ORGANISATIE_WIJZIGEN: ['EIGEN'],
    ORGANISATIE_VERWIJDEREN: 'NOOIT',
    VERIFIEREN: ['BEHEERT', 'NEEMT_DEEL'],
    GESCHIEDENIS_LEZEN: 'ALTIJD',
    IMPORTEREN: 'NOOIT',
    ACCOUNTS_BEHEREN: 'NOOIT',
    AUDIT_LEZEN: 'NOOIT',
  },
  BEHEERDER: Object.fromEntries(ACTIES.map((a) => [a, 'ALTIJD'])) as Record<Actie, Regel>,
};

/** The object an action is about, as it is or as it would become. */
export type Doel =
  | { kind: 'knooppunt'; id: string | null; gegevens: Pick<KnooppuntGegevens, 'belegdBijId'> }
  | { kind: 'deelname'; gegevens: Pick<DeelnameGegevens, 'organisatieId' | 'knooppuntId'> }
  | { kind: 'overdracht'; gegevens: Pick<OverdrachtGegevens, 'vanId'> }
  | { kind: 'organisatie'; id: string | null };

function knooppuntRelaties(
  index: RegistryIndex,
  eigen: ReadonlySet<string>,
  id: string | null,
  belegdBijId: string | null,
): Relatie[] {
  const relaties: Relatie[] = [];
  if (belegdBijId !== null && eigen.has(belegdBijId)) relaties.push('BEHEERT');
  if (
    id !== null &&
    (index.deelnamesVanKnooppunt.get(id) ?? []).some((d) => eigen.has(d.organisatieId))
  )
    relaties.push('NEEMT_DEEL');
  return relaties;
}

/** How the actor's organisaties relate to the object, from the registry as it is now. */
export function relatiesVan(actor: Actor, doel: Doel, index: RegistryIndex): Relatie[] {
  const eigen = new Set(actor.organisatieIds);
  switch (doel.kind) {
    case 'knooppunt':
      return knooppuntRelaties(index, eigen, doel.id, doel.gegevens.belegdBijId);
    case 'deelname': {
      const k = index.knooppunten.get(doel.gegevens.knooppuntId);
      const relaties: Relatie[] = eigen.has(doel.gegevens.organisatieId) ? ['EIGEN'] : [];
      if (k?.belegdBijId != null && eigen.has(k.belegdBijId)) relaties.push('BEHEERT');
      return relaties;
    }
    case 'overdracht': {
      const van = index.knooppunten.get(doel.gegevens.vanId);
      return van ? knooppuntRelaties(index, eigen, van.id, van.belegdBijId) : [];
    }
    case 'organisatie':
      return doel.id !== null && eigen.has(doel.id) ? ['EIGEN'] : [];
  }
}

/** Whether the actor (null: not signed in) may perform the action on the object. */
export function mag(actor: Actor | null, actie: Actie, doel: Doel, index: RegistryIndex): boolean {
  if (actor === null) return false;
  const regel = BELEID[actor.rol][actie];
  if (regel === 'ALTIJD' || regel === 'NOOIT') return regel === 'ALTIJD';
  const relaties = relatiesVan(actor, doel, index);
  return regel.some((r) => relaties.includes(r));
}

/** Whether the actor may perform an action on the register as a whole (accounts, audit trail, history). */
export const magAltijd = (actor: Actor | null, actie: Actie): boolean =>
  actor !== null && BELEID[actor.rol][actie] === 'ALTIJD';

export interface KnooppuntRechten {
  wijzigen: boolean;
  verwijderen: boolean;
  verifieren: boolean;
  deelnameToevoegen: boolean;
  routeToevoegen: boolean;
  geschiedenisLezen: boolean;
}

/** What the actor may do with a knooppunt, for the UI to offer only what will be allowed. */
export function rechtenOp(
  actor: Actor | null,
  k: Knooppunt,
  index: RegistryIndex,
): KnooppuntRechten {
  const knooppunt = { kind: 'knooppunt' as const, id: k.id, gegevens: k };
  // A deelname may be added for one of the actor's own organisaties, or by the organisatie the knooppunt is belegd bij.
  const deelnemers = [
    ...(actor?.organisatieIds ?? []),
    ...(k.belegdBijId === null ? [] : [k.belegdBijId]),
  ];
  return {
    wijzigen: mag(actor, 'KNOOPPUNT_WIJZIGEN', knooppunt, index),
    verwijderen: mag(actor, 'KNOOPPUNT_VERWIJDEREN', knooppunt, index),
    verifieren: mag(actor, 'VERIFIEREN', knooppunt, index),
    deelnameToevoegen:
      magAltijd(actor, 'DEELNAME_SCHRIJVEN') ||
      deelnemers.some((o) =>
        mag(
          actor,
          'DEELNAME_SCHRIJVEN',
          { kind: 'deelname', gegevens: { organisatieId: o, knooppuntId: k.id } },
          index,
        ),
      ),
    routeToevoegen: mag(
      actor,
      'OVERDRACHT_SCHRIJVEN',
      { kind: 'overdracht', gegevens: { vanId: k.id } },
      index,
    ),
    geschiedenisLezen: magAltijd(actor, 'GESCHIEDENIS_LEZEN'),
  };
}
