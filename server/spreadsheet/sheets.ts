// SPDX-License-Identifier: EUPL-1.2
// Spreadsheet files in and out: XLSX (one workbook, a sheet per kind plus "Toelichting") and CSV
// (a file per kind, ";"-separated with a BOM, as Dutch Excel opens it). Only reading and writing
// cells happens here; what rows mean is domain/import-plan.ts.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { BOM, geschermd, ontschermd, SCHEIDINGSTEKEN } from '../domain/csv.ts';
import { TooLargeError, ValidationError } from '../domain/errors.ts';
import { keuzeLabel, labelsVan } from '../domain/enum-labels.ts';
import { VELDEN, type Veld } from '../domain/fields.ts';
import {
  BLADEN,
  ID_TITEL,
  kolomTitel,
  kolommen,
  kolomVanKop,
  type Blad,
  type ImportRij,
} from '../domain/import-plan.ts';
import { getal, opsomming } from '../domain/taal.ts';
import { IMPORT_GRENZEN, mb } from './limits.ts';

export interface Bestand {
  naam: string;
  inhoud: Buffer;
}

const TOELICHTING = [
  'Eén blad per soort. De eerste rij noemt de kolommen; laat ze staan. Wie met de muis op een kolomtitel staat, ziet wat er in de kolom hoort.',
  'Een rij met een bestaand id wijzigt dat object; een rij zonder id maakt een nieuw object. Een nieuw object krijgt zelf een id.',
  'Een knooppunt, organisatie, gemeente, thema of wet noemt u met het id (gemeente: de CBS-code, zoals GM0400) of met de naam, ook als het object in deze import nieuw is. Een naam moet op één object passen.',
  'Een import verwijdert niets: wat u weglaat, blijft zoals het is.',
  'Lijsten scheidt u met ";". Een wet met artikel schrijft u als "wet: artikel", een aanpalend knooppunt als "knooppunt: reden".',
  'Keuzevelden en ja/nee-velden hebben een keuzelijst. U mag ook de code typen. Datums: JJJJ-MM-DD.',
];

/** The blank rows of a sheet that get the dropdowns, past its last filled row. */
const LEGE_RIJEN = 500;
/** The hidden sheet that holds the dropdowns' values. */
const KEUZELIJSTEN = 'Keuzelijsten';

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

function rijenVan(
  kind: Blad['kind'],
  blad: string,
  kop: string[],
  rijen: { nummer: number; cellen: string[] }[],
): ImportRij[] {
  // A column by its title ("Werkgebied (gemeenten)") or its key ("gemeenteIds"), as older files have it.
  const paden = kop.map((k) => (k === '' ? undefined : kolomVanKop(kind, k)));
  const onbekend = kop.filter((k, i) => k !== '' && paden[i] === undefined);
  if (onbekend.length > 0)
    throw ValidationError.field(
      blad,
      `In ‘${blad}’ ${onbekend.length > 1 ? 'staan onbekende kolommen' : 'staat een onbekende kolom'} ${onbekend.map((k) => `‘${k}’`).join(', ')}; gebruik het sjabloon`,
    );
  const dubbel = paden.find((p, i) => p !== undefined && paden.indexOf(p) !== i);
  if (dubbel !== undefined)
    throw ValidationError.field(
      blad,
      `In ‘${blad}’ staat de kolom ‘${kolomTitel(kind, dubbel)}’ twee keer; laat er één staan`,
    );
  return rijen
    .filter((r) => r.cellen.some((c) => c.trim() !== ''))
    .map((r) => ({
      kind,
      blad,
      rij: r.nummer,
      cellen: Object.fromEntries(
        paden.flatMap((p, i) => (p === undefined ? [] : [[p, r.cellen[i] ?? '']])),
      ),
    }));
}

/** The sheet a CSV file holds: by its name ("deelnames.csv") or else by its columns. */
function bladVanCsv(naam: string, kop: string[]): (typeof BLADEN)[number] {
  const opNaam = BLADEN.find((b) => naam.toLowerCase().includes(b.naam.toLowerCase()));
  const opKop = BLADEN.find((b) =>
    kolommen(b.kind).every((pad) => kop.some((k) => kolomVanKop(b.kind, k) === pad)),
  );
  const blad = opNaam ?? opKop;
  if (!blad)
    throw ValidationError.field(
      naam,
      `‘${naam}’ is niet herkend als ${opsomming(
        BLADEN.map((b) => b.naam.toLowerCase()),
        'of',
      )}: noem het bestand naar de soort of gebruik de kolommen van het sjabloon`,
    );
  return blad;
}

/**
 * An XLSX is a zip: its directory says what every part unpacks to. Refuse a file whose parts add
 * up past the limit before anything is unpacked (a zip bomb); the worker's heap limit catches a
 * directory that lies.
 */
function controleerZip(bestand: Bestand): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bestand.inhoud, { lazyEntries: true }, (error, zip) => {
      if (error)
        return reject(
          ValidationError.field(bestand.naam, `‘${bestand.naam}’ is geen leesbaar XLSX-bestand`),
        );
      let onderdelen = 0;
      let uitgepakt = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        onderdelen++;
        uitgepakt += entry.uncompressedSize;
        if (onderdelen > IMPORT_GRENZEN.zipOnderdelen)
          return reject(
            new TooLargeError(
              bestand.naam,
              `‘${bestand.naam}’ bestaat uit meer dan ${IMPORT_GRENZEN.zipOnderdelen} onderdelen`,
            ),
          );
        if (uitgepakt > IMPORT_GRENZEN.uitgepaktBytes)
          return reject(
            new TooLargeError(
              bestand.naam,
              `‘${bestand.naam}’ wordt uitgepakt groter dan ${mb(IMPORT_GRENZEN.uitgepaktBytes)}`,
            ),
          );
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', () =>
        reject(
          ValidationError.field(bestand.naam, `‘${bestand.naam}’ is geen leesbaar XLSX-bestand`),
        ),
      );
      zip.readEntry();
    });
  });
}

/** Counts rows and cells over all files as they are read, and refuses past the limits. */
class Teller {
  private rijen = 0;
  private cellen = 0;
  tel(naam: string, rijen: number, kolommen: number): void {
    this.rijen += rijen;
    this.cellen += rijen * Math.max(kolommen, 1);
    if (this.rijen > IMPORT_GRENZEN.rijen)
      throw new TooLargeError(
        naam,
        `De bestanden hebben samen meer dan ${getal(IMPORT_GRENZEN.rijen)} rijen; splits de import`,
      );
    if (this.cellen > IMPORT_GRENZEN.cellen)
      throw new TooLargeError(
        naam,
        `De bestanden hebben samen meer dan ${getal(IMPORT_GRENZEN.cellen)} cellen; splits de import`,
      );
  }
}

async function leesXlsx(bestand: Bestand, teller: Teller, rijen: ImportRij[]): Promise<void> {
  await controleerZip(bestand);
  const workbook = new ExcelJS.Workbook();
  try {
    // The dropdowns are for the person filling in; unpacking their ranges per cell costs time.
    await workbook.xlsx.load(bestand.inhoud as unknown as ArrayBuffer, {
      ignoreNodes: ['dataValidations'],
    });
  } catch {
    throw ValidationError.field(bestand.naam, `‘${bestand.naam}’ is geen leesbaar XLSX-bestand`);
  }
  for (const { kind, naam } of BLADEN) {
    const sheet = workbook.getWorksheet(naam);
    if (!sheet) continue;
    const kop = (sheet.getRow(1).values as ExcelJS.CellValue[])
      .slice(1)
      .map((v) => celTekst(v).trim());
    teller.tel(`${bestand.naam}, blad ${naam}`, Math.max(sheet.rowCount - 1, 0), kop.length);
    const data: { nummer: number; cellen: string[] }[] = [];
    sheet.eachRow((row, nummer) => {
      if (nummer > 1)
        data.push({ nummer, cellen: kop.map((_, i) => celTekst(row.getCell(i + 1).value)) });
    });
    for (const rij of rijenVan(kind, naam, kop, data)) rijen.push(rij);
  }
}

/** The number of lines, counted without splitting the text (a cheap bound before parsing). */
function regels(tekst: string): number {
  let n = 1;
  for (let i = tekst.indexOf('\n'); i !== -1; i = tekst.indexOf('\n', i + 1)) n++;
  return n;
}

function leesCsv(bestand: Bestand, teller: Teller, rijen: ImportRij[]): void {
  const tekst = bestand.inhoud.toString('utf8').replace(/^\uFEFF/, '');
  const eersteRegel = tekst.split('\n', 1)[0] ?? '';
  const scheiding = eersteRegel.includes(';') ? ';' : ',';
  // Lines bound the rows (a quoted cell may hold a line break, so rows are at most this many).
  teller.tel(bestand.naam, regels(tekst) - 1, eersteRegel.split(scheiding).length);
  let records: string[][];
  try {
    const gelezen: string[][] = parse(tekst, {
      delimiter: scheiding,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: IMPORT_GRENZEN.bestandBytes,
    });
    records = gelezen.map((r) => r.map(ontschermd));
  } catch (error) {
    // csv-parse explains in English; the line it stopped at is what a person can use.
    const regel = (error as { lines?: number }).lines;
    throw ValidationError.field(
      bestand.naam,
      `‘${bestand.naam}’ is geen leesbaar CSV-bestand${regel ? ` (zie regel ${regel})` : ''}`,
    );
  }
  const kop = (records[0] ?? []).map((k) => k.trim());
  const blad = bladVanCsv(bestand.naam, kop);
  for (const rij of rijenVan(
    blad.kind,
    bestand.naam,
    kop,
    records.slice(1).map((cellen, i) => ({ nummer: i + 2, cellen })),
  ))
    rijen.push(rij);
}

/**
 * The rows of the uploaded files, within IMPORT_GRENZEN. Runs in the import worker
 * (read-files.ts): parsing a large workbook takes seconds that other users must not wait for.
 */
export async function leesBestanden(bestanden: readonly Bestand[]): Promise<ImportRij[]> {
  if (bestanden.length > IMPORT_GRENZEN.bestanden)
    throw new TooLargeError(
      'bestanden',
      `stuur hoogstens ${IMPORT_GRENZEN.bestanden} bestanden tegelijk`,
    );
  const teller = new Teller();
  const rijen: ImportRij[] = [];
  for (const bestand of bestanden) {
    if (bestand.inhoud.length > IMPORT_GRENZEN.bestandBytes)
      throw new TooLargeError(
        bestand.naam,
        `‘${bestand.naam}’ is groter dan ${mb(IMPORT_GRENZEN.bestandBytes)}`,
      );
    if (/\.xlsx$/i.test(bestand.naam)) await leesXlsx(bestand, teller, rijen);
    else if (/\.csv$/i.test(bestand.naam)) leesCsv(bestand, teller, rijen);
    else
      throw ValidationError.field(
        bestand.naam,
        `‘${bestand.naam}’ moet een .xlsx- of .csv-bestand zijn`,
      );
  }
  return rijen;
}

/** What a column is for, as its header's comment and the Toelichting say it. */
function kolomUitleg(veld: Veld): string {
  const labels = veld.waarden && labelsVan(veld.waarden);
  return [
    veld.verplicht ? 'Verplicht.' : '',
    veld.uitleg ?? '',
    veld.soort === 'keuzes' ? 'Meer waarden scheidt u met ";".' : '',
    veld.soort === 'refs' || veld.soort === 'ref' ? 'Het id of de naam.' : '',
    labels ? `Waarden: ${Object.values(labels).join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The values a column's dropdown offers: labels for a choice, ja and nee for a yes/no field. */
function keuzewaarden(veld: Veld): string[] | undefined {
  if (veld.soort === 'janee' || veld.soort === 'janeeLeeg') return ['ja', 'nee'];
  if (veld.soort !== 'keuze' && veld.soort !== 'keuzes') return undefined;
  return veld.waarden?.map((code) => keuzeLabel(veld.waarden!, code));
}

/** ExcelJS writes a sheet's data validations by range; its type declarations leave the list out. */
interface MetKeuzelijsten {
  dataValidations: { add(bereik: string, validatie: ExcelJS.DataValidation): void };
}

/**
 * Per sheet: Dutch column titles with a comment saying what belongs there, and a dropdown on
 * every enumerated column (a list on the hidden sheet Keuzelijsten, so labels may hold commas).
 * A choice warns on other text but lets it stand (a code is fine too); a list field takes several.
 */
function schrijfBlad(
  workbook: ExcelJS.Workbook,
  blad: Blad,
  lijst: (titel: string, waarden: string[]) => string,
): void {
  const sheet = workbook.addWorksheet(blad.naam, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = kolommen(blad.kind).map((pad) => {
    const titel = kolomTitel(blad.kind, pad);
    return { header: titel, key: pad, width: Math.min(40, Math.max(12, titel.length + 2)) };
  });
  const kop = sheet.getRow(1);
  kop.font = { bold: true };
  kop.getCell(1).note = 'Vaste identificatie. Leeg bij een nieuw object: dat krijgt zelf een id.';
  for (const rij of blad.rijen) sheet.addRow(rij);
  const laatste = blad.rijen.length + 1 + LEGE_RIJEN;
  VELDEN[blad.kind].forEach((veld, i) => {
    const uitleg = kolomUitleg(veld);
    if (uitleg !== '') kop.getCell(i + 2).note = uitleg;
    const waarden = keuzewaarden(veld);
    if (!waarden || veld.alleenLezen) return;
    const meer = veld.soort === 'keuzes';
    const { letter } = sheet.getColumn(i + 2);
    (sheet as unknown as MetKeuzelijsten).dataValidations.add(`${letter}2:${letter}${laatste}`, {
      type: 'list',
      allowBlank: true,
      formulae: [lijst(veld.label, waarden)],
      showInputMessage: true,
      promptTitle: veld.label.slice(0, 32),
      prompt: meer
        ? 'Kies een waarde uit de lijst; meer waarden scheidt u met ";".'
        : 'Kies een waarde uit de lijst.',
      showErrorMessage: !meer,
      errorStyle: 'warning',
      errorTitle: veld.label.slice(0, 32),
      error: 'Deze waarde staat niet in de lijst. Kies een waarde uit de lijst of typ de code.',
    });
  });
}

/** The workbook: the given sheets (empty ones make the template) and an explanation of every column. */
export async function schrijfXlsx(bladen: readonly Blad[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Knooppuntenregister';
  const keuzes = workbook.addWorksheet(KEUZELIJSTEN, { state: 'hidden' });
  /** The range of a list on the Keuzelijsten sheet; the same values share one column. */
  const bereiken = new Map<string, string>();
  const lijst = (titel: string, waarden: string[]): string => {
    const sleutel = waarden.join('\n');
    let bereik = bereiken.get(sleutel);
    if (bereik === undefined) {
      const kolom = keuzes.getColumn(bereiken.size + 1);
      kolom.values = [titel, ...waarden];
      kolom.width = Math.min(60, Math.max(...waarden.map((w) => w.length)) + 2);
      bereik = `${KEUZELIJSTEN}!$${kolom.letter}$2:$${kolom.letter}$${waarden.length + 1}`;
      bereiken.set(sleutel, bereik);
    }
    return bereik;
  };
  for (const blad of bladen) schrijfBlad(workbook, blad, lijst);
  const uitleg = workbook.addWorksheet('Toelichting');
  uitleg.columns = [
    { header: 'Blad', key: 'blad', width: 14 },
    { header: 'Kolom', key: 'kolom', width: 34 },
    { header: 'Verplicht', key: 'verplicht', width: 10 },
    { header: 'Wat er in hoort', key: 'uitleg', width: 90 },
    { header: 'Kolomnaam in oudere bestanden', key: 'sleutel', width: 30 },
  ];
  uitleg.getRow(1).font = { bold: true };
  TOELICHTING.forEach((t) => uitleg.addRow({ uitleg: t }));
  for (const { kind, naam } of BLADEN) {
    uitleg.addRow({
      blad: naam,
      kolom: ID_TITEL,
      verplicht: 'nee',
      uitleg: 'Vaste identificatie; leeg bij een nieuw object.',
      sleutel: 'id',
    });
    for (const veld of VELDEN[kind]) {
      uitleg.addRow({
        blad: naam,
        kolom: veld.label,
        verplicht: veld.verplicht ? 'ja' : 'nee',
        uitleg: kolomUitleg(veld).replace(/^Verplicht\. /, ''),
        sleutel: veld.pad,
      });
    }
  }
  uitleg.getColumn('uitleg').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function schrijfCsv(blad: Blad): Buffer {
  const rijen = blad.rijen.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, geschermd(v)])),
  );
  const columns = kolommen(blad.kind).map((key) => ({ key, header: kolomTitel(blad.kind, key) }));
  return Buffer.from(
    `${BOM}${stringify(rijen, { header: true, columns, delimiter: SCHEIDINGSTEKEN })}`,
    'utf8',
  );
}
