// SPDX-License-Identifier: EUPL-1.2
// The GraphQL API end to end over HTTP, on the embedded store with the example region.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RegistryService } from '../server/registry-service.ts';
import type { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import type { Store } from '../server/store/port.ts';
import { codeOf, startHttp, TEST_TOKEN, type HttpHarness } from './http-harness.ts';

const TOKEN = { token: TEST_TOKEN };
const logLines: string[] = [];
const logger = pino(
  { level: 'info' },
  new Writable({ write: (chunk: Buffer, _e, done) => (logLines.push(chunk.toString()), done()) }),
);
let h: HttpHarness;
let store: EmbeddedStore;
let base: string;
const gql: HttpHarness['gql'] = (...args) => h.gql(...args);

beforeAll(async () => {
  h = await startHttp({ logger });
  ({ store, base } = h);
});
afterAll(() => h.close());

describe('queries', () => {
  it("reads the store's revision once per request: the kept answer's key and the view are one", async () => {
    // A casus is never kept: its view is read after the key is made.
    const casus = () =>
      gql('query($c: CasusInput!) { casusMatch(casus: $c) { lacune } }', {
        c: { themaIds: ['huiselijk-geweld'] },
      });
    await casus(); // the index loaded (which reads the revision again, to be sure of it)
    const revision = vi.spyOn(store, 'revision');
    try {
      expect((await casus()).errors).toBeUndefined();
      expect(revision).toHaveBeenCalledTimes(1);
    } finally {
      revision.mockRestore();
    }
  });

  it('filters knooppunten on every axis and combines filters', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (
        (
          await gql('query($f: KnooppuntFilter) { knooppunten(filter: $f) { totaal } }', {
            f: filter,
          })
        ).data as { knooppunten: { totaal: number } }
      ).knooppunten.totaal;
    const all = await count({});
    expect(all).toBe(27);
    const meldpunten = await count({ functie: ['MELDPUNT'] });
    expect(meldpunten).toBe(8);
    expect(meldpunten + (await count({ functie: ['OVERLEGTAFEL'] }))).toBe(all);
    expect(await count({ werkproces: ['GROEPSAANPAK'] })).toBe(1);
    expect(await count({ wettelijkeBasis: ['TAAK_VAN_EEN_PARTIJ'] })).toBe(9);
    expect(await count({ samenstelling: ['VAST'] })).toBe(15);
    expect(await count({ themaIds: ['huiselijk-geweld'] })).toBe(3);
    expect(await count({ organisatieIds: ['ggz'] })).toBe(7);
    expect(await count({ gemeenteIds: ['GM0400'] })).toBe(20);
    expect(
      await count({ gemeenteIds: ['GM0405'], samenstelling: ['VAST'], functie: ['MELDPUNT'] }),
    ).toBe(8);
    expect(await count({ regioIds: ['ZVH-NHN'] })).toBe(all);
    expect(await count({ regioIds: ['VR10'] })).toBe(all);
    expect(await count({ regioIds: ['VR01'] })).toBe(0);
    expect(await count({ tekst: 'VEILIG THUIS' })).toBe(2);
    expect(await count({ tekst: 'casuistiek' })).toBe(1); // diacritics folded
  });

  it('pages through the list and refuses a bad page size naming the argument', async () => {
    const page = await gql('{ knooppunten(eerste: 5, na: 5) { totaal items { id } } }');
    expect((page.data as { knooppunten: { items: unknown[] } }).knooppunten.items).toHaveLength(5);
    const bad = await gql('{ knooppunten(eerste: 5000) { totaal } }');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/eerste/);
  });

  it('returns one knooppunt with everything, relations navigable both ways', async () => {
    const r = await gql(`{ knooppunt(id: "veilig-thuis") {
      naam functie werkproces wettelijkeBasis samenstelling schaal regio { id } wetten { wet { afkorting } artikel }
      themas { id } werkgebied { id } belegdBij { id } dpia { status datum } geverifieerdOp
      deelnames { organisatie { id deelnames { knooppunt { id } } } rol grondslag wetten { artikel } }
      overdrachtenUit { naar { id overdrachtenIn { van { id } } } soort aanmeldingDoor }
      overdrachtenIn { van { id } aanmelder { naam } } } }`);
    const k = (r.data as { knooppunt: Record<string, unknown> }).knooppunt;
    expect(k).toMatchObject({
      naam: 'Veilig Thuis Noord-Holland Noord',
      functie: 'MELDPUNT',
      wettelijkeBasis: 'WETTELIJK_GEREGELD',
      regio: { id: 'ZVH-NHN' },
    });
    expect((k['werkgebied'] as unknown[]).length).toBe(16);
    expect(
      (k['overdrachtenUit'] as { naar: { id: string } }[]).map((o) => o.naar.id).sort(),
    ).toEqual([
      'casusoverleg-huiselijk-geweld',
      'jeugdbeschermingstafel',
      'wijkzorgoverleg-alkmaar',
      'zsm-overleg',
    ]);
    expect((k['overdrachtenIn'] as { van: { id: string } }[]).map((o) => o.van.id).sort()).toEqual([
      'casusoverleg-huiselijk-geweld',
      'jeugdbeschermingstafel',
      'meldpunt-mensenhandel',
      'meldpunt-zorg-overlast',
      'signaleringstafel-jeugd-den-helder',
      'wijkzorgoverleg-alkmaar',
      'zvh-casusoverleg',
    ]);
    expect((await gql('{ knooppunt(id: "bestaat-niet") { id } }')).data).toEqual({
      knooppunt: null,
    });
  });

  it('lists organisaties, themas, gemeenten per regio, regio’s and wetten', async () => {
    const r = await gql(
      '{ organisaties(type: [GGZ]) { id } themas { id } gemeenten(regioId: "ZVH-NHN") { id } regios { id } wetten { id } gezondheid { ok opslag } }',
    );
    const d = r.data as Record<string, unknown[]>;
    expect(d['organisaties']).toEqual([{ id: 'ggz' }]);
    expect(d['themas']).toHaveLength(17);
    expect(d['gemeenten']!.length).toBe(16);
    expect(d['wetten']).toHaveLength(23);
    expect(r.data?.['gezondheid']).toEqual({ ok: true, opslag: 'embedded' });
  });
});

describe('the map', () => {
  interface KaartData {
    kaart: {
      knooppunten: { id: string; functie: string }[];
      overdrachten: { van: { id: string }; naar: { id: string } }[];
      organisaties: { id: string }[];
      posities: { soort: string; id: string; x: number; y: number }[];
    };
  }
  const kaart = async (indeling: string, metOrganisaties: boolean) =>
    (
      await gql(
        `query($i: Indeling, $o: Boolean) { kaart(regioId: "ZVH-NHN", indeling: $i, metOrganisaties: $o) {
          knooppunten { id functie } overdrachten { van { id } naar { id } } organisaties { id } posities { soort id x y } } }`,
        { i: indeling, o: metOrganisaties },
      )
    ).data as unknown as KaartData;

  it('gives every knooppunt of the region a position, and routes only between them', async () => {
    const { kaart: k } = await kaart('OVERZICHT', false);
    expect(k.knooppunten).toHaveLength(27);
    expect(new Set(k.posities.map((p) => `${p.soort}:${p.id}`))).toEqual(
      new Set(k.knooppunten.map((n) => `KNOOPPUNT:${n.id}`)),
    );
    const onMap = new Set(k.knooppunten.map((n) => n.id));
    expect(k.overdrachten.every((o) => onMap.has(o.van.id) && onMap.has(o.naar.id))).toBe(true);
    // No two knooppunten on the same spot.
    expect(new Set(k.posities.map((p) => `${p.x},${p.y}`)).size).toBe(k.posities.length);
    // The same structure gives the same layout.
    expect((await kaart('OVERZICHT', false)).kaart.posities).toEqual(k.posities);
  });

  it('runs the flow layout left to right, meldpunten before overlegtafels before organisaties', async () => {
    const { kaart: k } = await kaart('STROOM', true);
    expect(k.organisaties).toHaveLength(27);
    const x = (soort: string, ids: string[]) =>
      k.posities.filter((p) => p.soort === soort && ids.includes(p.id)).map((p) => p.x);
    const meldpunten = x(
      'KNOOPPUNT',
      k.knooppunten.filter((n) => n.functie === 'MELDPUNT').map((n) => n.id),
    );
    const tafels = x(
      'KNOOPPUNT',
      k.knooppunten.filter((n) => n.functie === 'OVERLEGTAFEL').map((n) => n.id),
    );
    const organisaties = x(
      'ORGANISATIE',
      k.organisaties.map((o) => o.id),
    );
    expect(organisaties).toHaveLength(k.organisaties.length);
    expect(Math.max(...meldpunten)).toBeLessThan(Math.min(...tafels));
    expect(Math.max(...tafels)).toBeLessThan(Math.min(...organisaties));
  });

  it('answers an unknown region with NOT_FOUND and a bad age band with BAD_USER_INPUT', async () => {
    const missing = await gql('{ kaart(regioId: "bestaat-niet") { indeling } }');
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(missing.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('regioId');
    const band = await gql(
      '{ knooppunten(filter: { leeftijd: { van: 30, tot: 12 } }) { totaal } }',
    );
    expect(codeOf(band)).toBe('BAD_USER_INPUT');
    expect(band.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('filter.leeftijd.tot');
  });

  it('counts the knooppunten of each region for the region chooser', async () => {
    const { regios } = (await gql('{ regios { id aantalKnooppunten } }')).data as {
      regios: { id: string; aantalKnooppunten: number }[];
    };
    const nhn = regios.find((r) => r.id === 'ZVH-NHN');
    const { kaart: k } = await kaart('OVERZICHT', false);
    expect(nhn?.aantalKnooppunten).toBe(k.knooppunten.length);
    expect(regios.find((r) => r.id === 'ZVH-GR')?.aantalKnooppunten).toBe(0);
  });
});

describe('routes', () => {
  interface RoutesData {
    routes: {
      bereikbaar: { id: string; themas: { id: string }[] }[];
      routes: {
        van: { id: string };
        naar: { id: string };
        stappen: {
          van: { id: string };
          naar: { id: string };
          problemen: { regel: string; bron: string }[];
        }[];
      }[];
      posities: { id: string; x: number }[];
    };
  }
  const routes = async (args: string) =>
    gql(
      `{ routes(${args}) { bereikbaar { id themas { id } } routes { van { id } naar { id } stappen { van { id } naar { id } problemen { regel bron } } } posities { id x } } }`,
    );

  it('lists every route out of a meldpunt within three steps, with the problems of each step', async () => {
    const result = await routes('knooppuntId: "meldpunt-zorg-overlast"');
    const { routes: r } = result.data as unknown as RoutesData;
    expect(r.routes).toHaveLength(49);
    for (const route of r.routes) {
      expect(route.van.id).toBe('meldpunt-zorg-overlast');
      expect(route.stappen.length).toBeLessThanOrEqual(3);
    }
    const regels = new Set(
      r.routes.flatMap((route) =>
        route.stappen.flatMap((s) => s.problemen.map((p) => p.regel.split('.')[0])),
      ),
    );
    expect(regels).toEqual(new Set(['R10', 'R12', 'R13']));
    expect(
      r.routes
        .flatMap((route) => route.stappen.flatMap((s) => s.problemen))
        .every((p) => p.bron.startsWith('H §')),
    ).toBe(true);
    const x = new Map(r.posities.map((p) => [p.id, p.x]));
    expect(Math.min(...x.values())).toBe(x.get('meldpunt-zorg-overlast'));
  });

  it('shows where a tafel’s casussen come from, and filters on thema', async () => {
    const { routes: inn } = (
      await routes('knooppuntId: "zvh-casusoverleg", richting: IN, maxStappen: 2')
    ).data as unknown as RoutesData;
    expect(inn.routes).toHaveLength(21);
    expect(inn.routes.every((route) => route.naar.id === 'zvh-casusoverleg')).toBe(true);
    const { routes: gefilterd } = (
      await routes('knooppuntId: "meldpunt-zorg-overlast", filter: { themaIds: ["verslaving"] }')
    ).data as unknown as RoutesData;
    expect(gefilterd.bereikbaar.map((k) => k.id).sort()).toEqual([
      'bemoeizorg-den-helder',
      'pga-alkmaar',
      'wijkzorgoverleg-alkmaar',
      'woonoverlast-wf',
      'zvh-casusoverleg',
    ]);
    expect(gefilterd.bereikbaar.every((k) => k.themas.some((t) => t.id === 'verslaving'))).toBe(
      true,
    );
  });

  it('refuses a bound outside 1–6 and an unknown knooppunt', async () => {
    const bound = await routes('knooppuntId: "meldpunt-zorg-overlast", maxStappen: 9');
    expect(codeOf(bound)).toBe('BAD_USER_INPUT');
    expect(bound.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('maxStappen');
    expect(codeOf(await routes('knooppuntId: "bestaat-niet"'))).toBe('NOT_FOUND');
  });
});

describe('compliance and the organisation view', () => {
  it('lists the 37 rules, and checks a knooppunt against them with sources', async () => {
    const { regels } = (await gql('{ regels { id ernst bron } }')).data as {
      regels: { id: string; bron: string }[];
    };
    expect(regels).toHaveLength(37);
    const { knooppunt } = (
      await gql(
        '{ knooppunt(id: "woonoverlast-wf") { bevindingen { regel ernst bron melding organisatie { id } } } }',
      )
    ).data as {
      knooppunt: {
        bevindingen: { regel: string; bron: string; organisatie: { id: string } | null }[];
      };
    };
    // woonoverlast-wf was never verified, so R20 fires whatever the date: the list does not age.
    expect(knooppunt.bevindingen.map((b) => b.regel)).toEqual([
      'R03',
      'R06',
      'R07',
      'R08',
      'R10',
      'R11',
      'R12.partner',
      // One: the corporatie may report to the Meldpunt Zorg en Overlast without taking part there.
      'R12.aanmelder-naar',
      'R13.client',
      'R14',
      'R15',
      'R16',
      'R20',
      'R22',
      'R23',
      'R24',
      'R24',
      'R24',
      'R25',
      'R26',
      'R27',
      'R28',
      'R29',
      'R29',
      'R30',
      'R31',
      'R31',
      'R31',
      'R32',
      'R32',
      'R34',
    ]);
    expect(knooppunt.bevindingen.every((b) => b.bron.startsWith('H '))).toBe(true);
    expect(
      knooppunt.bevindingen.some(
        (b) => b.regel === 'R11' && b.organisatie?.id === 'woningcorporatie-wf',
      ),
    ).toBe(true);
  });

  it('gives an organisation, or a type, its tables, the tables that may ask it, and its own findings', async () => {
    const q =
      'query($id: ID, $type: OrganisatieType) { organisatieOverzicht(organisatieId: $id, type: $type, regioId: "ZVH-NHN") { organisaties { id } betrokken { knooppunt { id } beroepsgeheim } mogelijk { knooppunt { id } redenen } bevindingen { regel } } }';
    const ggz = (
      (await gql(q, { id: 'ggz' })).data as {
        organisatieOverzicht: {
          betrokken: { beroepsgeheim: string | null }[];
          mogelijk: unknown[];
        };
      }
    ).organisatieOverzicht;
    expect(ggz.betrokken).toHaveLength(7);
    expect(ggz.betrokken.every((b) => b.beroepsgeheim !== null)).toBe(true);
    expect(ggz.mogelijk).toHaveLength(4);
    const type = (
      (await gql(q, { type: 'WONINGCORPORATIE' })).data as {
        organisatieOverzicht: { organisaties: unknown[]; bevindingen: unknown[] };
      }
    ).organisatieOverzicht;
    expect(type.organisaties).toHaveLength(2);
    expect(type.bevindingen).toEqual(
      // No R11 at Vroegsignalering schulden: the Wgs obligation is the provision (H §3.3).
      ['R03', 'R11', 'R03', 'R11', 'R03', 'R11'].map((regel) => ({ regel })),
    );
    expect(codeOf(await gql(q, {}))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(q, { id: 'bestaat-niet' }))).toBe('NOT_FOUND');
  });
});

describe('for the bestuurder', () => {
  it('gives the coverage matrix with its gaps, overlap pairs, and the regional accountability', async () => {
    const d = (
      await gql(
        '{ dekking(regioId: "ZVH-NHN") { themas { id } gemeenten { id } cellen { knooppunten { id } bereikbaarVanuitMeldpunt } lacunes { thema { id } gemeente { id } } } }',
      )
    ).data as {
      dekking: {
        themas: unknown[];
        gemeenten: unknown[];
        cellen: { knooppunten: unknown[] }[];
        lacunes: unknown[];
      };
    };
    expect(d.dekking.cellen).toHaveLength(d.dekking.themas.length * d.dekking.gemeenten.length);
    expect(d.dekking.lacunes).toHaveLength(
      d.dekking.cellen.filter((c) => c.knooppunten.length === 0).length,
    );
    const o = (
      await gql(
        '{ overlap(regioId: "ZVH-NHN", eerste: 5) { totaal paren { a { id } b { id } score redenen } } }',
      )
    ).data as {
      overlap: { totaal: number; paren: { score: number; redenen: string[] }[] };
    };
    expect(o.overlap.totaal).toBe(53);
    expect(o.overlap.paren).toHaveLength(5);
    expect(
      o.overlap.paren.every(
        (p, i) =>
          p.score >= 0.4 &&
          p.redenen.length > 0 &&
          (i === 0 || o.overlap.paren[i - 1]!.score >= p.score),
      ),
    ).toBe(true);
    const v = (
      await gql(
        '{ verantwoording(regioId: "ZVH-NHN") { bevindingen { regel } perRegel { regel { id } aantal } perKnooppunt { knooppunt { id } aantal fouten } } }',
      )
    ).data as {
      verantwoording: { bevindingen: unknown[]; perRegel: { aantal: number }[] };
    };
    expect(v.verantwoording.perRegel).toHaveLength(37);
    expect(v.verantwoording.perRegel.reduce((s, r) => s + r.aantal, 0)).toBe(
      v.verantwoording.bevindingen.length,
    );
    expect(codeOf(await gql('{ overlap(regioId: "ZVH-NHN", minimum: 2) { totaal } }'))).toBe(
      'BAD_USER_INPUT',
    );
    const np = (
      await gql(
        '{ nieuwProbleem(regioId: "ZVH-NHN", probleem: { themaId: "jeugdgroepen", gemeenteIds: ["GM0532"] }) { knooppunt { id } score nodig } }',
      )
    ).data as {
      nieuwProbleem: { knooppunt: { id: string }; nodig: string[] }[];
    };
    expect(np.nieuwProbleem[0]?.knooppunt.id).toBe('jeugdgroepoverleg-hoorn');
    expect(
      codeOf(
        await gql(
          '{ nieuwProbleem(regioId: "ZVH-NHN", probleem: { themaId: "bestaat-niet" }) { score } }',
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql('{ dekking(regioId: "nergens") { lacunes { thema { id } } } }'))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('mutations', () => {
  const input = {
    naam: 'Testoverleg API',
    regioId: 'ZVH-NHN',
    functie: 'OVERLEGTAFEL',
    werkproces: 'CASUSOVERLEG',
    wettelijkeBasis: 'NIET_EXPLICIET',
    samenstelling: 'WISSELEND',
    schaal: 'LOKAAL',
    themaIds: ['woonoverlast'],
    gemeenteIds: ['GM0361'],
  };
  const create =
    'mutation($i: KnooppuntInput!) { createKnooppunt(input: $i) { id versie naam themas { id } dpia { status } } }';

  it('refuses writes without the bearer token and changes nothing', async () => {
    const before = await store.revision();
    for (const token of [undefined, 'wrong-token-0123456789']) {
      const r = await gql(create, { i: input }, { token });
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
    expect(await store.revision()).toBe(before);
  });

  it('creates, updates with the seen version, detects a stale version, and deletes', async () => {
    const created = await gql(create, { i: input }, TOKEN);
    const k = (
      created.data as { createKnooppunt: { id: string; versie: number; dpia: { status: string } } }
    ).createKnooppunt;
    expect(k).toMatchObject({ versie: 1, dpia: { status: 'ONBEKEND' } });
    const update =
      'mutation($id: ID!, $v: Int!, $i: KnooppuntInput!) { updateKnooppunt(id: $id, versie: $v, input: $i) { versie naam } }';
    const updated = await gql(
      update,
      { id: k.id, v: 1, i: { ...input, naam: 'Testoverleg API (gewijzigd)' } },
      TOKEN,
    );
    expect(updated.data).toEqual({
      updateKnooppunt: { versie: 2, naam: 'Testoverleg API (gewijzigd)' },
    });
    const stale = await gql(
      update,
      { id: k.id, v: 1, i: { ...input, naam: 'Overschreven' } },
      TOKEN,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.huidigeVersie).toBe(2);
    const del = await gql(
      'mutation($id: ID!) { deleteKnooppunt(id: $id, versie: 2) }',
      { id: k.id },
      TOKEN,
    );
    expect(del.data).toEqual({ deleteKnooppunt: k.id });
    expect(
      codeOf(
        await gql(
          'mutation($id: ID!) { deleteKnooppunt(id: $id, versie: 2) }',
          { id: k.id },
          TOKEN,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('hides an ended knooppunt from lists and the map by default, shows it as on an earlier date, and keeps it reachable by id', async () => {
    const ended = {
      ...input,
      naam: 'Opgeheven overleg API',
      geldigVanaf: '2019-01-01',
      geldigTot: '2023-12-31',
      convenant: { status: 'VASTGESTELD', datum: '2019-01-01', geldigTot: '2023-12-31' },
    };
    const created = await gql(
      'mutation($i: KnooppuntInput!) { createKnooppunt(input: $i) { id actueel convenant { geldigTot } } }',
      { i: ended },
      TOKEN,
    );
    const k = (
      created.data as {
        createKnooppunt: { id: string; actueel: boolean; convenant: { geldigTot: string } };
      }
    ).createKnooppunt;
    expect(k).toMatchObject({ actueel: false, convenant: { geldigTot: '2023-12-31' } });
    const ids = async (filter: Record<string, unknown>) =>
      (
        (
          await gql('query($f: KnooppuntFilter) { knooppunten(filter: $f, eerste: 0) { ids } }', {
            f: filter,
          })
        ).data as { knooppunten: { ids: string[] } }
      ).knooppunten.ids;
    expect(await ids({ regioIds: ['ZVH-NHN'] })).not.toContain(k.id);
    expect(await ids({ regioIds: ['ZVH-NHN'], peildatum: '2022-06-01' })).toContain(k.id);
    expect(await ids({ regioIds: ['ZVH-NHN'], ookBeeindigd: true })).toContain(k.id);
    const kaart = async (args: string) =>
      (
        (await gql(`{ kaart(regioId: "ZVH-NHN"${args}) { knooppunten { id } } }`)).data as {
          kaart: { knooppunten: { id: string }[] };
        }
      ).kaart.knooppunten.map((x) => x.id);
    expect(await kaart('')).not.toContain(k.id);
    expect(await kaart(', peildatum: "2020-01-01"')).toContain(k.id);
    expect(await kaart(', peildatum: "2018-12-31"')).not.toContain(k.id);
    expect(
      (await gql('query($id: ID!) { knooppunt(id: $id) { naam actueel } }', { id: k.id })).data,
    ).toEqual({ knooppunt: { naam: 'Opgeheven overleg API', actueel: false } });
    const bad = await gql('{ kaart(regioId: "ZVH-NHN", peildatum: "gisteren") { regio { id } } }');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('peildatum');
    const upsideDown = await gql(
      create,
      { i: { ...input, naam: 'Omgekeerd', geldigVanaf: '2025-01-01', geldigTot: '2024-01-01' } },
      TOKEN,
    );
    expect(upsideDown.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.geldigTot');
    await gql('mutation($id: ID!) { deleteKnooppunt(id: $id, versie: 1) }', { id: k.id }, TOKEN);
  });

  it('answers a repeated read from the kept answer until a write changes the registry', async () => {
    const count = 'query($f: KnooppuntFilter) { knooppunten(filter: $f) { totaal } }';
    const totaal = async () =>
      (
        (await gql(count, { f: { regioIds: ['ZVH-NHN'] } })).data as {
          knooppunten: { totaal: number };
        }
      ).knooppunten.totaal;
    const before = await totaal();
    expect(await totaal()).toBe(before);
    const created = await gql(create, { i: { ...input, naam: 'Testoverleg cache' } }, TOKEN);
    const { id } = (created.data as { createKnooppunt: { id: string } }).createKnooppunt;
    expect(await totaal()).toBe(before + 1);
    await gql('mutation($id: ID!) { deleteKnooppunt(id: $id, versie: 1) }', { id }, TOKEN);
    expect(await totaal()).toBe(before);
  });

  it('answers bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await store.revision();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...input, naam: '' }, 'input.naam', 'Naam mag niet leeg zijn.'],
      [{ ...input, doel: 'x'.repeat(6000) }, 'input.doel', 'Doel mag hoogstens 5.000 tekens'],
      [{ ...input, themaIds: ['bestaat-niet'] }, 'input.themaIds[0]', 'Er is geen thema'],
      [
        { ...input, naam: 'veilig thuis noord-holland noord' },
        'input.naam',
        'In deze regio bestaat al een knooppunt met deze naam.',
      ],
      [{ ...input, geldigTot: '2026-02-31' }, 'input.geldigTot', '31 februari 2026 bestaat niet'],
    ];
    for (const [i, field, tekst] of cases) {
      const r = await gql(create, { i }, TOKEN);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(r.errors?.[0]?.message).toContain(tekst);
    }
    const self = await gql(
      'mutation($i: OverdrachtInput!) { createOverdracht(input: $i) { id } }',
      { i: { vanId: 'veilig-thuis', naarId: 'veilig-thuis', soort: 'DOORVERWIJZING' } },
      TOKEN,
    );
    expect(self.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.naarId');
    const enumError = await gql(create, { i: { ...input, functie: 'LOKET' } }, TOKEN);
    expect(enumError.status).toBe(400);
    expect(enumError.errors?.[0]?.message).toMatch(/functie|LOKET/);
    expect(await store.revision()).toBe(before);
  });

  it('says what is wrong in Dutch, by the label: no English, no field keys, no codes', async () => {
    const before = await store.revision();
    const geweigerd = [
      await gql(
        create,
        {
          i: {
            ...input,
            naam: ' ',
            doel: 'x'.repeat(6000),
            leeftijdMin: 30,
            leeftijdMax: 12,
            geldigTot: '2026-02-31',
            taakhouderId: 'ggd',
            aanpalend: [{ knooppuntId: 'veilig-thuis', reden: '' }],
          },
        },
        TOKEN,
      ),
      await gql(
        'mutation($i: AccountInput!) { createAccount(input: $i) { id } }',
        {
          i: { gebruikersnaam: 'ab', naam: 'x'.repeat(201), rol: 'REDACTEUR', wachtwoord: 'kort' },
        },
        TOKEN,
      ),
    ];
    for (const r of geweigerd) {
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      const fields = r.errors?.[0]?.extensions?.fields ?? [];
      expect(fields.length).toBeGreaterThan(2);
      for (const tekst of [r.errors?.[0]?.message ?? '', ...fields.map((f) => f.message)]) {
        expect(tekst).toMatch(/^[A-Z‘]/);
        expect(tekst).not.toMatch(
          /\b(Invalid|expected|received|must|too|string|number|undefined)\b/i,
        );
        expect(tekst).not.toMatch(/input\.|[a-z][A-Z]|\b[A-Z]+_[A-Z_]+\b/);
      }
    }
    expect(geweigerd[0]!.errors?.[0]?.message).toContain('Naam mag niet leeg zijn.');
    expect(geweigerd[1]!.errors?.[0]?.message).toBe(
      'Gebruikersnaam moet minstens 3 tekens lang zijn. Naam mag hoogstens 200 tekens lang zijn. Wachtwoord moet minstens 12 tekens lang zijn.',
    );
    expect(await store.revision()).toBe(before);
  });

  it('writes organisaties, deelnames and overdrachten, and refuses deleting an organisatie in use', async () => {
    const org = await gql(
      'mutation { createOrganisatie(input: { naam: "Testcorporatie", type: WONINGCORPORATIE, privacykader: AVG }) { id versie } }',
      {},
      TOKEN,
    );
    const orgId = (org.data as { createOrganisatie: { id: string } }).createOrganisatie.id;
    const d = await gql(
      'mutation($i: DeelnameInput!) { createDeelname(input: $i) { id grondslag organisatie { naam } knooppunt { id } } }',
      {
        i: {
          organisatieId: orgId,
          knooppuntId: 'woonoverlast-wf',
          rol: 'OP_AFROEP',
          grondslag: 'AVG_6_1_A_TOESTEMMING',
        },
      },
      TOKEN,
    );
    expect(d.data?.['createDeelname']).toMatchObject({
      grondslag: 'AVG_6_1_A_TOESTEMMING',
      organisatie: { naam: 'Testcorporatie' },
    });
    expect(
      codeOf(await gql(`mutation { deleteOrganisatie(id: "${orgId}", versie: 1) }`, {}, TOKEN)),
    ).toBe('CONFLICT');
    const o = await gql(
      'mutation($i: OverdrachtInput!) { createOverdracht(input: $i) { van { id } naar { id } aanmeldingDoor aanmelder { id } } }',
      {
        i: {
          vanId: 'woonoverlast-wf',
          naarId: 'centrale-toegang-opvang',
          soort: 'DOORVERWIJZING',
          aanmeldingDoor: 'PARTNER',
          aanmelderId: orgId,
        },
      },
      TOKEN,
    );
    expect(o.data?.['createOverdracht']).toMatchObject({
      aanmeldingDoor: 'PARTNER',
      aanmelder: { id: orgId },
    });
  });
});

describe('safety', () => {
  it('answers malformed JSON with 400, without echoing the body', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "GEHEIM-MARKER',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toContain('GEHEIM-MARKER');
    expect(JSON.parse(text)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('refuses an oversize body with 413', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ themas { id } } #${'x'.repeat(300_000)}` }),
    });
    expect(res.status).toBe(413);
  });

  it('answers a syntax error as a GraphQL error, not a 500', async () => {
    const r = await gql('{ knooppunten { ');
    expect(r.status).toBeLessThan(500);
    expect(r.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it('limits depth, aliases and tokens', async () => {
    let deep = 'naam';
    for (let i = 0; i < 8; i++) deep = `deelnames { knooppunt { ${deep} } }`;
    expect(
      (await gql(`{ knooppunt(id: "veilig-thuis") { ${deep} } }`)).errors?.[0]?.message,
    ).toMatch(/depth/i);
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: themas { id }`).join(' ');
    expect((await gql(`{ ${aliases} }`)).errors?.[0]?.message).toMatch(/alias/i);
    const tokens = Array.from({ length: 5000 }, () => 'id').join(' ');
    expect((await gql(`{ themas { ${tokens} } }`)).errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses a GET request without the CSRF header, and a mutation over GET', async () => {
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ themas { id } }')}`);
    expect(get.status).toBe(403);
    const mutation = await fetch(
      `${base}/graphql?query=${encodeURIComponent('mutation { deleteDeelname(id: "x", versie: 1) }')}`,
      {
        headers: { 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${TEST_TOKEN}` },
      },
    );
    expect(mutation.status).toBe(405);
  });

  it('sends security headers, reports health, and answers unknown paths with 404', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${base}/bestaat-niet`)).status).toBe(404);
  });

  it('masks unexpected errors and logs them without the request', async () => {
    const broken = {
      ...store,
      kind: 'embedded',
      load: () => Promise.reject(new Error('interne details')),
      revision: () => store.revision(),
      health: () => store.health(),
      // Read before loading, to bring the cache up to date (registry-service.ts auditKop).
      auditRecords: (q: Parameters<Store['auditRecords']>[0]) => store.auditRecords(q),
    } as unknown as Store;
    const url = await h.listen({ logger, registry: new RegistryService(broken) });
    {
      const r = await gql(
        'query($t: String) { knooppunten(filter: { tekst: $t }) { totaal } }',
        { t: 'PRIVACY-MARKER' },
        undefined,
        url,
      );
      expect(r.status).toBe(200);
      expect(codeOf(r)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(r)).not.toContain('interne details');
      const logged = logLines.join('');
      expect(logged).toContain('interne details');
      expect(logged).not.toContain('PRIVACY-MARKER');
    }
  });
});
