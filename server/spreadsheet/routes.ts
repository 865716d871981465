// SPDX-License-Identifier: EUPL-1.2
// Spreadsheet export and import over HTTP (issue 8). Export: the whole registry, ended objects
// included, as XLSX or a CSV per sheet, and the empty template. Import: the files as JSON
// (base64), first a preview that writes nothing, then the confirmation with the preview's key,
// written as one atomic change (EditService.importeer). Errors use the GraphQL error shape.
import express, { type Response, type Router } from 'express';
import type { Authenticator } from '../auth/authenticate.ts';
import { ValidationError } from '../domain/errors.ts';
import { BLADEN, exportSheet, planImport, type Blad, type ImportPlan, type RijFout } from '../domain/import-plan.ts';
import type { EditableKind } from '../domain/model.ts';
import { importSleutel, mayOnRegister, signedIn, type EditService, type Verzoeker } from '../edit-service.ts';
import { fromDomainError } from '../errors.ts';
import type { RegistryService } from '../registry-service.ts';
import { leesBestanden, schrijfCsv, schrijfXlsx, type Bestand } from './sheets.ts';

export const IMPORT_LIMIT = '20mb';
/** The answer of the preview, and of the confirmation (with the number of objects written). */
export interface ImportAntwoord {
  wijzigingen: { soort: EditableKind; id: string; naam: string; blad: string; rij: number; nieuw: boolean }[];
  ongewijzigd: number;
  fouten: RijFout[];
  sleutel: string;
  geschreven?: number;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

interface Options {
  registry: RegistryService;
  edits: EditService;
  auth: Authenticator;
  anoniemLezen: boolean;
}

function stuurFout(res: Response, error: unknown): void {
  const mapped = fromDomainError(error);
  if (!mapped) throw error;
  const code = String(mapped.extensions['code']);
  res.status(STATUS[code] ?? 400).json({ errors: [{ message: mapped.message, extensions: mapped.extensions }] });
}

function bestandenVan(body: unknown): Bestand[] {
  const lijst = (body as { bestanden?: unknown } | undefined)?.bestanden;
  if (!Array.isArray(lijst) || lijst.length === 0) throw ValidationError.field('bestanden', 'stuur minstens één bestand');
  return lijst.map((b: unknown, i) => {
    const { naam, inhoud } = (b ?? {}) as { naam?: unknown; inhoud?: unknown };
    if (typeof naam !== 'string' || typeof inhoud !== 'string') throw ValidationError.field(`bestanden[${i}]`, 'moet een naam en een inhoud (base64) hebben');
    return { naam, inhoud: Buffer.from(inhoud, 'base64') };
  });
}

/** What the page shows of a plan: per object its sheet, row, name and whether it is new. */
const voorbeeld = (plan: ImportPlan): ImportAntwoord => ({
  wijzigingen: plan.wijzigingen.map(({ kind, id, naam, blad, rij, versie }) => ({ soort: kind, id, naam, blad, rij, nieuw: versie === null })),
  ongewijzigd: plan.ongewijzigd,
  fouten: plan.fouten,
  sleutel: importSleutel(plan),
});

export function spreadsheetRoutes({ registry, edits, auth, anoniemLezen }: Options): Router {
  const router = express.Router();
  const verzoeker = async (req: express.Request): Promise<Verzoeker> => ({ actor: await auth.actor(req.headers.authorization, req.headers.cookie), herkomst: req.ip ?? 'onbekend' });
  /** A sheet with everything stored, or empty for the template. */
  const blad = async (b: (typeof BLADEN)[number], sjabloon: boolean): Promise<Blad> => (sjabloon ? { ...b, rijen: [] } : exportSheet(await registry.index(), b));

  router.get('/export/:bestand', async (req, res) => {
    try {
      if (!anoniemLezen) signedIn(await verzoeker(req));
      const sjabloon = req.query['sjabloon'] === '1';
      const naam = req.params.bestand;
      const csv = BLADEN.find((b) => naam === `${b.naam.toLowerCase()}.csv`);
      if (naam === 'register.xlsx') {
        res.type(XLSX).attachment(sjabloon ? 'knooppuntenregister-sjabloon.xlsx' : 'knooppuntenregister.xlsx').send(await schrijfXlsx(await Promise.all(BLADEN.map((b) => blad(b, sjabloon)))));
      } else if (csv) {
        res.type('text/csv; charset=utf-8').attachment(sjabloon ? `sjabloon-${naam}` : naam).send(schrijfCsv(await blad(csv, sjabloon)));
      } else {
        res.status(404).json({ errors: [{ message: `Onbekend exportbestand "${naam}".`, extensions: { code: 'NOT_FOUND' } }] });
      }
    } catch (error) {
      stuurFout(res, error);
    }
  });

  router.use('/import', express.json({ limit: IMPORT_LIMIT }));
  router.post('/import/voorbeeld', async (req, res) => {
    try {
      mayOnRegister(await verzoeker(req), 'IMPORTEREN');
      res.json(voorbeeld(planImport(await registry.index(), await leesBestanden(bestandenVan(req.body)))));
    } catch (error) {
      stuurFout(res, error);
    }
  });
  router.post('/import/bevestig', async (req, res) => {
    try {
      const sleutel = (req.body as { sleutel?: unknown } | undefined)?.sleutel;
      if (typeof sleutel !== 'string') throw ValidationError.field('sleutel', 'stuur de sleutel van de voorbeeldweergave mee');
      const plan = await edits.importeer(await leesBestanden(bestandenVan(req.body)), sleutel, await verzoeker(req));
      res.json({ ...voorbeeld(plan), geschreven: plan.wijzigingen.length });
    } catch (error) {
      stuurFout(res, error);
    }
  });
  return router;
}
