// SPDX-License-Identifier: EUPL-1.2
// The goals of issue 20 as one summary table: what was measured against what was asked, and
// whether it was met. A goal is met only when the figure is a number within its limit.
import type { Sample } from './stats.ts';

export interface Goal {
  goal: string;
  measured: string;
  target: string;
  /** null: not measured in this run (say why in `measured`). */
  met: boolean | null;
}

const x = (r: number) => `${r.toFixed(2)}×`;

/**
 * A sample's median and p99 against the trivial query's executed, measured in the same run; with
 * `kept`, also against the trivial query's kept answer, for information.
 */
export function ratioGoal(
  goal: string,
  s: Sample,
  trivial: Sample,
  limits: { p50: number; p99?: number },
  kept?: Sample,
): Goal {
  const p50 = s.p50 / trivial.p50;
  const p99 = s.p99 / trivial.p99;
  const ms = (t: Sample) => `${t.p50.toFixed(2)} / ${t.p99.toFixed(2)} ms`;
  const measured =
    `median ${x(p50)}, p99 ${x(p99)} (${ms(s)}; trivial query executed ${ms(trivial)})` +
    (kept
      ? `; against its kept answer (${ms(kept)}) median ${x(s.p50 / kept.p50)}, p99 ${x(s.p99 / kept.p99)}`
      : '');
  const target =
    limits.p99 === undefined
      ? `median ≤ ${x(limits.p50)}`
      : `median ≤ ${x(limits.p50)}, p99 ≤ ${x(limits.p99)}`;
  return {
    goal,
    measured,
    target,
    met: p50 <= limits.p50 && (limits.p99 === undefined || p99 <= limits.p99),
  };
}

export function goalTable(goals: Goal[]): string {
  const met = (g: Goal) => (g.met === null ? 'not measured' : g.met ? '**met**' : '**not met**');
  return [
    '| Goal (issue 20) | Measured | Target | Met |',
    '|---|---|---|---|',
    ...goals.map((g) => `| ${g.goal} | ${g.measured} | ${g.target} | ${met(g)} |`),
  ].join('\n');
}
