// SPDX-License-Identifier: EUPL-1.2
// Spreadsheet export and import over HTTP (issue 8): a round trip changes nothing, a preview
// writes nothing and names every row error, a confirmation writes everything as one audited
// change, a stale preview or a refused object writes nothing.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountService } from '../server/auth/account-service.ts';
import { EditService } from '../server/edit-service.ts';
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
    const template = await download('/export/knooppunten.csv?sjabloon=1');
    expect(
      template
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(';')
        .slice(0, 3),
    ).toEqual(['id', 'naam', 'regioId']);
  });

  it('previews changes and row errors in Dutch without writing, then writes them as one audited change', async () => {
    const rows = parse<Record<string, string>>(
      (await download('/export/knooppunten.csv')).toString('utf8').replace(/^\uFEFF/, ''),
      { columns: true, delimiter: ';' },
    );
    const eerste = rows[0]!;
    const gewijzigd = { ...eerste, doel: '=Gewijzigd doel via import' };
    const nieuw = { ...eerste, id: '', naam: 'Nieuwe tafel uit spreadsheet', aanpalend: '' };
    const fout = {
      ...eerste,
      id: '',
      naam: 'Foute rij',
      functie: 'VERGADERING',
      themaIds: 'bestaat-niet',
      leeftijdMin: 'twaalf',
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
        kolom: 'leeftijdMin',
        melding: 'Minimumleeftijd moet een heel getal zijn, niet ‘twaalf’',
      },
    ]);
    const zonderGetal = await post('/import/voorbeeld', {
      bestanden: [
        bestand('knooppunten.csv', csv([gewijzigd, nieuw, { ...fout, leeftijdMin: '' }])),
      ],
    });
    expect(zonderGetal.body.fouten.map((f) => [f.rij, f.kolom])).toEqual([[4, 'functie']]);
    expect(zonderGetal.body.fouten[0]!.melding).toBe(
      'Functie kent de waarde ‘VERGADERING’ niet; kies Meldpunt of Overlegtafel',
    );
    const verwijzing = await post('/import/voorbeeld', {
      bestanden: [
        bestand('knooppunten.csv', csv([{ ...fout, functie: 'OVERLEGTAFEL', leeftijdMin: '' }])),
      ],
    });
    expect(verwijzing.body.fouten).toEqual([
      {
        blad: 'knooppunten.csv',
        rij: 2,
        kolom: 'themaIds',
        melding: 'Er is geen thema ‘bestaat-niet’ (meer)',
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
      [eerste['naam'], false],
      ['Nieuwe tafel uit spreadsheet', true],
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
    expect(registry.knooppunten.find((k) => k.id === eerste['id'])!.doel).toBe(
      '=Gewijzigd doel via import',
    );
    expect(registry.knooppunten.some((k) => k.naam === 'Nieuwe tafel uit spreadsheet')).toBe(true);

    // Two new knooppunten that name each other as aanpalend arrive in one import.
    const paar = [
      { ...eerste, id: 'kp-paar-a', naam: 'Paar A', aanpalend: 'kp-paar-b: werken samen' },
      { ...eerste, id: 'kp-paar-b', naam: 'Paar B', aanpalend: 'kp-paar-a: werken samen' },
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
        stringify([{ ...rows[0]!, beroepsgeheim: 'Gewijzigd' }], { header: true, delimiter: ';' }),
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
          stringify([{ ...rows[0]!, beroepsgeheim: 'Nog eens' }], { header: true, delimiter: ';' }),
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
    const ander = rows.find((r) => r['id'] !== 'ggz')!;
    const vreemd = [
      bestand(
        'organisaties.csv',
        stringify([{ ...ander, beroepsgeheim: 'Door Rita' }], { header: true, delimiter: ';' }),
      ),
    ];
    expect((await post('/import/voorbeeld', { bestanden: vreemd }, rita)).status).toBe(403);
    const sleutel = (await post('/import/voorbeeld', { bestanden: vreemd })).body.sleutel;
    const geweigerd = await post('/import/bevestig', { bestanden: vreemd, sleutel }, rita);
    expect(geweigerd.status).toBe(403);
    expect(geweigerd.body.errors?.[0]?.message).toContain('beheerder');
    expect(
      (await store.load()).organisaties.find((o) => o.id === ander['id'])!.beroepsgeheim,
    ).not.toBe('Door Rita');
    expect(
      (await post('/import/voorbeeld', { bestanden: [bestand('register.pdf', 'x')] })).body
        .errors?.[0]?.message,
    ).toContain('moet een .xlsx- of .csv-bestand zijn');
    expect(await store.revision()).toBe(revisie);
  });
});
