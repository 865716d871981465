// SPDX-License-Identifier: EUPL-1.2
// Spreadsheet files in and out: XLSX (one workbook, a sheet per kind plus "Toelichting") and CSV
// (a file per kind, ";"-separated with a BOM, as Dutch Excel opens it). Only reading and writing
// cells happens here; what rows mean is domain/import-plan.ts.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { ValidationError } from '../domain/errors.ts';
import { VELDEN } from '../domain/fields.ts';
import { BLADEN, kolommen, type Blad, type ImportRij } from '../domain/import-plan.ts';

export interface Bestand {
  naam: string;
  inhoud: Buffer;
}

const TOELICHTING = [
  'Eén blad per soort. De eerste rij noemt de kolommen; laat ze staan.',
  'Een rij met een bestaand id wijzigt dat object; een rij zonder id of met een nieuw id maakt een nieuw object.',
  'Een import verwijdert niets: wat u weglaat, blijft zoals het is.',
  'Lijsten scheidt u met ";". Een wet met artikel schrijft u als "wet-id: artikel", een aanpalend knooppunt als "knooppunt-id: reden".',
  'Ja/nee-velden: ja of nee. Datums: JJJJ-MM-DD. Keuzevelden: een van de genoemde codes.',
];

/** Cell text as the domain reads it: dates as YYYY-MM-DD, rich text and links as their text. */
function celTekst(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return celTekst(value.result);
    return '';
  }
  return String(value);
}

function rijenVan(kind: Blad['kind'], blad: string, kop: string[], rijen: { nummer: number; cellen: string[] }[]): ImportRij[] {
  const bekend = new Set(kolommen(kind));
  const onbekend = kop.filter((k) => k !== '' && !bekend.has(k));
  if (onbekend.length > 0) throw ValidationError.field(blad, `onbekende kolom${onbekend.length > 1 ? 'men' : ''} ${onbekend.map((k) => `"${k}"`).join(', ')}; gebruik het sjabloon`);
  return rijen
    .filter((r) => r.cellen.some((c) => c.trim() !== ''))
    .map((r) => ({ kind, blad, rij: r.nummer, cellen: Object.fromEntries(kop.map((k, i) => [k, r.cellen[i] ?? ''])) }));
}

/** The sheet a CSV file holds: by its name ("deelnames.csv") or else by its columns. */
function bladVanCsv(naam: string, kop: string[]): (typeof BLADEN)[number] {
  const opNaam = BLADEN.find((b) => naam.toLowerCase().includes(b.naam.toLowerCase()));
  const opKop = BLADEN.find((b) => kolommen(b.kind).every((k) => kop.includes(k)));
  const blad = opNaam ?? opKop;
  if (!blad) throw ValidationError.field(naam, `niet herkend als ${BLADEN.map((b) => b.naam.toLowerCase()).join(', ')}: noem het bestand naar de soort of gebruik de kolommen van het sjabloon`);
  return blad;
}

export async function leesBestanden(bestanden: readonly Bestand[]): Promise<ImportRij[]> {
  const rijen: ImportRij[] = [];
  for (const bestand of bestanden) {
    if (/\.xlsx$/i.test(bestand.naam)) {
      const workbook = new ExcelJS.Workbook();
      try {
        await workbook.xlsx.load(bestand.inhoud as unknown as ArrayBuffer);
      } catch {
        throw ValidationError.field(bestand.naam, 'is geen leesbaar XLSX-bestand');
      }
      for (const { kind, naam } of BLADEN) {
        const sheet = workbook.getWorksheet(naam);
        if (!sheet) continue;
        const kop = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => celTekst(v).trim());
        const data: { nummer: number; cellen: string[] }[] = [];
        sheet.eachRow((row, nummer) => {
          if (nummer > 1) data.push({ nummer, cellen: kop.map((_, i) => celTekst(row.getCell(i + 1).value)) });
        });
        rijen.push(...rijenVan(kind, naam, kop, data));
      }
    } else if (/\.csv$/i.test(bestand.naam)) {
      const tekst = bestand.inhoud.toString('utf8').replace(/^\uFEFF/, '');
      const eersteRegel = tekst.split('\n', 1)[0] ?? '';
      let records: string[][];
      try {
        const gelezen: string[][] = parse(tekst, { delimiter: eersteRegel.includes(';') ? ';' : ',', relax_column_count: true, skip_empty_lines: true });
        records = gelezen.map((r) => r.map(ontschermd));
      } catch (error) {
        throw ValidationError.field(bestand.naam, `is geen leesbaar CSV-bestand (${(error as Error).message})`);
      }
      const kop = (records[0] ?? []).map((k) => k.trim());
      const blad = bladVanCsv(bestand.naam, kop);
      rijen.push(...rijenVan(blad.kind, bestand.naam, kop, records.slice(1).map((cellen, i) => ({ nummer: i + 2, cellen }))));
    } else {
      throw ValidationError.field(bestand.naam, 'moet een .xlsx- of .csv-bestand zijn');
    }
  }
  return rijen;
}

/** The workbook: the given sheets (empty ones make the template) and an explanation of every column. */
export async function schrijfXlsx(bladen: readonly Blad[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Knooppuntenregister';
  for (const blad of bladen) {
    const sheet = workbook.addWorksheet(blad.naam, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = kolommen(blad.kind).map((k) => ({ header: k, key: k, width: Math.min(40, Math.max(12, k.length + 2)) }));
    sheet.getRow(1).font = { bold: true };
    for (const rij of blad.rijen) sheet.addRow(rij);
  }
  const uitleg = workbook.addWorksheet('Toelichting');
  uitleg.columns = [
    { header: 'Blad', key: 'blad', width: 14 },
    { header: 'Kolom', key: 'kolom', width: 34 },
    { header: 'Betekenis', key: 'label', width: 50 },
    { header: 'Verplicht', key: 'verplicht', width: 10 },
    { header: 'Toegestane waarden en uitleg', key: 'uitleg', width: 80 },
  ];
  uitleg.getRow(1).font = { bold: true };
  TOELICHTING.forEach((t) => uitleg.addRow({ blad: '', kolom: '', label: t }));
  for (const { kind, naam } of BLADEN) {
    uitleg.addRow({ blad: naam, kolom: 'id', label: 'Vaste identificatie; leeg bij een nieuw object', verplicht: 'nee' });
    for (const veld of VELDEN[kind]) {
      uitleg.addRow({ blad: naam, kolom: veld.pad, label: veld.label, verplicht: veld.verplicht ? 'ja' : 'nee', uitleg: [veld.waarden?.join(', '), veld.uitleg].filter(Boolean).join(' — ') });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Text that a spreadsheet would run as a formula (CSV injection) gets an apostrophe in front in
 * a CSV file; reading takes it off again, so a round trip keeps the text.
 */
const FORMULE = /^'?[=+\-@\t\r]/;
const geschermd = (cel: string) => (FORMULE.test(cel) ? `'${cel}` : cel);
const ontschermd = (cel: string) => (cel.startsWith("'") && FORMULE.test(cel.slice(1)) ? cel.slice(1) : cel);

export function schrijfCsv(blad: Blad): Buffer {
  const rijen = blad.rijen.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, geschermd(v)])));
  return Buffer.from(`\uFEFF${stringify(rijen, { header: true, columns: kolommen(blad.kind), delimiter: ';' })}`, 'utf8');
}
