// SPDX-License-Identifier: EUPL-1.2
// Calendar dates as the schema's Datum (JJJJ-MM-DD): whether a day exists, how to say it, the
// way Dutch people and Dutch Excel write one (31-12-2026), and the Dutch day a moment fell on.
const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
// One formatter for the process: toLocaleDateString builds a new one per call (about 100 µs).
const NL_DAG = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** The Dutch calendar day (JJJJ-MM-DD) of a moment: 23:30 UTC on 1 March is 2 March in Amsterdam. */
export const nederlandseDag = (moment: Date | string): string => NL_DAG.format(new Date(moment));

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NEDERLANDS = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** In the form JJJJ-MM-DD, whether or not the day exists ("2026-02-31" is). */
export const inDatumvorm = (tekst: string): boolean => ISO.test(tekst);

/** A day that exists: "2028-02-29" does, "2026-02-31" does not. */
export function bestaandeDatum(tekst: string): boolean {
  const m = ISO.exec(tekst);
  if (!m) return false;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(0);
  d.setUTCFullYear(jaar, maand - 1, dag);
  return d.getUTCFullYear() === jaar && d.getUTCMonth() === maand - 1 && d.getUTCDate() === dag;
}

/** "31 februari 2026": in words, also a day that does not exist (to say so); else the text. */
export function datumInWoorden(tekst: string): string {
  const m = ISO.exec(tekst);
  const maand = m ? MAANDEN[Number(m[2]) - 1] : undefined;
  return m && maand ? `${Number(m[3])} ${maand} ${Number(m[1])}` : tekst;
}

/** "31-12-2026" (also 31/12/2026, 1-2-2026) as "2026-12-31"; null for anything else. */
export function vanDagMaandJaar(tekst: string): string | null {
  const m = NEDERLANDS.exec(tekst.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}
