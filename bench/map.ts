// SPDX-License-Identifier: EUPL-1.2
// Map benchmark: time from navigation to an interactive map in Chromium, for the example region,
// a 300-knooppunten synthetic region and a 760-knooppunten one (the size of the largest region,
// ZVH-UT, in the national synthetic set). The baseline is the same page drawing the same
// elements with their preset positions while the server does no work at all (the kaart answer
// is replayed from a recording), so the ratio shows what the server's layouts and queries add.
import type { Page } from 'playwright-core';
import { loadReferentiedata } from '../seed/reference-data.ts';
import { generateSyntheticDataset } from '../seed/synthetic-dataset.ts';
import { systeemWijziging } from '../server/domain/audit.ts';
import { creates } from '../server/store/port.ts';
import { startHarness, VIEWPORT, type Harness } from '../test/browser/harness.ts';
import { goalTable, type Goal } from './goals.ts';

const RUNS = Number(process.env['BENCH_MAP_RUNS'] ?? 10);
/** `BENCH_MAP_REGIOS=ZVH-GR,ZVH-UT` measures only those regions (all three by default). */
const REGIOS = process.env['BENCH_MAP_REGIOS']?.split(',');

/** The page's map query (its text spans lines, so match the operation's name). */
const isKaartQuery = (body: string) => body.includes('query KaartRegio');

/**
 * Collects long tasks from the start of the page, so blocking of the main thread can be reported,
 * and notes when the frame after the map became ready has been drawn (the map as its user sees it).
 */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
new MutationObserver(() => {
  if (document.body.dataset.kaart === 'gereed' && window.__getekend === undefined)
    requestAnimationFrame(() => setTimeout(() => (window.__getekend = performance.now())));
}).observe(document, { subtree: true, attributeFilter: ['data-kaart'] });`;

interface Visit {
  interactive: number;
  drawn: number;
  longestTask: number;
}

async function visit(harness: Harness, path: string, replay?: { body: string }): Promise<Visit> {
  const context = await harness.browser.newContext({ viewport: VIEWPORT });
  const page: Page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  if (replay) {
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (isKaartQuery(body))
        await route.fulfill({ status: 200, contentType: 'application/json', body: replay.body });
      else await route.continue();
    });
  }
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harness.base}${path}`);
  try {
    await page.waitForSelector('body[data-kaart=gereed]', { timeout: 60_000 });
  } catch (error) {
    // Say why, and end the bench: a map that never becomes ready must not hang `npm run bench`.
    const staat = await page.evaluate(() => document.body.dataset['kaart'] ?? 'geen');
    const fout = await page.textContent('#fout').catch(() => '');
    throw new Error(`${path}: map not ready (data-kaart=${staat}; ${fout}; ${errors.join('; ')})`, {
      cause: error,
    });
  }
  await page.waitForFunction(() => (window as { __getekend?: number }).__getekend !== undefined);
  const result = await page.evaluate(() => ({
    interactive: performance.getEntriesByName('kaart-interactief')[0]?.startTime ?? NaN,
    drawn: (window as unknown as { __getekend: number }).__getekend,
  }));
  const longestTask = await langsteTaak(page);
  await context.close();
  return { ...result, longestTask };
}

/** The longest main-thread task LONG_TASKS saw on the page so far. */
const langsteTaak = (page: Page): Promise<number> =>
  page.evaluate(() =>
    Math.max(0, ...((window as unknown as { __longTasks: number[] }).__longTasks ?? [])),
  );

/** The longest main-thread task of a visit to the national overview, once its map of regions is drawn. */
async function visitOverzicht(harness: Harness): Promise<number> {
  const context = await harness.browser.newContext({ viewport: VIEWPORT });
  const page: Page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto(`${harness.base}/?landelijk=ja`);
  // A region drawn: a link when its map can be opened, a group when it has no knooppunten yet.
  await page.waitForSelector('#landelijk .regiokaart .regio', { timeout: 60_000 });
  // The frame that draws it, and a moment for a long task still running to be reported.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))),
  );
  const longest = await langsteTaak(page);
  await context.close();
  return longest;
}

async function recordKaart(harness: Harness, regio: string): Promise<string> {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  const recorded = new Promise<string>((resolve) => {
    page.on('response', (response) => {
      if (response.url().endsWith('/graphql') && isKaartQuery(response.request().postData() ?? ''))
        void response.text().then(resolve);
    });
  });
  await page.goto(`${harness.base}/?regio=${regio}`);
  // A page that never asks for the map must fail the bench, not hang it.
  const body = await Promise.race([
    recorded,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no map query for ${regio} within 60 s`)), 60_000).unref(),
    ),
  ]);
  await context.close();
  return body;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The map's figures as a Markdown table, and the goals of issue 20 they answer. */
export async function benchMap(): Promise<{ tekst: string; goals: Goal[] }> {
  const referentiedata = loadReferentiedata();
  const synthetic = [
    ...generateSyntheticDataset(referentiedata, {
      regioIds: ['ZVH-GR'],
      knooppunten: 300,
      seed: 3,
    }),
    ...generateSyntheticDataset(referentiedata, {
      regioIds: ['ZVH-UT'],
      knooppunten: 760,
      seed: 3,
    }),
  ];
  const harness = await startHarness((store) =>
    store.applyAll(creates(synthetic), systeemWijziging()),
  );
  const rows: string[] = [];
  const goals: Goal[] = [];
  const taakGoal = (goal: string, taken: number[]): Goal => ({
    goal,
    measured: `longest task per visit: median ${median(taken).toFixed(0)} ms, max ${Math.max(...taken).toFixed(0)} ms (${taken.length} visits)`,
    target: 'no task over 200 ms in any visit',
    met: Math.max(...taken) <= 200,
  });
  try {
    for (const [regio, naam] of [
      ['ZVH-NHN', 'example region (27 knooppunten)'],
      ['ZVH-GR', 'synthetic region (300 knooppunten)'],
      ['ZVH-UT', 'synthetic region (760 knooppunten)'],
    ] as const) {
      if (REGIOS && !REGIOS.includes(regio)) continue;
      const cold = await visit(harness, `/?regio=${regio}`);
      const warm: Visit[] = [];
      for (let i = 0; i < RUNS; i++) warm.push(await visit(harness, `/?regio=${regio}`));
      const replay = { body: await recordKaart(harness, regio) };
      const preset: Visit[] = [];
      for (let i = 0; i < RUNS; i++) preset.push(await visit(harness, `/?regio=${regio}`, replay));
      const w = median(warm.map((v) => v.interactive));
      const p = median(preset.map((v) => v.interactive));
      const taken = [cold, ...warm].map((v) => v.longestTask);
      if (regio === 'ZVH-GR')
        goals.push(taakGoal('The map of 300 knooppunten: no main-thread task over 200 ms', taken));
      if (regio === 'ZVH-UT')
        goals.push({
          goal: 'The map of 760 knooppunten (ZVH-UT) interactive within 1.5× of drawing it with preset positions',
          measured: `${(w / p).toFixed(2)}× (${w.toFixed(0)} ms against ${p.toFixed(0)} ms, median of ${RUNS})`,
          target: '≤ 1.50×',
          met: w / p <= 1.5,
        });
      rows.push(
        `| ${naam} | ${cold.interactive.toFixed(0)} ms | ${w.toFixed(0)} ms | ${median(warm.map((v) => v.drawn)).toFixed(0)} ms | ${p.toFixed(0)} ms | ${(w / p).toFixed(2)}× | ${median(taken).toFixed(0)} ms / ${Math.max(...taken).toFixed(0)} ms |`,
      );
    }
    if (!REGIOS) {
      const overzicht: number[] = [];
      for (let i = 0; i < RUNS; i++) overzicht.push(await visitOverzicht(harness));
      goals.push(
        taakGoal(
          'The national overview (`?landelijk=ja`) never blocks: no task over 200 ms',
          overzicht,
        ),
      );
    }
  } finally {
    await harness.close();
  }
  const tekst = [
    `Map in headless Chromium, navigation to interactive map, median of ${RUNS} fresh browser contexts:\n`,
    '| Region | first visit after start (server computes the layout) | app | app, drawn (the frame after) | baseline: same page, kaart answer replayed | app vs. baseline | longest main-thread task per visit, median / max |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  return { tekst, goals };
}

// `npm run bench:kaart`: only the map, without the query and load runs of `npm run bench`.
if (import.meta.main) {
  const { tekst, goals } = await benchMap();
  console.log(`${tekst}\n\n${goalTable(goals)}`);
}
