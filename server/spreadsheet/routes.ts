// SPDX-License-Identifier: EUPL-1.2
// Spreadsheet export and import over HTTP (issue 8). Export: the whole registry, ended objects
// included, as XLSX or a CSV per sheet, and the empty template. Import: the files as JSON
// (base64), first a preview that writes nothing, then the confirmation with the preview's key,
// written as one atomic change (EditService.importeer). Errors use the GraphQL error shape.
// Rights are checked before the body is even read, and files are read within IMPORT_GRENZEN in
// a worker (read-files.ts), so no upload can exhaust the process or hold up other users.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Authenticator } from '../auth/authenticate.ts';
import { TooLargeError, ValidationError } from '../domain/errors.ts';
import {
  BLADEN,
  exportSheet,
  planImport,
  type Blad,
  type ImportAntwoord,
  type ImportPlan,
} from '../domain/import-plan.ts';
import {
  importSleutel,
  mayOnRegister,
  signedIn,
  type EditService,
  type Verzoeker,
} from '../edit-service.ts';
import { stuurFout as stuurDomeinFout } from '../http/fout-antwoord.ts';
import type { RegistryService } from '../registry-service.ts';
import { IMPORT_GRENZEN, mb } from './limits.ts';
import { BusyError, leesInWorker } from './read-files.ts';
import { schrijfCsv, schrijfXlsx, type Bestand } from './sheets.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Options {
  registry: RegistryService;
  edits: EditService;
  auth: Authenticator;
  anoniemLezen: boolean;
}

/** The readers' limit is the one error of this module's own; the rest are the domain's. */
function stuurFout(res: Response, error: unknown): void {
  if (error instanceof BusyError) {
    res
      .status(503)
      .set('Retry-After', '60')
      .json({ errors: [{ message: error.message, extensions: { code: 'BUSY' } }] });
    return;
  }
  stuurDomeinFout(res, error);
}

/** The request body within its limit; a refusal names it, and nothing of the body is echoed. */
/** Up to this size, a refused upload is drained (unread) before the answer; larger ones are cut off. */
const ONGELEZEN_TOT = 2 * 1024 * 1024;
const leesJson = express.json({ limit: IMPORT_GRENZEN.verzoekBytes });
function leesLichaam(req: Request, res: Response, next: NextFunction): void {
  leesJson(req, res, (error?: unknown) => {
    if (error === undefined) return next();
    const status = (error as { status?: unknown }).status;
    stuurFout(
      res,
      status === 413
        ? new TooLargeError(
            'bestanden',
            `het verzoek is groter dan ${mb(IMPORT_GRENZEN.verzoekBytes)}`,
          )
        : ValidationError.field('bestanden', 'het verzoek is geen geldige JSON'),
    );
  });
}

function bestandenVan(body: unknown): Bestand[] {
  const lijst = (body as { bestanden?: unknown } | undefined)?.bestanden;
  if (!Array.isArray(lijst) || lijst.length === 0)
    throw ValidationError.field('bestanden', 'stuur minstens één bestand');
  return lijst.map((b: unknown, i) => {
    const { naam, inhoud } = (b ?? {}) as { naam?: unknown; inhoud?: unknown };
    if (typeof naam !== 'string' || typeof inhoud !== 'string')
      throw ValidationError.field(
        `bestanden[${i}]`,
        `Bestand ${i + 1} moet een naam en een inhoud (base64) hebben`,
      );
    return { naam, inhoud: Buffer.from(inhoud, 'base64') };
  });
}

/** What the page shows of a plan: per object its sheet, row, name, and new or what changes. */
const voorbeeld = (plan: ImportPlan): ImportAntwoord => ({
  wijzigingen: plan.wijzigingen.map(({ kind, id, naam, blad, rij, versie, velden }) => ({
    soort: kind,
    id,
    naam,
    blad,
    rij,
    nieuw: versie === null,
    velden,
  })),
  ongewijzigd: plan.ongewijzigd,
  fouten: plan.fouten.slice(0, IMPORT_GRENZEN.getoondeFouten),
  aantalFouten: plan.fouten.length,
  sleutel: importSleutel(plan),
});

export function spreadsheetRoutes({ registry, edits, auth, anoniemLezen }: Options): Router {
  const router = express.Router();
  const verzoeker = async (req: express.Request): Promise<Verzoeker> => ({
    actor: await auth.actor(req.headers.authorization, req.headers.cookie),
    herkomst: req.ip ?? 'onbekend',
  });
  /** A sheet with everything stored, or empty for the template. */
  const blad = async (b: (typeof BLADEN)[number], sjabloon: boolean): Promise<Blad> =>
    sjabloon ? { ...b, rijen: [] } : exportSheet(await registry.index(), b);

  router.get('/export/:bestand', async (req, res) => {
    try {
      if (!anoniemLezen) signedIn(await verzoeker(req));
      const sjabloon = req.query['sjabloon'] === '1';
      const naam = req.params.bestand;
      const csv = BLADEN.find((b) => naam === `${b.naam.toLowerCase()}.csv`);
      if (naam === 'register.xlsx') {
        res
          .type(XLSX)
          .attachment(sjabloon ? 'knooppuntenregister-sjabloon.xlsx' : 'knooppuntenregister.xlsx')
          .send(await schrijfXlsx(await Promise.all(BLADEN.map((b) => blad(b, sjabloon)))));
      } else if (csv) {
        res
          .type('text/csv; charset=utf-8')
          .attachment(sjabloon ? `sjabloon-${naam}` : naam)
          .send(schrijfCsv(await blad(csv, sjabloon)));
      } else {
        res.status(404).json({
          errors: [
            { message: `Onbekend exportbestand "${naam}".`, extensions: { code: 'NOT_FOUND' } },
          ],
        });
      }
    } catch (error) {
      stuurFout(res, error);
    }
  });

  /** Rights first: a refused caller gets its answer before a byte of the body is read. */
  const magImporteren =
    (audit: boolean) => async (req: Request, res: Response, next: NextFunction) => {
      const wie = await verzoeker(req);
      try {
        mayOnRegister(wie, 'IMPORTEREN');
        res.locals['verzoeker'] = wie;
        next();
      } catch (error) {
        const fout = audit
          ? await edits
              .refused(wie, 'IMPORTEREN', { kind: 'register', id: 'register' }, error)
              .catch((e: unknown) => e)
          : error;
        // The body is never parsed. A small one is let through unread, so a browser still sending
        // it sees the answer (not a reset); past that the connection closes instead.
        if (Number(req.headers['content-length'] ?? Infinity) <= ONGELEZEN_TOT) {
          req.resume();
          req.once('end', () => stuurFout(res, fout));
        } else {
          res.set('Connection', 'close');
          stuurFout(res, fout);
        }
      }
    };
  const wieVan = (res: Response) => res.locals['verzoeker'] as Verzoeker;

  router.post('/import/voorbeeld', magImporteren(false), leesLichaam, async (req, res) => {
    try {
      res.json(
        voorbeeld(planImport(await registry.index(), await leesInWorker(bestandenVan(req.body)))),
      );
    } catch (error) {
      stuurFout(res, error);
    }
  });
  router.post('/import/bevestig', magImporteren(true), leesLichaam, async (req, res) => {
    try {
      const sleutel = (req.body as { sleutel?: unknown } | undefined)?.sleutel;
      if (typeof sleutel !== 'string')
        throw ValidationError.field('sleutel', 'stuur de sleutel van de voorbeeldweergave mee');
      const plan = await edits.importeer(
        await leesInWorker(bestandenVan(req.body)),
        sleutel,
        wieVan(res),
      );
      res.json({ ...voorbeeld(plan), geschreven: plan.wijzigingen.length });
    } catch (error) {
      stuurFout(res, error);
    }
  });
  return router;
}
