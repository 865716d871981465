// SPDX-License-Identifier: EUPL-1.2
// A privacy document as DOCX (the docx library: declarative, typed, well kept), so a jurist edits
// the draft in Word or LibreOffice. Gaps are highlighted, so they are found and completed.
import { Document, HeadingLevel, Packer, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { bronZin, GAT, type PrivacyDocument } from '../domain/privacy-dossier.ts';

const gat = () =>
  new Paragraph({
    indent: { left: 360 },
    children: [new TextRun({ text: GAT, italics: true, highlight: 'yellow' })],
  });

function inhoud(doc: PrivacyDocument): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.titel)] }),
    ...doc.bronnen.map(
      (b) => new Paragraph({ children: [new TextRun({ text: bronZin(b), italics: true })] }),
    ),
    new Paragraph({
      children: [
        new TextRun({
          text: 'Gemaakt met het Knooppuntenregister uit de beschrijving van het knooppunt. Een concept: de partijen stellen het zelf vast.',
          italics: true,
        }),
      ],
    }),
    ...doc.secties.flatMap((s) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.kop)] }),
      ...(s.bron
        ? [new Paragraph({ children: [new TextRun({ text: `Bron: ${s.bron}`, italics: true })] })]
        : []),
      ...(s.inleiding ? [new Paragraph(s.inleiding)] : []),
      ...s.velden.flatMap((v) => [
        new Paragraph({
          spacing: { before: 160 },
          children: [new TextRun({ text: v.label, bold: true })],
        }),
        ...(v.waarde === null
          ? [gat()]
          : v.waarde.map((regel) =>
              v.waarde!.length > 1
                ? new Paragraph({ text: regel, bullet: { level: 0 } })
                : new Paragraph({ text: regel, indent: { left: 360 } }),
            )),
      ]),
    ]),
  ];
}

/** A document as a DOCX file. */
export async function alsDocx(doc: PrivacyDocument): Promise<Buffer> {
  const sectie: ISectionOptions = {
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
    children: inhoud(doc),
  };
  const document = new Document({
    creator: 'Knooppuntenregister',
    title: doc.titel,
    description: doc.bronnen.map(bronZin).join(' '),
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [sectie],
  });
  return Packer.toBuffer(document);
}
