// SPDX-License-Identifier: EUPL-1.2
// The casusMatch query over HTTP (issue 18): the acute advice comes with the answer, voorrang only
// where the problematiek fits, weak matches apart as "verwant", the lacune named as the coverage
// matrix names it, and the user's own knooppunt never recommended to itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, type HttpHarness } from './http-harness.ts';

let h: HttpHarness;
beforeAll(async () => {
  h = await startHttp();
});
afterAll(() => h.close());

const MATCH = `query($casus: CasusInput!) { casusMatch(casus: $casus) {
  acuut { kop stappen { wie nummer wanneer } daarna bron }
  passend { knooppunt { id } voorrang nietVoldaan aanmelders { organisatie { id } alBetrokken } }
  elders { knooppunt { id } }
  verwant { knooppunt { id } nietVoldaan }
  ongedekteThemas { id naam }
  lacune eigen } }`;

interface Antwoord {
  casusMatch: {
    acuut: {
      kop: string;
      stappen: { wie: string; nummer: string | null; wanneer: string }[];
      daarna: string;
      bron: string;
    } | null;
    passend: {
      knooppunt: { id: string };
      voorrang: string | null;
      nietVoldaan: string[];
      aanmelders: { organisatie: { id: string }; alBetrokken: boolean }[];
    }[];
    elders: { knooppunt: { id: string } }[];
    verwant: { knooppunt: { id: string }; nietVoldaan: string[] }[];
    ongedekteThemas: { id: string; naam: string }[];
    lacune: string | null;
    eigen: string | null;
  };
}

const match = async (casus: Record<string, unknown>) => {
  const a = await h.gql<Antwoord>(MATCH, { casus });
  expect(a.errors).toBeUndefined();
  return a.data!.casusMatch;
};
const ids = (ms: { knooppunt: { id: string } }[]) => ms.map((m) => m.knooppunt.id);

describe('casusMatch over HTTP', () => {
  it('answers domestic violence with acute danger with 112 and Veilig Thuis first, before any table', async () => {
    const r = await match({
      themaIds: ['huiselijk-geweld'],
      signalen: ['ACUUT_GEVAAR', 'HUISELIJK_GEWELD_OF_KINDERMISHANDELING'],
      gemeenteId: 'GM0361',
      leeftijd: { van: 0, tot: 17 },
      betrokkenOrganisatieIds: ['wijkteam-alkmaar'],
      vanKnooppuntId: 'wijkzorgoverleg-alkmaar',
    });
    expect(r.acuut!.stappen.map((s) => s.nummer ?? s.wie)).toEqual([
      '112',
      '0800-2000',
      'Crisisdienst (GGZ)',
    ]);
    expect(r.acuut!.bron).toContain('H §4.5');
    expect(ids(r.passend)).toEqual([
      'veilig-thuis',
      'casusoverleg-huiselijk-geweld',
      'jeugdbeschermingstafel',
    ]);
    expect(r.passend[0]!.voorrang).toMatch(/eigen wettelijke taak/);
    expect(r.passend[0]!.aanmelders).toEqual([
      { organisatie: { id: 'wijkteam-alkmaar' }, alBetrokken: true },
    ]);
    expect([...ids(r.passend), ...ids(r.verwant)]).not.toContain('meldpunt-wvggz');
    expect([...ids(r.passend), ...ids(r.verwant)]).not.toContain('wijkzorgoverleg-alkmaar');
    // The answer itself lists the advice before the tables.
    const a = await h.gql(MATCH, {
      casus: { themaIds: ['huiselijk-geweld'], signalen: ['ACUUT_GEVAAR'] },
    });
    expect(a.text.indexOf('"acuut"')).toBeLessThan(a.text.indexOf('"passend"'));
  });

  it('gives no voorrang to a meldpunt of another problematiek, and no acute advice without acute danger', async () => {
    const crisis = await match({
      themaIds: ['psychische-problematiek', 'verward-gedrag'],
      signalen: ['ACUUT_GEVAAR', 'IMPACT_OP_OMGEVING'],
      gemeenteId: 'GM0400',
    });
    expect(crisis.acuut!.stappen[1]!.wie).toBe('Crisisdienst (GGZ)');
    expect(ids(crisis.passend)).not.toContain('veilig-thuis');
    expect(crisis.passend.every((m) => m.voorrang === null)).toBe(true);
    const geenAcuut = await match({ themaIds: ['schulden'], gemeenteId: 'GM0361' });
    expect(geenAcuut.acuut).toBeNull();
  });

  it('reports a lacune naming the themas the coverage matrix shows as lacunes, with related tables apart', async () => {
    const r = await match({
      themaIds: ['jeugdgroepen', 'jeugdcriminaliteit'],
      signalen: ['GROEP', 'CRIMINEEL_OF_OVERLASTGEVEND_GEDRAG'],
      leeftijd: { van: 12, tot: 17 },
      gemeenteId: 'GM0361',
    });
    expect(r.passend).toEqual([]);
    expect(ids(r.verwant)).toEqual(['trajectberaad', 'zsm-overleg']);
    expect(r.ongedekteThemas).toEqual([
      { id: 'jeugdgroepen', naam: 'Problematische jeugdgroepen' },
    ]);
    expect(r.lacune).toMatch(
      /Voor problematische jeugdgroepen is er in Alkmaar geen knooppunt voor deze leeftijd/,
    );
    const matrix = await h.gql<{
      dekking: { lacunes: { thema: { id: string }; gemeente: { id: string } }[] };
    }>(
      `{ dekking(regioId: "ZVH-NHN", leeftijd: { van: 12, tot: 17 }) { lacunes { thema { id } gemeente { id } } } }`,
    );
    const inAlkmaar = matrix
      .data!.dekking.lacunes.filter(
        (c) =>
          c.gemeente.id === 'GM0361' && ['jeugdgroepen', 'jeugdcriminaliteit'].includes(c.thema.id),
      )
      .map((c) => c.thema.id);
    expect(inAlkmaar).toEqual(['jeugdgroepen']);
  });

  it('takes detentie and geweldsdelicten as conditions, and does not recommend the own knooppunt', async () => {
    const r = await match({
      themaIds: ['recidive', 'dakloosheid', 'schulden'],
      signalen: ['MEERDERE_PROBLEMEN', 'SAMENWERKING_NODIG', 'DETENTIE'],
      gemeenteId: 'GM0405',
      vanKnooppuntId: 'nazorg-ex-gedetineerden',
    });
    expect(ids(r.passend)[0]).toBe('nazorgloket-wf');
    expect(ids(r.passend)).not.toContain('nazorg-ex-gedetineerden');
    expect(r.eigen).toContain('Re-integratieoverleg PI, gemeente en Reclassering');
    expect(r.verwant.find((m) => m.knooppunt.id === 'levensloopaanpak')?.nietVoldaan[0]).toBe(
      'alleen voor casussen waarin de persoon ernstige geweldsdelicten heeft gepleegd',
    );
  });

  it('names the best `eerste` of each list with how many there are, ten by default, and refuses a bad number', async () => {
    const LIJSTEN = `query($casus: CasusInput!, $eerste: Int) { casusMatch(casus: $casus, eerste: $eerste) {
      passend { knooppunt { id } } aantalPassend elders { knooppunt { id } } aantalElders
      verwant { knooppunt { id } } aantalVerwant } }`;
    type Lijsten = Record<'passend' | 'elders' | 'verwant', { knooppunt: { id: string } }[]> &
      Record<'aantalPassend' | 'aantalElders' | 'aantalVerwant', number>;
    // Every thema: more knooppunten fit than a page shows.
    const themas = await h.gql<{ themas: { id: string }[] }>('{ themas { id } }');
    const casus = { themaIds: themas.data!.themas.map((t) => t.id), signalen: [] };
    const lijsten = async (eerste?: number) => {
      const a = await h.gql<{ casusMatch: Lijsten }>(LIJSTEN, { casus, eerste });
      expect(a.errors).toBeUndefined();
      return a.data!.casusMatch;
    };
    const alle = await lijsten(1000);
    expect(alle.aantalPassend).toBeGreaterThan(10);
    expect(alle.passend).toHaveLength(alle.aantalPassend);
    expect(alle.elders).toHaveLength(alle.aantalElders);
    expect(alle.verwant).toHaveLength(alle.aantalVerwant);
    const standaard = await lijsten();
    expect(ids(standaard.passend)).toEqual(ids(alle.passend).slice(0, 10));
    expect(ids(standaard.elders)).toEqual(ids(alle.elders).slice(0, 10));
    expect(standaard.aantalPassend).toBe(alle.aantalPassend);
    const twee = await lijsten(2);
    expect(ids(twee.passend)).toEqual(ids(alle.passend).slice(0, 2));
    expect(twee.aantalElders).toBe(alle.aantalElders);
    const fout = await h.gql(LIJSTEN, { casus, eerste: -1 });
    expect(fout.errors?.[0]?.message).toMatch(/eerste/);
  });
});
