// SPDX-License-Identifier: EUPL-1.2
// Input validation: shape and consistency of what an editor supplies. A description that is
// valid but weak (consent as grondslag, no DPIA) passes: flagging it is the compliance checks' job.
import { z } from 'zod';
import { ValidationError, type FieldIssue } from './errors.ts';
import {
  AANMELDING_DOOR,
  BEROEPSGEHEIM_REGELINGEN,
  DOCUMENT_STATUSSEN,
  FUNCTIES,
  GRONDSLAGEN,
  ORGANISATIE_TYPES,
  OVERDRACHT_SOORTEN,
  PRIVACYKADERS,
  ROLLEN,
  SAMENSTELLINGEN,
  SCHALEN,
  SIGNALEN,
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

const naam = z
  .string()
  .trim()
  .min(1, 'mag niet leeg zijn')
  .max(LIMITS.naam, `mag hoogstens ${LIMITS.naam} tekens lang zijn`);
const id = z
  .string()
  .trim()
  .min(1, 'mag niet leeg zijn')
  .max(LIMITS.id, `mag hoogstens ${LIMITS.id} tekens lang zijn`);
/** An optional value: absent (as GraphQL leaves it) and null both become null. */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
/** Optional free text: blank becomes null, so "not described" has one representation. */
const tekst = optional(
  z.string().max(LIMITS.tekst, `mag hoogstens ${LIMITS.tekst} tekens lang zijn`),
).transform((s) => (s === null || s.trim() === '' ? null : s.trim()));
const datum = optional(z.iso.date('moet een datum zijn in de vorm JJJJ-MM-DD'));
const lijst = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LIMITS.lijst, `mag hoogstens ${LIMITS.lijst} elementen bevatten`);
const ids = lijst(id).refine(
  (xs) => new Set(xs).size === xs.length,
  'bevat een dubbele verwijzing',
);
const keuze = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, `moet een van ${values.join(', ')} zijn`);

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
const leeftijd = optional(
  z.number().int('moet een geheel getal zijn').min(0, 'mag niet negatief zijn').max(120),
);

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
    signalen: lijst(keuze(SIGNALEN)).refine(
      (xs) => new Set(xs).size === xs.length,
      'bevat een signaal twee keer',
    ),
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
    geverifieerdDoor: tekst,
    geverifieerdOp: datum,
    aanpalend: lijst(z.object({ knooppuntId: id, reden: naam })),
    geldigVanaf: datum,
    geldigTot: datum,
  })
  .superRefine((k, ctx) => {
    if (k.leeftijdMin !== null && k.leeftijdMax !== null && k.leeftijdMin > k.leeftijdMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['leeftijdMax'],
        message: 'moet minstens gelijk zijn aan leeftijdMin',
      });
    }
    if (k.taakhouderId !== null && k.wettelijkeBasis !== 'TAAK_VAN_EEN_PARTIJ') {
      ctx.addIssue({
        code: 'custom',
        path: ['taakhouderId'],
        message: 'kan alleen worden ingevuld bij wettelijke basis TAAK_VAN_EEN_PARTIJ (§2.5)',
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
    if (k.geverifieerdOp !== null && k.geverifieerdDoor === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['geverifieerdDoor'],
        message: 'vul in wie de beschrijving verifieerde',
      });
    }
    if (k.geldigVanaf !== null && k.geldigTot !== null && k.geldigVanaf > k.geldigTot) {
      ctx.addIssue({
        code: 'custom',
        path: ['geldigTot'],
        message: 'mag niet voor geldigVanaf liggen',
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
        message: 'een overdracht kan niet naar hetzelfde knooppunt leiden',
      });
    }
    if (o.aanmelderId !== null && o.aanmeldingDoor !== 'PARTNER') {
      ctx.addIssue({
        code: 'custom',
        path: ['aanmelderId'],
        message:
          'kan alleen worden ingevuld als een partner de aanmelding doet (aanmeldingDoor PARTNER)',
      });
    }
  });

const schemas: { [K in EditableKind]: z.ZodType<EditableKinds[K]['gegevens']> } = {
  knooppunt,
  organisatie,
  deelname,
  overdracht,
};

function toIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))]
      .join('')
      .replace(/^\./, ''),
    message: issue.message,
  }));
}

/** Parses and normalises input of an editable kind, or throws a ValidationError naming each field. */
export function parseGegevens<K extends EditableKind>(
  kind: K,
  input: unknown,
  prefix = 'input',
): EditableKinds[K]['gegevens'] {
  const result = schemas[kind].safeParse(input);
  if (!result.success) throw new ValidationError(toIssues(result.error, prefix));
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
