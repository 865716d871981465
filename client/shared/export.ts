// SPDX-License-Identifier: EUPL-1.2
// Downloads of the current view: the map as PNG or SVG, the listed knooppunten as CSV.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { FUNCTIE, label, SAMENSTELLING, WERKPROCES, WETTELIJKE_BASIS } from './labels.ts';
import type { KaartKnooppunt } from './queries.ts';

export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * CSV with a byte-order mark, so spreadsheet programs read the accents right; cells a spreadsheet
 * would run as a formula are quoted (CSV injection).
 */
export function toCsv(rows: string[][], columns: string[]): string {
  const cast = { string: (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) };
  return `\ufeff${stringify(rows, { header: true, cast, columns })}`;
}

export function knooppuntenCsv(knooppunten: KaartKnooppunt[]): string {
  const rows = knooppunten.map((k) => [
    k.id,
    k.naam,
    label(FUNCTIE, k.functie),
    label(WERKPROCES, k.werkproces),
    label(WETTELIJKE_BASIS, k.wettelijkeBasis),
    label(SAMENSTELLING, k.samenstelling),
    k.doelgroep ?? '',
    k.themas.map((t) => t.naam).join('; '),
    k.werkgebied.map((g) => g.naam).join('; '),
    k.belegdBij?.naam ?? '',
  ]);
  return toCsv(rows, [
    'id',
    'naam',
    'functie',
    'werkproces',
    'wettelijke basis',
    'samenstelling',
    'doelgroep',
    "thema's",
    'werkgebied',
    'belegd bij',
  ]);
}
