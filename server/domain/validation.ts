// SPDX-License-Identifier: EUPL-1.2
// Input validation: shape and consistency of what an editor supplies. A description that is
// valid but weak (consent as grondslag, no DPIA) passes: flagging it is the compliance checks' job.
// The schemas carry no wording: invoer-meldingen.ts says what is wrong, in Dutch, by the field's
// label. A check of their own (refine) gives only what is wrong; the label goes in front.
import { z } from 'zod';
import { ENUM_LABELS } from './enum-labels.ts';
import { ValidationError } from './errors.ts';
import { VELDEN } from './fields.ts';
import { veldMeldingen } from './invoer-meldingen.ts';
import { vanDagMaandJaar } from './kalender.ts';
import {
  AANMELDING_DOOR,
  BEROEPSGEHEIM_REGELINGEN,
  CONVENANT_ONDERWERPEN,
  DOCUMENT_STATUSSEN,
  FUNCTIES,
  GEGEVENSCATEGORIEEN,
  GRONDSLAGEN,
  INFORMATIE_ONDERDELEN,
  INFORMEER_MOMENTEN,
  ORGANISATIE_TYPES,
  OVERDRACHT_SOORTEN,
  PRIVACYKADERS,
  ROLLEN,
  SAMENSTELLINGEN,
  SCHALEN,
  SIGNALEN,
  UITZONDERINGSGRONDEN,
  VERDER_GEBRUIK,
  VERIFICATIE_ONDERDELEN,
  VERWERKINGSVERANTWOORDELIJKHEDEN,
  WERKPROCESSEN,
  WETTELIJKE_BASES,
  type DeelnameGegevens,
  type EditableKind,
  type EditableKinds,
  type KnooppuntGegevens,
  type OrganisatieGegevens,
  type OverdrachtGegevens,
} from './model.ts';

export const LIMITS = { naam: 200, tekst: 5000, id: 100, lijst: 400 } as const;

/** A knooppunt field's label, quoted, for a message about another field. */
const veld = (pad: string): string =>
  `‘${VELDEN.knooppunt.find((v) => v.pad === pad)?.label ?? pad}’`;

const naam = z.string().trim().min(1).max(LIMITS.naam);
const id = z.string().trim().min(1).max(LIMITS.id);
/** An optional value: absent (as GraphQL leaves it) and null both become null. */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
/** Optional free text: blank becomes null, so "not described" has one representation. */
const tekst = optional(z.string().max(LIMITS.tekst)).transform((s) =>
  s === null || s.trim() === '' ? null : s.trim(),
);
/** A date as the registry stores it (2026-12-31), typed so or as people and Dutch Excel do (31-12-2026). */
const datum = optional(
  z.preprocess((v) => (typeof v === 'string' ? (vanDagMaandJaar(v) ?? v) : v), z.iso.date()),
);
const lijst = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.lijst);
const uniek = (xs: readonly unknown[]) => new Set(xs).size === xs.length;
const ids = lijst(id).refine(uniek, 'noemt iets twee keer');
const keuze = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
/** A set of codes: each at most once. */
const keuzes = <T extends readonly [string, ...string[]]>(values: T) =>
  lijst(keuze(values)).refine(uniek, 'noemt iets twee keer');
/** Yes, no, or not described (null). */
const janeeLeeg = optional(z.boolean());

const wetVerwijzing = z.object({
  wetId: id,
  artikel: optional(z.string().trim().max(LIMITS.naam)),
});
const document = z
  .object({ status: keuze(DOCUMENT_STATUSSEN), datum, geldigTot: datum })
  .refine((d) => d.datum === null || d.geldigTot === null || d.datum <= d.geldigTot, {
    path: ['geldigTot'],
    message: 'mag niet voor de datum van vaststelling liggen',
  });
const leeftijd = optional(z.number().int().min(0).max(120));

/** A verification's record (H §2.6 stap 3); only verifying writes it (verification.ts). */
export const verificatieSchema = z.object({
  namensId: optional(id),
  geraadpleegd: lijst(z.object({ organisatieId: id, rol: optional(naam) }))
    .min(1)
    .refine((g) => uniek(g.map((x) => x.organisatieId)), 'noemt een organisatie twee keer'),
  bevestigd: lijst(keuze(VERIFICATIE_ONDERDELEN)).min(1).refine(uniek, 'noemt iets twee keer'),
  toelichting: tekst,
});

const knooppunt = z
  .object({
    naam,
    regioId: id,
    functie: keuze(FUNCTIES),
    werkproces: keuze(WERKPROCESSEN),
    wettelijkeBasis: keuze(WETTELIJKE_BASES),
    wettelijkeBasisToelichting: tekst,
    wetten: lijst(wetVerwijzing),
    taakhouderId: optional(id),
    samenstelling: keuze(SAMENSTELLINGEN),
    maatschappelijkeOpgave: tekst,
    doel: tekst,
    doelgroep: tekst,
    leeftijdMin: leeftijd,
    leeftijdMax: leeftijd,
    aanmeldcriteria: tekst,
    signalen: lijst(keuze(SIGNALEN)).refine(uniek, 'noemt een signaal twee keer'),
    uitsluitingen: lijst(keuze(SIGNALEN)).refine(uniek, 'noemt een signaal twee keer'),
    schaal: keuze(SCHALEN),
    themaIds: ids,
    gemeenteIds: ids,
    belegdBijId: optional(id),
    verwerkingsverantwoordelijkheid: keuze(VERWERKINGSVERANTWOORDELIJKHEDEN),
    verwerkingsverantwoordelijkeId: optional(id),
    gezamenlijkeRegeling: z.boolean(),
    convenant: document,
    privacyprotocol: document,
    dpia: document,
    bewaartermijn: tekst,
    bewaartermijnOnderbouwing: tekst,
    privacyverklaring: tekst,
    informerenBetrokkenen: tekst,
    contactpuntRechten: tekst,
    risicos: tekst,
    maatregelen: tekst,
    noodzaakSamenwerking: tekst,
    proportionaliteit: tekst,
    verderGebruik: keuze(VERDER_GEBRUIK),
    verderGebruikToelichting: tekst,
    gegevensAanmelding: keuzes(GEGEVENSCATEGORIEEN),
    gegevensTriage: keuzes(GEGEVENSCATEGORIEEN),
    gegevensCasusoverleg: keuzes(GEGEVENSCATEGORIEEN),
    gegevensAfsluiting: keuzes(GEGEVENSCATEGORIEEN),
    functionarisGegevensbescherming: tekst,
    fgBetrokkenBijDpia: janeeLeeg,
    autorisatiePerCasus: janeeLeeg,
    toegangLogging: janeeLeeg,
    datalekkenprocedure: janeeLeeg,
    informerenMoment: keuze(INFORMEER_MOMENTEN),
    informerenInhoud: keuzes(INFORMATIE_ONDERDELEN),
    informerenUitzonderingen: keuzes(UITZONDERINGSGRONDEN),
    uitzonderingHeroverweging: tekst,
    convenantOnderwerpen: keuzes(CONVENANT_ONDERWERPEN),
    faseringVastgelegd: janeeLeeg,
    vernietigingBijNietPassend: janeeLeeg,
    terugvalEnVerlenging: tekst,
    evaluatieGepland: datum,
    privacyAuditGepland: datum,
    typeRisicoAfspraken: janeeLeeg,
    geheimhoudingsverklaring: janeeLeeg,
    geverifieerdDoor: tekst,
    geverifieerdOp: datum,
    verificatie: verificatieSchema.nullish().transform((v) => v ?? null),
    aanpalend: lijst(z.object({ knooppuntId: id, reden: naam })),
    geldigVanaf: datum,
    geldigTot: datum,
  })
  .superRefine((k, ctx) => {
    if (k.leeftijdMin !== null && k.leeftijdMax !== null && k.leeftijdMin > k.leeftijdMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['leeftijdMax'],
        message: `mag niet lager zijn dan ${veld('leeftijdMin')}`,
      });
    }
    if (k.taakhouderId !== null && k.wettelijkeBasis !== 'TAAK_VAN_EEN_PARTIJ') {
      ctx.addIssue({
        code: 'custom',
        path: ['taakhouderId'],
        message: `kan alleen worden ingevuld als de wettelijke basis ‘${ENUM_LABELS.WettelijkeBasis.TAAK_VAN_EEN_PARTIJ}’ is (§2.5)`,
      });
    }
    if (
      k.verwerkingsverantwoordelijkeId !== null &&
      k.verwerkingsverantwoordelijkheid !== 'EEN_PARTIJ'
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['verwerkingsverantwoordelijkeId'],
        message:
          'kan alleen worden ingevuld als de verwerkingsverantwoordelijkheid bij één partij ligt',
      });
    }
    // A knooppunt cannot be meant for a signal and exclude it at once.
    const beide = k.uitsluitingen.filter((s) => k.signalen.includes(s));
    if (beide.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['uitsluitingen'],
        message: `noemt ook wat bij ${veld('signalen')} staat: ${beide
          .map((s) => `‘${ENUM_LABELS.Signaal[s]}’`)
          .join(', ')}`,
      });
    }
    if (k.geverifieerdOp !== null && k.geverifieerdDoor === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['geverifieerdDoor'],
        message: `mag niet leeg zijn als ${veld('geverifieerdOp')} is ingevuld`,
      });
    }
    if (k.geldigVanaf !== null && k.geldigTot !== null && k.geldigVanaf > k.geldigTot) {
      ctx.addIssue({
        code: 'custom',
        path: ['geldigTot'],
        message: `mag niet voor ${veld('geldigVanaf')} liggen`,
      });
    }
    const pairs = new Set<string>();
    k.aanpalend.forEach((a, i) => {
      if (pairs.has(a.knooppuntId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['aanpalend', i, 'knooppuntId'],
          message: 'staat er twee keer in',
        });
      }
      pairs.add(a.knooppuntId);
    });
  });

const organisatie = z.object({
  naam,
  type: keuze(ORGANISATIE_TYPES),
  privacykader: keuze(PRIVACYKADERS),
  beroepsgeheim: tekst,
});

const deelname = z
  .object({
    organisatieId: id,
    knooppuntId: id,
    rol: keuze(ROLLEN),
    taak: tekst,
    wetten: lijst(wetVerwijzing),
    grondslag: keuze(GRONDSLAGEN),
    beroepsgeheim: z.boolean(),
    beroepsgeheimRegeling: optional(keuze(BEROEPSGEHEIM_REGELINGEN)),
    bijzondereGegevens: z.boolean(),
    strafrechtelijkeGegevens: z.boolean(),
    bsn: z.boolean(),
    verwerkingsbasisBijzonder: tekst,
    convenantpartner: z.boolean(),
    noodzaak: tekst,
    geheimhoudingOfVerstrekking: tekst,
  })
  .superRefine((d, ctx) => {
    if (d.beroepsgeheimRegeling !== null && !d.beroepsgeheim) {
      ctx.addIssue({
        code: 'custom',
        path: ['beroepsgeheimRegeling'],
        message: 'kan alleen worden ingevuld als de partij een beroepsgeheim heeft (§4.5)',
      });
    }
  });

const overdracht = z
  .object({
    vanId: id,
    naarId: id,
    soort: keuze(OVERDRACHT_SOORTEN),
    criteria: tekst,
    aanmeldingDoor: keuze(AANMELDING_DOOR),
    aanmelderId: optional(id),
    informatie: tekst,
    warm: optional(z.boolean()),
    clientGeinformeerdDoor: tekst,
  })
  .superRefine((o, ctx) => {
    if (o.vanId === o.naarId) {
      ctx.addIssue({
        code: 'custom',
        path: ['naarId'],
        message: 'moet een ander knooppunt zijn dan het knooppunt waar de route begint',
      });
    }
    if (o.aanmelderId !== null && o.aanmeldingDoor !== 'PARTNER') {
      ctx.addIssue({
        code: 'custom',
        path: ['aanmelderId'],
        message: 'kan alleen worden ingevuld als een partner de aanmelding doet',
      });
    }
  });

const schemas: { [K in EditableKind]: z.ZodType<EditableKinds[K]['gegevens']> } = {
  knooppunt,
  organisatie,
  deelname,
  overdracht,
};

/** Parses and normalises input of an editable kind, or throws a ValidationError naming each field. */
export function parseGegevens<K extends EditableKind>(
  kind: K,
  input: unknown,
  prefix = 'input',
): EditableKinds[K]['gegevens'] {
  const result = schemas[kind].safeParse(input, { reportInput: true });
  if (!result.success) throw new ValidationError(veldMeldingen(result.error, VELDEN[kind], prefix));
  return result.data;
}

export const parseKnooppunt = (input: unknown, prefix?: string): KnooppuntGegevens =>
  parseGegevens('knooppunt', input, prefix);
export const parseOrganisatie = (input: unknown, prefix?: string): OrganisatieGegevens =>
  parseGegevens('organisatie', input, prefix);
export const parseDeelname = (input: unknown, prefix?: string): DeelnameGegevens =>
  parseGegevens('deelname', input, prefix);
export const parseOverdracht = (input: unknown, prefix?: string): OverdrachtGegevens =>
  parseGegevens('overdracht', input, prefix);

/** Key under which knooppunt names must be unique within a region: case and spacing do not count. */
export function naamSleutel(regioId: string, naam: string): string {
  return `${regioId}|${naam.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ')}`;
}
