// SPDX-License-Identifier: EUPL-1.2
// A privacy document as PDF. pdfmake (declarative, pure JavaScript, well kept) rather than
// rendering HTML in the Chromium the tests use: the server needs no browser, and pdf-lib draws
// only positioned text, without the line breaking and page flow a long convenant needs.
// Gaps are highlighted as in the DOCX, so they are found and completed.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Content } from 'pdfmake';
import { bronZin, GAT, type PrivacyDocument } from '../domain/privacy-dossier.ts';

// pdfmake is CommonJS with a single instance as its export; loaded on the first PDF, so starting
// the server does not wait for it.
const require = createRequire(import.meta.url);
let geladen: typeof import('pdfmake') | undefined;
type Definitie = Parameters<typeof import('pdfmake').createPdf>[0];

function pdfmake(): typeof import('pdfmake') {
  if (geladen) return geladen;
  const pdf = require('pdfmake') as typeof import('pdfmake');
  // The Roboto pdfmake ships: every character of Dutch text, no font files of our own.
  const map = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const roboto = {
    normal: join(map, 'Roboto-Regular.ttf'),
    bold: join(map, 'Roboto-Medium.ttf'),
    italics: join(map, 'Roboto-Italic.ttf'),
    bolditalics: join(map, 'Roboto-MediumItalic.ttf'),
  };
  pdf.setFonts({ Roboto: roboto });
  // The documents hold only text: no URL is fetched, and only the fonts are read from disk.
  const fontbestanden = new Set(Object.values(roboto));
  pdf.setUrlAccessPolicy(() => false);
  pdf.setLocalAccessPolicy((pad) => fontbestanden.has(pad));
  return (geladen = pdf);
}

function inhoud(doc: PrivacyDocument): Content[] {
  return [
    { text: doc.titel, style: 'titel' },
    ...doc.bronnen.map((b): Content => ({ text: bronZin(b), italics: true })),
    {
      text: 'Gemaakt met het Knooppuntenregister uit de beschrijving van het knooppunt. Een concept: de partijen stellen het zelf vast.',
      italics: true,
      margin: [0, 0, 0, 8],
    },
    ...doc.secties.flatMap((s): Content[] => [
      { text: s.kop, style: 'kop' },
      ...(s.bron ? [{ text: `Bron: ${s.bron}`, italics: true, color: '#444444' }] : []),
      ...(s.inleiding ? [{ text: s.inleiding, margin: [0, 4, 0, 0] } as Content] : []),
      ...s.velden.flatMap((v): Content[] => [
        { text: v.label, bold: true, margin: [0, 8, 0, 2] },
        v.waarde === null
          ? { text: GAT, italics: true, background: '#fff2a8', margin: [14, 0, 0, 0] }
          : v.waarde.length > 1
            ? { ul: v.waarde, margin: [14, 0, 0, 0] }
            : { text: v.waarde[0] ?? '', margin: [14, 0, 0, 0] },
      ]),
    ]),
  ];
}

export function alsPdf(doc: PrivacyDocument): Promise<Buffer> {
  const definitie: Definitie = {
    info: { title: doc.titel, creator: 'Knooppuntenregister' },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      titel: { fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
      kop: { fontSize: 13, bold: true, margin: [0, 16, 0, 2] },
    },
    footer: (pagina, totaal) => ({
      text: `${doc.titel} — pagina ${pagina} van ${totaal}`,
      fontSize: 8,
      color: '#444444',
      margin: [56, 16, 56, 0],
    }),
    content: inhoud(doc),
  };
  return pdfmake().createPdf(definitie).getBuffer();
}
