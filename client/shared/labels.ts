// SPDX-License-Identifier: EUPL-1.2
// Dutch labels for the schema's enumerations (handreiking §2.5, §3.3, §5.3). They are generated
// from the enum value descriptions in schema/*.graphql (server/domain/enum-labels.generated.ts,
// `npm run codegen`); change a label there. This module names them for the pages. A code is looked
// up within its enum (MELDPUNT is a functie and a werkproces): `label(FUNCTIE, code)`, or for a
// field of fields.ts `keuzeLabel(veld.waarden, code)`.
import { ENUM_LABELS } from '../../server/domain/enum-labels.ts';

export { keuzeLabel } from '../../server/domain/enum-labels.ts';

export const FUNCTIE = ENUM_LABELS.Functie;
export const WERKPROCES = ENUM_LABELS.Werkproces;
export const WETTELIJKE_BASIS = ENUM_LABELS.WettelijkeBasis;
export const SAMENSTELLING = ENUM_LABELS.Samenstelling;
export const SCHAAL = ENUM_LABELS.Schaal;
export const SIGNAAL = ENUM_LABELS.Signaal;
export const OVERDRACHT_SOORT = ENUM_LABELS.OverdrachtSoort;
export const AANMELDING_DOOR = ENUM_LABELS.AanmeldingDoor;
export const ROL = ENUM_LABELS.Rol;
export const GRONDSLAG = ENUM_LABELS.Grondslag;
export const BEROEPSGEHEIM_REGELING = ENUM_LABELS.BeroepsgeheimRegeling;
export const DOCUMENT_STATUS = ENUM_LABELS.DocumentStatus;
export const VERWERKINGSVERANTWOORDELIJKHEID = ENUM_LABELS.Verwerkingsverantwoordelijkheid;
export const ORGANISATIE_TYPE = ENUM_LABELS.OrganisatieType;
export const PRIVACYKADER = ENUM_LABELS.Privacykader;
export const REGIO_SOORT = ENUM_LABELS.RegioSoort;
export const ERNST = ENUM_LABELS.Ernst;
export const INDELING = ENUM_LABELS.Indeling;
export const ROUTE_RICHTING = ENUM_LABELS.RouteRichting;
export const ACCOUNT_ROL = ENUM_LABELS.AccountRol;
export const AANMELDING = ENUM_LABELS.Aanmelding;
export const VERIFICATIE_STATUS = ENUM_LABELS.VerificatieStatus;
export const AUDIT_ACTIE = ENUM_LABELS.AuditActie;
export const AUDIT_RESULTAAT = ENUM_LABELS.AuditResultaat;

/** Laws at article level, e.g. "Wmo 2015 art. 4.1.1, Wvggz". */
export const wetTekst = (
  wetten: readonly { wet: { afkorting: string }; artikel: string | null }[],
): string => wetten.map((w) => `${w.wet.afkorting}${w.artikel ? ` ${w.artikel}` : ''}`).join(', ');

/** Doelgroep by age, as the filter offers it. */
export const LEEFTIJDSBANDEN = {
  jeugd: { label: 'Jeugd (0–17)', van: 0, tot: 17 },
  jongvolwassenen: { label: 'Jongvolwassenen (18–26)', van: 18, tot: 26 },
  volwassenen: { label: 'Volwassenen (27–64)', van: 27, tot: 64 },
  ouderen: { label: 'Ouderen (65+)', van: 65, tot: null },
} as const;
export type Leeftijdsband = keyof typeof LEEFTIJDSBANDEN;

export const label = <T extends Record<string, string>>(
  labels: T,
  value: string | null | undefined,
): string => {
  if (value == null) return '—';
  return Object.hasOwn(labels, value) ? (labels as Record<string, string>)[value]! : value;
};
