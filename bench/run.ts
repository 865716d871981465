// SPDX-License-Identifier: EUPL-1.2
// `npm run bench`: loads the national-size synthetic dataset (seed/synthetic-dataset.ts) into a
// fresh embedded store, starts the app in this process, and measures GraphQL queries over HTTP
// on localhost against a trivial query in the same run; then the same queries under load on the
// app as its own process, and the map in Chromium. Prints Markdown for the README, ending with
// the goals of issue 20 and whether each was met. Ends by itself: every server, worker, child
// process and browser is closed; what still holds the process open after that is named.
// BENCH_N: samples per query (300); BENCH_LOAD_SECONDS: seconds per load run (5);
// BENCH_MAP=0 / BENCH_LOAD=0 leave out the map and the load runs (a quick run: BENCH_N=30).
// `npm run bench` sets NODE_ENV=production, as the image runs the app (Dockerfile).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadExampleRegion } from '../seed/load.ts';
import { loadReferentiedata } from '../seed/reference-data.ts';
import { generateSyntheticDataset } from '../seed/synthetic-dataset.ts';
import { buildApp } from '../server/app.ts';
import { ANTWOORDEN_MB } from '../server/config.ts';
import { indexRegistry } from '../server/domain/registry-index.ts';
import { findRoutes } from '../server/domain/routes.ts';
import { verantwoording } from '../server/domain/compliance.ts';
import { dekking } from '../server/domain/coverage.ts';
import { overlap } from '../server/domain/overlap.ts';
import { filterKnooppunten } from '../server/domain/knooppunt-filter.ts';
import { gegevensVan } from '../server/domain/model.ts';
import { RegistryService } from '../server/registry-service.ts';
import { EmbeddedStore } from '../server/store/embedded/embedded-store.ts';
import { goalTable, ratioGoal, type Goal } from './goals.ts';
import { benchLoad, CONNECTIONS, loadTable, type LoadReport } from './load.ts';
import { benchMap } from './map.ts';
import { once, percentile, sample, table, type Sample } from './stats.ts';
import { systeemWijziging } from '../server/domain/audit.ts';
import { creates } from '../server/store/port.ts';

// Should anything still hold the process open once all is closed, name it and end anyway.
const naAfloop = () =>
  setTimeout(() => {
    console.error(
      `bench: still open after closing everything: ${process.getActiveResourcesInfo().join(', ')}`,
    );
    process.exit(1);
  }, 15_000).unref();

const N = Number(process.env['BENCH_N'] ?? 300);

/** Each task n times, in turns (one of each, then again), after a few unmeasured rounds. */
async function beurtelings(
  n: number,
  taken: Record<string, () => Promise<number>>,
  warmup = 5,
): Promise<Sample[]> {
  const lijsten = Object.entries(taken).map(([name, task]) => ({
    name,
    task,
    times: [] as number[],
  }));
  for (let i = 0; i < warmup + n; i++)
    for (const l of lijsten) {
      const t = await l.task();
      if (i >= warmup) l.times.push(t);
    }
  return lijsten.map(({ name, times }) => {
    times.sort((a, b) => a - b);
    return { name, n, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1)! };
  });
}
const CASUS = `query($casus: CasusInput!) { casusMatch(casus: $casus) {
  passend { knooppunt { id naam functie regio { id naam } } voorrang voldaan nietVoldaan inWerkgebied aanmelders { organisatie { id naam } alBetrokken } }
  elders { knooppunt { id naam } } lacune } }`;
const CASUS_VRAAG = {
  themaIds: ['woonoverlast', 'verward-gedrag', 'verslaving'],
  signalen: ['MEERDERE_PROBLEMEN', 'IMPACT_OP_OMGEVING', 'SAMENWERKING_NODIG'],
  leeftijd: { van: 27, tot: 64 },
};
const ANALYSE = `query($regio: ID!) { dekking(regioId: $regio) { lacunes { thema { id } gemeente { id } } }
  overlap(regioId: $regio) { totaal paren { a { id } b { id } score } } verantwoording(regioId: $regio) { perRegel { regel { id } aantal } perKnooppunt { knooppunt { id } aantal } } }`;
const ROUTES = `query($id: ID!) { routes(knooppuntId: $id) { bereikbaar { id naam } routes { aantalProblemen stappen {
  van { id naam } naar { id naam aanmeldcriteria } overdracht { id soort criteria informatie warm clientGeinformeerdDoor }
  aanmeldingDoor aanmelder { naam } kandidaatAanmelders { naam } problemen { regel ernst melding bron } } } posities { id x y } } }`;
/** The map query of the client (client/queries.ts, laadKaart). */
const KAART = `query($regioId: ID!, $indeling: Indeling, $metOrganisaties: Boolean) {
  kaart(regioId: $regioId, indeling: $indeling, metOrganisaties: $metOrganisaties) {
    regio { id naam }
    knooppunten { id naam functie werkproces wettelijkeBasis samenstelling doelgroep themas { id naam } werkgebied { id naam } belegdBij { id naam } }
    overdrachten { id soort van { id naam } naar { id naam } }
    organisaties { id naam type }
    deelnames { id rol organisatie { id naam } knooppunt { id naam } }
    posities { soort id x y }
  }
}`;
const dir = mkdtempSync(join(tmpdir(), 'kpr-bench-'));
// A throwaway store: any key will do (the load runs open it again with the same key).
const auditSleutel = randomBytes(32).toString('base64url');
const store = new EmbeddedStore(dir, { auditSleutel });
const registryService = new RegistryService(store);
const servers: ReturnType<ReturnType<typeof buildApp>['listen']>[] = [];
const out: string[] = [];
const goals: Goal[] = [];
try {
  await store.init();
  await loadExampleRegion(store);
  const items = generateSyntheticDataset(loadReferentiedata());
  const [, createMs] = await once(() => store.applyAll(creates(items), systeemWijziging()));
  const [registry, loadMs] = await once(() => store.load());
  const [, indexMs] = await once(async () => indexRegistry(registry));

  // Routes: the meldpunt with the most routes (worst case) and a median one; and the cold
  // computation for every meldpunt, which the service memoises per store revision.
  const index = indexRegistry(registry);
  const meldpunten = [...index.knooppunten.values()].filter(
    (k) => k.functie === 'MELDPUNT' && k.id.startsWith('syn-'),
  );
  const [gevonden, routesMs] = await once(async () =>
    meldpunten.map((k) => ({ id: k.id, n: findRoutes(index, k.id).routes.length })),
  );
  gevonden.sort((a, b) => b.n - a.n);
  const meest = gevonden[0]!;
  const mediaan = gevonden[Math.floor(gevonden.length / 2)]!;
  const grootste = [...index.regios.values()]
    .filter((r) => r.soort === 'ZORG_EN_VEILIGHEIDSHUIS')
    .map((r) => ({ id: r.id, n: index.knooppuntenVanRegio.get(r.id)?.length ?? 0 }))
    .sort((a, b) => b.n - a.n)[0]!.id;
  const [, analyseMs] = await once(async () => {
    dekking(index, grootste);
    overlap(index, grootste);
    verantwoording(index, filterKnooppunten(index, { regioIds: [grootste] }), '2026-11-22');
  });
  const [, nationaalMs] = await once(async () => {
    verantwoording(index, index.knooppuntenOpNaam, '2026-11-22');
  });
  const logger = pino({ level: 'silent' });
  // Timings, not the limiter: the API limit as high as the setting goes (bench/load.ts too).
  const security = { apiPerMinuut: 1_000_000 };
  const server = buildApp({
    registry: registryService,
    editToken: undefined,
    logger,
    security,
  }).listen(0);
  // The same app keeping no answers: what the first request after a write costs.
  const uncached = buildApp({
    registry: registryService,
    editToken: undefined,
    logger,
    security,
    answers: { get: () => undefined, set: () => {} },
  }).listen(0);
  servers.push(server, uncached);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.once('listening', resolve))));
  const urlOf = (s: typeof server) =>
    `http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`;
  // Server-side time: the app's X-Response-Time header, so client and network costs stay out.
  const query =
    (q: string, variables: Record<string, unknown> = {}, url = urlOf(server)) =>
    async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, variables }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return Number.parseFloat(res.headers.get('x-response-time') ?? 'NaN');
    };

  // A write anywhere in the country, as editors make them: one knooppunt's doelgroep changed,
  // a different synthetic knooppunt each time (spread over all regions).
  const synthetisch = index.knooppuntenOpNaam.filter((k) => k.id.startsWith('syn-'));
  let schrijfteller = 0;
  const versies = new Map<string, number>();
  const schrijf = async () => {
    const k = synthetisch[(schrijfteller++ * 7919) % synthetisch.length]!;
    const versie = versies.get(k.id) ?? k.versie;
    await store.update(
      'knooppunt',
      k.id,
      versie,
      { ...gegevensVan(k), doelgroep: `${k.doelgroep} (${schrijfteller})` },
      systeemWijziging(),
    );
    versies.set(k.id, versie + 1);
  };
  const naSchrijven = (task: () => Promise<number>) => async (): Promise<number> => {
    await schrijf();
    return task();
  };

  const trivial = await sample('trivial query `{ __typename }`', N, query('{ __typename }'));
  /** The trivial query on the app keeping no answers: what executing a request costs at least. */
  const trivialUitgevoerd = query('{ __typename }', {}, urlOf(uncached));
  // The goals are ratios to the trivial query: taken in turns with it, so a busy machine weighs
  // on both alike. A casus is never kept, so it is set against the trivial query executed as well
  // (the app keeping no answers); the kept trivial answer is shown beside it.
  const [trivialKept, trivialNaastCasus, casusGemeente, casusNationaal] = (await beurtelings(N, {
    'trivial query, answer kept, in turns with the casus matches': query('{ __typename }'),
    'trivial query, executed, in turns with the casus matches': trivialUitgevoerd,
    'casus match in one gemeente (Groningen), best 10 per list': query(CASUS, {
      casus: { ...CASUS_VRAAG, gemeenteId: 'GM0014' },
    }),
    'casus match without gemeente (all 10,000 knooppunten), best 10 per list': query(CASUS, {
      casus: CASUS_VRAAG,
    }),
  })) as [Sample, Sample, Sample, Sample];
  // The same for the first answer after a write, next to the answer executed without one.
  const [
    trivialNaastSchrijven,
    analyseElkeKeer,
    analyseNaSchrijven,
    routesElkeKeer,
    routesNaSchrijven,
  ] = (await beurtelings(N, {
    'trivial query, executed, in turns with the answers after a write': trivialUitgevoerd,
    'regional analysis, executed every time (no kept answers; analysis memoised)': query(
      ANALYSE,
      { regio: grootste },
      urlOf(uncached),
    ),
    'regional analysis of the largest region, executed afresh right after a write': naSchrijven(
      query(ANALYSE, { regio: grootste }, urlOf(uncached)),
    ),
    'routes of the meldpunt with the most routes, executed every time': query(
      ROUTES,
      { id: meest.id },
      urlOf(uncached),
    ),
    'routes of the meldpunt with the most routes, executed afresh right after a write': naSchrijven(
      query(ROUTES, { id: meest.id }, urlOf(uncached)),
    ),
  })) as [Sample, Sample, Sample, Sample, Sample];
  const samples = [
    trivial,
    await sample(
      'knooppunten of one region and thema, first 50',
      N,
      query(
        'query($f: KnooppuntFilter) { knooppunten(filter: $f, eerste: 50) { totaal items { id naam functie } } }',
        { f: { regioIds: ['ZVH-GR'], themaIds: ['verward-gedrag'] } },
      ),
    ),
    await sample(
      'free-text search over all 10,000, first 20',
      N,
      query(
        'query($f: KnooppuntFilter) { knooppunten(filter: $f, eerste: 20) { totaal items { id naam } } }',
        { f: { tekst: 'jeugdgroepenoverleg 12' } },
      ),
    ),
    await sample(
      `routes of the meldpunt with the most routes (${meest.n}), 3 steps, with findings`,
      N,
      query(ROUTES, { id: meest.id }),
    ),
    await sample(
      `routes of a median meldpunt (${mediaan.n} routes)`,
      N,
      query(ROUTES, { id: mediaan.id }),
    ),
    trivialKept,
    trivialNaastCasus,
    casusGemeente,
    casusNationaal,
    await sample(
      'regional analysis: dekking + overlap + verantwoording of the largest region',
      N,
      query(ANALYSE, { regio: grootste }),
    ),
    trivialNaastSchrijven,
    analyseElkeKeer,
    analyseNaSchrijven,
    routesElkeKeer,
    routesNaSchrijven,
    await sample(
      'one knooppunt with deelnames and routes',
      N,
      query(
        'query($id: ID!) { knooppunt(id: $id) { naam deelnames { organisatie { naam } rol grondslag } overdrachtenUit { naar { naam } soort } overdrachtenIn { van { naam } } } }',
        { id: 'syn-zvh-gr-k1' },
      ),
    ),
  ];
  goals.push(
    ratioGoal(
      'Casus match, national, without a gemeente',
      casusNationaal,
      trivialNaastCasus,
      { p50: 1.5, p99: 2 },
      trivialKept,
    ),
    ratioGoal(
      'Casus match, national, within one gemeente',
      casusGemeente,
      trivialNaastCasus,
      { p50: 1.5, p99: 2 },
      trivialKept,
    ),
    ratioGoal(
      `First answer after a write: regional analysis of the largest region (${grootste}), executed afresh`,
      analyseNaSchrijven,
      trivialNaastSchrijven,
      { p50: 2 },
    ),
    ratioGoal(
      "First answer after a write: the busiest meldpunt's routes, executed afresh",
      routesNaSchrijven,
      trivialNaastSchrijven,
      { p50: 2 },
    ),
  );

  const counts = Object.groupBy(items, (i) => i.kind);
  out.push(
    `## Benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version})\n`,
    `National synthetic dataset: ${counts.knooppunt?.length} knooppunten, ${counts.organisatie?.length} organisaties, ${counts.deelname?.length} deelnames, ${counts.overdracht?.length} overdrachten, plus the example region.\n`,
    `- bulk create in one transaction (embedded store): ${(createMs / 1000).toFixed(1)} s`,
    `- load the whole registry from the store: ${loadMs.toFixed(0)} ms; build the in-memory index: ${indexMs.toFixed(0)} ms\n`,
    `- routes of all ${meldpunten.length} meldpunten, computed cold: ${routesMs.toFixed(0)} ms in all, ${(routesMs / meldpunten.length).toFixed(2)} ms each\n`,
    `- regional analysis of ${grootste} (${index.knooppuntenVanRegio.get(grootste)?.length} knooppunten), computed cold: ${analyseMs.toFixed(0)} ms; all findings of the national dataset: ${nationaalMs.toFixed(0)} ms\n`,
    `GraphQL over HTTP on localhost, requests one after another, app in the same process; server-side time from X-Response-Time. "Right after a write": each request follows a write to another knooppunt somewhere in the country.\n`,
    table(samples, trivial),
  );

  if (process.env['BENCH_LOAD'] !== '0') {
    const report: LoadReport = await benchLoad(
      dir,
      auditSleutel,
      [
        {
          name: `kaart ${grootste}`,
          body: JSON.stringify({
            query: KAART,
            variables: { regioId: grootste, indeling: 'OVERZICHT', metOrganisaties: false },
          }),
        },
        {
          name: 'casus match, national',
          body: JSON.stringify({ query: CASUS, variables: { casus: CASUS_VRAAG } }),
        },
        {
          name: `regional analysis ${grootste}`,
          body: JSON.stringify({ query: ANALYSE, variables: { regio: grootste } }),
        },
      ],
      ANTWOORDEN_MB,
    );
    out.push(
      `\nUnder load: the app as its own process on the same data (\`node server/index.ts\`, kept answers at most ${report.cacheMb} MB), ${CONNECTIONS.join('/')} keep-alive connections, client-side latency:\n`,
      loadTable(report),
    );
    const errors = report.results.reduce((n, r) => n + r.errors, 0);
    goals.push({
      goal: `Under load (${CONNECTIONS.join('/')} connections on the map, a casus match, the regional analysis): no errors, memory levels off`,
      measured: `${errors} errors; RSS ${Math.round(report.rssStart)} MB at start, ${Math.round(report.rssInGebruik)} MB after the first answers, at most ${Math.round(report.rssPeak)} MB (${report.nodeOptions || 'no heap limit'})`,
      target: `0 errors; RSS ≤ after the first answers + 2 × ${report.cacheMb} MB (ANTWOORDEN_CACHE_MB)`,
      // Kept answers are bounded and fill during the runs; the heap is held by the image's limit.
      met: errors === 0 && report.rssPeak <= report.rssInGebruik + 2 * report.cacheMb,
    });
  } else {
    goals.push({
      goal: 'Under load: no errors, memory levels off',
      measured: 'not run (BENCH_LOAD=0)',
      target: '0 errors',
      met: null,
    });
  }
  if (process.env['BENCH_MAP'] !== '0') {
    const kaart = await benchMap();
    out.push(`\n${kaart.tekst}`);
    goals.push(...kaart.goals);
  } else
    goals.push({
      goal: 'The maps: 760 knooppunten within 1.5×, no task over 200 ms, a national overview that never blocks',
      measured: 'not run (BENCH_MAP=0)',
      target: '',
      met: null,
    });
} finally {
  // Keep-alive sockets and the layout worker would keep the process alive after the tables.
  for (const s of servers) {
    s.close();
    s.closeAllConnections();
  }
  await registryService.close();
  rmSync(dir, { recursive: true, force: true });
}
out.push('\n### Goals of issue 20\n', goalTable(goals));
console.log(out.join('\n'));
naAfloop();
