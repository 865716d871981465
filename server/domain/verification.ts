// SPDX-License-Identifier: EUPL-1.2
// H §2.6 stap 3 "Verifieer het gemaakte overzicht": a description is checked with the professionals
// and organisations involved; RULES R20 asks for that within the last 12 months.
import type { Actor } from './accounts.ts';
import { ValidationError } from './errors.ts';
import { nederlandseDag } from './kalender.ts';
import { veldMeldingen, type VeldInfo } from './invoer-meldingen.ts';
import {
  gegevensVan,
  VERIFICATIE_ONDERDELEN,
  type Knooppunt,
  type KnooppuntGegevens,
  type Verificatie,
} from './model.ts';
import type { RegistryIndex } from './registry-index.ts';
import { verificatieSchema } from './validation.ts';

/** The ISO date twelve months before the given one: a verification before it is stale (R20). */
export function verificatieGrens(vandaag: string): string {
  const grens = new Date(`${vandaag}T00:00:00Z`);
  grens.setUTCFullYear(grens.getUTCFullYear() - 1);
  return grens.toISOString().slice(0, 10);
}

/** The day a verification of this date turns stale (R20): twelve months on. */
export function verlooptOp(geverifieerdOp: string): string {
  const dag = new Date(`${geverifieerdOp}T00:00:00Z`);
  dag.setUTCFullYear(dag.getUTCFullYear() + 1);
  return dag.toISOString().slice(0, 10);
}

export type VerificatieStatus =
  'NIET_GEVERIFIEERD' | 'VEROUDERD' | 'GEWIJZIGD_NA_VERIFICATIE' | 'GEVERIFIEERD';

export function verificatieStatus(k: Knooppunt, vandaag: string): VerificatieStatus {
  if (k.geverifieerdOp === null) return 'NIET_GEVERIFIEERD';
  if (k.geverifieerdOp < verificatieGrens(vandaag)) return 'VEROUDERD';
  // Verifying is itself a write on that day; a later day's change needs a new check. Both are
  // Dutch days: a change at 00:30 in Amsterdam is on the next day, though still the day before in UTC.
  if (nederlandseDag(k.gewijzigdOp) > k.geverifieerdOp) return 'GEWIJZIGD_NA_VERIFICATIE';
  return 'GEVERIFIEERD';
}

/** A knooppunt whose description waits for verification, or soon will. */
export interface VerificatieTaak {
  knooppunt: Knooppunt;
  status: VerificatieStatus;
}

const oudsteEerst = (a: VerificatieTaak, b: VerificatieTaak) =>
  (a.knooppunt.geverifieerdOp ?? '').localeCompare(b.knooppunt.geverifieerdOp ?? '') ||
  a.knooppunt.naam.localeCompare(b.knooppunt.naam, 'nl');

/**
 * The knooppunten of a region: those it manages, and those another region manages that work in
 * one of its gemeenten (ux review row 29: a region's "all verified" must count those too).
 */
export function knooppuntenVanRegio(index: RegistryIndex, regioId: string): Knooppunt[] {
  const gemeenten = new Set((index.gemeentenVanRegio.get(regioId) ?? []).map((g) => g.id));
  return index.knooppuntenOpNaam.filter(
    (k) => k.regioId === regioId || k.gemeenteIds.some((g) => gemeenten.has(g)),
  );
}

export function wachtOpVerificatie(
  index: RegistryIndex,
  regioId: string | null,
  vandaag: string,
): VerificatieTaak[] {
  const kandidaten =
    regioId === null ? index.knooppuntenOpNaam : knooppuntenVanRegio(index, regioId);
  return kandidaten
    .map((knooppunt) => ({ knooppunt, status: verificatieStatus(knooppunt, vandaag) }))
    .filter((v) => v.status !== 'GEVERIFIEERD')
    .sort(oudsteEerst);
}

/** How many days ahead a reminder names a verification that will turn stale. */
const HERINNERING_DAGEN = 60;

/**
 * What an organisation must verify (its reminder list): the knooppunten it is belegd bij or takes
 * part in that wait, and those whose verification turns stale within HERINNERING_DAGEN; oldest first.
 */
export function teVerifierenDoor(
  index: RegistryIndex,
  organisatieId: string,
  vandaag: string,
): VerificatieTaak[] {
  const betrokken = new Set([
    ...(index.knooppuntenBelegdBij.get(organisatieId) ?? []).map((k) => k.id),
    ...(index.deelnamesVanOrganisatie.get(organisatieId) ?? []).map((d) => d.knooppuntId),
  ]);
  const horizon = new Date(`${vandaag}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + HERINNERING_DAGEN);
  const binnenkort = horizon.toISOString().slice(0, 10);
  return index.knooppuntenOpNaam
    .filter((k) => betrokken.has(k.id))
    .map((knooppunt) => ({ knooppunt, status: verificatieStatus(knooppunt, vandaag) }))
    .filter(
      (t) =>
        t.status !== 'GEVERIFIEERD' ||
        (t.knooppunt.geverifieerdOp !== null &&
          verlooptOp(t.knooppunt.geverifieerdOp) <= binnenkort),
    )
    .sort(oudsteEerst);
}

/** The organisations the actor may verify this knooppunt for: those involved in it (a redacteur: their own). */
export function namensMogelijk(k: Knooppunt, actor: Actor, index: RegistryIndex): string[] {
  const betrokken = new Set([
    ...(k.belegdBijId ? [k.belegdBijId] : []),
    ...(index.deelnamesVanKnooppunt.get(k.id) ?? []).map((d) => d.organisatieId),
  ]);
  // A beheerder may speak for any organisation involved (or for the regional beheer: null).
  return actor.rol === 'BEHEERDER'
    ? [...betrokken]
    : actor.organisatieIds.filter((o) => betrokken.has(o));
}

const VERIFICATIE_VELDEN: readonly VeldInfo[] = [
  { pad: 'namensId', label: 'Namens', soort: 'ref' },
  { pad: 'geraadpleegd', label: 'Geraadpleegde organisaties', soort: 'refs' },
  { pad: 'geraadpleegd.organisatieId', label: 'Geraadpleegde organisatie', soort: 'ref' },
  { pad: 'geraadpleegd.rol', label: 'Functie van de geraadpleegde professional', soort: 'tekst' },
  {
    pad: 'bevestigd',
    label: 'Wat is bevestigd',
    soort: 'keuzes',
    waarden: VERIFICATIE_ONDERDELEN,
  },
  { pad: 'toelichting', label: 'Toelichting', soort: 'lang' },
];

/**
 * The verification as the actor records it: shape checked, organisations existing, and on behalf
 * of an organisation of theirs that is involved (a beheerder may record it for the region: none).
 */
export function parseVerificatie(
  input: unknown,
  k: Knooppunt,
  actor: Actor,
  index: RegistryIndex,
): Verificatie {
  const result = verificatieSchema.safeParse(input, { reportInput: true });
  if (!result.success)
    throw new ValidationError(veldMeldingen(result.error, VERIFICATIE_VELDEN, 'verificatie'));
  const v = result.data;
  const fouten = v.geraadpleegd.flatMap((g, i) =>
    index.organisaties.has(g.organisatieId)
      ? []
      : [
          {
            field: `verificatie.geraadpleegd[${i}].organisatieId`,
            message: `Geraadpleegde organisatie ‘${g.organisatieId}’ bestaat niet`,
          },
        ],
  );
  const toegestaan =
    v.namensId === null
      ? actor.rol === 'BEHEERDER'
      : namensMogelijk(k, actor, index).includes(v.namensId);
  if (!toegestaan)
    fouten.push({
      field: 'verificatie.namensId',
      message:
        'Namens: kies een eigen organisatie die aan dit knooppunt deelneemt of waarbij het is belegd',
    });
  if (fouten.length > 0) throw new ValidationError(fouten);
  return v;
}

/** The description as verified by this actor today: "naam (organisatie)", the date and the record. */
export function geverifieerd(
  k: Knooppunt,
  actor: Actor,
  verificatie: Verificatie,
  index: RegistryIndex,
  vandaag: string,
): KnooppuntGegevens {
  const namens =
    verificatie.namensId === null
      ? 'regionaal beheer'
      : (index.organisaties.get(verificatie.namensId)?.naam ?? verificatie.namensId);
  return {
    ...gegevensVan(k),
    geverifieerdDoor: `${actor.naam} (${namens})`,
    geverifieerdOp: vandaag,
    verificatie,
  };
}

/**
 * Verification is recorded only by verifying (security review L2): any other write keeps what the
 * stored description says (a new description starts unverified), whatever the input claims.
 */
export function verificatieBehouden(
  gegevens: KnooppuntGegevens,
  huidig:
    Pick<KnooppuntGegevens, 'geverifieerdDoor' | 'geverifieerdOp' | 'verificatie'> | undefined,
): KnooppuntGegevens {
  return {
    ...gegevens,
    geverifieerdDoor: huidig?.geverifieerdDoor ?? null,
    geverifieerdOp: huidig?.geverifieerdOp ?? null,
    verificatie: huidig?.verificatie ?? null,
  };
}

/** How verification stands in a region: all its knooppunten, those another region manages, what waits. */
export interface VerificatieStand {
  totaal: number;
  elders: number;
  wachtrij: VerificatieTaak[];
}

export function verificatieStand(
  index: RegistryIndex,
  regioId: string,
  vandaag: string,
): VerificatieStand {
  const alle = knooppuntenVanRegio(index, regioId);
  return {
    totaal: alle.length,
    elders: alle.filter((k) => k.regioId !== regioId).length,
    wachtrij: wachtOpVerificatie(index, regioId, vandaag),
  };
}
