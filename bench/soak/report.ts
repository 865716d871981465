// SPDX-License-Identifier: EUPL-1.2
// The soak run as Markdown: the rows of the security review's figures table that this run
// measures (same numbers, same wording where it can), then the details behind them.
import type { Writes } from './audit.ts';
import type { BombResult } from './bombs.ts';
import type { FuzzResult } from './fuzz.ts';
import { dataOf, errorsOf, type Answer } from './http.ts';
import type { LoadResult } from './load.ts';
import type { Crash } from './server.ts';

export interface Phase {
  name: string;
  seconds: number;
  rssBefore: number;
  rssAfter: number;
}

export interface Soak {
  node: string;
  commit: string;
  seed: number;
  seconds: number;
  marker: string;
  fuzz: FuzzResult;
  fuzzWrites: Writes;
  bombs: BombResult[];
  bombWrites: Writes;
  bombBuildSeconds: number;
  loads: LoadResult[];
  crashes: Crash[];
  restarts: number;
  phases: Phase[];
  rss: { start: number; end: number };
  logHits: string[];
  logLines: number;
  /** What limits the run's meaning, printed under the table. */
  notes: string[];
}

const n = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-GB') : '?');
const mb = (x: number) => (Number.isFinite(x) ? `${n(x)} MB` : '?');
const size = (x: number) => (x > 0 ? bytes(x) : '–');
const ms = (x: number) =>
  x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const bytes = (x: number) =>
  x >= 1e6 ? `${(x / 1e6).toFixed(1)} MB` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} kB` : `${x} B`;
const bold = (s: string, on: boolean) => (on ? `**${s}**` : s);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const passFail = (ok: boolean) => (ok ? 'PASS' : '**FAIL**');

function statusCounts(statuses: Map<string, number>[]): string {
  const all = new Map<string, number>();
  for (const m of statuses) for (const [k, v] of m) all.set(k, (all.get(k) ?? 0) + v);
  return [...all.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}: ${n(v)}`)
    .join(', ');
}

const writesText = (w: Writes) =>
  `store revision ${n(w.revisionBefore)} → ${n(w.revisionAfter)}, ${n(w.records)} audit records (${n(w.written.length)} successful writes${
    w.written.length > 0
      ? `: ${w.written.map((r) => `${r.actie} by ${r.door ?? 'anonymous'}`).join(', ')}`
      : ''
  }, ${n(w.refused)} refused attempts)`;
const wrote = (w: Writes) => w.written.length > 0 || w.revisionAfter !== w.revisionBefore;

function probeText(name: string, a: Answer | undefined): string {
  if (!a) return `${name}: not sent`;
  const first = errorsOf(a)[0];
  return `${name}: HTTP ${a.status ?? 'no answer'}${first ? ` (${first.code || first.message.slice(0, 60)})` : ''}`;
}

function limitsRow(f: FuzzResult): string {
  const lines = f.limits.map(
    (l) =>
      `• ${l.name}: ${l.capped ? `≥ ${n(l.largest)} (no limit found)` : `${n(l.largest)}`}${l.refusal ? ` — above: "${l.refusal.slice(0, 70)}"` : ''}`,
  );
  lines.push(probeText('Batching', f.probes.get('batching')));
  const intro = f.probes.get('introspection');
  const introData = intro ? dataOf<Record<string, unknown>>(intro) : undefined;
  lines.push(
    intro && introData && Object.keys(introData).length > 0
      ? 'Introspection, anonymous: **answered**'
      : probeText('Introspection, anonymous: refused', intro),
  );
  const graphiql = f.probes.get('graphiql');
  lines.push(
    `GraphiQL (GET /graphql, Accept: text/html): ${graphiql ? (graphiql.status === 200 && /<html/i.test(graphiql.text) ? `**served**, ${bytes(graphiql.bytes)}` : `not served (HTTP ${graphiql.status ?? '–'})`) : 'not sent'}`,
  );
  const suggestions = f.probes.get('suggestions');
  lines.push(
    `Field suggestions: ${suggestions ? (/did you mean/i.test(suggestions.text) ? '**shown**' : 'hidden') : 'not sent'}`,
  );
  const cors = f.probes.get('cors')?.headers;
  if (cors)
    lines.push(
      `CORS preflight from https://evil.example: ${cors['access-control-allow-origin'] ? `**allowed** (${cors['access-control-allow-origin']}, credentials ${cors['access-control-allow-credentials'] ?? 'no'})` : 'not allowed'}`,
    );
  const bodies = new Map<string, string[]>();
  for (const [key, a] of f.probes) {
    const match = /^body (\S+) (\d+)$/.exec(key);
    if (!match) continue;
    const list = bodies.get(match[1]!) ?? [];
    list.push(`${bytes(Number(match[2]))} → ${a.status ?? 'no answer'}`);
    bodies.set(match[1]!, list);
  }
  for (const [ct, list] of bodies) lines.push(`Body ${ct}: ${list.join(', ')}`);
  return lines.join('<br>');
}

export function report(s: Soak): { markdown: string; failed: boolean } {
  const f = s.fuzz;
  const cats = f.categories;
  // The bisection of the limits is sent with the API token: not part of the anonymous count.
  const hostile = cats.filter((c) => !c.name.startsWith('limits'));
  const sent = hostile.reduce((t, c) => t + c.sent, 0);
  const notSent = cats.reduce((t, c) => t + c.notSent, 0);
  const fuzz5xx = cats.reduce((t, c) => t + c.fiveXx, 0);
  const internal = cats.reduce((t, c) => t + c.internal, 0);
  const hangs = cats.reduce((t, c) => t + c.hangs, 0);
  const bombsSent = s.bombs.filter((b) => !b.skipped);
  const tokenBombs = bombsSent.filter((b) => !b.route.includes('anonymous')).length;
  const bomb5xx = bombsSent.filter((b) => b.status !== null && b.status >= 500).length;
  const anonymousWrites = wrote(s.fuzzWrites) || wrote(s.bombWrites);
  const fiveXx = fuzz5xx + bomb5xx;
  const crashPhases = s.crashes.map((c) => c.phase);
  const fuzzOk = fiveXx === 0 && s.crashes.length === 0 && !anonymousWrites && hangs === 0;

  const anonBombs = bombsSent.filter((b) => b.route.includes('anonymous'));
  const rightsFirst =
    anonBombs.length > 0 && anonBombs.every((b) => b.status === 401 || b.status === 403);
  const slowestAnon = anonBombs.reduce((t, b) => Math.max(t, b.ms), 0);
  const peakAnon = anonBombs.reduce(
    (t, b) => (Number.isFinite(b.peakRssMb) ? Math.max(t, b.peakRssMb) : t),
    0,
  );

  const loads = s.loads.filter((l) => l.run.token);
  const burst = s.loads.find((l) => !l.run.token);
  const loadErrors = loads.reduce((t, l) => t + l.errors, 0);
  const loadLimited = loads.reduce((t, l) => t + l.limited, 0);
  const fuzz429 = cats.reduce((t, c) => t + (c.statuses.get('429') ?? 0), 0);
  const logOk = s.logHits.length === 0;
  const failed = !fuzzOk || !logOk || loadErrors > 0 || (burst?.errors ?? 0) > 0;

  const out: string[] = [];
  out.push(
    `## Soak run (${new Date().toISOString().slice(0, 10)}, Node ${s.node}, commit ${s.commit}, seed ${s.seed})`,
    '',
  );
  out.push(
    `A real app process (\`node server/index.ts\`, embedded store, \`EDIT_TOKEN\` and a first beheerder set, \`LOG_LEVEL=info\`, every other setting at its default), traffic only to localhost, every loop bounded; the load client runs on the same machine. Run time ${(s.seconds / 60).toFixed(1)} min. Targets: 0 5xx, 0 crashes, 0 anonymous writes, 0 hangs, 0 marker hits in the log, 0 load errors.`,
    '',
  );
  out.push('| # | Figure | Result | Pass/fail | Script |', '|---|---|---|---|---|');
  out.push(
    `| 1 | Fuzzing: ${n(sent + bombsSent.length - tokenBombs)} hostile requests, anonymous (source addresses rotated over 127.0.1.1–250), to \`/graphql\`, \`/auth/*\`, \`/export/*\`, \`/import/*\` and static paths${notSent > 0 ? ` (${n(notSent)} more not sent: the app was down)` : ''}. ${hostile
      .filter((c) => c.sent > 0)
      .map((c) => `${c.name} ${n(c.sent)}`)
      .join(
        ', ',
      )}, XLSX/CSV bombs ${bombsSent.length - tokenBombs}; plus the same ${tokenBombs} bombs with the API token to \`/import/voorbeeld\` | ${[
      bold(`HTTP 5xx: ${fiveXx}`, fiveXx > 0),
      bold(`Process crashes: ${s.crashes.length}`, s.crashes.length > 0) +
        (s.crashes.length > 0 ? ` (${cell(crashPhases.join('; '))})` : ''),
      `Writes during fuzzing: ${writesText(s.fuzzWrites)}; during the bombs: ${writesText(s.bombWrites)}; ${bold(`${anonymousWrites ? 'anonymous writes found' : '0 anonymous writes'}`, true)}`,
      bold(`Hangs: ${hangs}`, hangs > 0),
      `${n(internal)} masked internal errors (INTERNAL_SERVER_ERROR) in answers`,
      `${n(f.stackTraces)} stack traces in answers; ${n(f.traversal)} files from outside the served directory`,
    ].join(
      '<br>',
    )} | ${passFail(fuzzOk)} | \`bench/soak/cases.ts\`, \`bench/soak/fuzz.ts\`, \`bench/soak/bombs.ts\` |`,
  );
  out.push(
    `| 2 | Query limits (bisection with the API token; the other lines from the fuzz requests) | ${cell(limitsRow(f))} | info | \`bench/soak/fuzz.ts\` |`,
  );
  out.push(
    `| 5 | Authorisation, (b) only: \`/import/bevestig\` must check rights before reading the files | ${anonBombs.length} anonymous bomb requests: statuses ${anonBombs.map((b) => b.status ?? 'no answer').join(', ')}; slowest answer ${ms(slowestAnon)}; peak RSS ${mb(peakAnon)} | ${passFail(rightsFirst)} | \`bench/soak/bombs.ts\` |`,
  );
  out.push(
    `| 7 | Privacy: the run's marker in every fuzz request (header, and body where the format allows), \`LOG_LEVEL=info\` | ${bold(`Log: ${s.logHits.length} hits`, !logOk)} in ${n(s.logLines)} lines.<br>The marker is echoed back to the sender in the error messages of ${n(f.echoes.length)} answers (listed under Log). | ${passFail(logOk)} | \`bench/soak.ts\` |`,
  );
  out.push(
    `| 9 | Rate limiting, API only | ${burst ? `${n(burst.requests)} anonymous \`{ __typename }\` requests in ${burst.seconds.toFixed(1)} s at ${burst.run.connections} connections: **${n(burst.limited)} × 429**` : 'not measured'}.<br>429 during fuzzing: ${n(fuzz429)} (sign-in limit included); with the API token under load: ${n(loadLimited)}. | ${burst && burst.limited > 0 ? 'PASS' : 'partial'} | \`bench/soak/load.ts\` |`,
  );
  const rssLoad =
    loads.length > 0 ? `${mb(loads[0]!.rssBefore)} → ${mb(loads.at(-1)!.rssAfter)}` : '?';
  out.push(
    `| 11 | Load: 10/50/200 connections × ${loads[0]?.run.seconds ?? '?'} s, kaart and \`{ __typename }\`, with the API token and the API limit set to its maximum (table below) | ${bold(`${n(loadErrors)} errors`, loadErrors > 0)} in all runs (an error: no answer within 10 s, or a status other than 200 and 429); ${n(loadLimited)} × 429.<br>RSS during load: ${rssLoad}; from start to end of the run: ${mb(s.rss.start)} → ${mb(s.rss.end)}. | ${passFail(loadErrors === 0)} | \`bench/soak/load.ts\` |`,
  );

  for (const note of s.notes) out.push('', `Note: ${note}`);

  out.push('', '### 1. Fuzzing per category', '');
  out.push(
    '| category | sent | not sent | statuses | 5xx | masked internal errors | hangs | app died | time |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const c of cats) {
    out.push(
      `| ${c.name} | ${n(c.sent)} | ${n(c.notSent)} | ${statusCounts([c.statuses])} | ${bold(String(c.fiveXx), c.fiveXx > 0)} | ${c.internal} | ${bold(String(c.hangs), c.hangs > 0)} | ${c.crashed ? '**yes**' : 'no'} | ${ms(c.ms)} |`,
    );
  }
  out.push('', `Status counts, all categories: ${statusCounts(cats.map((c) => c.statuses))}.`);
  if (f.unanswered.length > 0) {
    out.push(
      '',
      'Requests without an answer (expected: incomplete or slow on purpose, bounded to 3 s; hang: no answer within 30 s; closed: the server closed the connection without answering):',
      '',
    );
    for (const u of f.unanswered.slice(0, 25))
      out.push(
        `- ${u.category}: \`${cell(u.request)}\` — ${u.timedOut ? (u.slow ? 'no answer, as expected,' : '**hang**,') : 'closed'} after ${ms(u.ms)}${u.error && !u.timedOut ? ` (${cell(u.error.slice(0, 80))})` : ''}`,
      );
    if (f.unanswered.length > 25) out.push(`- … ${f.unanswered.length - 25} more`);
  }

  out.push(
    '',
    `### Import bombs (built in ${s.bombBuildSeconds.toFixed(1)} s; kept in the temp dir for the next run)`,
    '',
  );
  out.push(
    '| file | size | route | status | time | answer | peak RSS | longest `{ __typename }` wait | app died |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const b of s.bombs) {
    if (b.skipped)
      out.push(
        `| ${b.bomb} | ${bytes(b.fileBytes)} | ${b.route} | not sent: ${cell(b.skipped)} | | | | | |`,
      );
    else
      out.push(
        `| ${b.bomb} | ${bytes(b.fileBytes)} | ${b.route} | ${bold(String(b.status ?? 'no answer'), b.status === null || b.status >= 500)} | ${ms(b.ms)} | ${bytes(b.answerBytes)} | ${mb(b.peakRssMb)} | ${ms(b.longestWaitMs)} | ${b.crashed ? '**yes**' : 'no'} |`,
      );
  }

  out.push('', '### 11. Load', '');
  out.push(
    '| query | conns | req/s | p50 | p99 | max (sent at) | errors | 429 | answer | app CPU (cores) | RSS before → after |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const l of s.loads) {
    out.push(
      `| ${l.run.name}${l.run.token ? '' : ' (no token)'} | ${l.run.connections} | ${n(l.rps)} | ${ms(l.p50)} | ${ms(l.p99)} | ${ms(l.max)} (${l.slowestAt.toFixed(1)} s) | ${bold(String(l.errors), l.errors > 0)}${l.errors > 0 ? ` (${[...l.errorKinds].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''} | ${n(l.limited)} | ${size(l.answerBytes)} | ${Number.isFinite(l.appCores) ? l.appCores.toFixed(2) : '?'} | ${mb(l.rssBefore)} → ${mb(l.rssAfter)} |`,
    );
  }

  out.push('', '### Crashes', '');
  if (s.crashes.length === 0) out.push('None.');
  for (const c of s.crashes)
    out.push(
      `- ${c.phase}: ${c.signal ?? `exit code ${c.code}`}${c.reason ? ` — \`${cell(c.reason.slice(0, 300))}\`` : ''}`,
    );
  if (s.restarts > 0)
    out.push(
      '',
      `The app was started again ${s.restarts} time(s) on the same data, so the later phases still ran.`,
    );

  out.push('', '### Memory and time per phase', '');
  out.push('| phase | time | RSS before → after |', '|---|---|---|');
  for (const p of s.phases)
    out.push(`| ${p.name} | ${p.seconds.toFixed(1)} s | ${mb(p.rssBefore)} → ${mb(p.rssAfter)} |`);

  out.push('', '### Log', '');
  out.push(`Marker \`${s.marker}\`: ${s.logHits.length} of ${n(s.logLines)} log lines.`);
  for (const line of s.logHits.slice(0, 5)) out.push(`- \`${cell(line.slice(0, 300))}\``);
  if (f.echoes.length > 0) {
    out.push('', 'Error messages that repeat what was sent:', '');
    for (const e of f.echoes.slice(0, 10)) out.push(`- \`${cell(e)}\``);
  }
  return { markdown: out.join('\n'), failed };
}
