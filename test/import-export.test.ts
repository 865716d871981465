// SPDX-License-Identifier: EUPL-1.2
// Spreadsheet export and import over HTTP (issue 8): a round trip changes nothing, a preview
// writes nothing and names every row error, a confirmation writes everything as one audited
// change, a stale preview or a refused object writes nothing.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountService } from '../server/auth/account-service.ts';
import { EditService } from '../server/edit-service.ts';
import { VELDEN } from '../server/domain/fields.ts';
import type { ImportAntwoord } from '../server/domain/import-plan.ts';
import type { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { startHttp, TEST_TOKEN, type HttpHarness, type Wie } from './http-harness.ts';

let h: HttpHarness;
let store: EmbeddedStore;
let base: string;

type Voorbeeld = ImportAntwoord & { errors?: { message: string; extensions: { code: string } }[] };

const bestand = (naam: string, inhoud: Buffer | string) => ({
  naam,
  inhoud: Buffer.from(inhoud).toString('base64'),
});
async function post(
  pad: string,
  body: unknown,
  wie: Wie = { token: TEST_TOKEN },
): Promise<{ status: number; body: Voorbeeld }> {
  const res = await h.post(pad, body, wie);
  return { status: res.status, body: (await res.json()) as Voorbeeld };
}
const download = async (pad: string) =>
  Buffer.from(await (await fetch(`${base}${pad}`)).arrayBuffer());
const BLADEN = ['organisaties', 'knooppunten', 'deelnames', 'overdrachten'];

beforeAll(async () => {
  h = await startHttp({ beheerder: true });
  ({ store, base } = h);
});
afterAll(() => h.close());

describe('spreadsheet export and import', () => {
  it('reads its own export back without a change, as XLSX and as CSV', async () => {
    // A verified knooppunt: its record is exported in words and an import leaves it as it is.
    const k = (await store.load()).knooppunten.find((x) => x.id === 'meldpunt-wvggz')!;
    const verificatie = {
      namensId: 'ggd',
      geraadpleegd: [{ organisatieId: 'ggz', rol: 'wijkagent' }],
      bevestigd: ['DOEL_EN_DOELGROEP'],
      toelichting: null,
    };
    const verifieer = await h.gql(
      'mutation($id: ID!, $v: Int!, $ver: VerificatieInput!) { verifieerKnooppunt(id: $id, versie: $v, verificatie: $ver) { versie } }',
      { id: k.id, v: k.versie, ver: verificatie },
      { token: TEST_TOKEN },
    );
    expect(verifieer.errors).toBeUndefined();
    const cel = parse<Record<string, string>>(
      (await download('/export/knooppunten.csv')).toString('utf8').replace(/^\uFEFF/, ''),
      { columns: true, delimiter: ';' },
    ).find((r) => r['Id'] === k.id)!['Verificatie'];
    expect(cel).toMatch(
      /^Namens GGD.*; geraadpleegd: GGZ.* \(wijkagent\); bevestigd: doel en doelgroep$/,
    );

    const registry = await store.load();
    const totaal =
      registry.knooppunten.length +
      registry.organisaties.length +
      registry.deelnames.length +
      registry.overdrachten.length;
    const xlsx = await post('/import/voorbeeld', {
      bestanden: [bestand('register.xlsx', await download('/export/register.xlsx'))],
    });
    expect(xlsx.body).toMatchObject({ wijzigingen: [], fouten: [], ongewijzigd: totaal });
    const csv = await post('/import/voorbeeld', {
      bestanden: await Promise.all(
        BLADEN.map(async (b) => bestand(`${b}.csv`, await download(`/export/${b}.csv`))),
      ),
    });
    expect(csv.body).toMatchObject({ wijzigingen: [], fouten: [], ongewijzigd: totaal });
    expect((await store.load()).knooppunten.find((x) => x.id === k.id)!.verificatie).toEqual(
      verificatie,
    );
    const template = await download('/export/knooppunten.csv?sjabloon=1');
    expect(
      template
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(';')
        .slice(0, 3),
    ).toEqual(['Id', 'Naam', 'Regio']);
  });

  it('previews changes and row errors in Dutch without writing, then writes them as one audited change', async () => {
    const rows = parse<Record<string, string>>(
      (await download('/export/knooppunten.csv')).toString('utf8').replace(/^\uFEFF/, ''),
      { columns: true, delimiter: ';' },
    );
    const eerste = rows[0]!;
    // The columns by their Dutch titles, as the export writes them.
    const gewijzigd = { ...eerste, Doel: '=Gewijzigd doel via import' };
    const nieuw = {
      ...eerste,
      Id: '',
      Naam: 'Nieuwe tafel uit spreadsheet',
      'Aanpalende knooppunten': '',
    };
    const fout = {
      ...eerste,
      Id: '',
      Naam: 'Foute rij',
      Functie: 'VERGADERING',
      "Thema's": 'bestaat-niet',
      Minimumleeftijd: 'twaalf',
    };
    const csv = (lijst: Record<string, string>[]) =>
      stringify(lijst, { header: true, columns: Object.keys(eerste), delimiter: ';' });

    const revisie = await store.revision();
    const metFouten = await post('/import/voorbeeld', {
      bestanden: [bestand('knooppunten.csv', csv([gewijzigd, nieuw, fout]))],
    });
    expect(metFouten.body.fouten).toEqual([
      {
        blad: 'knooppunten.csv',
        rij: 4,
        kolom: "Thema's",
        melding:
          'Er is geen thema met het id of de naam ‘bestaat-niet’, in het register of in deze import',
      },
      {
        blad: 'knooppunten.csv',
        rij: 4,
        kolom: 'Minimumleeftijd',
        melding: 'Minimumleeftijd moet een heel getal zijn, niet ‘twaalf’',
      },
    ]);
    const zonderGetal = await post('/import/voorbeeld', {
      bestanden: [
        bestand('knooppunten.csv', csv([gewijzigd, nieuw, { ...fout, Minimumleeftijd: '' }])),
      ],
    });
    expect(zonderGetal.body.fouten.map((f) => [f.rij, f.kolom])).toEqual([
      [4, "Thema's"],
      [4, 'Functie'],
    ]);
    expect(zonderGetal.body.fouten[1]!.melding).toBe(
      'Functie kent de waarde ‘VERGADERING’ niet; kies Meldpunt of Overlegtafel',
    );
    const verwijzing = await post('/import/voorbeeld', {
      bestanden: [
        bestand(
          'knooppunten.csv',
          csv([{ ...fout, Functie: 'OVERLEGTAFEL', Minimumleeftijd: '' }]),
        ),
      ],
    });
    expect(verwijzing.body.fouten).toEqual([
      {
        blad: 'knooppunten.csv',
        rij: 2,
        kolom: "Thema's",
        melding:
          'Er is geen thema met het id of de naam ‘bestaat-niet’, in het register of in deze import',
      },
    ]);
    expect(await store.revision()).toBe(revisie);

    const bevestigMetFout = await post('/import/bevestig', {
      bestanden: [bestand('knooppunten.csv', csv([gewijzigd, nieuw, fout]))],
      sleutel: metFouten.body.sleutel,
    });
    expect(bevestigMetFout.status).toBe(400);
    expect(await store.revision()).toBe(revisie);

    const goed = [bestand('knooppunten.csv', csv([gewijzigd, nieuw]))];
    const voorbeeld = await post('/import/voorbeeld', { bestanden: goed });
    expect(voorbeeld.body.wijzigingen.map((w) => [w.naam, w.nieuw])).toEqual([
      [eerste['Naam'], false],
      ['Nieuwe tafel uit spreadsheet', true],
    ]);
    // What changes, field by field, in words.
    expect(voorbeeld.body.wijzigingen[0]!.velden).toEqual([
      { veld: 'Doel', oud: expect.any(String) as unknown, nieuw: '=Gewijzigd doel via import' },
    ]);
    const gedaan = await post('/import/bevestig', {
      bestanden: goed,
      sleutel: voorbeeld.body.sleutel,
    });
    expect(gedaan.body.geschreven).toBe(2);
    const audit = await store.auditRecords({ na: 0, limiet: 100_000 });
    const laatste = audit.at(-1)!;
    expect(laatste).toMatchObject({ actie: 'IMPORTEREN', resultaat: 'GELUKT' });
    expect(laatste.wijzigingen).toHaveLength(2);
    const registry = await store.load();
    expect(registry.knooppunten.find((k) => k.id === eerste['Id'])!.doel).toBe(
      '=Gewijzigd doel via import',
    );
    expect(registry.knooppunten.some((k) => k.naam === 'Nieuwe tafel uit spreadsheet')).toBe(true);

    // Two new knooppunten that name each other as aanpalend arrive in one import.
    const paar = [
      {
        ...eerste,
        Id: 'kp-paar-a',
        Naam: 'Paar A',
        'Aanpalende knooppunten': 'Paar B: werken samen',
      },
      {
        ...eerste,
        Id: 'kp-paar-b',
        Naam: 'Paar B',
        'Aanpalende knooppunten': 'kp-paar-a: werken samen',
      },
    ];
    const paarBestand = [bestand('knooppunten.csv', csv(paar))];
    const paarVoorbeeld = await post('/import/voorbeeld', { bestanden: paarBestand });
    expect(paarVoorbeeld.body.fouten).toEqual([]);
    expect(
      (
        await post('/import/bevestig', {
          bestanden: paarBestand,
          sleutel: paarVoorbeeld.body.sleutel,
        })
      ).body.geschreven,
    ).toBe(2);
    const na = await store.load();
    expect(na.knooppunten.find((k) => k.id === 'kp-paar-a')!.aanpalend).toEqual([
      { knooppuntId: 'kp-paar-b', reden: 'werken samen' },
    ]);
    expect((await post('/import/voorbeeld', { bestanden: paarBestand })).body).toMatchObject({
      wijzigingen: [],
      fouten: [],
    });

    // The same file again: everything is already so.
    expect((await post('/import/voorbeeld', { bestanden: goed })).body).toMatchObject({
      wijzigingen: [],
      fouten: [],
    });
  });

  it('refuses a confirmation after the registry changed, and anyone not signed in', async () => {
    const rows = parse<Record<string, string>>(
      (await download('/export/organisaties.csv')).toString('utf8').replace(/^\uFEFF/, ''),
      { columns: true, delimiter: ';' },
    );
    const file = [
      bestand(
        'organisaties.csv',
        stringify([{ ...rows[0]!, Beroepsgeheim: 'Gewijzigd' }], { header: true, delimiter: ';' }),
      ),
    ];
    const voorbeeld = await post('/import/voorbeeld', { bestanden: file });
    expect(voorbeeld.body.wijzigingen).toHaveLength(1);
    await post('/import/bevestig', { bestanden: file, sleutel: voorbeeld.body.sleutel });
    const revisie = await store.revision();
    const oud = await post('/import/bevestig', {
      bestanden: [
        bestand(
          'organisaties.csv',
          stringify([{ ...rows[0]!, Beroepsgeheim: 'Nog eens' }], { header: true, delimiter: ';' }),
        ),
      ],
      sleutel: voorbeeld.body.sleutel,
    });
    expect(oud.status).toBe(409);
    expect(oud.body.errors?.[0]?.message).toContain('sinds de voorbeeldweergave');
    expect((await post('/import/voorbeeld', { bestanden: file }, {})).status).toBe(401);

    // Importing is for the beheerder (policy table): a redacteur is refused, and nothing is written.
    const accounts = new AccountService(store, new EditService(h.registry));
    const beheerder = (await store.accounts())[0]!;
    await accounts.create(
      {
        gebruikersnaam: 'rita@ggz.example',
        naam: 'Rita',
        rol: 'REDACTEUR',
        organisatieIds: ['ggz'],
        actief: true,
        wachtwoord: 'lang-genoeg-wachtwoord',
      },
      {
        actor: {
          accountId: beheerder.id,
          naam: beheerder.naam,
          rol: 'BEHEERDER',
          organisatieIds: [],
        },
        herkomst: 'test',
      },
    );
    const rita: Wie = {
      cookie: (await h.signIn('rita@ggz.example', 'lang-genoeg-wachtwoord')).cookie!,
    };
    const ander = rows.find((r) => r['Id'] !== 'ggz')!;
    const vreemd = [
      bestand(
        'organisaties.csv',
        stringify([{ ...ander, Beroepsgeheim: 'Door Rita' }], { header: true, delimiter: ';' }),
      ),
    ];
    expect((await post('/import/voorbeeld', { bestanden: vreemd }, rita)).status).toBe(403);
    const sleutel = (await post('/import/voorbeeld', { bestanden: vreemd })).body.sleutel;
    const geweigerd = await post('/import/bevestig', { bestanden: vreemd, sleutel }, rita);
    expect(geweigerd.status).toBe(403);
    expect(geweigerd.body.errors?.[0]?.message).toContain('beheerder');
    expect(
      (await store.load()).organisaties.find((o) => o.id === ander['Id'])!.beroepsgeheim,
    ).not.toBe('Door Rita');
    expect(
      (await post('/import/voorbeeld', { bestanden: [bestand('register.pdf', 'x')] })).body
        .errors?.[0]?.message,
    ).toContain('moet een .xlsx- of .csv-bestand zijn');
    expect(await store.revision()).toBe(revisie);
  });
});

describe('the template a region fills in (issue 22)', () => {
  it('has Dutch column titles with their help, and a dropdown on every enumerated column', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await download('/export/register.xlsx?sjabloon=1')) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Deelnames')!;
    const kop = (sheet.getRow(1).values as string[]).slice(1);
    expect(kop.slice(0, 4)).toEqual(['Id', 'Knooppunt', 'Organisatie', 'Rol']);
    expect(sheet.getRow(1).getCell(kop.indexOf('Rol') + 1).note as string).toContain(
      'Vaste deelnemer',
    );
    const lijsten = workbook.getWorksheet('Keuzelijsten')!;
    expect(lijsten.state).toBe('hidden');
    const waardenVan = (formule: string) => {
      const [, kolom, van, tot] = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formule)!;
      return Array.from(
        { length: Number(tot) - Number(van) + 1 },
        (_, i) => lijsten.getCell(`${kolom}${Number(van) + i}`).text,
      );
    };
    for (const [naam, kind] of [
      ['Knooppunten', 'knooppunt'],
      ['Deelnames', 'deelname'],
      ['Overdrachten', 'overdracht'],
      ['Organisaties', 'organisatie'],
    ] as const) {
      const blad = workbook.getWorksheet(naam)!;
      VELDEN[kind].forEach((veld, i) => {
        const validatie = blad.getRow(2).getCell(i + 2).dataValidation;
        const opgesomd = ['keuze', 'keuzes', 'janee', 'janeeLeeg'].includes(veld.soort);
        if (!opgesomd || veld.alleenLezen) return expect(validatie?.type).toBeUndefined();
        expect(validatie?.type, `${naam}: ${veld.label}`).toBe('list');
        expect(String(validatie?.formulae?.[0])).toMatch(/^Keuzelijsten!/);
      });
    }
    const grondslag = sheet.getRow(2).getCell(kop.indexOf('Grondslag') + 1).dataValidation;
    expect(waardenVan(String(grondslag.formulae[0]))).toContain(
      'Publieke taak (art. 6 lid 1 sub e AVG)',
    );
  });

  it('reads a filled-in template: names instead of ids, labels instead of codes, errors at sheet, row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await download('/export/register.xlsx?sjabloon=1')) as unknown as ArrayBuffer,
    );
    const registry = await store.load();
    const knooppunt = registry.knooppunten[0]!;
    const zetRij = (blad: string, cellen: Record<string, string>) => {
      const sheet = workbook.getWorksheet(blad)!;
      const kop = (sheet.getRow(1).values as string[]).slice(1);
      sheet.addRow(kop.map((k) => cellen[k] ?? ''));
    };
    zetRij('Organisaties', { Naam: 'Buurtteam Oost', Soort: 'overig', Privacykader: 'AVG' });
    zetRij('Deelnames', {
      Knooppunt: knooppunt.naam.toUpperCase(),
      Organisatie: 'Buurtteam Oost',
      Rol: 'Vaste deelnemer',
      Grondslag: 'publieke taak (6.1.e)',
    });
    zetRij('Deelnames', {
      Knooppunt: knooppunt.id,
      Organisatie: 'Stichting die niet bestaat',
      Rol: 'VASTE_DEELNEMER',
    });
    const bestanden = [bestand('ingevuld.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))];
    const voorbeeld = (await post('/import/voorbeeld', { bestanden })).body;
    expect(voorbeeld.fouten).toEqual([
      {
        blad: 'Deelnames',
        rij: 3,
        kolom: 'Organisatie',
        melding:
          'Er is geen organisatie met het id of de naam ‘Stichting die niet bestaat’, in het register of in deze import',
      },
    ]);
    expect(voorbeeld.wijzigingen.map((w) => [w.soort, w.naam, w.nieuw])).toEqual([
      ['organisatie', 'Buurtteam Oost', true],
      ['deelname', `Buurtteam Oost in ${knooppunt.naam}`, true],
    ]);
  });
});
