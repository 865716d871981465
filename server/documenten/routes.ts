// SPDX-License-Identifier: EUPL-1.2
// Downloads of a knooppunt's paperwork (issue 21): the art. 30 entries (CSV, DOCX, PDF) per
// knooppunt and per organisation, the draft convenant and privacyprotocol and the DPIA pre-scan
// (DOCX, PDF). Reading rights as for the spreadsheet export: anyone where the registry may be
// read anonymously, else signed-in users. Errors use the GraphQL error shape.
import express, { type Response, type Router } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { Authenticator } from '../auth/authenticate.ts';
import { art30Rijen, art30VanOrganisatie, ART30_KOLOMMEN } from '../domain/art30.ts';
import { BOM, geschermd, SCHEIDINGSTEKEN } from '../domain/csv.ts';
import { NotFoundError } from '../domain/errors.ts';
import { maakDocument } from '../domain/privacy-documenten.ts';
import {
  dossiersVanOrganisatie,
  dossierVan,
  type PrivacyDocument,
  type PrivacyDocumentSoort,
} from '../domain/privacy-dossier.ts';
import { signedIn } from '../edit-service.ts';
import { stuurFout } from '../http/fout-antwoord.ts';
import type { RegistryService } from '../registry-service.ts';
import { alsDocx } from './docx.ts';
import { alsPdf } from './pdf.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The file names a knooppunt's documents are asked for by, without the extension. */
const SOORTEN: Record<string, PrivacyDocumentSoort> = {
  art30: 'ART30',
  convenant: 'CONVENANT',
  'dpia-scan': 'DPIA_SCAN',
  privacyverklaring: 'PRIVACYVERKLARING',
};

interface Options {
  registry: RegistryService;
  auth: Authenticator;
  anoniemLezen: boolean;
}

/** A file name without characters a file system or a header would choke on. */
const bestandsnaam = (naam: string, deel: string, ext: string): string =>
  `${naam.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim() || 'knooppunt'} - ${deel}.${ext}`;

async function stuur(res: Response, doc: PrivacyDocument, deel: string, ext: string) {
  if (ext === 'csv') {
    const cellen = art30Rijen(doc).map((rij) => rij.map(geschermd));
    res
      .type('text/csv; charset=utf-8')
      .attachment(bestandsnaam(doc.onderwerp, deel, 'csv'))
      .send(
        `${BOM}${stringify(cellen, { header: true, columns: ART30_KOLOMMEN, delimiter: SCHEIDINGSTEKEN })}`,
      );
  } else if (ext === 'docx') {
    res
      .type(DOCX)
      .attachment(bestandsnaam(doc.onderwerp, deel, 'docx'))
      .send(await alsDocx(doc));
  } else {
    res
      .type('application/pdf')
      .attachment(bestandsnaam(doc.onderwerp, deel, 'pdf'))
      .send(await alsPdf(doc));
  }
}

const onbekendBestand = (naam: string) => new NotFoundError('Document', naam, 'bestand');

export function documentRoutes({ registry, auth, anoniemLezen }: Options): Router {
  const router = express.Router();
  const magLezen = async (req: express.Request) => {
    if (anoniemLezen) return;
    signedIn({
      actor: await auth.actor(req.headers.authorization, req.headers.cookie),
      herkomst: req.ip ?? 'onbekend',
    });
  };

  router.get('/documenten/knooppunt/:id/:bestand', async (req, res) => {
    try {
      await magLezen(req);
      const [deel = '', ext = ''] = req.params.bestand.split('.');
      const soort = SOORTEN[deel];
      const toegestaan = soort === 'ART30' ? ['csv', 'docx', 'pdf'] : ['docx', 'pdf'];
      if (!soort || !toegestaan.includes(ext)) throw onbekendBestand(req.params.bestand);
      const d = dossierVan(await registry.index(), req.params.id);
      if (!d) throw new NotFoundError('Knooppunt', req.params.id, 'id');
      await stuur(res, maakDocument(d, soort), deel, ext);
    } catch (error) {
      stuurFout(res, error);
    }
  });

  router.get('/documenten/organisatie/:id/:bestand', async (req, res) => {
    try {
      await magLezen(req);
      const [deel = '', ext = ''] = req.params.bestand.split('.');
      if (deel !== 'art30' || !['csv', 'docx', 'pdf'].includes(ext))
        throw onbekendBestand(req.params.bestand);
      const index = await registry.index();
      const organisatie = index.organisaties.get(req.params.id);
      if (!organisatie) throw new NotFoundError('Organisatie', req.params.id, 'id');
      const dossiers = dossiersVanOrganisatie(index, organisatie.id);
      await stuur(res, art30VanOrganisatie(organisatie, dossiers), deel, ext);
    } catch (error) {
      stuurFout(res, error);
    }
  });
  return router;
}
