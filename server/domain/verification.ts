// SPDX-License-Identifier: EUPL-1.2
// H §2.6 stap 3 "Verifieer het gemaakte overzicht": a description is checked with the professionals
// and organisations involved; RULES R20 asks for that within the last 12 months.
import type { Actor } from './accounts.ts';
import { gegevensVan, type Knooppunt, type KnooppuntGegevens } from './model.ts';
import type { RegistryIndex } from './registry-index.ts';

/** The ISO date twelve months before the given one: a verification before it is stale (R20). */
export function verificatieGrens(vandaag: string): string {
  const grens = new Date(`${vandaag}T00:00:00Z`);
  grens.setUTCFullYear(grens.getUTCFullYear() - 1);
  return grens.toISOString().slice(0, 10);
}

export type VerificatieStatus =
  'NIET_GEVERIFIEERD' | 'VEROUDERD' | 'GEWIJZIGD_NA_VERIFICATIE' | 'GEVERIFIEERD';

export function verificatieStatus(k: Knooppunt, vandaag: string): VerificatieStatus {
  if (k.geverifieerdOp === null) return 'NIET_GEVERIFIEERD';
  if (k.geverifieerdOp < verificatieGrens(vandaag)) return 'VEROUDERD';
  // Verifying is itself a write on that day; a later day's change needs a new check.
  if (k.gewijzigdOp.slice(0, 10) > k.geverifieerdOp) return 'GEWIJZIGD_NA_VERIFICATIE';
  return 'GEVERIFIEERD';
}

/** The knooppunten of a region whose description waits for verification, oldest verification first. */
export interface VerificatieTaak {
  knooppunt: Knooppunt;
  status: VerificatieStatus;
}

export function wachtOpVerificatie(
  index: RegistryIndex,
  regioId: string | null,
  vandaag: string,
): VerificatieTaak[] {
  const kandidaten =
    regioId === null ? index.knooppuntenOpNaam : (index.knooppuntenVanRegio.get(regioId) ?? []);
  return kandidaten
    .map((knooppunt) => ({ knooppunt, status: verificatieStatus(knooppunt, vandaag) }))
    .filter((v) => v.status !== 'GEVERIFIEERD')
    .sort(
      (a, b) =>
        (a.knooppunt.geverifieerdOp ?? '').localeCompare(b.knooppunt.geverifieerdOp ?? '') ||
        a.knooppunt.naam.localeCompare(b.knooppunt.naam, 'nl'),
    );
}

/** The description as verified by this actor today: "naam (organisatie)" and the date. */
export function geverifieerd(
  k: Knooppunt,
  actor: Actor,
  index: RegistryIndex,
  vandaag: string,
): KnooppuntGegevens {
  const organisaties = actor.organisatieIds
    .filter(
      (o) =>
        k.belegdBijId === o ||
        (index.deelnamesVanKnooppunt.get(k.id) ?? []).some((d) => d.organisatieId === o),
    )
    .map((o) => index.organisaties.get(o)?.naam ?? o);
  const door = organisaties.length > 0 ? `${actor.naam} (${organisaties.join(', ')})` : actor.naam;
  return { ...gegevensVan(k), geverifieerdDoor: door, geverifieerdOp: vandaag };
}

/**
 * Verification is recorded only by verifying (security review L2): any other write keeps what the
 * stored description says (a new description starts unverified), whatever the input claims.
 */
export function verificatieBehouden(
  gegevens: KnooppuntGegevens,
  huidig: Pick<KnooppuntGegevens, 'geverifieerdDoor' | 'geverifieerdOp'> | undefined,
): KnooppuntGegevens {
  return {
    ...gegevens,
    geverifieerdDoor: huidig?.geverifieerdDoor ?? null,
    geverifieerdOp: huidig?.geverifieerdOp ?? null,
  };
}
