// SPDX-License-Identifier: EUPL-1.2
// The documents of a knooppunt by kind (issue 21), for the page, the API and the downloads.
import { art30VanKnooppunt } from './art30.ts';
import { convenantConcept } from './convenant-concept.ts';
import { dpiaScan } from './dpia-scan.ts';
import type { Dossier, PrivacyDocument, PrivacyDocumentSoort } from './privacy-dossier.ts';
import { privacyverklaring } from './privacyverklaring.ts';

const MAKERS: Record<PrivacyDocumentSoort, (d: Dossier) => PrivacyDocument> = {
  PRIVACYVERKLARING: privacyverklaring,
  ART30: art30VanKnooppunt,
  CONVENANT: convenantConcept,
  DPIA_SCAN: dpiaScan,
};

export const maakDocument = (d: Dossier, soort: PrivacyDocumentSoort): PrivacyDocument =>
  MAKERS[soort](d);
